/**
 * The data-version bumps of a scrape run, against the real KV binding: KV takes one write a
 * second to a key, so a run's stored pages bump at most once a gap, and the last token written
 * always comes after the last commit.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { coalescedBumps, createDataVersion, DATA_VERSION_KEY, type DataVersion } from '../../db/data-version';
import { runManualScrape } from '../../scrapers/pipeline/run';
import { admin, fixtureSite, policyPage } from '../support/worker';

/** A clock the test moves, and pauses that move it instead of waiting. */
function testClock() {
  const clock = { now: 1_000_000, slept: [] as number[] };
  return {
    clock,
    now: () => clock.now,
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.now += ms;
    },
  };
}

/** The real data version, counting the puts it makes. */
function countingVersion(now: () => number): DataVersion & { tokens: string[] } {
  const real = createDataVersion({ now });
  const tokens: string[] = [];
  return {
    tokens,
    current: (kv) => real.current(kv),
    bump: async (kv) => {
      const token = await real.bump(kv);
      tokens.push(token);
      return token;
    },
  };
}

/** The real KV, whose first `failures` puts fail as KV's per-key limit makes them fail. */
function kvFailingFirst(failures: number): KVNamespace {
  let left = failures;
  return new Proxy(env.DATA_VERSION, {
    get(target, property) {
      if (property === 'put') {
        return async (...args: Parameters<KVNamespace['put']>) => {
          if (left-- > 0) throw new Error('KV PUT failed: 429 Too Many Requests');
          return target.put(...args);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('coalesced data-version bumps', () => {
  it('bumps the first change at once and the changes within the gap once, after it', async () => {
    const { clock, now, sleep } = testClock();
    const version = countingVersion(now);
    const bumps = coalescedBumps({ version, now, sleep, gapMs: 1_000 });
    bumps.changed(env.DATA_VERSION);
    await bumps.settle();
    expect(version.tokens).toHaveLength(1);
    for (let i = 0; i < 5; i++) {
      clock.now += 100;
      bumps.changed(env.DATA_VERSION);
    }
    await bumps.settle();
    // Five changes within the second after the first bump: one more bump, when the second is up.
    expect(version.tokens).toHaveLength(2);
    expect(clock.slept.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(await env.DATA_VERSION.get(DATA_VERSION_KEY)).toBe(version.tokens.at(-1));
  });

  it('owes a bump for a change made while one is under way', async () => {
    const { now, sleep } = testClock();
    let release!: () => void;
    const slowKv = new Proxy(env.DATA_VERSION, {
      get(target, property) {
        if (property === 'put') {
          return async (...args: Parameters<KVNamespace['put']>) => {
            await new Promise<void>((resume) => (release = resume));
            return target.put(...args);
          };
        }
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const version = countingVersion(now);
    const bumps = coalescedBumps({ version, now, sleep });
    bumps.changed(slowKv);
    await Promise.resolve();
    // The first put is under way: this change was committed after the token it writes was chosen.
    bumps.changed(slowKv);
    const settled = bumps.settle();
    for (let i = 0; i < 10 && version.tokens.length < 2; i++) {
      await new Promise((resume) => setTimeout(resume, 5));
      release?.();
    }
    await settled;
    expect(version.tokens).toHaveLength(2);
  });

  it('tries a failed put again after the gap, and never rejects', async () => {
    const { now, sleep } = testClock();
    const version = countingVersion(now);
    const bumps = coalescedBumps({ version, now, sleep, attempts: 3 });
    bumps.changed(env.DATA_VERSION);
    await expect(bumps.settle()).resolves.toBeUndefined();
    expect(version.tokens).toHaveLength(1);
    expect(await env.DATA_VERSION.get(DATA_VERSION_KEY)).toBe(version.tokens[0]);
  });

  it('leaves a bump that keeps failing owed, and settle tries it once more', async () => {
    const { now, sleep } = testClock();
    const version = countingVersion(now);
    const bumps = coalescedBumps({ version, now, sleep, attempts: 3 });
    bumps.changed(env.DATA_VERSION);
    await bumps.settle();
    // Three failures, then settle's own try goes through.
    expect(version.tokens).toHaveLength(1);
  });
});

describe('a scrape run and the data version', () => {
  it('stores many pages with a bump or two, the last after the last page', async () => {
    const site = await fixtureSite();
    await site.reset();
    const ids: number[] = [];
    for (let i = 0; i < 8; i++) {
      const path = `/bumps/page-${i}.html`;
      await site.page(path, policyPage(`某市2025年城乡居民医保通知${i}`, [`2025年度某市城乡居民医保个人缴费标准为每人每年${400 + i}元。`]));
      const res = await admin('/v1/admin/sources', { method: 'POST', json: { url: `${site.baseUrl}${path}` } });
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { id: number }).id);
    }
    const version = countingVersion(Date.now);
    const started = Date.now();
    let handedOn: Promise<unknown> | undefined;
    const report = await runManualScrape(env, { sourceIds: ids }, {
      dataVersion: version,
      waitUntil: (promise) => (handedOn = promise),
      fetcher: { timeoutMs: 2_000, perHostDelayMs: 0, retryBaseMs: 1, maxRetries: 1 },
    });
    // The run's answer does not wait out the gap: its last bump is handed to waitUntil.
    expect(handedOn).toBeDefined();
    await handedOn;
    const seconds = (Date.now() - started) / 1000;
    expect(report.pages.new).toBe(8);
    // One bump a page would be eight; at most one a second, plus the first.
    expect(version.tokens.length).toBeGreaterThanOrEqual(1);
    expect(version.tokens.length).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    expect(version.tokens.length).toBeLessThan(8);
    expect(await env.DATA_VERSION.get(DATA_VERSION_KEY)).toBe(version.tokens.at(-1));
  });
});
