/** What a scrape run is configured with, and what its pages share within one invocation. */
import type { Db } from '../../db/client';
import { bumpsOf, type Bumps, type DataVersion } from '../../db/data-version';
import { robotsCacheIn } from '../../db/queries/robots';
import { activeSubscriptions, type ActiveSubscription } from '../../db/queries/webhooks';
import type { ScrapeRun } from '../../db/schema';
import { createFetcher, type Fetcher, type FetcherOptions } from '../fetch/index';

export interface PipelineEnv {
  DB: D1Database;
  /** Workers KV holding the data version, bumped when a stored version changes published data. */
  DATA_VERSION: KVNamespace;
  ALLOW_PRIVATE_URLS?: string;
}

export interface PipelineOptions {
  /** Pages one invocation processes before leaving the rest to the next. */
  pagesPerInvocation: number;
  /** Pages one run visits at most, discovered ones included. */
  maxPagesPerRun: number;
  /** How many related-article links away from an operator's source discovery may go. */
  maxDepth: number;
  /** A source failing this many runs in a row is disabled. */
  maxFailures: number;
  fetcher: Partial<FetcherOptions>;
  /**
   * Wall-clock time an invocation takes new pages for; the pages it claimed and has not begun are
   * handed back for the next one. Unset: no limit but the page budget.
   */
  timeBudgetMs?: number;
  now: () => Date;
  /** The data version bumped after a write (the isolate's unless an app with a clock of its own runs the scrape). */
  dataVersion?: DataVersion;
  /**
   * The invocation's `waitUntil`: given, the run's last data-version bump (which may wait out
   * KV's one-write-a-second gap) finishes after the answer; else the run awaits it.
   */
  waitUntil?: (promise: Promise<unknown>) => void;
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = {
  pagesPerInvocation: 25,
  maxPagesPerRun: 200,
  maxDepth: 1,
  maxFailures: 5,
  fetcher: {},
  now: () => new Date(),
};

/** What a run's pages share within one invocation. */
export interface RunContext {
  db: Db;
  /** Where the data version is bumped after a version is stored. */
  kv: KVNamespace;
  /** The isolate's bumps of it: at most one a second, the last one settled before the invocation ends. */
  bumps: Bumps;
  run: ScrapeRun;
  options: PipelineOptions;
  fetcher: Fetcher;
  /** Read at most once an invocation; a subscription created during it gets the next one's events. */
  subscriptions: () => Promise<ActiveSubscription[]>;
  /** Pages discovery has added to the run so far in this invocation. */
  discovered: number;
}

export function createRunContext(db: Db, env: PipelineEnv, run: ScrapeRun, options: PipelineOptions): RunContext {
  let subscriptions: Promise<ActiveSubscription[]> | undefined;
  return {
    db,
    kv: env.DATA_VERSION,
    bumps: bumpsOf(options.dataVersion),
    run,
    options,
    fetcher: createFetcher({ allowPrivate: env.ALLOW_PRIVATE_URLS === 'true', robotsCache: robotsCacheIn(db, options.now), ...options.fetcher }),
    subscriptions: () => (subscriptions ??= activeSubscriptions(db)),
    discovered: 0,
  };
}
