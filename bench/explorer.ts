/**
 * The explorer beside the API: each page and the API route it reads, one request at a time,
 * taking turns request by request (so a slow spell of the machine falls on both), on the
 * bundled sample in `wrangler dev`. Figures per page: `explorer.<page>.p50_ms`, its API route's
 * `explorer.<page>.api_p50_ms`, and the ratio. A page's extra cost is rendering HTML around the
 * API's answer; the region page reads one facts answer per policy year for its chart.
 */
import { startSampleWorker } from './local-worker';
import { median, type BenchPart, type Figure } from './part';

const REQUESTS = Number(process.env.BENCH_EXPLORER_REQUESTS ?? 200);
const WARMUP = 20;

interface Pair {
  name: string;
  page: string;
  /** The API request the page's main answer comes from. */
  api: { path: string; body?: unknown };
}

const enc = encodeURIComponent;

export const PAIRS: Pair[] = [
  { name: 'home', page: '/', api: { path: '/v1/coverage' } },
  { name: 'region', page: '/regions/450200?scheme=resident&year=2025', api: { path: '/v1/regions/450200/facts?scheme=resident&year=2025' } },
  { name: 'region_diff', page: '/regions/210600/diff?scheme=flexible&from=2024&to=2025', api: { path: '/v1/diff?region=210600&scheme=flexible&from=2024&to=2025' } },
  {
    name: 'waiting_period',
    page: `/calculate/waiting-period?region=370200&scheme=resident&lapse.from=2025&lapse.to=2026&paidOn=2026-11-15`,
    api: { path: '/v1/calculate/waiting-period', body: { region: '370200', scheme: 'resident', lapse: { from: '2025', to: '2026' }, paidOn: '2026-11-15' } },
  },
  {
    name: 'back_payment',
    page: `/calculate/back-payment?region=650200&scheme=flexible&variant=${enc('统账结合')}&months.from=2025-01&months.to=2025-04&paidOn=2025-05-20`,
    api: { path: '/v1/calculate/back-payment', body: { region: '650200', scheme: 'flexible', variant: '统账结合', months: { from: '2025-01', to: '2025-04' }, paidOn: '2025-05-20' } },
  },
  { name: 'changes', page: '/changes', api: { path: '/v1/changes?order=newest&limit=100' } },
  { name: 'article', page: '/articles/1', api: { path: '/v1/articles/1/versions' } },
];

async function timed(url: string, init: RequestInit): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return { ms: performance.now() - started, ok: response.ok };
}

export const explorerBench: BenchPart = {
  name: 'explorer',
  async run(): Promise<Figure[]> {
    const worker = await startSampleWorker();
    const figures: Figure[] = [];
    try {
      for (const pair of PAIRS) {
        const pageInit: RequestInit = { headers: { accept: 'text/html' } };
        const apiInit: RequestInit = pair.api.body === undefined
          ? {}
          : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(pair.api.body) };
        const pageTimes: number[] = [];
        const apiTimes: number[] = [];
        for (let i = 0; i < WARMUP + REQUESTS; i++) {
          const page = await timed(worker.base + pair.page, pageInit);
          const api = await timed(worker.base + pair.api.path, apiInit);
          if (!page.ok || !api.ok) throw new Error(`${pair.name}: page ${page.ok ? 'ok' : 'failed'}, API ${api.ok ? 'ok' : 'failed'}`);
          if (i < WARMUP) continue;
          pageTimes.push(page.ms);
          apiTimes.push(api.ms);
        }
        const [page, api] = [median(pageTimes), median(apiTimes)];
        figures.push(
          { name: `explorer.${pair.name}.p50_ms`, value: page, unit: 'ms' },
          { name: `explorer.${pair.name}.api_p50_ms`, value: api, unit: 'ms' },
          { name: `explorer.${pair.name}.ratio_to_api`, value: page / api, unit: 'x' },
        );
      }
    } finally {
      await worker.stop();
    }
    return figures;
  },
};
