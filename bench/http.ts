/**
 * HTTP throughput and latency of the Worker in `wrangler dev` on the bundled sample: autocannon
 * per endpoint (requests/s, p50, p99; 10 connections), and each endpoint's requests/s as a ratio
 * of `/health`, so the figures say what the route costs beyond the platform. `/health` is measured
 * before and after every endpoint and the ratio taken to the mean of the two, which keeps the
 * ratio steady when other work on the machine comes and goes; this is done in ROUNDS rounds and
 * each figure is the median of its rounds, so one disturbed round does not decide it (on two
 * cores shared by autocannon, wrangler and workerd, single runs of a ratio were seen to differ by
 * 0.2 from one run to the next). Requests go to the Worker's own
 * workerd, not through wrangler's dev proxy (see local-worker). Targets of the ratio:
 * calculators ≥ 0.6, lookups ≥ 0.5, diffs ≥ 0.4.
 */
import { ENDPOINTS, loadTest, probe, type LoadResult } from './endpoints';
import { startSampleWorker } from './local-worker';
import { median, type BenchPart, type Figure } from './part';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);
const CONNECTIONS = 10;

const loadFigures = (name: string, result: Pick<LoadResult, 'rps' | 'p50' | 'p99'>): Figure[] => [
  { name: `${name}.rps`, value: result.rps, unit: 'req/s' },
  { name: `${name}.p50_ms`, value: result.p50, unit: 'ms' },
  { name: `${name}.p99_ms`, value: result.p99, unit: 'ms' },
];

export const httpBench: BenchPart = {
  name: 'http',
  async run(): Promise<Figure[]> {
    const worker = await startSampleWorker();
    const figures: Figure[] = [];
    try {
      const [health, ...routes] = ENDPOINTS;
      const load = async (name: string, base: string, request = health.request('')) => {
        const result = await loadTest(base, request, { seconds: SECONDS, connections: CONNECTIONS });
        if (result.failures > 0) throw new Error(`${name}: ${result.failures} failed requests under load`);
        return result;
      };
      const healthRuns: LoadResult[] = [await load('http.health', worker.base)];

      for (const endpoint of routes) {
        const request = endpoint.request(endpoint.sampleRegion);
        const name = `http.${endpoint.name}`;
        const checked = await probe(worker.base, request);
        if (!checked.ok) {
          // An unregistered route is reported as n/a; a registered one that fails is a bench failure.
          if (!checked.missing) throw new Error(checked.detail);
          process.stderr.write(`bench: ${name} n/a: the route is not registered (${request.method} ${request.path.split('?')[0]})\n`);
          figures.push(...loadFigures(name, { rps: Number.NaN, p50: Number.NaN, p99: Number.NaN }));
          figures.push({ name: `${name}.ratio_to_health`, value: Number.NaN, unit: 'x' });
          continue;
        }
        const rounds: { result: LoadResult; ratio: number }[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const result = await load(name, worker.base, request);
          const before = healthRuns.at(-1)!;
          const after = await load('http.health', worker.base);
          healthRuns.push(after);
          rounds.push({ result, ratio: result.rps / ((before.rps + after.rps) / 2) });
        }
        const of = (pick: (result: LoadResult) => number) => median(rounds.map((round) => pick(round.result)));
        figures.push(...loadFigures(name, { rps: of((r) => r.rps), p50: of((r) => r.p50), p99: of((r) => r.p99) }));
        figures.push({ name: `${name}.ratio_to_health`, value: median(rounds.map((round) => round.ratio)), unit: 'x' });
      }

      const healthFigures = loadFigures('http.health', {
        rps: median(healthRuns.map((run) => run.rps)),
        p50: median(healthRuns.map((run) => run.p50)),
        p99: median(healthRuns.map((run) => run.p99)),
      });
      figures.unshift(...healthFigures);
      // For scale: what wrangler's dev proxy alone allows (the figures above go around it).
      if (worker.base !== worker.proxyBase) {
        const proxied = await load('http.health_via_dev_proxy', worker.proxyBase);
        figures.push({ name: 'http.health_via_dev_proxy.rps', value: proxied.rps, unit: 'req/s' });
      }
    } finally {
      await worker.stop();
    }
    return figures;
  },
};
