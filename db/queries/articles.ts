/** Articles and their stored versions, for history and diffs. */
import { and, asc, desc, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { articleVersions, articles } from '../schema';

export async function getArticle(db: Db, id: number) {
  return db.select().from(articles).where(eq(articles.id, id)).get();
}

/** An article's versions in order, after `afterId` and at most `limit` of them when given. */
export async function versionsOf(db: Db, articleId: number, page: { afterId?: number; limit?: number } = {}) {
  return db
    .select({
      id: articleVersions.id,
      fetchedAt: articleVersions.fetchedAt,
      title: articleVersions.title,
      contentHash: articleVersions.contentHash,
      factsCount: articleVersions.factsCount,
      httpStatus: articleVersions.httpStatus,
      etag: articleVersions.etag,
      lastModified: articleVersions.lastModified,
    })
    .from(articleVersions)
    .where(and(eq(articleVersions.articleId, articleId), gt(articleVersions.id, page.afterId ?? 0)))
    .orderBy(asc(articleVersions.id))
    .limit(page.limit ?? -1);
}

export async function versionWithText(db: Db, articleId: number, versionId: number) {
  const row = await db.select().from(articleVersions).where(eq(articleVersions.id, versionId)).get();
  return row && row.articleId === articleId ? row : undefined;
}

export async function latestTwoVersions(db: Db, articleId: number) {
  return db
    .select({ id: articleVersions.id })
    .from(articleVersions)
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(desc(articleVersions.id))
    .limit(2);
}

/** The version of an article just before `versionId`, with its text; undefined for the first. */
export async function versionBefore(db: Db, articleId: number, versionId: number) {
  return db
    .select()
    .from(articleVersions)
    .where(and(eq(articleVersions.articleId, articleId), lt(articleVersions.id, versionId)))
    .orderBy(desc(articleVersions.id))
    .limit(1)
    .get();
}
