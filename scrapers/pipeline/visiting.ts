/**
 * Visiting a run's pages: FETCHES_IN_FLIGHT visitors take turns on hosts (`takeTurnsByHost`),
 * each fetching the next claimed page on a host no other visitor is working on and reading it
 * (parse, hash, extract) as soon as it arrives; the writes take turns in the order the pages
 * were read. (The fetcher would keep a second request to a busy host waiting anyway; taking
 * another host's page instead keeps six pages of a same-site run from holding every visitor
 * while other sites' pages wait.) So one page's network wait, another's reading and a third's
 * write overlap, while each page's change detection still sees every page written before it.
 */
import type { BatchItem } from 'drizzle-orm/batch';
import { completeRunPage, releaseRunPages } from '../../db/queries/runs';
import { recordSourceOutcome } from '../../db/queries/sources';
import { articleCheckedStatement } from '../../db/queries/article-versions';
import type { Source } from '../../db/schema';
import type { FetchOutcome } from '../fetch/index';
import { ADAPTERS, parsePage, type AdapterName } from '../sources/index';
import { discover } from './discovery';
import { readArticle, storeArticle, type ReadArticle } from './ingest';
import type { RunContext } from './run-context';
import { claimPages, type ClaimedPage } from './run-pages';
import type { PageOutcome } from './run-report';
import { InTurn, takeTurnsByHost } from './turns';

/** Pages claimed at a time: their sources and latest versions are read with one query each. */
const CLAIM_SIZE = 25;
/**
 * Pages fetched at once across hosts (a Worker may hold six connections open). The fetcher still
 * sends one request at a time to a host, with its delay between them.
 */
export const FETCHES_IN_FLIGHT = 6;

/**
 * Visits up to `budget` pages of the run. Pages are claimed CLAIM_SIZE at a time, as the visitors
 * need them. Past the time budget no page is begun, and those claimed and not begun go back to
 * the run. Returns how many pages were visited.
 */
export async function visitRunPages(context: RunContext, budget: number): Promise<number> {
  const { db, options } = context;
  const deadline = options.timeBudgetMs === undefined ? Infinity : options.now().getTime() + options.timeBudgetMs;
  const pastDeadline = () => options.now().getTime() >= deadline;
  const writes = new InTurn();
  const written = new Set<string>();
  let claimedCount = 0;

  for (;;) {
    const discoveredBefore = context.discovered;
    const unvisited = await takeTurnsByHost<ClaimedPage>(
      {
        visitors: FETCHES_IN_FLIGHT,
        hostOf: (claimed) => claimed.host,
        refillBelow: CLAIM_SIZE,
        stop: pastDeadline,
        refill: async () => {
          const limit = Math.min(CLAIM_SIZE, budget - claimedCount);
          const claimed = limit > 0 ? await claimPages(context, limit) : [];
          claimedCount += claimed.length;
          return claimed;
        },
      },
      async (claimed) => {
        const visit = await readPage(context, claimed);
        writes.add(() => {
          // Two pages with one canonical URL: the later one compares with what the earlier one
          // wrote, not with the version read before either was fetched.
          if (written.has(claimed.canonicalUrl) && visit.kind === 'read') visit.article.input.previous = undefined;
          written.add(claimed.canonicalUrl);
          return writeVisit(context, claimed, visit).catch(async (error) => {
            // A page that cannot be stored (a database error) fails alone; its batch wrote nothing.
            await completeRunPage(db, claimed.page.id, { outcome: 'failed', detail: `error: ${(error as Error).message ?? error}`, factsWritten: 0 });
          });
        });
      },
    );
    await writes.drained();
    if (unvisited.length) {
      await releaseRunPages(db, unvisited.map((claimed) => claimed.page.id));
      return claimedCount - unvisited.length;
    }
    // The last writes may have discovered pages after the visitors found none left to claim.
    if (claimedCount >= budget || context.discovered === discoveredBefore || pastDeadline()) return claimedCount;
  }
}

/** A visited page: either an outcome with nothing to store, or an article read and ready to store. */
type Visit =
  | { kind: 'settled'; outcome: PageOutcome; detail: string; ok: boolean; status: string; checked?: string }
  | { kind: 'read'; article: ReadArticle; links: string[]; adapter: AdapterName };

/** Fetches a page and reads it; touches no database, and answers a failure rather than throwing. */
async function readPage(context: RunContext, { page, canonicalUrl, source, previous }: ClaimedPage): Promise<Visit> {
  let fetched: FetchOutcome;
  try {
    fetched = await context.fetcher.fetchPage(page.url, { etag: previous?.etag, lastModified: previous?.lastModified });
  } catch (error) {
    fetched = { kind: 'failed', url: page.url, reason: 'network', detail: String((error as Error).message ?? error), attempts: 1 };
  }
  if (fetched.kind === 'not_modified') return { kind: 'settled', outcome: 'unchanged', detail: 'not modified (304)', ok: true, status: 'unchanged', checked: canonicalUrl };
  if (fetched.kind === 'skipped') return { kind: 'settled', outcome: 'skipped', detail: `${fetched.reason}: ${fetched.detail}`, ok: true, status: `skipped:${fetched.reason}` };
  if (fetched.kind === 'failed') return { kind: 'settled', outcome: 'failed', detail: `${fetched.reason}: ${fetched.detail}`, ok: false, status: `failed:${fetched.reason}` };
  try {
    const parsed = parsePage(fetched.text, fetched.finalUrl ?? fetched.url, adapterOf(source));
    const article = await readArticle({
      canonicalUrl,
      adapter: parsed.adapter,
      sourceId: source?.id ?? null,
      ...(source ? { trust: source.trust } : {}),
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
async function writeVisit(context: RunContext, { page, source }: ClaimedPage, visit: Visit): Promise<void> {
  const { db, options } = context;
  const at = options.now().toISOString();
  const bookkeeping = (
    result: { outcome: PageOutcome; detail: string | null; factsWritten: number; previousFacts: number | null; changesPublished?: number; changesHeld?: number },
    health: { ok: boolean; status: string },
  ) => {
    const statements: BatchItem<'sqlite'>[] = [completeRunPage(db, page.id, result)];
    if (source) {
      statements.push(recordSourceOutcome(db, source, { ...health, error: health.ok ? null : result.detail, at, maxFailures: options.maxFailures }));
    }
    return statements;
  };
  if (visit.kind === 'settled') {
    const [first, ...rest] = bookkeeping(
      { outcome: visit.outcome, detail: visit.detail, factsWritten: 0, previousFacts: null },
      { ok: visit.ok, status: visit.status },
    );
    // A 304 confirms the stored version is still what the page says.
    const checked = visit.checked ? [articleCheckedStatement(db, visit.checked, at)] : [];
    await db.batch([first, ...rest, ...checked]);
    return;
  }
  await storeArticle(
    db,
    visit.article,
    (result) => bookkeeping(
      { outcome: result.outcome, detail: result.detail, factsWritten: result.facts, previousFacts: result.previousFacts, changesPublished: result.published, changesHeld: result.held },
      { ok: true, status: result.outcome },
    ),
    { kv: context.kv, bumps: context.bumps, subscriptions: context.subscriptions },
  );
  await discover(context, source, visit.links, visit.adapter);
}

function adapterOf(source: Source | undefined): AdapterName | 'auto' {
  const name = source?.adapter;
  return name && (ADAPTERS as readonly string[]).includes(name) ? (name as AdapterName) : 'auto';
}
