/**
 * Review items: written in the batch of the version they hold, decided by an operator. The
 * changes are kept as detected when the version was held, for the reviewer to read; approving
 * works them out again against the rules in force at that moment.
 */
import { and, asc, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { chunks, VALUES_PER_STATEMENT, type Db } from '../client';
import { articleVersions, articles, facts, reviews, type Review } from '../schema';
import type { StoredFact } from '../../domain/facts';
import { factsWithProvenance } from './facts';

export const REVIEW_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * The statements, for the batch writing a version of `canonicalUrl`, that supersede its pending
 * item (any new version does) and, when `held` is given, hold the new version for review. The
 * item's insert comes last and returns its id.
 */
export function reviewStatements(db: Db, canonicalUrl: string, at: string, held: unknown[] | null): BatchItem<'sqlite'>[] {
  const articleId: SQL = sql`(select ${articles.id} from ${articles} where ${articles.canonicalUrl} = ${canonicalUrl})`;
  const versionId: SQL = sql`(select max(${articleVersions.id}) from ${articleVersions} where ${articleVersions.articleId} = ${articleId})`;
  const statements: BatchItem<'sqlite'>[] = [
    db
      .update(reviews)
      .set({ status: 'superseded', decidedAt: at, decidedBy: sql`'version:' || ${versionId}` })
      .where(and(eq(reviews.articleId, articleId), eq(reviews.status, 'pending'))),
  ];
  if (held) statements.push(db.insert(reviews).values({ articleId, versionId, changes: held, createdAt: at }).returning({ id: reviews.id }));
  return statements;
}

export async function getReview(db: Db, id: number): Promise<Review | undefined> {
  return db.select().from(reviews).where(eq(reviews.id, id)).get();
}

/** Items of one status in id order after the cursor. */
export async function listReviews(db: Db, options: { status: ReviewStatus; afterId: number; limit: number }): Promise<Review[]> {
  return db
    .select()
    .from(reviews)
    .where(and(eq(reviews.status, options.status), gt(reviews.id, options.afterId)))
    .orderBy(asc(reviews.id))
    .limit(options.limit);
}

/** The statement deciding a pending item; it changes nothing once the item is decided. */
export function decideReviewStatement(db: Db, id: number, status: 'approved' | 'rejected', by: string, at: string): BatchItem<'sqlite'> {
  return db.update(reviews).set({ status, decidedBy: by, decidedAt: at }).where(and(eq(reviews.id, id), eq(reviews.status, 'pending')));
}

/**
 * Facts waiting for review in the given regions (and narrowed like `currentFacts`), each with
 * the id of the item holding it: the values lookups list under `pending`.
 */
export async function pendingFacts(
  db: Db,
  filter: { regions: string[]; scheme?: string; key?: string },
): Promise<(StoredFact & { reviewId: number })[]> {
  const held = await db.select({ id: reviews.id, versionId: reviews.versionId }).from(reviews).where(eq(reviews.status, 'pending')).orderBy(desc(reviews.id)).limit(500);
  if (held.length === 0) return [];
  const reviewOf = new Map(held.map((r) => [r.versionId, r.id]));
  const found: (StoredFact & { reviewId: number })[] = [];
  for (const versionIds of chunks([...reviewOf.keys()], VALUES_PER_STATEMENT - filter.regions.length - 2)) {
    const conditions = [inArray(facts.versionId, versionIds), inArray(facts.region, filter.regions)];
    if (filter.scheme) conditions.push(eq(facts.scheme, filter.scheme));
    if (filter.key) conditions.push(eq(facts.key, filter.key));
    for (const fact of await factsWithProvenance(db, and(...conditions), asc(facts.id))) found.push({ ...fact, reviewId: reviewOf.get(fact.versionId)! });
  }
  return found;
}
