/**
 * HTTP throughput and latency of the Worker in `wrangler dev` on the bundled sample, per
 * endpoint: autocannon (requests/s, p50, p99; 10 connections) twice, straight to the Worker's own
 * workerd socket (as production has no dev proxy; the unprefixed figures) and through wrangler's
 * dev proxy (`.dev_proxy.*`); the CPU per request of the Worker's own workerd process (not
 * wrangler's, not the proxy's; local D1 and KV run in it too), and the D1 round trips of one
 * request cold (this isolate's facts dropped with `DELETE /v1/admin/cache`) and warm, as the
 * Worker counts them (`x-d1-queries`).
 *
 * Each endpoint's requests/s is also a ratio of `/health` (one D1 ping: the floor), measured
 * before and after every endpoint and the ratio taken to the mean of the two, in ROUNDS rounds
 * with each figure the median of its rounds; on two cores shared with other work, single runs of
 * a ratio were seen to differ by 0.2. `http.load_average_1m.*` says how busy the machine was.
 * Targets: lookups and calculators ≥ 1.0× `/health`.
 */
import { loadavg } from 'node:os';
import { ENDPOINTS, loadTest, probe, type ApiRequest, type LoadResult } from './endpoints';
import { dropCache, startSampleWorker } from './local-worker';
import { median, type BenchPart, type Figure } from './part';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);
const CONNECTIONS = 10;

const loadFigures = (name: string, result: Pick<LoadResult, 'rps' | 'p50' | 'p99'>): Figure[] => [
  { name: `${name}.rps`, value: result.rps, unit: 'req/s' },
  { name: `${name}.p50_ms`, value: result.p50, unit: 'ms' },
  { name: `${name}.p99_ms`, value: result.p99, unit: 'ms' },
];

const NOT_MEASURED = { rps: Number.NaN, p50: Number.NaN, p99: Number.NaN };

function send(base: string, { method, path, body }: ApiRequest): Promise<Response> {
  return fetch(base + path, body === undefined ? { method } : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** D1 round trips of one request with this isolate's facts dropped, then of the same request again. */
async function d1Queries(base: string, request: ApiRequest): Promise<{ cold: number; warm: number }> {
  await dropCache(base);
  const count = async () => {
    const response = await send(base, request);
    await response.arrayBuffer();
    return Number(response.headers.get('x-d1-queries') ?? Number.NaN);
  };
  const cold = await count();
  return { cold, warm: await count() };
}

interface Pass {
  /** Figure name infix: '' straight to the Worker, '.dev_proxy' through wrangler's proxy. */
  infix: string;
  base: string;
  cpuMs?: () => number;
}

async function measurePass(pass: Pass, registered: typeof ENDPOINTS): Promise<Figure[]> {
  const [health, ...routes] = ENDPOINTS;
  const figures: Figure[] = [];
  const load = async (name: string, request: ApiRequest) => {
    const result = await loadTest(pass.base, request, { seconds: SECONDS, connections: CONNECTIONS, ...(pass.cpuMs ? { cpuMs: pass.cpuMs } : {}) });
    if (result.failures > 0) throw new Error(`${name}${pass.infix}: ${result.failures} failed requests under load`);
    return result;
  };
  const healthRequest = health.request('');
  const healthRuns: LoadResult[] = [await load('http.health', healthRequest)];
  for (const endpoint of routes) {
    const name = `http.${endpoint.name}${pass.infix}`;
    if (!registered.includes(endpoint)) {
      figures.push(...loadFigures(name, NOT_MEASURED), { name: `${name}.ratio_to_health`, value: Number.NaN, unit: 'x' });
      continue;
    }
    const request = endpoint.request(endpoint.sampleRegion);
    const rounds: { result: LoadResult; ratio: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const result = await load(name, request);
      const before = healthRuns.at(-1)!;
      const after = await load('http.health', healthRequest);
      healthRuns.push(after);
      rounds.push({ result, ratio: result.rps / ((before.rps + after.rps) / 2) });
    }
    const of = (pick: (result: LoadResult) => number) => median(rounds.map((round) => pick(round.result)));
    figures.push(...loadFigures(name, { rps: of((r) => r.rps), p50: of((r) => r.p50), p99: of((r) => r.p99) }));
    figures.push({ name: `${name}.ratio_to_health`, value: median(rounds.map((round) => round.ratio)), unit: 'x' });
    if (pass.cpuMs) figures.push({ name: `${name}.cpu_ms_per_request`, value: of((r) => r.cpuMsPerRequest), unit: 'ms' });
  }
  const of = (pick: (result: LoadResult) => number) => median(healthRuns.map(pick));
  figures.unshift(...loadFigures(`http.health${pass.infix}`, { rps: of((r) => r.rps), p50: of((r) => r.p50), p99: of((r) => r.p99) }));
  if (pass.cpuMs) figures.push({ name: `http.health${pass.infix}.cpu_ms_per_request`, value: of((r) => r.cpuMsPerRequest), unit: 'ms' });
  return figures;
}

export const httpBench: BenchPart = {
  name: 'http',
  async run(): Promise<Figure[]> {
    const worker = await startSampleWorker();
    const figures: Figure[] = [{ name: 'http.load_average_1m.start', value: loadavg()[0], unit: 'load' }];
    try {
      const registered: (typeof ENDPOINTS)[number][] = [ENDPOINTS[0]];
      for (const endpoint of ENDPOINTS) {
        const request = endpoint.request(endpoint.sampleRegion);
        const checked = await probe(worker.base, request);
        if (!checked.ok) {
          // An unregistered route is reported as n/a; a registered one that fails is a bench failure.
          if (!checked.missing) throw new Error(checked.detail);
          process.stderr.write(`bench: http.${endpoint.name} n/a: the route is not registered (${request.method} ${request.path.split('?')[0]})\n`);
          figures.push({ name: `http.${endpoint.name}.d1_queries_cold`, value: Number.NaN, unit: 'queries' }, { name: `http.${endpoint.name}.d1_queries_warm`, value: Number.NaN, unit: 'queries' });
          continue;
        }
        if (endpoint !== ENDPOINTS[0]) registered.push(endpoint);
        const queries = await d1Queries(worker.base, request);
        figures.push(
          { name: `http.${endpoint.name}.d1_queries_cold`, value: queries.cold, unit: 'queries' },
          { name: `http.${endpoint.name}.d1_queries_warm`, value: queries.warm, unit: 'queries' },
        );
      }
      figures.push(...(await measurePass({ infix: '', base: worker.base, cpuMs: worker.workerCpuMs }, registered)));
      if (worker.base !== worker.proxyBase) {
        // The Worker's own CPU again, with the proxy in front: the proxy's is not in it.
        figures.push(...(await measurePass({ infix: '.dev_proxy', base: worker.proxyBase, cpuMs: worker.workerCpuMs }, registered)));
      }
    } finally {
      await worker.stop();
    }
    figures.push({ name: 'http.load_average_1m.end', value: loadavg()[0], unit: 'load' });
    return figures;
  },
};
