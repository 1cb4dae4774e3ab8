/**
 * How sure the extractor is of a fact: of its value (how well it knows the wording that stated
 * it) and of its scope (how far from the value its region and year were found). The factors are
 * calibrated on real articles the rules were not written from (`npm run eval` prints precision by
 * band): of the facts at 0.8 or more, at least 95% must be right.
 */

/** Where a fact's region came from, nearest first. */
export type RegionSource =
  | 'sentence' // named in the sentence itself
  | 'label' // the list item, label or inline heading above it
  | 'section' // the section heading or the question it answers
  | 'title' // the article's title
  | 'body' // guessed from the first place the article's text names
  | 'none'; // no place at all: the national default

/** Where a fact's year came from, nearest first. */
export type YearSource =
  | 'rule' // fixed by the value itself (a window's dates, a `2025年度` label in the rule)
  | 'sentence'
  | 'label'
  | 'section'
  | 'title'
  | 'body' // the year the article's text states most often
  | 'published' // the publication date
  | 'guessed'; // any date in the text

export interface ConfidenceSignals {
  /** How reliably the phrasebook row that matched reads its key and value (0–1). */
  wording: number;
  region: RegionSource;
  year: YearSource;
  hedged: boolean;
  /** The fact comes from a related-article snippet, an excerpt of another page. */
  snippet: boolean;
  /** The region the sentence names lies outside the article's own (a multi-city round-up). */
  foreignRegion: boolean;
}

const REGION_FACTOR: Record<RegionSource, number> = {
  sentence: 1,
  label: 1,
  section: 0.98,
  title: 0.97,
  body: 0.85,
  none: 0.8,
};

const YEAR_FACTOR: Record<YearSource, number> = {
  rule: 1,
  sentence: 1,
  label: 1,
  section: 0.98,
  title: 0.97,
  body: 0.88,
  published: 0.8,
  guessed: 0.7,
};

/** A number in [0, 1] with two decimals. */
export function confidenceOf(signals: ConfidenceSignals): number {
  let score = signals.wording * REGION_FACTOR[signals.region] * YEAR_FACTOR[signals.year];
  if (signals.hedged) score *= 0.7;
  if (signals.snippet) score *= 0.9;
  if (signals.foreignRegion) score *= 0.95;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
