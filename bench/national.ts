/**
 * National scale: lookup, diff and calculator latency on a store holding every region of the
 * gazetteer × 10 years × 3 schemes × 25 keys (2.4 million current facts), against the same
 * requests on the bundled sample. Requests go one at a time to random counties (the same seeded
 * list on both stores), so the figures are the latency of one request, not of a queue. Target:
 * p50 of lookups and diffs within 1.5× of the sample.
 */
import { statSync } from 'node:fs';
import { endpoint, probe, sequentialLatency, type ApiRequest } from './endpoints';
import { applyMigrations, d1SqlitePath, startLocalWorker, startSampleWorker, tempDir, type LocalWorker } from './local-worker';
import type { BenchPart, Figure } from './part';

const REQUESTS = Number(process.env.BENCH_NATIONAL_REQUESTS ?? 200);
const MIB = 1024 * 1024;

interface Probe {
  name: string;
  request: (region: string) => ApiRequest;
}

const PROBES: Probe[] = [
  endpoint('facts'),
  // Without a year the lookup reads every year of the chain to pick the one in force today.
  { name: 'facts_any_year', request: (region) => ({ method: 'GET', path: `/v1/regions/${region}/facts?scheme=resident` }) },
  endpoint('diff'),
  endpoint('waiting_period'),
  endpoint('back_payment'),
];

/** mulberry32: a small seeded generator, so every run asks for the same counties. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function randomCounties(count: number): Promise<string[]> {
  const { allRegions } = await import('../scrapers/extract/gazetteer/index');
  const counties = allRegions().filter((region) => region.level === 'county').map((region) => region.code);
  const random = seeded(2260);
  return Array.from({ length: count }, () => counties[Math.floor(random() * counties.length)]);
}

/** p50 per probe on one store; NaN for a route that is not registered. */
async function latencies(worker: LocalWorker, counties: string[]): Promise<Map<string, number>> {
  const p50 = new Map<string, number>();
  for (const { name, request } of PROBES) {
    const checked = await probe(worker.base, request(counties[0]));
    if (!checked.ok) {
      if (!checked.missing) throw new Error(checked.detail);
      p50.set(name, Number.NaN);
      continue;
    }
    const result = await sequentialLatency(worker.base, counties.map(request));
    if (result.failures > 0) throw new Error(`${name}: ${result.failures} of ${counties.length} requests failed`);
    p50.set(name, result.p50);
  }
  return p50;
}

export const nationalBench: BenchPart = {
  name: 'national',
  async run(): Promise<Figure[]> {
    const counties = await randomCounties(REQUESTS);

    const sampleWorker = await startSampleWorker();
    let sample: Map<string, number>;
    try {
      sample = await latencies(sampleWorker, counties);
    } finally {
      await sampleWorker.stop();
    }

    const dir = await tempDir('national');
    try {
      await applyMigrations(dir.path);
      const sqlitePath = d1SqlitePath(dir.path);
      // node:sqlite exists from Node 22 on; loaded here so the other parts run on any Node.
      const { writeNationalData } = await import('./national-data');
      const started = performance.now();
      const written = writeNationalData(sqlitePath);
      const generateSeconds = (performance.now() - started) / 1000;
      const sizeMib = statSync(sqlitePath).size / MIB;

      const worker = await startLocalWorker(dir.path);
      let national: Map<string, number>;
      try {
        national = await latencies(worker, counties);
      } finally {
        await worker.stop();
      }

      const figures: Figure[] = [
        { name: 'national.facts_rows', value: written.facts, unit: 'rows' },
        { name: 'national.generate_s', value: generateSeconds, unit: 's' },
        { name: 'national.db_mib', value: sizeMib, unit: 'MiB' },
      ];
      for (const { name } of PROBES) {
        const [big, small] = [national.get(name)!, sample.get(name)!];
        if (Number.isNaN(big)) process.stderr.write(`bench: national.${name} n/a: the route is not registered\n`);
        figures.push(
          { name: `national.${name}.p50_ms`, value: big, unit: 'ms' },
          { name: `national.sample.${name}.p50_ms`, value: small, unit: 'ms' },
          { name: `national.ratio_to_sample.${name}`, value: big / small, unit: 'x' },
        );
      }
      return figures;
    } finally {
      await dir.remove();
    }
  },
};
