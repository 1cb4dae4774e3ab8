/** Reading facts with their provenance: the article, the version and the source they came from. */
import { and, asc, desc, eq, inArray, lte, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { articleVersions, articles, facts, reviews, sources } from '../schema';
import type { StoredFact } from '../../domain/facts';

const columns = {
  id: facts.id,
  region: facts.region,
  scheme: facts.scheme,
  year: facts.year,
  key: facts.key,
  variant: facts.variant,
  value: facts.value,
  hedged: facts.hedged,
  confidence: facts.confidence,
  quote: facts.quote,
  start: facts.start,
  end: facts.end,
  articleId: facts.articleId,
  versionId: facts.versionId,
  url: articles.canonicalUrl,
  title: articleVersions.title,
  publishedAt: articles.publishedAt,
  fetchedAt: articleVersions.fetchedAt,
  checkedAt: sql<string>`coalesce(${articles.checkedAt}, ${articleVersions.fetchedAt})`,
  adapter: sql<string | null>`coalesce(${articles.adapter}, ${sources.adapter})`,
  // A source's trust, when the article has one, else the article's own as stored.
  official: sql<boolean>`(coalesce(${sources.trust}, ${articles.trust}) = 'official')`.mapWith(Boolean),
};

/** Facts joined to the version, article and source they came from, filtered and ordered. */
export function factsWithProvenance(db: Db, where: SQL | undefined, ...order: SQL[]): Promise<StoredFact[]> {
  const query = db
    .select(columns)
    .from(facts)
    .innerJoin(articleVersions, eq(articleVersions.id, facts.versionId))
    .innerJoin(articles, eq(articles.id, facts.articleId))
    .leftJoin(sources, eq(sources.id, articles.sourceId))
    .where(where);
  return (order.length ? query.orderBy(...order) : query) as Promise<StoredFact[]>;
}

/** Current facts of the given regions (a region and its ancestors), optionally narrowed. */
export async function currentFacts(
  db: Db,
  filter: { regions: string[]; scheme?: string; schemes?: string[]; year?: number; years?: number[]; key?: string },
): Promise<StoredFact[]> {
  const conditions = [inArray(facts.region, filter.regions), eq(facts.current, true)];
  if (filter.scheme) conditions.push(eq(facts.scheme, filter.scheme));
  if (filter.schemes?.length) conditions.push(inArray(facts.scheme, filter.schemes));
  if (filter.year !== undefined) conditions.push(eq(facts.year, filter.year));
  if (filter.years?.length) conditions.push(inArray(facts.year, filter.years));
  if (filter.key) conditions.push(eq(facts.key, filter.key));
  return factsWithProvenance(db, and(...conditions), asc(facts.key), asc(facts.variant), desc(facts.year), asc(facts.id));
}

/**
 * `currentFacts` of a region chain (`regions`, nearest first) that can be in force or contend:
 * a current fact is left out where a nearer region of the chain has a current fact of the same
 * scheme, key, variant and year, since that one wins and only its region's facts are conflicts
 * (core/facts-in-force.ts). A county that states its own figures is read without its province's
 * and the country's. In the same query come the facts of versions waiting for review, all of
 * them, each with the id of the review item holding it (`pendingReview`; null for a fact in force).
 */
export function currentAndPendingFacts(
  db: Db,
  filter: { regions: string[]; scheme?: string; schemes?: string[]; years?: number[] },
): Promise<(StoredFact & { pendingReview: number | null })[]> {
  return currentAndPendingQuery(db, filter) as unknown as Promise<(StoredFact & { pendingReview: number | null })[]>;
}

/**
 * In one round trip (a D1 batch, one snapshot): `factYears` of the regions, and
 * `currentAndPendingFacts` of the latest year with current facts of `schemes` not after
 * `atYear`, the year a lookup without one answers (none when there is no such year).
 */
export async function factYearsAndLatestFacts(db: Db, filter: { regions: string[]; schemes: string[]; atYear: number }) {
  const latest = db
    .select({ year: sql<number>`max(${facts.year})` })
    .from(facts)
    .where(and(inArray(facts.region, filter.regions), eq(facts.current, true), inArray(facts.scheme, filter.schemes), lte(facts.year, filter.atYear)));
  const [years, rows] = await db.batch([factYearsQuery(db, { regions: filter.regions }), currentAndPendingQuery(db, { regions: filter.regions, schemes: filter.schemes, year: latest })]);
  return { years, facts: rows as unknown as (StoredFact & { pendingReview: number | null })[] };
}

function currentAndPendingQuery(
  db: Db,
  filter: { regions: string[]; scheme?: string; schemes?: string[]; years?: number[]; year?: SQLWrapper },
) {
  const held = db.select({ versionId: reviews.versionId }).from(reviews).where(eq(reviews.status, 'pending'));
  // The same table under another name, for the nearer region's facts.
  const nearer = alias(facts, 'nearer');
  const rank = (region: SQLiteColumn) => sql`(case ${region} ${sql.join(filter.regions.map((code, i) => sql`when ${code} then ${sql.raw(String(i))}`), sql` `)} end)`;
  const notOverruled = sql`not exists (select 1 from ${facts} as ${sql.identifier('nearer')} where ${inArray(nearer.region, filter.regions)} and ${nearer.scheme} = ${facts.scheme} and ${nearer.year} = ${facts.year} and ${nearer.key} = ${facts.key} and ${nearer.variant} = ${facts.variant} and ${nearer.current} = 1 and ${rank(nearer.region)} < ${rank(facts.region)})`;
  const conditions = [
    inArray(facts.region, filter.regions),
    or(and(eq(facts.current, true), notOverruled), inArray(facts.versionId, held))!,
  ];
  if (filter.scheme) conditions.push(eq(facts.scheme, filter.scheme));
  if (filter.schemes?.length) conditions.push(inArray(facts.scheme, filter.schemes));
  if (filter.years?.length) conditions.push(inArray(facts.year, filter.years));
  if (filter.year) conditions.push(eq(facts.year, sql`(${filter.year})`));
  const pendingReview = sql<number | null>`(case when ${facts.current} then null else (select ${reviews.id} from ${reviews} where ${reviews.versionId} = ${facts.versionId} and ${reviews.status} = 'pending') end)`;
  return db
    .select({ ...columns, pendingReview })
    .from(facts)
    .innerJoin(articleVersions, eq(articleVersions.id, facts.versionId))
    .innerJoin(articles, eq(articles.id, facts.articleId))
    .leftJoin(sources, eq(sources.id, articles.sourceId))
    .where(and(...conditions))
    .orderBy(asc(facts.key), asc(facts.variant), desc(facts.year), asc(facts.id));
}

/** The policy years with current facts for the given regions, per scheme. */
export async function factYears(db: Db, filter: { regions: string[]; scheme?: string }) {
  return factYearsQuery(db, filter);
}

function factYearsQuery(db: Db, filter: { regions: string[]; scheme?: string }) {
  const conditions = [inArray(facts.region, filter.regions), eq(facts.current, true)];
  if (filter.scheme) conditions.push(eq(facts.scheme, filter.scheme));
  return db
    .select({ year: facts.year, scheme: facts.scheme, region: facts.region, count: sql<number>`count(*)` })
    .from(facts)
    .where(and(...conditions))
    .groupBy(facts.year, facts.scheme, facts.region)
    .orderBy(asc(facts.year));
}

/** Every fact of one article version, for diffs between versions. */
export async function factsOfVersion(db: Db, versionId: number): Promise<StoredFact[]> {
  return factsWithProvenance(db, eq(facts.versionId, versionId), asc(facts.id));
}

/** The current facts of one article. */
export async function currentFactsOfArticle(db: Db, articleId: number): Promise<StoredFact[]> {
  return factsWithProvenance(db, and(eq(facts.articleId, articleId), eq(facts.current, true)));
}
