/**
 * The one place that writes article versions. A version, its facts and the bookkeeping around
 * them are written by a single `db.batch()`: either all of it lands or none of it does.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Fact as ExtractedFact } from '../../domain/facts';
import { trustOfUrl, type Trust } from '../../domain/official-sites';
import { chunks, rowsPerStatement, VALUES_PER_STATEMENT, type Db } from '../client';
import { articleVersions, articles, facts } from '../schema';

export interface LatestVersion {
  articleId: number;
  versionId: number;
  contentHash: string;
  etag: string | null;
  lastModified: string | null;
  factsCount: number;
}

export async function latestVersionOf(db: Db, canonicalUrl: string): Promise<LatestVersion | undefined> {
  return (await latestVersionsOf(db, [canonicalUrl])).get(canonicalUrl);
}

/** The latest version of each of `canonicalUrls` that has one, keyed by URL: one query for a batch of pages. */
export async function latestVersionsOf(db: Db, canonicalUrls: string[]): Promise<Map<string, LatestVersion>> {
  const latest = new Map<string, LatestVersion>();
  for (const urls of chunks([...new Set(canonicalUrls)], VALUES_PER_STATEMENT)) {
    const rows = await db
      .select({
        url: articles.canonicalUrl,
        articleId: articles.id,
        versionId: articleVersions.id,
        contentHash: articleVersions.contentHash,
        etag: articleVersions.etag,
        lastModified: articleVersions.lastModified,
        factsCount: articleVersions.factsCount,
      })
      .from(articles)
      .innerJoin(
        articleVersions,
        eq(articleVersions.id, sql`(select max(${articleVersions.id}) from ${articleVersions} where ${articleVersions.articleId} = ${articles.id})`),
      )
      .where(inArray(articles.canonicalUrl, urls));
    for (const { url, ...version } of rows) latest.set(url, version);
  }
  return latest;
}

export interface NewVersion {
  canonicalUrl: string;
  /** The adapter that parsed the page (`text` for text given directly). */
  adapter: string;
  sourceId: number | null;
  title: string;
  publishedAt: string | null;
  text: string;
  contentHash: string;
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
  httpStatus: number;
  facts: ExtractedFact[];
  /** `official` or `unofficial` (see `articles.trust`); by default, by the host. */
  trust?: Trust;
  /** False when the version's changes wait for review: its facts are stored but not in force. Default true. */
  publish?: boolean;
}

/**
 * The statements that store a new version. When the version has facts they become the article's
 * current facts; when it has none, the previous facts stay current (a page that stopped stating
 * rules is flagged by the caller, never silently wiped).
 */
export function versionStatements(db: Db, given: NewVersion): BatchItem<'sqlite'>[] {
  const version = { ...given, trust: given.trust ?? trustOfUrl(given.canonicalUrl), publish: given.publish ?? true };
  const articleId: SQL = sql`(select ${articles.id} from ${articles} where ${articles.canonicalUrl} = ${version.canonicalUrl})`;
  const versionId: SQL = sql`(select max(${articleVersions.id}) from ${articleVersions} where ${articleVersions.articleId} = ${articleId})`;
  const statements: BatchItem<'sqlite'>[] = [
    db
      .insert(articles)
      .values({ canonicalUrl: version.canonicalUrl, sourceId: version.sourceId, title: version.title, publishedAt: version.publishedAt, adapter: version.adapter, checkedAt: version.fetchedAt, trust: version.trust })
      .onConflictDoUpdate({
        target: articles.canonicalUrl,
        set: { title: version.title, adapter: version.adapter, checkedAt: version.fetchedAt, trust: version.trust, publishedAt: sql`coalesce(excluded.published_at, ${articles.publishedAt})` },
      }),
    db.insert(articleVersions).values({
      articleId,
      text: version.text,
      contentHash: version.contentHash,
      fetchedAt: version.fetchedAt,
      etag: version.etag,
      lastModified: version.lastModified,
      httpStatus: version.httpStatus,
      title: version.title,
      factsCount: version.facts.length,
    }),
  ];
  if (version.facts.length === 0) return statements;
  if (version.publish) statements.push(db.update(facts).set({ current: false }).where(and(eq(facts.articleId, articleId), eq(facts.current, true))));
  for (const rows of chunks(version.facts, rowsPerStatement(facts))) {
    statements.push(
      db.insert(facts).values(
        rows.map((fact) => ({
          versionId,
          articleId,
          region: fact.region,
          scheme: fact.scheme,
          year: fact.year,
          key: fact.key,
          variant: fact.variant ?? '',
          value: fact.value,
          hedged: fact.hedged,
          confidence: fact.confidence,
          quote: fact.evidence.quote,
          start: fact.evidence.start,
          end: fact.evidence.end,
          current: version.publish,
        })),
      ),
    );
  }
  return statements;
}

/**
 * Publishes a held version: its facts become the article's current ones. Returned unexecuted,
 * to join the batch that writes the change events and the outbox.
 */
export function publishVersionStatements(db: Db, articleId: number, versionId: number): BatchItem<'sqlite'>[] {
  return [
    db.update(facts).set({ current: false }).where(and(eq(facts.articleId, articleId), eq(facts.current, true))),
    db.update(facts).set({ current: true }).where(eq(facts.versionId, versionId)),
  ];
}

/** A visit found the page as stored: it is still published as of `at`. */
export function articleCheckedStatement(db: Db, canonicalUrl: string, at: string): BatchItem<'sqlite'> {
  return db.update(articles).set({ checkedAt: at }).where(eq(articles.canonicalUrl, canonicalUrl));
}
