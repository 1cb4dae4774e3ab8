/**
 * The data version: a token that changes whenever published data changes (a stored article
 * version and so its facts; any other writer of facts in force goes through `publishBatch` too).
 * Readers key what they keep in memory by it, so a new token makes every isolate read D1 again.
 * It lives in Workers KV, which is built for read-mostly global data, never in D1: reading it
 * must not cost the database round trip the caches exist to save.
 *
 * How stale can an answer be after a publish? At most `PUBLISH_LAG_BOUND_MS` (36 s) from this
 * code: a scrape run bumps the token at most once a `BUMP_GAP_MS` (KV's one write a second to a
 * key), an isolate keeps the token it read for `VERSION_MEMO_MS` before asking KV again, and KV
 * keeps a value it read in a location for `KV_CACHE_TTL_SECONDS` (`cacheTtl`, KV's minimum)
 * before reading it again from its central store. The location that wrote sees the write once it
 * is bumped, and so does the isolate that wrote (an import at once, a scrape within the gap).
 */
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from './client';

export const DATA_VERSION_KEY = 'data-version';
/** KV's smallest `cacheTtl`. */
export const KV_CACHE_TTL_SECONDS = 30;
export const VERSION_MEMO_MS = 5_000;
/**
 * KV takes at most one write a second to a key (its documented limit; past it a put fails with
 * 429), and a scrape run stores pages faster than that. So a run bumps the data version at most
 * once in this gap: the first change at once, later ones together once the gap has passed.
 */
export const BUMP_GAP_MS = 1_000;
export const PUBLISH_LAG_BOUND_MS = BUMP_GAP_MS + VERSION_MEMO_MS + KV_CACHE_TTL_SECONDS * 1000;

/** The version before anything was ever published. */
export const INITIAL_DATA_VERSION = '0';

export interface DataVersion {
  /** The token in force as this isolate knows it: no KV read while the memo is fresh. */
  current(kv: KVNamespace): Promise<string>;
  /** Stores a new token: called after published data changed. */
  bump(kv: KVNamespace): Promise<string>;
}

export interface DataVersionOptions {
  /** Milliseconds since the epoch; tests pass a clock of their own. */
  now?: () => number;
}

/**
 * A reader and writer of the data version with its own memo. Concurrent requests that find the
 * memo stale share one KV read.
 */
export function createDataVersion({ now = Date.now }: DataVersionOptions = {}): DataVersion {
  let memo: { token: string; readAt: number } | undefined;
  let reading: Promise<string> | undefined;
  const read = (kv: KVNamespace) => {
    reading ??= kv
      .get(DATA_VERSION_KEY, { cacheTtl: KV_CACHE_TTL_SECONDS })
      .then((token) => {
        memo = { token: token ?? INITIAL_DATA_VERSION, readAt: now() };
        return memo.token;
      })
      .finally(() => (reading = undefined));
    return reading;
  };
  return {
    current: (kv) => (memo && now() - memo.readAt < VERSION_MEMO_MS ? Promise.resolve(memo.token) : read(kv)),
    async bump(kv) {
      // Unique rather than counted: KV has no atomic increment, and readers only compare tokens.
      const token = `${now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
      await kv.put(DATA_VERSION_KEY, token);
      memo = { token, readAt: now() };
      return token;
    },
  };
}

/** The isolate's data version: the API reads it and this isolate's writers bump it, so they see their own writes at once. */
export const isolateDataVersion = createDataVersion();

/** Where published data lives: D1 for the rows, KV for the token that says they changed. */
export interface PublishTarget {
  db: Db;
  kv: KVNamespace;
  version?: DataVersion;
  /** A writer of many batches in one invocation (a scrape run) bumps through these, at most once a `BUMP_GAP_MS`. */
  bumps?: Bumps;
}

/**
 * Writes statements that change published data in one `db.batch()`, then bumps the data version.
 * Every writer of facts in force goes through here. The bump comes after the commit, so a reader
 * that sees the new token reads the new rows.
 */
export async function publishBatch({ db, kv, version = isolateDataVersion, bumps }: PublishTarget, statements: BatchItem<'sqlite'>[]): Promise<unknown[]> {
  if (statements.length === 0) return [];
  const results = await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  if (bumps) bumps.changed(kv);
  else await version.bump(kv);
  return results;
}

/** The data-version bumps of an isolate's writers of many batches (scrape runs). */
export interface Bumps {
  /** Published data changed in `kv`'s namespace (its batch is committed): bumped now, or once the gap has passed. */
  changed(kv: KVNamespace): void;
  /**
   * Resolves once no bump is owed. Never rejects. A writer hands it to `waitUntil` when it has
   * one, so its answer does not wait out the gap; else it awaits it before it ends.
   */
  settle(): Promise<void>;
}

export interface BumpsOptions {
  version?: DataVersion;
  gapMs?: number;
  /** Milliseconds since the epoch, and a pause of so many: tests pass their own. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Tries at one bump before it is left to `settle` (or the next change). */
  attempts?: number;
}

/**
 * Bumps through one gap. A change committed while a bump is under way is owed another bump
 * after it, so the last token written always comes after the last commit. A failed put is tried
 * again after the gap; a bump still failing is logged and left owed, and `settle` tries once more.
 */
export function coalescedBumps({ version = isolateDataVersion, gapMs = BUMP_GAP_MS, now = Date.now, sleep = pause, attempts = 3 }: BumpsOptions = {}): Bumps {
  let owed: KVNamespace | null = null;
  let lastAt = -Infinity;
  let draining: Promise<void> | null = null;
  // Bumps until none is owed or `attempts` puts in a row failed. `draining` is cleared in the same
  // turn as the last look at `owed`, so a change made after it starts a new drain.
  const drain = async () => {
    for (let failures = 0; owed && failures < attempts; ) {
      const wait = lastAt + gapMs - now();
      if (wait > 0) await sleep(wait);
      const kv = owed;
      owed = null;
      lastAt = now();
      try {
        await version.bump(kv);
        failures = 0;
      } catch (error) {
        owed ??= kv;
        failures += 1;
        console.warn(`data version: bump failed (${failures} of ${attempts}): ${(error as Error).message ?? error}`);
      }
    }
    draining = null;
  };
  const start = (): Promise<void> => (draining ??= drain());
  return {
    changed(kv) {
      owed = kv;
      void start();
    },
    async settle() {
      while (draining) await draining;
      if (!owed) return;
      await start();
      if (owed) console.error('data version: bump still failing; cached answers stay on the old version until the next publish');
    },
  };
}

const isolateBumps = new WeakMap<DataVersion, Bumps>();

/**
 * The isolate's bumps of `version`: every scrape invocation of the isolate shares them, so one
 * run's trailing bump and the next run's first change make one put, not two within the gap.
 */
export function bumpsOf(version: DataVersion = isolateDataVersion): Bumps {
  let bumps = isolateBumps.get(version);
  if (!bumps) isolateBumps.set(version, (bumps = coalescedBumps({ version })));
  return bumps;
}

const pause = (ms: number) => new Promise<void>((resume) => setTimeout(resume, ms));
