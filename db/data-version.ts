/**
 * The data version: a token that changes whenever published data changes (a stored article
 * version and so its facts; any other writer of facts in force goes through `publishBatch` too).
 * Readers key what they keep in memory by it, so a new token makes every isolate read D1 again.
 * It lives in Workers KV, which is built for read-mostly global data, never in D1: reading it
 * must not cost the database round trip the caches exist to save.
 *
 * How stale can an answer be after a publish? At most `PUBLISH_LAG_BOUND_MS` (35 s) from this
 * code: an isolate keeps the token it read for `VERSION_MEMO_MS` before asking KV again, and KV
 * keeps a value it read in a location for `KV_CACHE_TTL_SECONDS` (`cacheTtl`, KV's minimum)
 * before reading it again from its central store. The location that wrote sees the write at once,
 * and the isolate that wrote (an import, a scrape invocation) at once as well.
 */
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from './client';

export const DATA_VERSION_KEY = 'data-version';
/** KV's smallest `cacheTtl`. */
export const KV_CACHE_TTL_SECONDS = 30;
export const VERSION_MEMO_MS = 5_000;
export const PUBLISH_LAG_BOUND_MS = VERSION_MEMO_MS + KV_CACHE_TTL_SECONDS * 1000;

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
}

/**
 * Writes statements that change published data in one `db.batch()`, then bumps the data version.
 * Every writer of facts in force goes through here. The bump comes after the commit, so a reader
 * that sees the new token reads the new rows.
 */
export async function publishBatch({ db, kv, version = isolateDataVersion }: PublishTarget, statements: BatchItem<'sqlite'>[]): Promise<unknown[]> {
  if (statements.length === 0) return [];
  const results = await db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  await version.bump(kv);
  return results;
}
