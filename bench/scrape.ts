/**
 * Scraping: 1,000 generated policy pages from a local server.
 *
 * - bare fetch: `fetch` + `text()` of every page, one after another: the speed limit;
 * - in Node: the pipeline's own fetcher, adapter and extractor without the store, with the CPU of
 *   each page's parse, normalise, hash and extraction (fetch excluded) by `process.cpuUsage()`;
 * - end to end: the real `runManualScrape` inside workerd with a local D1 (bench/scrape-worker.ts),
 *   over those pages as sources, with workerd's CPU a page from /proc: all of it, the part spent
 *   reading (parse, hash, extract: a read-only pass less a fetch-only pass) and the part spent
 *   storing (the rest; local D1 runs in the same workerd, so this counts SQLite's work too, which
 *   production D1 does elsewhere).
 *
 * Both pipelines fetch with no gap between requests to the host (production waits 1 s), so the
 * ratio to a bare fetch is what the pipeline's own work costs. Targets: under 10 ms of CPU a page,
 * pipeline ≥ 0.5 of bare fetch speed.
 */
import { applyMigrations, startLocalWorker, tempDir } from './local-worker';
import type { BenchPart, Figure } from './part';
import { policyPages, servePages } from './policy-pages';

const PAGES = Number(process.env.BENCH_SCRAPE_PAGES ?? 1000);
const WARMUP_PAGES = 50;
/**
 * Sources per `runManualScrape`. Its run-page insert (`addRunPages`) puts 24 rows of 5 bound
 * parameters in one statement, over D1's limit of 100, so a run of more than 20 pages fails;
 * until that is fixed the bench scrapes in runs of 20 (BENCH_SCRAPE_RUN_PAGES to change it).
 */
const SOURCES_PER_RUN = Number(process.env.BENCH_SCRAPE_RUN_PAGES ?? 20);

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

export const scrapeBench: BenchPart = {
  name: 'scrape',
  async run(): Promise<Figure[]> {
    // Loaded here rather than at the top, so a part that cannot load does not stop the others.
    const { parsePage } = await import('../scrapers/sources/index');
    const { extractFacts } = await import('../scrapers/extract/index');
    const { createFetcher } = await import('../scrapers/fetch/index');
    const { normaliseText, sha256 } = await import('../scrapers/pipeline');

    // Pages beyond the first PAGES warm up the JIT, the connection pool and workerd, uncounted.
    const pages = policyPages(PAGES + WARMUP_PAGES);
    const server = await servePages(pages);
    const all = pages.map((page) => server.base + page.path);
    const [urls, warmup] = [all.slice(0, PAGES), all.slice(PAGES)];
    const figures: Figure[] = [];
    try {
      for (const url of warmup) await (await fetch(url)).text();
      let started = performance.now();
      for (const url of urls) await (await fetch(url)).text();
      const barePagesPerSecond = PAGES / ((performance.now() - started) / 1000);

      const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 0 });
      // The pipeline's fetcher alone (URL guard, robots, host slot, decoding) against a bare fetch.
      for (const url of warmup) await fetcher.fetchPage(url);
      started = performance.now();
      for (const url of urls) await fetcher.fetchPage(url);
      const fetcherPagesPerSecond = PAGES / ((performance.now() - started) / 1000);

      const work = async (html: string, url: string) => {
        const before = process.cpuUsage();
        const parsed = parsePage(html, url, 'auto');
        const parsedCpu = process.cpuUsage(before);
        const text = normaliseText(parsed.text);
        await sha256(`${parsed.title}\n${text}`);
        const found = extractFacts({ title: parsed.title, text, url });
        return { parseMs: cpuMs(parsedCpu), totalMs: cpuMs(process.cpuUsage(before)), facts: found.length };
      };
      for (const url of warmup) {
        const fetched = await fetcher.fetchPage(url);
        if (fetched.kind === 'ok') await work(fetched.text, url);
      }
      let [parseMs, totalMs, facts] = [0, 0, 0];
      started = performance.now();
      for (const url of urls) {
        const fetched = await fetcher.fetchPage(url);
        if (fetched.kind !== 'ok') throw new Error(`${url}: ${fetched.kind}`);
        const page = await work(fetched.text, fetched.finalUrl);
        parseMs += page.parseMs;
        totalMs += page.totalMs;
        facts += page.facts;
      }
      const nodePagesPerSecond = PAGES / ((performance.now() - started) / 1000);
      if (facts === 0) throw new Error('the generated pages yielded no facts');

      figures.push(
        { name: 'scrape.pages', value: PAGES, unit: 'pages' },
        { name: 'scrape.bare_fetch_pages_per_s', value: barePagesPerSecond, unit: 'pages/s' },
        { name: 'scrape.fetcher_pages_per_s', value: fetcherPagesPerSecond, unit: 'pages/s' },
        { name: 'scrape.cpu_ms_per_page', value: totalMs / PAGES, unit: 'ms' },
        { name: 'scrape.parse_cpu_ms_per_page', value: parseMs / PAGES, unit: 'ms' },
        { name: 'scrape.extract_cpu_ms_per_page', value: (totalMs - parseMs) / PAGES, unit: 'ms' },
        { name: 'scrape.facts_per_page', value: facts / PAGES, unit: 'facts' },
        { name: 'scrape.node_pages_per_s', value: nodePagesPerSecond, unit: 'pages/s' },
        { name: 'scrape.node_ratio_to_bare_fetch', value: nodePagesPerSecond / barePagesPerSecond, unit: 'x' },
      );

      const endToEnd = await scrapeInWorker(urls, warmup);
      figures.push(
        { name: 'scrape.pages_per_s', value: endToEnd.pagesPerSecond, unit: 'pages/s' },
        { name: 'scrape.ratio_to_bare_fetch', value: endToEnd.pagesPerSecond / barePagesPerSecond, unit: 'x' },
        { name: 'scrape.worker_cpu_ms_per_page', value: endToEnd.workerCpuMsPerPage, unit: 'ms' },
        { name: 'scrape.worker_read_cpu_ms_per_page', value: endToEnd.workerReadCpuMsPerPage, unit: 'ms' },
        { name: 'scrape.worker_store_cpu_ms_per_page', value: endToEnd.workerStoreCpuMsPerPage, unit: 'ms' },
        { name: 'scrape.stored_facts_per_page', value: endToEnd.factsPerPage, unit: 'facts' },
      );
      return figures;
    } finally {
      await server.close();
    }
  },
};

interface ScrapeReport {
  id: number;
  pages: { new: number; changed: number; unchanged: number; failed: number; skipped: number };
  facts: number;
  errors: { url: string; error: string }[];
}

/** The real pipeline inside workerd (bench/scrape-worker.ts) over the pages as sources. */
async function scrapeInWorker(urls: string[], warmup: string[]) {
  const dir = await tempDir('scrape');
  try {
    await applyMigrations(dir.path);
    const worker = await startLocalWorker(dir.path, { script: 'bench/scrape-worker.ts' });
    try {
      const post = async <T>(path: string, body: unknown): Promise<T> => {
        const response = await fetch(worker.base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        if (!response.ok) throw new Error(`${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
        return response.json() as Promise<T>;
      };
      const scrape = async (ids: number[]) => {
        let facts = 0;
        for (let i = 0; i < ids.length; i += SOURCES_PER_RUN) {
          const run = ids.slice(i, i + SOURCES_PER_RUN);
          const report = await post<ScrapeReport>('/scrape', { sourceIds: run });
          const stored = report.pages.new + report.pages.changed + report.pages.unchanged;
          if (stored !== run.length) throw new Error(`run ${report.id}: ${JSON.stringify(report.pages)} ${JSON.stringify(report.errors.slice(0, 3))}`);
          facts += report.facts;
        }
        return facts;
      };
      /** workerd's CPU ms a page for one of the partial routes over all pages, SOURCES_PER_RUN a request. */
      const cpuPerPage = async (path: '/fetch' | '/read') => {
        for (let i = 0; i < warmup.length; i += SOURCES_PER_RUN) await post(path, { urls: warmup.slice(i, i + SOURCES_PER_RUN) });
        const before = worker.cpuMs();
        for (let i = 0; i < urls.length; i += SOURCES_PER_RUN) await post(path, { urls: urls.slice(i, i + SOURCES_PER_RUN) });
        return (worker.cpuMs() - before) / urls.length;
      };
      const fetchCpu = await cpuPerPage('/fetch');
      const readCpu = await cpuPerPage('/read');

      const { ids: warmupIds } = await post<{ ids: number[] }>('/sources', { urls: warmup });
      const { ids } = await post<{ ids: number[] }>('/sources', { urls });
      await scrape(warmupIds);
      const cpuBefore = worker.cpuMs();
      const started = performance.now();
      const facts = await scrape(ids);
      const seconds = (performance.now() - started) / 1000;
      const scrapeCpu = (worker.cpuMs() - cpuBefore) / ids.length;
      return {
        pagesPerSecond: ids.length / seconds,
        workerCpuMsPerPage: scrapeCpu,
        workerReadCpuMsPerPage: readCpu - fetchCpu,
        workerStoreCpuMsPerPage: scrapeCpu - readCpu,
        factsPerPage: facts / ids.length,
      };
    } finally {
      await worker.stop();
    }
  } finally {
    await dir.remove();
  }
}
