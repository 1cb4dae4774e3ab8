/**
 * Every lookup path reaches facts and versions through an index: SQLite's `EXPLAIN QUERY PLAN`
 * of the exact SQL the query functions in `db/queries` send (captured from the D1 binding they
 * are given, parameters included) has no `SCAN` of facts, article_versions, articles,
 * change_events or sources. At national scale (2.4 million facts) one such scan costs seconds.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../../db/client';
import { latestVersionOf, latestVersionsOf, versionStatements } from '../../db/queries/article-versions';
import { latestTwoVersions, versionsOf, versionWithText } from '../../db/queries/articles';
import { currentFactsAmong, listChanges } from '../../db/queries/changes';
import { currentAndPendingFacts, currentFacts, factYearsAndLatestFacts, currentFactsOfArticle, factsOfVersion, factYears } from '../../db/queries/facts';
import { dueSources } from '../../db/queries/sources';
import { articleVersions, articles, changeEvents, facts, sources } from '../../db/schema';

interface Statement {
  sql: string;
  params: unknown[];
}

/** The D1 binding, recording each statement prepared through it and the values bound to it. */
function recordingD1(seen: Statement[]): D1Database {
  return new Proxy(env.DB, {
    get(target, property) {
      if (property === 'prepare') {
        return (sql: string) => {
          const statement = target.prepare(sql);
          const entry: Statement = { sql, params: [] };
          seen.push(entry);
          const bind = statement.bind.bind(statement);
          statement.bind = (...params: unknown[]) => {
            entry.params = params;
            return bind(...params);
          };
          return statement;
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The statements `query` sends when run against the real database. */
async function statementsOf(query: (db: Db) => Promise<unknown>): Promise<Statement[]> {
  const seen: Statement[] = [];
  await query(createDb(recordingD1(seen)));
  if (seen.length === 0) throw new Error('the query sent no statement');
  return seen;
}

async function planOf({ sql, params }: Statement): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
  return results.map((row) => row.detail);
}

const WATCHED = ['facts', 'nearer', 'article_versions', 'articles', 'change_events', 'sources'];
/** `SCAN t`, `SCAN t USING INDEX i` (a whole index is a scan too), `SCAN t USING COVERING INDEX i`. */
const fullScans = (plan: string[]) => plan.filter((line) => WATCHED.some((table) => new RegExp(`^SCAN ${table}\\b`).test(line)));

const CHAIN = ['450202', '450200', '450000', '100000'];

beforeAll(async () => {
  // A little of everything, so the planner sees the tables as they are in use.
  const db = createDb(env.DB);
  await db.insert(sources).values([
    { url: 'https://plans.example/a', adapter: 'generic' },
    { url: 'https://plans.example/b', adapter: 'generic', enabled: false },
  ]);
  const [article] = await db.insert(articles).values({ canonicalUrl: 'https://plans.example/a', title: 'a', sourceId: 1 }).returning();
  const [version] = await db
    .insert(articleVersions)
    .values({ articleId: article.id, text: 't', contentHash: 'h', fetchedAt: '2025-01-01T00:00:00.000Z', httpStatus: 200 })
    .returning();
  // One statement a region: D1 takes at most 100 bound parameters a statement.
  for (const region of CHAIN) {
    await db.insert(facts).values([2024, 2025].map((year) => ({
      versionId: version.id, articleId: article.id, region, scheme: 'resident', year, key: 'contribution.individual_annual',
      value: 400, quote: 'q', start: 0, end: 1,
    })));
  }
  await db.insert(changeEvents).values({ uid: 'evt_plans', kind: 'changed', region: '450200', scheme: 'resident', year: 2025, key: 'contribution.individual_annual' });
});

describe('every lookup path uses an index', () => {
  const paths: [string, (db: Db) => Promise<unknown>][] = [
    ['facts of a region chain, scheme, year and key', (db) => currentFacts(db, { regions: CHAIN, scheme: 'resident', year: 2025, key: 'contribution.individual_annual' })],
    ['facts of a region chain, scheme and year', (db) => currentFacts(db, { regions: CHAIN, scheme: 'resident', year: 2025 })],
    ['facts of a region chain and scheme, any year', (db) => currentFacts(db, { regions: CHAIN, scheme: 'resident' })],
    ['facts of a region chain', (db) => currentFacts(db, { regions: CHAIN })],
    ['facts that can be in force in a region chain, with those waiting for review', (db) => currentAndPendingFacts(db, { regions: CHAIN, scheme: 'resident', years: [2024, 2025] })],
    ['policy years of a region chain with the facts of the latest not after a year', (db) => factYearsAndLatestFacts(db, { regions: CHAIN, schemes: ['resident', 'employee'], atYear: 2025 })],
    ['policy years of a region chain', (db) => factYears(db, { regions: CHAIN, scheme: 'resident' })],
    ['facts of a version', (db) => factsOfVersion(db, 1)],
    ['current facts of an article', (db) => currentFactsOfArticle(db, 1)],
    ['current facts among regions and keys', (db) => currentFactsAmong(db, CHAIN, ['contribution.individual_annual', 'waiting.fixed_months'])],
    ['versions of an article', (db) => versionsOf(db, 1)],
    ['the latest two versions of an article', (db) => latestTwoVersions(db, 1)],
    ['a version with its text', (db) => versionWithText(db, 1, 1)],
    ['the latest version of a page', (db) => latestVersionOf(db, 'https://plans.example/a')],
    ['the latest versions of a batch of pages', (db) => latestVersionsOf(db, ['https://plans.example/a', 'https://plans.example/b'])],
    ['change events since a cursor', (db) => listChanges(db, { since: 0, limit: 50 })],
    ['change events since a cursor for a region', (db) => listChanges(db, { since: 0, region: '450200', limit: 50 })],
    ['change events since a cursor for a key', (db) => listChanges(db, { since: 0, key: 'contribution.individual_annual', limit: 50 })],
    ['due sources', (db) => dueSources(db, '2025-01-01T00:00:00.000Z', 25)],
  ];

  it.each(paths)('%s', async (_, query) => {
    for (const statement of await statementsOf(query)) {
      const plan = await planOf(statement);
      expect(plan.length, statement.sql).toBeGreaterThan(0);
      expect(fullScans(plan), `${statement.sql}\n${plan.join('\n')}`).toEqual([]);
    }
  });

  it('reads no fact a nearer region of the chain overrules', async () => {
    const db = createDb(env.DB);
    const own = await currentAndPendingFacts(db, { regions: CHAIN, scheme: 'resident', years: [2024, 2025] });
    expect(own.map((f) => `${f.region} ${f.year}`).sort()).toEqual(['450202 2024', '450202 2025']);
    // A county of the same city without facts of its own reads the city's, and nothing farther.
    const inherited = await currentAndPendingFacts(db, { regions: ['450203', ...CHAIN.slice(1)], scheme: 'resident', years: [2025] });
    expect(inherited.map((f) => f.region)).toEqual(['450200']);
  });

  it('writes a new version without scanning facts or versions', async () => {
    const db = createDb(env.DB);
    const statements = versionStatements(db, {
      canonicalUrl: 'https://plans.example/a', adapter: 'generic', sourceId: 1, title: 'a', publishedAt: null, text: 't2',
      contentHash: 'h2', fetchedAt: '2025-02-01T00:00:00.000Z', etag: null, lastModified: null, httpStatus: 200,
      facts: [{ region: '450200', scheme: 'resident', year: 2025, key: 'contribution.individual_annual', value: 410, hedged: false, confidence: 0.9, evidence: { quote: 'q', start: 0, end: 1 } }],
    });
    for (const item of statements) {
      const { sql, params } = (item as unknown as { toSQL: () => Statement }).toSQL();
      const plan = await planOf({ sql, params });
      expect(fullScans(plan), `${sql}\n${plan.join('\n')}`).toEqual([]);
    }
  });
});
