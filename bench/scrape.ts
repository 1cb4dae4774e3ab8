/**
 * Scraping: 1,000 generated policy pages from a local server.
 *
 * - bare fetch: `fetch` + `text()` of every page, one after another: the speed limit;
 * - in Node: the pipeline's own fetcher, adapter and extractor without the store, with the CPU of
 *   each page's parse, normalise, hash and extraction (fetch excluded) by `process.cpuUsage()`;
 * - end to end: the real `runManualScrape` over those pages as sources, its D1 a local one from
 *   `getPlatformProxy` (workerd behind a proxy, so every query is also a local round trip).
 *
 * Both pipelines fetch with no gap between requests to the host (production waits 1 s), so the
 * ratio to a bare fetch is what the pipeline's own work costs. Targets: under 10 ms of CPU a page,
 * pipeline ≥ 0.5 of bare fetch speed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyMigrations, repoRoot, tempDir } from './local-worker';
import type { BenchPart, Figure } from './part';
import { policyPages, servePages } from './policy-pages';

const PAGES = Number(process.env.BENCH_SCRAPE_PAGES ?? 1000);
const WARMUP_PAGES = 50;
/** `runManualScrape` takes the sources of one run in one query; D1 allows 100 bound parameters. */
const SOURCES_PER_RUN = 100;

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** CPU ms of this process's child processes (the workerd behind `getPlatformProxy`), from /proc. */
function childrenCpuMs(): number {
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  let total = 0;
  try {
    for (const task of readdirSync(`/proc/${process.pid}/task`)) {
      for (const pid of readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        // After the command: state is field 3, utime 14 and stime 15 (1-based, whole line).
        total += (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
      }
    }
  } catch {
    return Number.NaN;
  }
  return total;
}

export const scrapeBench: BenchPart = {
  name: 'scrape',
  async run(): Promise<Figure[]> {
    // Loaded here rather than at the top, so a part that cannot load does not stop the others.
    const { parsePage } = await import('../scrapers/sources/index');
    const { extractFacts } = await import('../scrapers/extract/index');
    const { createFetcher } = await import('../scrapers/fetch/index');
    const { normaliseText, sha256, runManualScrape } = await import('../scrapers/pipeline');

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
        { name: 'scrape.cpu_ms_per_page', value: totalMs / PAGES, unit: 'ms' },
        { name: 'scrape.parse_cpu_ms_per_page', value: parseMs / PAGES, unit: 'ms' },
        { name: 'scrape.extract_cpu_ms_per_page', value: (totalMs - parseMs) / PAGES, unit: 'ms' },
        { name: 'scrape.facts_per_page', value: facts / PAGES, unit: 'facts' },
        { name: 'scrape.node_pages_per_s', value: nodePagesPerSecond, unit: 'pages/s' },
        { name: 'scrape.node_ratio_to_bare_fetch', value: nodePagesPerSecond / barePagesPerSecond, unit: 'x' },
      );

      const endToEnd = await scrapeThroughD1(urls, warmup, runManualScrape).catch((error: Error) => {
        process.stderr.write(`bench: scrape end to end n/a: ${error.message}\n`);
        return { pagesPerSecond: Number.NaN, d1CpuMsPerPage: Number.NaN, factsPerPage: Number.NaN };
      });
      figures.push(
        { name: 'scrape.pages_per_s', value: endToEnd.pagesPerSecond, unit: 'pages/s' },
        { name: 'scrape.ratio_to_bare_fetch', value: endToEnd.pagesPerSecond / barePagesPerSecond, unit: 'x' },
        { name: 'scrape.d1_cpu_ms_per_page', value: endToEnd.d1CpuMsPerPage, unit: 'ms' },
        { name: 'scrape.stored_facts_per_page', value: endToEnd.factsPerPage, unit: 'facts' },
      );
      return figures;
    } finally {
      await server.close();
    }
  },
};

type RunManualScrape = typeof import('../scrapers/pipeline').runManualScrape;

/** The real pipeline over the pages as enabled sources, in runs of at most 100. */
async function scrapeThroughD1(urls: string[], warmup: string[], runManualScrape: RunManualScrape) {
  const dir = await tempDir('scrape');
  try {
    await applyMigrations(dir.path);
    const { getPlatformProxy } = await import('wrangler');
    const { createDb } = await import('../db/client');
    const { createSource } = await import('../db/queries/sources');
    const proxy = await getPlatformProxy<{ DB: D1Database }>({
      configPath: join(repoRoot, 'wrangler.toml'),
      persist: { path: join(dir.path, 'v3') },
      remoteBindings: false,
      envFiles: [],
    });
    try {
      const db = createDb(proxy.env.DB);
      const sourceIds = async (list: string[]) => {
        const ids: number[] = [];
        for (const url of list) {
          const source = await createSource(db, { url, adapter: 'auto' });
          if (!source) throw new Error(`source ${url} was not created`);
          ids.push(source.id);
        }
        return ids;
      };
      const [measured, warmupIds] = [await sourceIds(urls), await sourceIds(warmup)];
      const env = { DB: proxy.env.DB, ALLOW_PRIVATE_URLS: 'true' };
      const options = { maxPagesPerRun: SOURCES_PER_RUN, maxDepth: 0, fetcher: { perHostDelayMs: 0 } };

      await runManualScrape(env, { sourceIds: warmupIds }, options);
      const cpuBefore = childrenCpuMs();
      const started = performance.now();
      let facts = 0;
      for (let i = 0; i < measured.length; i += SOURCES_PER_RUN) {
        const report = await runManualScrape(env, { sourceIds: measured.slice(i, i + SOURCES_PER_RUN) }, options);
        const stored = report.pages.new + report.pages.changed + report.pages.unchanged;
        if (stored !== Math.min(SOURCES_PER_RUN, measured.length - i)) throw new Error(`run ${report.id}: ${JSON.stringify(report.pages)} ${JSON.stringify(report.errors.slice(0, 3))}`);
        facts += report.facts;
      }
      const seconds = (performance.now() - started) / 1000;
      return {
        pagesPerSecond: measured.length / seconds,
        d1CpuMsPerPage: (childrenCpuMs() - cpuBefore) / measured.length,
        factsPerPage: facts / measured.length,
      };
    } finally {
      await proxy.dispose();
    }
  } finally {
    await dir.remove();
  }
}
