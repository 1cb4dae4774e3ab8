/**
 * Puts the published facts on `c.var.facts`: the facts in force kept in this isolate, under the
 * data version read from KV (see db/data-version.ts for how stale that can be, and
 * functions/cache/facts-in-force.ts for what is kept). Routes ask it instead of D1.
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { DataVersion } from '../../db/data-version';
import type { Db } from '../../db/client';
import type { Scheme } from '../../domain/facts';
import type { Answer, FactsInForceCache, YearInForce, YearsWithFacts } from '../cache/facts-in-force';

export interface PublishedFacts {
  /** The facts in force for `chain[0]` in each of `schemes` × `years`, in that order. */
  years(chain: string[], schemes: readonly Scheme[], years: readonly number[]): Promise<YearInForce[]>;
  /** The coverage of `chain[0]`'s chain, and the facts of its latest year for `schemes` not after `atYear`. */
  latest(chain: string[], schemes: readonly Scheme[], atYear: number): Promise<{ coverage: YearsWithFacts; year: number | null; entries: YearInForce[] }>;
  /** The policy years with current facts for `chain[0]`'s chain. */
  yearsWithFacts(chain: string[], scheme?: Scheme): Promise<YearsWithFacts>;
  /**
   * A GET's answer under the data version: its body and ETag, built by `build` once and then
   * kept. `key` names all the request's inputs the body depends on (the date, for "today").
   */
  answer(key: string, build: () => Promise<unknown>): Promise<Answer>;
  /** The data version the answers are read at. */
  version(): Promise<string>;
}

export type PublishedFactsVariables = {
  facts: PublishedFacts;
  /** The data version writers bump, so this app sees its own publishes at once. */
  dataVersion: DataVersion;
  factsCache: FactsInForceCache;
  db: Db;
};

export function publishedFacts({ version, cache }: { version: DataVersion; cache: FactsInForceCache }) {
  return createMiddleware<{ Bindings: { DATA_VERSION: KVNamespace }; Variables: PublishedFactsVariables }>(async (c, next) => {
    const current = () => version.current(c.env.DATA_VERSION);
    const db = () => c.get('db');
    c.set('dataVersion', version);
    c.set('factsCache', cache);
    c.set('facts', {
      version: current,
      years: async (chain, schemes, years) => cache.years(db, await current(), chain, schemes, years),
      latest: async (chain, schemes, atYear) => cache.latest(db, await current(), chain, schemes, atYear),
      yearsWithFacts: async (chain, scheme) => cache.yearsWithFacts(db, await current(), chain, scheme),
      answer: async (key, build) => cache.answer(await current(), key, build),
    });
    await next();
  });
}

/** The response for an answer: JSON with its ETag, so the etag middleware compares rather than hashes. */
export function answerResponse(c: Context, answer: Answer): Response {
  return c.body(answer.body, 200, { 'content-type': 'application/json', etag: answer.etag });
}
