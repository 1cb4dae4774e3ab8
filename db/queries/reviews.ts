/**
 * Review items: written in the batch of the version they hold, decided by an operator. The
 * changes are kept as detected when the version was held, for the reviewer to read; approving
 * works them out again against the rules in force at that moment.
 */
import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../client';
import { articleVersions, articles, reviews, type Review } from '../schema';

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
