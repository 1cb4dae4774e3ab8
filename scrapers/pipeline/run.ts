/**
 * A scrape run: start one (for a cron's scheduled time, or by hand), visit the pages its
 * invocation can afford, and finish it when none are left. A run's pages live in
 * `scrape_run_pages` (a cursor in D1, not Queues: one Worker, no extra binding, and the unique
 * (run, url) pair is the guarantee that a run never fetches a page twice). Each invocation claims
 * at most `pagesPerInvocation` pages; the next cron invocation continues an unfinished run before
 * it starts a new one.
 */
import { createDb, type Db } from '../../db/client';
import { abandonClaimedPages, addRunPages, findRunByScheduledTime, getRun, pendingPageCount, runPages, startRun, unfinishedRun, updateRun } from '../../db/queries/runs';
import { dueSources, enabledSources, getSources } from '../../db/queries/sources';
import type { ScrapeRun } from '../../db/schema';
import { createRunContext, DEFAULT_PIPELINE_OPTIONS, type PipelineEnv, type PipelineOptions } from './run-context';
import { finishedStatus, pageCounts, reportOf, type RunReport } from './run-report';
import { visitRunPages } from './visiting';

export type ScheduledTrigger = { cron: string; scheduledTime: number };

/**
 * What a continuation takes new pages for: a Cron Trigger firing more often than hourly may run
 * for 30 seconds, and the pages under way when this passes still need to finish.
 */
const CONTINUATION_TIME_BUDGET_MS = 15_000;
/**
 * The longest a Cron Trigger invocation may run (15 minutes). A page claimed longer ago than
 * this whose visit never ended was claimed by an invocation that has stopped.
 */
const CLAIM_LEASE_MS = 15 * 60_000;

/** The six-hourly Cron Trigger: continues the run under way, else starts one over the due sources. */
export async function runScheduledScrape(
  env: PipelineEnv,
  trigger: ScheduledTrigger,
  overrides: Partial<PipelineOptions> = {},
): Promise<RunReport> {
  const options = { ...DEFAULT_PIPELINE_OPTIONS, ...overrides };
  const db = createDb(env.DB);
  const scheduledTime = new Date(trigger.scheduledTime).toISOString();
  const startedAt = options.now().toISOString();

  // A second firing of the same scheduled time finds its run and does nothing more.
  const existing = await findRunByScheduledTime(db, scheduledTime);
  if (existing) return reportOf(db, existing);

  let run = await unfinishedRun(db);
  if (!run) {
    const started = await startRun(db, { trigger: 'cron', scheduledTime, startedAt });
    if (!started.created) return reportOf(db, started.run);
    run = started.run;
    const due = await dueSources(db, startedAt, options.maxPagesPerRun);
    await addRunPages(db, run.id, due.map((s) => ({ url: s.url, sourceId: s.id })));
  }
  return continueRun(db, env, run, options, options.pagesPerInvocation);
}

/**
 * The every-minute Cron Trigger: takes the next pages of a run still under way, so a run of
 * `maxPagesPerRun` pages takes minutes rather than one six-hour tick for each
 * `pagesPerInvocation`. Starts no run. Null when none is under way.
 */
export async function continueUnfinishedScrape(env: PipelineEnv, overrides: Partial<PipelineOptions> = {}): Promise<RunReport | null> {
  const options = { ...DEFAULT_PIPELINE_OPTIONS, timeBudgetMs: CONTINUATION_TIME_BUDGET_MS, ...overrides };
  const db = createDb(env.DB);
  const run = await unfinishedRun(db);
  return run ? continueRun(db, env, run, options, options.pagesPerInvocation) : null;
}

/** `POST /v1/admin/scrape`: a run now, over the given sources or every enabled one. */
export async function runManualScrape(
  env: PipelineEnv,
  request: { sourceIds?: number[] },
  overrides: Partial<PipelineOptions> = {},
): Promise<RunReport> {
  const options = { ...DEFAULT_PIPELINE_OPTIONS, ...overrides };
  const db = createDb(env.DB);
  const chosen = request.sourceIds?.length
    ? await getSources(db, request.sourceIds)
    : await enabledSources(db, options.maxPagesPerRun);
  const { run } = await startRun(db, { trigger: 'manual', scheduledTime: null, startedAt: options.now().toISOString() });
  await addRunPages(db, run.id, chosen.map((s) => ({ url: s.url, sourceId: s.id })));
  return continueRun(db, env, run, options, options.maxPagesPerRun);
}

/** Visits up to `budget` of the run's pages, then finishes the run if none are left, and reports it. */
async function continueRun(db: Db, env: PipelineEnv, run: ScrapeRun, options: PipelineOptions, budget: number): Promise<RunReport> {
  const context = createRunContext(db, env, run, options);
  let visited: number;
  try {
    visited = await visitRunPages(context, budget);
  } finally {
    // The run's last stored versions are visible before the invocation ends.
    const settled = context.bumps.settle();
    if (options.waitUntil) options.waitUntil(settled);
    else await settled;
  }
  if (visited === 0) await abandonClaimedPages(db, run.id, new Date(options.now().getTime() - CLAIM_LEASE_MS).toISOString());
  if ((await pendingPageCount(db, run.id)) === 0) {
    const pages = await runPages(db, run.id);
    await updateRun(db, run.id, { status: finishedStatus(pages), finishedAt: options.now().toISOString(), counts: pageCounts(pages) });
  }
  return reportOf(db, (await getRun(db, run.id))!);
}
