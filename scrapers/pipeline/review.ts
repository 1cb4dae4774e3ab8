/**
 * Deciding a review item. Approving publishes the held version: its facts become the article's
 * current ones, and the change events and webhook outbox this causes now, worked out against the
 * rules in force at this moment, are written with the decision in one `db.batch()`. Rejecting
 * keeps the version and its facts on record, never in force.
 */
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../../db/client';
import { publishVersionStatements } from '../../db/queries/article-versions';
import { changeEventStatements, newEventUid } from '../../db/queries/changes';
import { factsOfVersion } from '../../db/queries/facts';
import { decideReviewStatement, getReview } from '../../db/queries/reviews';
import { webhookOutboxStatements } from '../../db/queries/webhooks';
import { detectChanges } from '../../core/change-detect';
import type { Review } from '../../db/schema';
import { publishBatch, type PublishTarget } from '../../db/data-version';
import { factsInForceAround } from './ingest';

export type Decision =
  | { kind: 'decided'; review: Review; published: number }
  | { kind: 'unknown' }
  | { kind: 'already'; review: Review };

export interface DecisionOptions {
  by: string;
  now?: Date;
  /** Where the data version lives: a decision changes what lookups answer (in force, or pending). */
  publish: Omit<PublishTarget, 'db'>;
}

export async function approveReview(db: Db, id: number, options: DecisionOptions): Promise<Decision> {
  const review = await getReview(db, id);
  if (!review) return { kind: 'unknown' };
  if (review.status !== 'pending') return { kind: 'already', review };
  const at = (options.now ?? new Date()).toISOString();
  const held = await factsOfVersion(db, review.versionId);
  const around = await factsInForceAround(db, held, review.articleId);
  const changes = detectChanges(around, review.articleId, held).map((change) => ({ ...change, uid: newEventUid() }));
  const statements: BatchItem<'sqlite'>[] = [
    decideReviewStatement(db, id, 'approved', options.by, at),
    ...publishVersionStatements(db, review.articleId, review.versionId),
  ];
  // A pending item's version is its article's latest (a later one supersedes it), which is the
  // version the event statements name.
  if (held.length) statements.push(...changeEventStatements(db, changes, held[0].url));
  statements.push(...(await webhookOutboxStatements(db, changes)));
  await publishBatch({ db, ...options.publish }, statements);
  return { kind: 'decided', review: (await getReview(db, id))!, published: changes.length };
}

export async function rejectReview(db: Db, id: number, options: DecisionOptions): Promise<Decision> {
  const review = await getReview(db, id);
  if (!review) return { kind: 'unknown' };
  if (review.status !== 'pending') return { kind: 'already', review };
  await publishBatch({ db, ...options.publish }, [decideReviewStatement(db, id, 'rejected', options.by, (options.now ?? new Date()).toISOString())]);
  return { kind: 'decided', review: (await getReview(db, id))!, published: 0 };
}
