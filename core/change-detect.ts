/**
 * What a new version of an article changes in the rules in force. For every (region, scheme,
 * year, key, variant) the article states now or stated before, the value in force is resolved
 * before and after replacing the article's facts (by the precedence of `facts-in-force`); a
 * difference is a change event. A page that only reorders its text changes nothing.
 */
import { diffFactsBy } from './fact-diff';
import { compareClaims, isOfficial, type FactSource } from './facts-in-force';
import type { StoredFact } from '../domain/facts';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface DetectedChange {
  kind: ChangeKind;
  region: string;
  scheme: string;
  year: number;
  key: string;
  variant: string;
  oldValue: unknown | null;
  newValue: unknown | null;
  oldEvidence: FactSource | null;
  newEvidence: FactSource | null;
  /** The first fact of this region, scheme and key in this policy year (a new policy year). */
  newYear: boolean;
  /** How the value in force before and after was stated: hedged, and the extractor's confidence. */
  oldFact: { hedged: boolean; confidence: number } | null;
  newFact: { hedged: boolean; confidence: number } | null;
}

export const tupleOf = (f: Pick<StoredFact, 'region' | 'scheme' | 'year' | 'key' | 'variant'>) =>
  `${f.region}|${f.scheme}|${f.year}|${f.key}|${f.variant}`;

function evidence(f: StoredFact): FactSource {
  return { url: f.url, title: f.title || null, quote: f.quote, fetchedAt: f.fetchedAt, checkedAt: f.checkedAt ?? f.fetchedAt, official: isOfficial(f) };
}

/** The fact in force for each tuple: the first of its claims by precedence. */
function winners(claims: StoredFact[]): StoredFact[] {
  return [...claims].sort(compareClaims);
}

/**
 * @param current the current facts of every article for the tuples concerned (this article's included)
 * @param articleId the article being replaced
 * @param incoming the article's new facts, shaped like stored ones
 */
export function detectChanges(current: StoredFact[], articleId: number | null, incoming: StoredFact[]): DetectedChange[] {
  const tuples = new Set([...incoming.map(tupleOf), ...current.filter((f) => f.articleId === articleId).map(tupleOf)]);
  const yearsBefore = new Set(current.map((f) => `${f.region}|${f.scheme}|${f.key}|${f.year}`));
  const before = current.filter((f) => tuples.has(tupleOf(f)));
  const after = [...before.filter((f) => f.articleId !== articleId), ...incoming.filter((f) => tuples.has(tupleOf(f)))];
  // The fact in force before and after, per tuple, diffed: the first claim of a tuple by precedence wins.
  const pairs = diffFactsBy(winners(before), winners(after), tupleOf);
  const differences: { was?: StoredFact; now?: StoredFact }[] = [
    ...pairs.added.map((now) => ({ now })),
    ...pairs.removed.map((was) => ({ was })),
    ...pairs.changed.map(({ old, new: now }) => ({ was: old, now })),
  ];
  const changes: DetectedChange[] = [];
  for (const { was, now } of differences.sort((x, y) => compareTuples(tupleOf((x.now ?? x.was)!), tupleOf((y.now ?? y.was)!)))) {
    const ref = (now ?? was)!;
    changes.push({
      kind: !was ? 'added' : !now ? 'removed' : 'changed',
      region: ref.region,
      scheme: ref.scheme,
      year: ref.year,
      key: ref.key,
      variant: ref.variant,
      oldValue: was?.value ?? null,
      newValue: now?.value ?? null,
      oldEvidence: was ? evidence(was) : null,
      newEvidence: now ? evidence(now) : null,
      oldFact: was ? { hedged: was.hedged, confidence: was.confidence } : null,
      newFact: now ? { hedged: now.hedged, confidence: now.confidence } : null,
      newYear: !was && !yearsBefore.has(`${ref.region}|${ref.scheme}|${ref.key}|${ref.year}`),
    });
  }
  return changes;
}

/** The order tuples were always reported in (string order, as `[...].sort()` gives). */
function compareTuples(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
