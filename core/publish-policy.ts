/**
 * Whether a new article version's changes to the rules in force may be published at once, or
 * must wait for an operator. A change publishes at once only when its new value rests on an
 * official source, is not hedged, has confidence of at least `MIN_CONFIDENCE`, and conflicts with
 * no official value in force from another article; a removal publishes at once only when the page
 * removing it is official. One change that may not is enough to hold the whole version, so a
 * version is never half published. Pure: the facts go in, the reasons come out.
 */
import type { DetectedChange } from './change-detect';
import { tupleOf } from './change-detect';
import { isOfficial } from './facts-in-force';
import { sameFactValue as sameValue } from './fact-diff';
import type { StoredFact } from '../domain/facts';

export const MIN_CONFIDENCE = 0.8;

export interface ChangeVerdict {
  /** Why the change waits for review; empty when it may be published at once. */
  reasons: string[];
}

/**
 * @param current  the facts in force around the version (every article's, this one's included)
 * @param articleId the article the version belongs to (null: a new article)
 * @param official whether the version's own source is official
 */
export function reviewReasons(change: DetectedChange, current: StoredFact[], articleId: number | null, official: boolean): string[] {
  const reasons: string[] = [];
  if (change.kind === 'removed') {
    if (!official) reasons.push('removed by an unofficial source');
    return reasons;
  }
  if (!change.newEvidence?.official) reasons.push('unofficial source');
  if (change.newFact?.hedged) reasons.push('hedged');
  const confidence = change.newFact?.confidence ?? 0;
  if (confidence < MIN_CONFIDENCE) reasons.push(`confidence ${confidence.toFixed(2)} below ${MIN_CONFIDENCE}`);
  const tuple = tupleOf(change);
  const conflicting = current.find((f) => f.articleId !== articleId && tupleOf(f) === tuple && isOfficial(f) && !sameValue(f.value, change.newValue));
  if (conflicting) reasons.push(`conflicts with the official value ${JSON.stringify(conflicting.value)} in force (${conflicting.url})`);
  return reasons;
}

/** Each change with the reasons it waits; `publish` when none has any. */
export function publishDecision<C extends DetectedChange>(changes: C[], current: StoredFact[], articleId: number | null, official: boolean) {
  const judged = changes.map((change) => ({ change, reasons: reviewReasons(change, current, articleId, official) }));
  return { publish: judged.every((j) => j.reasons.length === 0), judged };
}
