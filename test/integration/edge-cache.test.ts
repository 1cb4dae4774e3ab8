/**
 * Facts in force from memory: how many D1 round trips a request makes, counted by a proxy of the
 * real D1 binding (every call still reaches the real database), cold and warm; how soon a
 * publish shows, on a clock the test controls; and the byte bound of what is kept.
 */
import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createAppParts } from '../../functions/app';
import { FactsInForceCache, entryBytes } from '../../functions/cache/facts-in-force';
import { createDb } from '../../db/client';
import { PUBLISH_LAG_BOUND_MS, VERSION_MEMO_MS, createDataVersion } from '../../db/data-version';
import { ingestPage } from '../../scrapers/pipeline/ingest';
import { approveReview } from '../../scrapers/pipeline/review';
import { listReviews } from '../../db/queries/reviews';
import { ADMIN_TOKEN } from '../support/worker';

/** The real D1 binding behind a proxy that counts statements run, batches and execs. */
function countingD1(d1: D1Database) {
  const counter = { queries: 0 };
  const real = new WeakMap<object, D1PreparedStatement>();
  const statement = (target: D1PreparedStatement): D1PreparedStatement => {
    const proxy = new Proxy(target, {
      get(t, property) {
        const value = Reflect.get(t, property);
        if (property === 'bind') return (...args: unknown[]) => statement(t.bind(...args));
        if (['all', 'first', 'run', 'raw'].includes(String(property))) {
          return (...args: unknown[]) => {
            counter.queries++;
            return (value as (...a: unknown[]) => unknown).apply(t, args);
          };
        }
        return typeof value === 'function' ? value.bind(t) : value;
      },
    });
    real.set(proxy, target);
    return proxy;
  };
  const binding = new Proxy(d1, {
    get(t, property) {
      if (property === 'prepare') return (sql: string) => statement(t.prepare(sql));
      if (property === 'batch') {
        return (list: D1PreparedStatement[]) => {
          counter.queries++;
          return t.batch(list.map((s) => real.get(s) ?? s));
        };
      }
      if (property === 'exec') {
        return (sql: string) => {
          counter.queries++;
          return t.exec(sql);
        };
      }
      const value = Reflect.get(t, property);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
  return { binding, counter };
}

/** An app with its own clock, data version memo and facts cache, as a fresh isolate would have. */
function isolate(options: { cacheBytes?: number } = {}) {
  const clock = { now: 1_000_000 };
  const parts = createAppParts({ now: () => clock.now, ...options });
  const d1 = countingD1(env.DB);
  const call = async (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const headers = new Headers(init.headers);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    const ctx = createExecutionContext();
    const before = d1.counter.queries;
    const response = await parts.app.fetch(new Request(`http://yibao.test${path}`, { ...init, headers, body }), { ...env, DB: d1.binding }, ctx);
    await waitOnExecutionContext(ctx);
    return { response, queries: d1.counter.queries - before, header: Number(response.headers.get('x-d1-queries')) };
  };
  return { clock, parts, d1, call };
}

async function importText(app: ReturnType<typeof isolate>, url: string, title: string, text: string) {
  const { response } = await app.call('/v1/admin/articles', {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    json: { url, title, text },
  });
  expect(response.status).toBeLessThan(300);
}

/** A publish made by another isolate: its own memo of the data version, the same KV and D1. */
/** Another isolate scrapes a changed page and publishes it: at once, or by an operator's approval. */
async function publishElsewhere(url: string, title: string, text: string) {
  const db = createDb(env.DB);
  const publish = { kv: env.DATA_VERSION, version: createDataVersion() };
  await ingestPage(db, {
    canonicalUrl: url, adapter: 'text', sourceId: null, page: { title, text, publishedAt: null },
    fetchedAt: new Date().toISOString(), etag: null, lastModified: null, httpStatus: 200,
  }, publish);
  for (const review of await listReviews(db, { status: 'pending', afterId: 0, limit: 100 })) await approveReview(db, review.id, { by: 'operator', publish });
}

const GUILIN = 'https://ybj.guilin.example.gov.cn';

async function seededIsolate(options: { cacheBytes?: number } = {}) {
  const app = isolate(options);
  await importText(app, `${GUILIN}/2024.html`, '桂林市2024年城乡居民医保', '2024年度桂林市城乡居民医保个人缴费标准为每人每年370元。');
  await importText(app, `${GUILIN}/2025.html`, '桂林市2025年城乡居民医保', '2025年度桂林市城乡居民医保个人缴费标准为每人每年390元。');
  return app;
}

const individual = async (response: Response) =>
  ((await response.json()) as { facts: { key: string; value: unknown }[] }).facts.find((f) => f.key === 'contribution.individual_annual')?.value;

// A lookup also says what exists (its `coverage`: the region's years with facts): with a year,
// one more read beside the year's facts; without one, the same round trip picks the year.
const REQUESTS: [string, string, RequestInit & { json?: unknown }, number][] = [
  ['a lookup for a year', '/v1/regions/450300/facts?scheme=resident&year=2025', {}, 2],
  ['a lookup for today', '/v1/regions/450300/facts?scheme=resident', {}, 1],
  ['a year-to-year diff', '/v1/diff?region=450300&scheme=resident&from=2024&to=2025', {}, 1],
  ['the policy years', '/v1/regions/450300/years?scheme=resident', {}, 1],
  ['a waiting period', '/v1/calculate/waiting-period', { method: 'POST', json: { region: '450300', scheme: 'resident', years: { from: 2025, to: 2025 }, paidOn: '2025-11-15' } }, 1],
  ['a back-payment', '/v1/calculate/back-payment', { method: 'POST', json: { region: '450300', scheme: 'resident', years: { from: 2025, to: 2025 }, paidOn: '2025-11-15' } }, 1],
];

describe('D1 round trips per request', () => {
  it.each(REQUESTS)('%s: its reads cold, none warm', async (_, path, init, reads) => {
    const app = await seededIsolate();
    const cold = await app.call(path, init);
    expect(cold.response.status, await cold.response.clone().text()).toBe(200);
    expect(cold.queries).toBe(reads);
    expect(cold.header).toBe(reads);
    for (let i = 0; i < 3; i++) {
      const warm = await app.call(path, init);
      expect(warm.response.status).toBe(200);
      expect(warm.queries).toBe(0);
      expect(warm.header).toBe(0);
    }
  });

  it('reads a lookup on a date with its coverage and the latest year not after it in one round trip, then none', async () => {
    const app = await seededIsolate();
    const cold = await app.call('/v1/regions/450300/facts?scheme=resident&at=2025-06-30');
    expect(await individual(cold.response)).toBe(390);
    expect(cold.queries).toBe(1);
    const warm = await app.call('/v1/regions/450300/facts?scheme=resident&at=2025-06-30');
    expect(warm.queries).toBe(0);
    // Another date of the same region: the coverage is kept, so only that year's facts are read.
    const earlier = await app.call('/v1/regions/450300/facts?scheme=resident&at=2024-12-31');
    expect(await individual(earlier.response)).toBe(370);
    expect(earlier.queries).toBe(1);
    // A date before any facts answers no year, from the coverage alone.
    const before = await app.call('/v1/regions/450300/facts?scheme=resident&at=2019-01-01');
    expect(((await before.response.json()) as { year: number | null }).year).toBeNull();
    expect(before.queries).toBe(0);
  });

  it('shares one round trip among concurrent cold lookups without a year', async () => {
    const app = await seededIsolate();
    const before = app.d1.counter.queries;
    const answers = await Promise.all(Array.from({ length: 4 }, (_, i) => app.call(`/v1/regions/450300/facts?scheme=resident&at=2025-0${i + 3}-01`)));
    expect(await Promise.all(answers.map((a) => individual(a.response)))).toEqual([390, 390, 390, 390]);
    expect(app.d1.counter.queries - before).toBe(1);
  });

  it('shares one read among concurrent cold requests for the same facts', async () => {
    const app = await seededIsolate();
    const before = app.d1.counter.queries;
    const answers = await Promise.all(Array.from({ length: 8 }, () => app.call('/v1/regions/450300/facts?scheme=resident&year=2025')));
    expect(answers.map((a) => a.response.status)).toEqual(Array(8).fill(200));
    // One read of the year's facts and one of the coverage, shared by all eight.
    expect(app.d1.counter.queries - before).toBe(2);
  });

  it('answers from memory what it answered from D1', async () => {
    const app = await seededIsolate();
    for (const [, path, init] of REQUESTS) {
      const cold = await (await app.call(path, init)).response.text();
      const warm = await (await app.call(path, init)).response.text();
      expect(warm).toBe(cold);
    }
  });
});

const sha1 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('answers kept serialised', () => {
  const GETS = REQUESTS.filter(([, , init]) => init.method === undefined);

  it.each(GETS)('%s: sends the ETag of its body, hashed when the answer was built, and 304 for it without a read', async (_, path) => {
    const app = await seededIsolate();
    const cold = await app.call(path);
    const body = await cold.response.text();
    expect(cold.response.headers.get('etag')).toBe(`W/"${await sha1(body)}"`);
    expect(cold.response.headers.get('content-type')).toBe('application/json');
    expect(cold.response.headers.get('cache-control')).toBe('public, max-age=300');
    const warm = await app.call(path);
    expect(await warm.response.text()).toBe(body);
    expect(warm.response.headers.get('etag')).toBe(cold.response.headers.get('etag'));
    const again = await app.call(path, { headers: { 'if-none-match': cold.response.headers.get('etag')! } });
    expect(again.response.status).toBe(304);
    expect(again.response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(again.queries).toBe(0);
  });

  it('keeps one answer per request, and a lookup for "today" apart from one on a date', async () => {
    const app = await seededIsolate();
    const admin = { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } };
    const answers = async () => ((await (await app.call('/v1/admin/cache', admin)).response.json()) as { answers: number; answerBytes: number }).answers;
    await app.call('/v1/regions/450300/facts?scheme=resident&year=2025');
    await app.call('/v1/regions/450300/facts?year=2025&scheme=resident');
    expect(await answers()).toBe(1);
    const today = (await (await app.call('/v1/regions/450300/facts?scheme=resident')).response.json()) as { at: string };
    const onDate = (await (await app.call('/v1/regions/450300/facts?scheme=resident&at=2025-06-30')).response.json()) as { at: string; year: number };
    expect(today.at).toBe(new Date().toISOString().slice(0, 10));
    expect(onDate).toMatchObject({ at: '2025-06-30', year: 2025 });
    expect(await answers()).toBe(3);
  });

  it('answers a publish with a new body and ETag: the old ETag no longer gets 304', async () => {
    const app = await seededIsolate();
    const path = '/v1/regions/450300/facts?scheme=resident&year=2025';
    const before = (await app.call(path)).response.headers.get('etag')!;
    await importText(app, `${GUILIN}/2025.html`, '桂林市2025年城乡居民医保', '2025年度桂林市城乡居民医保个人缴费标准为每人每年393元。');
    const after = await app.call(path, { headers: { 'if-none-match': before } });
    expect(after.response.status).toBe(200);
    expect(after.response.headers.get('etag')).not.toBe(before);
    expect(await individual(after.response)).toBe(393);
  });
});

describe('how soon a publish shows', () => {
  it('documents a bound within a minute', () => {
    expect(PUBLISH_LAG_BOUND_MS).toBeLessThanOrEqual(60_000);
    expect(VERSION_MEMO_MS).toBeLessThan(PUBLISH_LAG_BOUND_MS);
  });

  it('shows its own publish at once', async () => {
    const app = await seededIsolate();
    expect(await individual((await app.call('/v1/regions/450300/facts?scheme=resident&year=2025')).response)).toBe(390);
    await importText(app, `${GUILIN}/2025.html`, '桂林市2025年城乡居民医保', '2025年度桂林市城乡居民医保个人缴费标准为每人每年392元。');
    const after = await app.call('/v1/regions/450300/facts?scheme=resident&year=2025');
    expect(await individual(after.response)).toBe(392);
    expect(after.queries).toBe(2);
  });

  it("shows another isolate's publish once its memo of the data version expires, never later", async () => {
    const app = await seededIsolate();
    const path = '/v1/regions/450300/facts?scheme=resident&year=2025';
    await app.call(path);
    await publishElsewhere(`${GUILIN}/2025.html`, '桂林市2025年城乡居民医保', '2025年度桂林市城乡居民医保个人缴费标准为每人每年395元。');
    const publishedAt = app.clock.now;
    const seen: { elapsed: number; value: unknown }[] = [];
    for (let elapsed = 0; elapsed <= PUBLISH_LAG_BOUND_MS + 1_000; elapsed += 1_000) {
      app.clock.now = publishedAt + elapsed;
      seen.push({ elapsed, value: await individual((await app.call(path)).response) });
    }
    // The memo keeps the old version for its few seconds (the test would fail were it not kept)…
    expect(seen[0].value).toBe(390);
    // …and nothing is stale from the memo's end on, well within the documented bound.
    const stale = seen.filter((s) => s.value !== 395);
    expect(Math.max(...stale.map((s) => s.elapsed))).toBeLessThan(VERSION_MEMO_MS);
    expect(seen.filter((s) => s.elapsed >= VERSION_MEMO_MS).every((s) => s.value === 395)).toBe(true);
  });
});

describe('memory', () => {
  it('says what it keeps and drops it on an admin request, after which a lookup reads D1 again', async () => {
    const app = await seededIsolate();
    const path = '/v1/regions/450300/facts?scheme=resident&year=2025';
    await app.call(path);
    const admin = { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } };
    const kept = (await (await app.call('/v1/admin/cache', admin)).response.json()) as { entries: number; bytes: number; publishLagBoundMs: number };
    expect(kept.entries).toBeGreaterThan(0);
    expect(kept.bytes).toBeGreaterThan(0);
    expect(kept.publishLagBoundMs).toBe(PUBLISH_LAG_BOUND_MS);
    const dropped = (await (await app.call('/v1/admin/cache', { ...admin, method: 'DELETE' })).response.json()) as { entries: number };
    expect(dropped.entries).toBe(0);
    expect((await app.call(path)).queries).toBe(2); // the year's facts and the coverage, as cold
    expect((await app.call('/v1/admin/cache')).response.status).toBe(401);
  });

  it('stays within its byte bound, dropping the least recently used facts', async () => {
    await seededIsolate();
    const db = () => createDb(env.DB);
    const probe = new FactsInForceCache();
    const [one] = await probe.years(db, 'v', ['450300', '450000', '100000'], ['resident'], [2025]);
    const size = entryBytes(one);
    expect(size).toBeGreaterThan(0);

    const cache = new FactsInForceCache({ maxBytes: Math.floor(size * 2.5) });
    const chains = [['450300', '450000', '100000'], ['450301', '450300', '450000', '100000'], ['450302', '450300', '450000', '100000']];
    for (const chain of chains) await cache.years(db, 'v', chain, ['resident'], [2025]);
    expect(cache.stats().bytes).toBeLessThanOrEqual(Math.floor(size * 2.5));
    expect(cache.stats().entries).toBe(2);
    const loads = cache.stats().loads;
    await cache.years(db, 'v', chains[2], ['resident'], [2025]);
    expect(cache.stats().loads).toBe(loads);
    await cache.years(db, 'v', chains[0], ['resident'], [2025]);
    expect(cache.stats().loads).toBe(loads + 1);
  });

  it('drops what it kept when the data version changes', async () => {
    await seededIsolate();
    const db = () => createDb(env.DB);
    const cache = new FactsInForceCache();
    await cache.years(db, 'v1', ['450300', '450000', '100000'], ['resident'], [2025]);
    await cache.years(db, 'v2', ['450300', '450000', '100000'], ['resident'], [2025]);
    expect(cache.stats()).toMatchObject({ entries: 1, loads: 2 });
  });
});
