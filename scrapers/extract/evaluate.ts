/**
 * Scoring extracted facts against gold facts by the matching rules of DOMAIN.md. Pure: the eval
 * CLI and the tests feed it files.
 */
import { isAncestorOrSelf } from '../../domain/gazetteer/index';
import type { Fact } from '../../domain/facts';
import { labelInSimplified } from './reading';

export interface GoldFact {
  region: string;
  scheme: string;
  year: number;
  key: string;
  value: unknown;
  variant?: string;
  optional?: boolean;
}

export type PredictedFact = Pick<Fact, 'region' | 'scheme' | 'year' | 'key' | 'value' | 'variant'> & { confidence?: number };

export interface Tally {
  predicted: number;
  correct: number;
  required: number;
  found: number;
}

export interface ArticleScore extends Tally {
  spurious: PredictedFact[];
  missed: GoldFact[];
  /** Every predicted fact with whether it matched a gold fact. */
  judged: { fact: PredictedFact; correct: boolean }[];
  /** Every required gold fact with whether some predicted fact matched it. */
  recalled: { fact: GoldFact; found: boolean }[];
}

const PUNCTUATION = /[\s\p{P}\p{S}]/gu;

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.01 || Math.abs(a - b) <= Math.abs(b) * 0.005;
}

export function sameValue(predicted: unknown, gold: unknown): boolean {
  if (typeof gold === 'number') return typeof predicted === 'number' && sameNumber(predicted, gold);
  if (gold === null || typeof gold !== 'object') return predicted === gold;
  if (Array.isArray(gold)) {
    return Array.isArray(predicted) && predicted.length === gold.length && gold.every((g, i) => sameValue(predicted[i], g));
  }
  if (predicted === null || typeof predicted !== 'object' || Array.isArray(predicted)) return false;
  const keys = new Set([...Object.keys(gold), ...Object.keys(predicted)]);
  return [...keys].every((k) => sameValue((predicted as Record<string, unknown>)[k], (gold as Record<string, unknown>)[k]));
}

export function factMatches(predicted: PredictedFact, gold: GoldFact): boolean {
  if (predicted.key !== gold.key || predicted.scheme !== gold.scheme || predicted.year !== gold.year) return false;
  if (!isAncestorOrSelf(predicted.region, gold.region) && !isAncestorOrSelf(gold.region, predicted.region)) return false;
  if (gold.variant) {
    // A traditional page's group is read like a simplified one's (DOMAIN.md): labels compare in one script.
    // (…and without the pinyin glosses a copied page leaves, `監(jiān)測`: dropped before the brackets are.)
    const want = labelInSimplified(gold.variant).replace(PUNCTUATION, '');
    const have = labelInSimplified(predicted.variant ?? '').replace(PUNCTUATION, '');
    if (!have.includes(want)) return false;
  }
  return sameValue(predicted.value, gold.value);
}

/** Why a predicted fact matched no gold fact: the one field that kept it from the nearest one. */
export type MissReason = 'year' | 'region' | 'scheme' | 'variant' | 'value' | 'key' | 'unstated';

/** The fields a near miss is tried with, each with the gold fact's value put in the predicted one's place. */
const NEAR_MISSES: { reason: Exclude<MissReason, 'unstated'>; align: (p: PredictedFact, g: GoldFact) => PredictedFact }[] = [
  { reason: 'year', align: (p, g) => ({ ...p, year: g.year }) },
  { reason: 'region', align: (p, g) => ({ ...p, region: g.region }) },
  { reason: 'scheme', align: (p, g) => ({ ...p, scheme: g.scheme as PredictedFact['scheme'] }) },
  { reason: 'variant', align: (p, g) => ({ ...p, variant: g.variant }) },
  { reason: 'value', align: (p, g) => ({ ...p, value: g.value as PredictedFact['value'] }) },
  { reason: 'key', align: (p, g) => ({ ...p, key: g.key as PredictedFact['key'] }) },
];

/**
 * The diagnosis of a wrong fact: the first field (in the order scope, then value, then key) that,
 * set to a gold fact's, makes the two match; `unstated` when no single field does.
 */
export function missReason(predicted: PredictedFact, gold: GoldFact[]): MissReason {
  for (const { reason, align } of NEAR_MISSES) {
    if (gold.some((g) => factMatches(align(predicted, g), g))) return reason;
  }
  return 'unstated';
}

export function scoreArticle(predicted: PredictedFact[], gold: GoldFact[]): ArticleScore {
  const judged = predicted.map((fact) => ({ fact, correct: gold.some((g) => factMatches(fact, g)) }));
  const recalled = gold.filter((g) => !g.optional).map((fact) => ({ fact, found: predicted.some((p) => factMatches(p, fact)) }));
  const spurious = judged.filter((j) => !j.correct).map((j) => j.fact);
  const missed = recalled.filter((r) => !r.found).map((r) => r.fact);
  return {
    predicted: predicted.length,
    correct: predicted.length - spurious.length,
    required: recalled.length,
    found: recalled.length - missed.length,
    spurious,
    missed,
    judged,
    recalled,
  };
}

/**
 * Totals per group (a key, a scheme): precision counts the predicted facts of the group, recall
 * the required gold facts of the group.
 */
export function tallyBy(scores: ArticleScore[], group: (fact: { key: string; scheme: string }) => string): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const tally = (name: string) => {
    let t = tallies.get(name);
    if (!t) tallies.set(name, (t = { predicted: 0, correct: 0, required: 0, found: 0 }));
    return t;
  };
  for (const score of scores) {
    for (const { fact, correct } of score.judged) {
      const t = tally(group(fact));
      t.predicted++;
      if (correct) t.correct++;
    }
    for (const { fact, found } of score.recalled) {
      const t = tally(group(fact));
      t.required++;
      if (found) t.found++;
    }
  }
  return new Map([...tallies].sort(([a], [b]) => a.localeCompare(b)));
}

/** Lower edges of the confidence bands `npm run eval` reports; the last band includes 1. */
export const CONFIDENCE_BANDS = [0, 0.5, 0.8, 0.9] as const;

export interface BandTally {
  from: number;
  to: number;
  predicted: number;
  correct: number;
}

/** Precision of the predicted facts by confidence band; a fact without a confidence counts as 0. */
export function precisionByBand(scores: ArticleScore[], edges: readonly number[] = CONFIDENCE_BANDS): BandTally[] {
  const bands = edges.map((from, i) => ({ from, to: edges[i + 1] ?? 1, predicted: 0, correct: 0 }));
  for (const score of scores) {
    for (const { fact, correct } of score.judged) {
      const confidence = fact.confidence ?? 0;
      let band = bands[0];
      for (const candidate of bands) if (confidence >= candidate.from) band = candidate;
      band.predicted++;
      if (correct) band.correct++;
    }
  }
  return bands;
}

/** The predicted facts at or above `threshold`: how many, and how many of them are right. */
export function atOrAbove(scores: ArticleScore[], threshold: number): { predicted: number; correct: number } {
  let predicted = 0;
  let correct = 0;
  for (const score of scores) {
    for (const judged of score.judged) {
      if ((judged.fact.confidence ?? 0) < threshold) continue;
      predicted++;
      if (judged.correct) correct++;
    }
  }
  return { predicted, correct };
}

export function precision(score: Pick<Tally, 'predicted' | 'correct'>): number {
  return score.predicted === 0 ? 1 : score.correct / score.predicted;
}

export function recall(score: Pick<Tally, 'required' | 'found'>): number {
  return score.required === 0 ? 1 : score.found / score.required;
}

/** Micro-averaged totals over articles. */
export function totalScore(scores: Tally[]): Tally {
  return scores.reduce(
    (sum, s) => ({
      predicted: sum.predicted + s.predicted,
      correct: sum.correct + s.correct,
      required: sum.required + s.required,
      found: sum.found + s.found,
    }),
    { predicted: 0, correct: 0, required: 0, found: 0 },
  );
}
