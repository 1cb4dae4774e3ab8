/**
 * A scrape run: take the due sources, fetch each page once, parse it with its adapter, extract
 * facts and store a new version only when the normalised text changed. Each page's version,
 * facts, source status and run bookkeeping land in one `db.batch()`.
 *
 * Long runs continue across invocations through `scrape_run_pages` (a cursor in D1, not Queues:
 * one Worker, no extra binding, and the unique (run, url) pair is the guarantee that a run never
 * fetches a page twice). Each invocation claims at most `pagesPerInvocation` pages; the next cron
 * invocation continues an unfinished run before it starts a new one.
 */
import type { BatchItem } from 'drizzle-orm/batch';
import { createDb, type Db } from '../db/client';
import { latestVersionOf, latestVersionsOf, versionStatements, type LatestVersion } from '../db/queries/article-versions';
import {
  addRunPages,
  abandonClaimedPages,
  claimRunPages,
  completeRunPage,
  countRunPages,
  findRunByScheduledTime,
  getRun,
  pendingPageCount,
  releaseRunPages,
  runPages,
  startRun,
  unfinishedRun,
  updateRun,
  type RunTrigger,
} from '../db/queries/runs';
import {
  createSource,
  dueSources,
  enabledSources,
  findSourceByUrl,
  getSources,
  recordSourceOutcome,
} from '../db/queries/sources';
import type { ScrapeRun, ScrapeRunPage, Source } from '../db/schema';
import { changeEventStatements, currentFactsAmong, newEventUid } from '../db/queries/changes';
import { currentFactsOfArticle } from '../db/queries/facts';
import type { StoredFact } from '../domain/facts';
import { robotsCacheIn } from '../db/queries/robots';
import { activeSubscriptions, webhookOutboxStatements, type ActiveSubscription } from '../db/queries/webhooks';
import { detectChanges } from '../core/change-detect';
import type { Fact as ExtractedFact } from '../domain/facts';
import { extractFacts } from './extract/index';
import { createFetcher, type Fetcher, type FetcherOptions, type FetchOutcome } from './fetch/index';
import { ADAPTERS, parsePage, type AdapterName, type ParsedPage } from './sources/index';

export type ScheduledTrigger = { cron: string; scheduledTime: number };

export interface PipelineEnv {
  DB: D1Database;
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
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = {
  pagesPerInvocation: 25,
  maxPagesPerRun: 200,
  maxDepth: 1,
  maxFailures: 5,
  fetcher: {},
  now: () => new Date(),
};

export type PageOutcome = 'new' | 'changed' | 'unchanged' | 'failed' | 'skipped';

export interface RunReport {
  id: number;
  trigger: string;
  status: string;
  scheduledTime: string | null;
  startedAt: string;
  finishedAt: string | null;
  pages: { fetched: number; unchanged: number; changed: number; new: number; failed: number; skipped: number };
  /** Facts written by this run. */
  facts: number;
  /** Pages still waiting for a later invocation. */
  remaining: number;
  errors: { url: string; sourceId: number | null; error: string }[];
  /** Pages whose new version states no rules where the previous one did: their old facts stay current. */
  flags: { url: string; reason: 'no_facts'; previousFacts: number }[];
  disabledSources: number[];
}

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
  const { run } = await startRun(db, { trigger: 'manual' as RunTrigger, scheduledTime: null, startedAt: options.now().toISOString() });
  await addRunPages(db, run.id, chosen.map((s) => ({ url: s.url, sourceId: s.id })));
  return continueRun(db, env, run, options, options.maxPagesPerRun);
}

/** Pages claimed at a time: their sources and latest versions are read with one query each. */
const CLAIM_SIZE = 25;
/**
 * Pages fetched at once across hosts (a Worker may hold six connections open). The fetcher still
 * sends one request at a time to a host, with its delay between them.
 */
export const FETCHES_IN_FLIGHT = 6;

/** What a run's pages share within one invocation. */
interface RunContext {
  db: Db;
  run: ScrapeRun;
  options: PipelineOptions;
  fetcher: Fetcher;
  /** Read at most once an invocation; a subscription created during it gets the next one's events. */
  subscriptions: () => Promise<ActiveSubscription[]>;
  /** Pages discovery has added to the run so far in this invocation. */
  discovered: number;
}

async function continueRun(db: Db, env: PipelineEnv, run: ScrapeRun, options: PipelineOptions, budget: number): Promise<RunReport> {
  const context: RunContext = {
    db,
    run,
    options,
    fetcher: createFetcher({ allowPrivate: env.ALLOW_PRIVATE_URLS === 'true', robotsCache: robotsCacheIn(db, options.now), ...options.fetcher }),
    subscriptions: once(() => activeSubscriptions(db)),
    discovered: 0,
  };
  const visited = await visitRunPages(context, budget);
  if (visited === 0) await abandonClaimedPages(db, run.id, new Date(options.now().getTime() - CLAIM_LEASE_MS).toISOString());
  if ((await pendingPageCount(db, run.id)) === 0) {
    const pages = await runPages(db, run.id);
    const failed = pages.filter((p) => p.outcome === 'failed').length;
    const status = pages.length > 0 && failed === pages.length ? 'failed' : failed > 0 ? 'partial' : 'ok';
    await updateRun(db, run.id, { status, finishedAt: options.now().toISOString(), counts: countsOf(pages) });
  }
  return reportOf(db, (await getRun(db, run.id))!);
}

/** A claimed page with what was read for it when it was claimed. */
interface ClaimedPage {
  page: ScrapeRunPage;
  /** The host the page is fetched from: one visitor at a time works on a host. */
  host: string;
  canonicalUrl: string;
  source: Source | undefined;
  previous: LatestVersion | null;
}

/**
 * Visits up to `budget` pages of the run as a pipeline. FETCHES_IN_FLIGHT visitors each take the
 * next claimed page on a host no other visitor is working on, fetch it and read it (parse, hash,
 * extract) as soon as it arrives; the writes queue up and run one after another. (The fetcher
 * would keep a second request to a busy host waiting anyway; taking another host's page instead
 * keeps six pages of a same-site run from holding every visitor while other sites' pages wait.) So one page's network wait, another's reading and a
 * third's write overlap, while each page's change detection still sees every page written before
 * it. Pages are claimed CLAIM_SIZE at a time, as the visitors need them, with their sources and
 * latest versions in one query each. Past the time budget no page is begun, and those claimed
 * and not begun go back to the run. Returns how many pages were visited.
 */
async function visitRunPages(context: RunContext, budget: number): Promise<number> {
  const { db, run, options } = context;
  const deadline = options.timeBudgetMs === undefined ? Infinity : options.now().getTime() + options.timeBudgetMs;
  const pastDeadline = () => options.now().getTime() >= deadline;
  const queue: ClaimedPage[] = [];
  const busyHosts = new Set<string>();
  // Visitors waiting for a host to be free or for pages to be claimed, woken when either happens.
  const waiting: (() => void)[] = [];
  const wake = () => {
    for (const resume of waiting.splice(0)) resume();
  };
  const written = new Set<string>();
  let writes = Promise.resolve();
  let claimedCount = 0;
  let claiming: Promise<void> | null = null;
  let exhausted = false;

  const claimMore = async () => {
    const claimed = await claimRunPages(db, run.id, Math.min(CLAIM_SIZE, budget - claimedCount), options.now().toISOString());
    claimedCount += claimed.length;
    if (claimed.length === 0 || claimedCount >= budget) exhausted = true;
    queue.push(...(await prepare(db, claimed)));
  };
  const next = async (): Promise<ClaimedPage | undefined> => {
    for (;;) {
      if (pastDeadline()) return undefined;
      const free = queue.findIndex((claimed) => !busyHosts.has(claimed.host));
      if (free >= 0) {
        const [claimed] = queue.splice(free, 1);
        busyHosts.add(claimed.host);
        return claimed;
      }
      // Every queued page is on a busy host: more pages may be on free ones.
      if (!exhausted && queue.length < CLAIM_SIZE) {
        await (claiming ??= claimMore().finally(() => ((claiming = null), wake())));
        continue;
      }
      if (queue.length === 0) return undefined;
      await new Promise<void>((resume) => waiting.push(resume));
    }
  };
  const visitor = async () => {
    for (let claimed = await next(); claimed; claimed = await next()) {
      const { page, host, canonicalUrl, source, previous } = claimed;
      const visit = await readPage(context, page, canonicalUrl, source, previous).finally(() => {
        busyHosts.delete(host);
        wake();
      });
      writes = writes.then(() => {
        // Two pages with one canonical URL: the later one compares with what the earlier one
        // wrote, not with the version read before either was fetched.
        if (written.has(canonicalUrl) && visit.kind === 'read') visit.article.input.previous = undefined;
        written.add(canonicalUrl);
        return writeVisit(context, page, source, visit).catch(async (error) => {
          // A page that cannot be stored (a database error) fails alone; its batch wrote nothing.
          await completeRunPage(db, page.id, { outcome: 'failed', detail: `error: ${(error as Error).message ?? error}`, factsWritten: 0 });
        });
      });
    }
  };

  for (;;) {
    const discoveredBefore = context.discovered;
    await Promise.all(Array.from({ length: FETCHES_IN_FLIGHT }, visitor));
    await writes;
    if (queue.length) {
      const unvisited = queue.splice(0);
      await releaseRunPages(db, unvisited.map((claimed) => claimed.page.id));
      return claimedCount - unvisited.length;
    }
    // The last writes may have discovered pages after the visitors found none left to claim.
    if (claimedCount >= budget || context.discovered === discoveredBefore || pastDeadline()) return claimedCount;
    exhausted = false;
  }
}

async function prepare(db: Db, claimed: ScrapeRunPage[]): Promise<ClaimedPage[]> {
  if (claimed.length === 0) return [];
  const sourceIds = [...new Set(claimed.flatMap((p) => (p.sourceId ? [p.sourceId] : [])))];
  const urls = claimed.map((p) => canonicalise(p.url));
  const [sourceRows, latest] = await Promise.all([getSources(db, sourceIds), latestVersionsOf(db, urls)]);
  const sourcesById = new Map(sourceRows.map((s) => [s.id, s]));
  return claimed.map((page, i) => ({
    page,
    host: hostOf(page.url),
    canonicalUrl: urls[i],
    source: page.sourceId ? sourcesById.get(page.sourceId) : undefined,
    previous: latest.get(urls[i]) ?? null,
  }));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** A visited page: either an outcome with nothing to store, or an article read and ready to store. */
type Visit =
  | { kind: 'settled'; outcome: PageOutcome; detail: string; ok: boolean; status: string }
  | { kind: 'read'; article: ReadArticle; links: string[]; adapter: AdapterName };

/** Fetches a page and reads it; touches no database, and answers a failure rather than throwing. */
async function readPage(
  context: RunContext,
  page: ScrapeRunPage,
  canonicalUrl: string,
  source: Source | undefined,
  previous: LatestVersion | null,
): Promise<Visit> {
  let fetched: FetchOutcome;
  try {
    fetched = await context.fetcher.fetchPage(page.url, { etag: previous?.etag, lastModified: previous?.lastModified });
  } catch (error) {
    fetched = { kind: 'failed', url: page.url, reason: 'network', detail: String((error as Error).message ?? error), attempts: 1 };
  }
  if (fetched.kind === 'not_modified') return { kind: 'settled', outcome: 'unchanged', detail: 'not modified (304)', ok: true, status: 'unchanged' };
  if (fetched.kind === 'skipped') return { kind: 'settled', outcome: 'skipped', detail: `${fetched.reason}: ${fetched.detail}`, ok: true, status: `skipped:${fetched.reason}` };
  if (fetched.kind === 'failed') return { kind: 'settled', outcome: 'failed', detail: `${fetched.reason}: ${fetched.detail}`, ok: false, status: `failed:${fetched.reason}` };
  try {
    const parsed = parsePage(fetched.text, fetched.finalUrl ?? fetched.url, adapterOf(source));
    const article = await readArticle({
      canonicalUrl,
      adapter: parsed.adapter,
      sourceId: source?.id ?? null,
      page: parsed,
      fetchedAt: context.options.now().toISOString(),
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      httpStatus: fetched.status,
      previous,
    });
    return { kind: 'read', article, links: parsed.links, adapter: parsed.adapter };
  } catch (error) {
    return { kind: 'settled', outcome: 'failed', detail: `unreadable: ${(error as Error).message ?? error}`, ok: false, status: 'failed:unreadable' };
  }
}

/** Writes what a visit learned, with the page's run bookkeeping and its source's health, in one batch. */
async function writeVisit(context: RunContext, page: ScrapeRunPage, source: Source | undefined, visit: Visit): Promise<void> {
  const { db, options } = context;
  const at = options.now().toISOString();
  const bookkeeping = (outcome: PageOutcome, detail: string | null, factsWritten: number, ok: boolean, status: string) => {
    const statements: BatchItem<'sqlite'>[] = [completeRunPage(db, page.id, { outcome, detail, factsWritten })];
    if (source) statements.push(recordSourceOutcome(db, source, { status, ok, error: ok ? null : detail, at, maxFailures: options.maxFailures }));
    return statements;
  };
  if (visit.kind === 'settled') {
    await runAlongside(db, [], bookkeeping(visit.outcome, visit.detail, 0, visit.ok, visit.status));
    return;
  }
  await storeArticle(db, visit.article, (result) => bookkeeping(result.outcome, result.detail, result.facts, true, result.outcome), {
    subscriptions: context.subscriptions,
  });
  await discover(context, source, visit.links, visit.adapter);
}

export interface IngestInput {
  canonicalUrl: string;
  /** The adapter that read the page; `text` when the text was given directly. */
  adapter: string;
  sourceId: number | null;
  page: Pick<ParsedPage, 'title' | 'text' | 'publishedAt'>;
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
  httpStatus: number;
  /** The latest stored version: null when there is none, undefined when not looked up yet. */
  previous?: LatestVersion | null;
}

export interface IngestResult {
  outcome: 'new' | 'changed' | 'unchanged';
  facts: number;
  /** Set when the page stopped stating rules: its previous facts stay current. */
  detail: string | null;
}

/** A page's text made ready to store: normalised, hashed and, unless known unchanged, its facts. */
export interface ReadArticle {
  input: IngestInput;
  title: string;
  text: string;
  contentHash: string;
  /** Null when the text is the same as the known previous version's: there is nothing to extract. */
  facts: ExtractedFact[] | null;
}

/** The reading half of storing a page: pure, so it can run while another page is being written. */
export async function readArticle(input: IngestInput): Promise<ReadArticle> {
  const text = normaliseText(input.page.text);
  const title = input.page.title.trim();
  const contentHash = await sha256(`${title}\n${text}`);
  const unchanged = input.previous?.contentHash === contentHash;
  return { input, title, text, contentHash, facts: unchanged ? null : factsOf(input, title, text) };
}

function factsOf(input: IngestInput, title: string, text: string): ExtractedFact[] {
  return extractFacts({ title, text, url: input.canonicalUrl, ...(input.page.publishedAt ? { publishedAt: input.page.publishedAt } : {}) });
}

/**
 * Stores what a page says now: nothing when its normalised text is unchanged, else a new version
 * with its facts. `alongside` adds the caller's bookkeeping to the same batch.
 */
export async function ingestPage(
  db: Db,
  input: IngestInput,
  alongside: (result: IngestResult) => BatchItem<'sqlite'>[] = () => [],
): Promise<IngestResult> {
  const previous = input.previous === undefined ? (await latestVersionOf(db, input.canonicalUrl)) ?? null : input.previous;
  return storeArticle(db, await readArticle({ ...input, previous }), alongside);
}

/** The writing half: compares with the latest version, works out the change events, writes one batch. */
export async function storeArticle(
  db: Db,
  article: ReadArticle,
  alongside: (result: IngestResult) => BatchItem<'sqlite'>[] = () => [],
  context: { subscriptions?: () => Promise<ActiveSubscription[]> } = {},
): Promise<IngestResult> {
  const { input, title, text, contentHash } = article;
  const previous = input.previous === undefined ? await latestVersionOf(db, input.canonicalUrl) : input.previous ?? undefined;
  if (previous && previous.contentHash === contentHash) {
    const result: IngestResult = { outcome: 'unchanged', facts: 0, detail: 'same text' };
    await runAlongside(db, [], alongside(result));
    return result;
  }
  const facts = article.facts ?? factsOf(input, title, text);
  const lostFacts = previous !== undefined && previous.factsCount > 0 && facts.length === 0;
  const result: IngestResult = {
    outcome: previous ? 'changed' : 'new',
    facts: facts.length,
    detail: lostFacts ? `no_facts: the previous version had ${previous.factsCount}` : null,
  };
  const articleId = previous?.articleId ?? null;
  const changes = facts.length ? changesCausedBy(await factsInForceAround(db, facts, articleId), article, facts, articleId) : [];
  const statements = versionBatch(db, article, facts, changes);
  statements.push(...(await webhookOutboxStatements(db, changes, { subscriptions: context.subscriptions })));
  await runAlongside(db, statements, alongside(result));
  return result;
}

/** The statements writing a version, its facts and the change events it causes. */
export function versionBatch(db: Db, article: ReadArticle, facts: ExtractedFact[], changes: ReturnType<typeof changesCausedBy>): BatchItem<'sqlite'>[] {
  const { input, title, text, contentHash } = article;
  const statements = versionStatements(db, {
    canonicalUrl: input.canonicalUrl,
    adapter: input.adapter,
    sourceId: input.sourceId,
    title,
    publishedAt: input.page.publishedAt,
    text,
    contentHash,
    fetchedAt: input.fetchedAt,
    etag: input.etag,
    lastModified: input.lastModified,
    httpStatus: input.httpStatus,
    facts,
  });
  statements.push(...changeEventStatements(db, changes, input.canonicalUrl));
  return statements;
}

/** The facts in force that a version with `facts` may change: at its regions and keys, and the article's own. */
async function factsInForceAround(db: Db, facts: ExtractedFact[], articleId: number | null): Promise<StoredFact[]> {
  const mine = articleId === null ? [] : await currentFactsOfArticle(db, articleId);
  const regions = [...facts.map((f) => f.region), ...mine.map((f) => f.region)];
  const keys = [...facts.map((f) => f.key as string), ...mine.map((f) => f.key)];
  return currentFactsAmong(db, regions, keys);
}

/** The change events a version causes in the rules in force, worked out before anything is written. */
export function changesCausedBy(current: StoredFact[], article: ReadArticle, facts: ExtractedFact[], articleId: number | null) {
  const { input, title } = article;
  const incoming: StoredFact[] = facts.map((fact, i) => ({
    id: Number.MAX_SAFE_INTEGER - facts.length + i,
    region: fact.region, scheme: fact.scheme, year: fact.year, key: fact.key, variant: fact.variant ?? '',
    value: fact.value, hedged: fact.hedged, confidence: fact.confidence, quote: fact.evidence.quote, start: fact.evidence.start, end: fact.evidence.end,
    articleId: articleId ?? -1, versionId: -1, url: input.canonicalUrl, title, publishedAt: input.page.publishedAt,
    fetchedAt: input.fetchedAt, adapter: input.adapter,
  }));
  return detectChanges(current, articleId, incoming).map((change) => ({ ...change, uid: newEventUid() }));
}

async function runAlongside(db: Db, statements: BatchItem<'sqlite'>[], extra: BatchItem<'sqlite'>[]) {
  const all = [...statements, ...extra];
  if (all.length) await db.batch(all as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
}

/**
 * Related-article links become sources of their own (visited on their own schedule from then
 * on); this run visits those that fit its page budget.
 */
async function discover(context: RunContext, source: Source | undefined, links: string[], adapter: AdapterName) {
  const { db, run, options } = context;
  if (!source || source.depth >= options.maxDepth || links.length === 0) return;
  const found: { url: string; sourceId: number }[] = [];
  for (const link of links.slice(0, MAX_LINKS_PER_PAGE)) {
    const url = canonicalise(link);
    const row = (await createSource(db, { url, adapter, depth: source.depth + 1, discoveredFrom: source.id, intervalMinutes: source.intervalMinutes }))
      ?? (await findSourceByUrl(db, url));
    if (row?.enabled) found.push({ url: row.url, sourceId: row.id });
  }
  const room = options.maxPagesPerRun - (await countRunPages(db, run.id));
  if (room > 0) context.discovered += await addRunPages(db, run.id, found.slice(0, room));
}

/** A page listing more related articles than this is not listing related articles. */
const MAX_LINKS_PER_PAGE = 50;

function adapterOf(source: Source | undefined): AdapterName | 'auto' {
  const name = source?.adapter;
  return name && (ADAPTERS as readonly string[]).includes(name) ? (name as AdapterName) : 'auto';
}

/** The URL an article is known by: no fragment, no tracking parameters, lower-case host. */
export function canonicalise(raw: string): string {
  try {
    const url = new URL(raw);
    url.hash = '';
    for (const key of [...url.searchParams.keys()]) if (/^(utm_|spm$|from$)/i.test(key)) url.searchParams.delete(key);
    return url.toString();
  } catch {
    return raw;
  }
}

/** Whitespace differences are not changes: trailing spaces go, runs of blank lines become one. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u3000]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function countsOf(pages: ScrapeRunPage[]): Record<string, number> {
  const counts: Record<string, number> = { new: 0, changed: 0, unchanged: 0, failed: 0, skipped: 0, facts: 0 };
  for (const page of pages) {
    if (page.outcome) counts[page.outcome] = (counts[page.outcome] ?? 0) + 1;
    counts.facts += page.factsWritten;
  }
  return counts;
}

/** The run report, computed from the run's pages so a continued run reports all of it. */
export async function reportOf(db: Db, run: ScrapeRun): Promise<RunReport> {
  const pages = await runPages(db, run.id);
  const counts = countsOf(pages);
  const done = pages.filter((p) => p.status === 'done');
  const sourceIds = [...new Set(pages.map((p) => p.sourceId).filter((id): id is number => id !== null))];
  const disabled = (await getSources(db, sourceIds)).filter((s) => !s.enabled && s.consecutiveFailures > 0).map((s) => s.id);
  return {
    id: run.id,
    trigger: run.trigger,
    status: run.status,
    scheduledTime: run.scheduledTime,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    pages: {
      fetched: counts.new + counts.changed + counts.unchanged,
      unchanged: counts.unchanged,
      changed: counts.changed,
      new: counts.new,
      failed: counts.failed,
      skipped: counts.skipped,
    },
    facts: counts.facts,
    remaining: pages.length - done.length,
    errors: done
      .filter((p) => p.outcome === 'failed' || p.outcome === 'skipped')
      .map((p) => ({ url: p.url, sourceId: p.sourceId, error: p.detail ?? p.outcome! })),
    flags: done
      .filter((p) => p.detail?.startsWith('no_facts'))
      .map((p) => ({ url: p.url, reason: 'no_facts' as const, previousFacts: Number(/(\d+)$/.exec(p.detail!)?.[1] ?? 0) })),
    disabledSources: disabled,
  };
}
