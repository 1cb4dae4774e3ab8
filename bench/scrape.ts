/**
 * Scraping: 1,000 generated policy pages from local sites through the whole pipeline.
 *
 * - CPU a page (fetch excluded), in Node: the pipeline's adapter, normalising, hashing and
 *   extraction over pages its fetcher brought, and building the statements that store a page, by
 *   `process.cpuUsage()`; and inside workerd
 *   (bench/scrape-worker.ts), from /proc: all of a page, the part spent reading (a read-only pass
 *   less a fetch-only pass) and the part spent storing (the rest; local D1 runs in the same
 *   workerd, so this counts SQLite's work too, which production D1 does elsewhere).
 * - Speed against a bare fetch: the real `runManualScrape` inside workerd with a local D1, over
 *   the pages as sources spread over HOSTS local sites, against `fetch` + `text()` of the same
 *   pages from the same workerd with as many requests in flight as the pipeline has
 *   (FETCHES_IN_FLIGHT). Each site waits `latency` ms before it answers, as a site across a
 *   network does; production's one-second gap between requests to a host is off in both, so the
 *   gap between them is only the pipeline's own work. The headline is at LATENCY_MS; the sweep
 *   shows the same at other latencies, 0 (loopback, which no real site is) among them.
 *
 * Targets: under 10 ms of CPU a page, pipeline ≥ 0.5 of bare fetch speed.
 */
import { applyMigrations, startLocalWorker, tempDir, type LocalWorker } from './local-worker';
import type { BenchPart, Figure } from './part';
import { policyPages, servePages } from './policy-pages';

const PAGES = Number(process.env.BENCH_SCRAPE_PAGES ?? 1000);
/** Pages of each latency in the sweep, beside the headline's PAGES. */
const SWEEP_PAGES = Number(process.env.BENCH_SCRAPE_SWEEP_PAGES ?? 300);
/**
 * The headline latency: a fast site close to the Worker. The sites yibao reads (provincial and
 * city 医保 bureaus, news portals) are in mainland China, and a Worker reaches them in hundreds of
 * milliseconds, so this is the conservative end.
 */
const LATENCY_MS = Number(process.env.BENCH_SCRAPE_LATENCY_MS ?? 50);
const SWEEP_MS = (process.env.BENCH_SCRAPE_SWEEP_MS ?? '0,10,25,100')
  .split(',')
  .map(Number)
  .filter((ms) => Number.isFinite(ms) && ms !== LATENCY_MS);
const HOSTS = 10;
const WARMUP_PAGES = 50;
/** Pages a request to the bench Worker handles: one manual run each, or one bare pass. */
const PAGES_PER_REQUEST = 100;

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

export const scrapeBench: BenchPart = {
  name: 'scrape',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [{ name: 'scrape.pages', value: PAGES, unit: 'pages' }, ...(await readingInNode())];
    const dir = await tempDir('scrape');
    try {
      await applyMigrations(dir.path);
      const worker = await startLocalWorker(dir.path, { script: 'bench/scrape-worker.ts' });
      try {
        figures.push(...(await pipelineInWorker(worker)));
      } finally {
        await worker.stop();
      }
    } finally {
      await dir.remove();
    }
    return figures;
  },
};

/**
 * Node: the CPU of a page's parse, normalising, hashing and extraction, its fetch excluded; and of
 * building the statements that store it as a new page (version, facts, change events) down to
 * their SQL: the Worker's own share of storing, short of D1's client and D1 itself.
 */
async function readingInNode(): Promise<Figure[]> {
  // Loaded here rather than at the top, so a part that cannot load does not stop the others.
  const { parsePage } = await import('../scrapers/sources/index');
  const { createFetcher } = await import('../scrapers/fetch/index');
  const { changesCausedBy, readArticle, versionBatch } = await import('../scrapers/pipeline/ingest');
  const { createDb } = await import('../db/client');
  // Builds and renders SQL only: no statement is run, so no database is needed.
  const db = createDb({} as D1Database);

  const server = await servePages(policyPages(PAGES + WARMUP_PAGES));
  try {
    const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 0 });
    const read = async (url: string) => {
      const fetched = await fetcher.fetchPage(url);
      if (fetched.kind !== 'ok') throw new Error(`${url}: ${fetched.kind}`);
      const before = process.cpuUsage();
      const page = parsePage(fetched.text, fetched.finalUrl, 'auto');
      const parsedCpu = process.cpuUsage(before);
      const article = await readArticle({
        canonicalUrl: url, adapter: page.adapter, sourceId: null, page, fetchedAt: new Date().toISOString(),
        etag: fetched.etag, lastModified: fetched.lastModified, httpStatus: fetched.status, previous: null,
      });
      const readCpu = process.cpuUsage(before);
      const facts = article.facts ?? [];
      for (const statement of versionBatch(db, article, facts, changesCausedBy([], article, facts, null))) {
        (statement as unknown as { toSQL: () => unknown }).toSQL();
      }
      return { parseMs: cpuMs(parsedCpu), readMs: cpuMs(readCpu), statementMs: cpuMs(process.cpuUsage(before)) - cpuMs(readCpu), facts: facts.length };
    };
    for (const url of server.urls.slice(PAGES)) await read(url);
    let [parseMs, readMs, statementMs, facts] = [0, 0, 0, 0];
    for (const url of server.urls.slice(0, PAGES)) {
      const page = await read(url);
      parseMs += page.parseMs;
      readMs += page.readMs;
      statementMs += page.statementMs;
      facts += page.facts;
    }
    if (facts === 0) throw new Error('the generated pages yielded no facts');
    return [
      { name: 'scrape.cpu_ms_per_page', value: readMs / PAGES, unit: 'ms' },
      { name: 'scrape.parse_cpu_ms_per_page', value: parseMs / PAGES, unit: 'ms' },
      { name: 'scrape.extract_cpu_ms_per_page', value: (readMs - parseMs) / PAGES, unit: 'ms' },
      { name: 'scrape.statement_cpu_ms_per_page', value: statementMs / PAGES, unit: 'ms' },
      { name: 'scrape.facts_per_page', value: facts / PAGES, unit: 'facts' },
    ];
  } finally {
    await server.close();
  }
}

interface ScrapeReport {
  id: number;
  pages: { new: number; changed: number; unchanged: number; failed: number; skipped: number };
  facts: number;
  errors: { url: string; error: string }[];
}

/** The real pipeline inside workerd, against a bare fetch of the same pages, at each latency. */
async function pipelineInWorker(worker: LocalWorker): Promise<Figure[]> {
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(worker.base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    return response.json() as Promise<T>;
  };
  const inRequests = async (path: string, items: unknown[], key: 'urls' | 'sourceIds') => {
    const answers = [];
    for (let i = 0; i < items.length; i += PAGES_PER_REQUEST) answers.push(await post(path, { [key]: items.slice(i, i + PAGES_PER_REQUEST) }));
    return answers;
  };
  const scrape = async (ids: number[]) => {
    let facts = 0;
    for (const report of (await inRequests('/scrape', ids, 'sourceIds')) as ScrapeReport[]) {
      const stored = report.pages.new + report.pages.changed + report.pages.unchanged;
      if (report.pages.failed || report.pages.skipped) throw new Error(`run ${report.id}: ${JSON.stringify(report.pages)} ${JSON.stringify(report.errors.slice(0, 3))}`);
      facts += report.facts;
      if (stored === 0) throw new Error(`run ${report.id} stored nothing`);
    }
    return facts;
  };
  const seconds = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return (performance.now() - started) / 1000;
  };

  // Each pass has pages of its own (fresh sites, fresh paths), so every page is new to the store.
  let offset = 0;
  const pass = async (count: number, latencyMs: number) => {
    const server = await servePages(policyPages(count, offset), { hosts: HOSTS, latencyMs });
    offset += count;
    try {
      const bare = await seconds(() => inRequests('/bare', server.urls, 'urls'));
      const { ids } = await post<{ ids: number[] }>('/sources', { urls: server.urls });
      const cpuBefore = worker.cpuMs();
      let facts = 0;
      const piped = await seconds(async () => (facts = await scrape(ids)));
      return { bare, piped, cpuMsPerPage: (worker.cpuMs() - cpuBefore) / count, factsPerPage: facts / count };
    } finally {
      await server.close();
    }
  };
  const speed = (label: string, count: number, result: { bare: number; piped: number }): Figure[] => [
    { name: `scrape.${label}bare_fetch_pages_per_s`, value: count / result.bare, unit: 'pages/s' },
    { name: `scrape.${label}pages_per_s`, value: count / result.piped, unit: 'pages/s' },
    { name: `scrape.${label}ratio_to_bare_fetch`, value: result.bare / result.piped, unit: 'x' },
  ];

  // workerd's CPU a page for the partial routes (one site, no latency), each after a warm-up.
  const cpuPerPage = async (path: '/fetch' | '/read') => {
    const server = await servePages(policyPages(PAGES + WARMUP_PAGES, offset));
    try {
      await inRequests(path, server.urls.slice(PAGES), 'urls');
      const before = worker.cpuMs();
      await inRequests(path, server.urls.slice(0, PAGES), 'urls');
      return (worker.cpuMs() - before) / PAGES;
    } finally {
      await server.close();
    }
  };
  const fetchCpu = await cpuPerPage('/fetch');
  const readCpu = await cpuPerPage('/read');

  await pass(WARMUP_PAGES, 0);
  const headline = await pass(PAGES, LATENCY_MS);
  const figures: Figure[] = [
    { name: 'scrape.latency_ms', value: LATENCY_MS, unit: 'ms' },
    ...speed('', PAGES, headline),
    { name: 'scrape.worker_cpu_ms_per_page', value: headline.cpuMsPerPage, unit: 'ms' },
    { name: 'scrape.worker_read_cpu_ms_per_page', value: readCpu - fetchCpu, unit: 'ms' },
    { name: 'scrape.worker_store_cpu_ms_per_page', value: headline.cpuMsPerPage - readCpu, unit: 'ms' },
    { name: 'scrape.stored_facts_per_page', value: headline.factsPerPage, unit: 'facts' },
  ];
  for (const latencyMs of SWEEP_MS) figures.push(...speed(`at_${latencyMs}ms.`, SWEEP_PAGES, await pass(SWEEP_PAGES, latencyMs)));
  return figures;
}
