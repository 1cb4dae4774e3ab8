/**
 * National scale: lookup, diff and calculator latency on a store holding every region of the
 * gazetteer × 10 years × 3 schemes × 25 keys (2.4 million current facts), against the same
 * requests on the bundled sample. Both Workers run at once and take turns request by request,
 * one request at a time, over the same seeded list of random counties, so the figures are the
 * latency of one request and the machine's other work weighs on both alike. Target: p50 of
 * lookups and diffs within 1.5× of the sample.
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
  /** Counties of this prefecture only: the sample states the facts the request needs for no other. */
  within?: string;
}

const PROBES: Probe[] = [
  endpoint('facts'),
  // Without a year the lookup reads every year of the chain to pick the one in force today.
  { name: 'facts_any_year', request: (region) => ({ method: 'GET', path: `/v1/regions/${region}/facts?scheme=resident` }) },
  endpoint('diff'),
  endpoint('waiting_period'),
  // A back-payment needs a contribution rate or amount, which the sample gives for 丹东 alone.
  { ...endpoint('back_payment'), within: '210600' },
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

async function randomCounties(count: number, within?: string): Promise<string[]> {
  const { allRegions } = await import('../domain/gazetteer/index');
  const counties = allRegions()
    .filter((region) => region.level === 'county' && (within === undefined || region.parent === within))
    .map((region) => region.code);
  const random = seeded(2260);
  return Array.from({ length: count }, () => counties[Math.floor(random() * counties.length)]);
}

/** The national store in a fresh local D1, and the Worker serving it. */
async function startNationalWorker() {
  const dir = await tempDir('national');
  try {
    await applyMigrations(dir.path);
    const sqlitePath = d1SqlitePath(dir.path);
    // node:sqlite exists from Node 22 on; loaded here so the other parts run on any Node. Its
    // "experimental" warning is dropped: it would sit among the figures on every run.
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning: string | Error, ...rest: never[]) => {
      if (!String(warning).includes('SQLite')) emitWarning.call(process, warning, ...rest);
    }) as typeof process.emitWarning;
    const { writeNationalData } = await import('./national-data').finally(() => (process.emitWarning = emitWarning));
    const started = performance.now();
    const written = writeNationalData(sqlitePath);
    const generateSeconds = (performance.now() - started) / 1000;
    const worker = await startLocalWorker(dir.path);
    const stop = async () => {
      await worker.stop();
      await dir.remove();
    };
    return { worker: { ...worker, stop }, facts: written.facts, generateSeconds, sizeMib: statSync(sqlitePath).size / MIB };
  } catch (error) {
    await dir.remove();
    throw error;
  }
}

export const nationalBench: BenchPart = {
  name: 'national',
  async run(): Promise<Figure[]> {
    const workers: LocalWorker[] = [];
    try {
      const national = await startNationalWorker();
      workers.push(national.worker);
      const sample = await startSampleWorker();
      workers.push(sample);

      const figures: Figure[] = [
        { name: 'national.facts_rows', value: national.facts, unit: 'rows' },
        { name: 'national.generate_s', value: national.generateSeconds, unit: 's' },
        { name: 'national.db_mib', value: national.sizeMib, unit: 'MiB' },
      ];
      for (const { name, request, within } of PROBES) {
        const counties = await randomCounties(REQUESTS, within);
        const checks = [await probe(national.worker.base, request(counties[0])), await probe(sample.base, request(counties[0]))];
        const failed = checks.find((check) => !check.ok);
        let [big, small] = [Number.NaN, Number.NaN];
        if (!failed) {
          const [onNational, onSample] = await sequentialLatency([national.worker.base, sample.base], counties.map(request));
          const failures = onNational.failures + onSample.failures;
          if (failures > 0) throw new Error(`national.${name}: ${failures} of ${2 * counties.length} requests failed`);
          [big, small] = [onNational.p50, onSample.p50];
        } else if (failed.missing) {
          process.stderr.write(`bench: national.${name} n/a: the route is not registered\n`);
        } else {
          throw new Error(failed.detail);
        }
        figures.push(
          { name: `national.${name}.p50_ms`, value: big, unit: 'ms' },
          { name: `national.sample.${name}.p50_ms`, value: small, unit: 'ms' },
          { name: `national.ratio_to_sample.${name}`, value: big / small, unit: 'x' },
        );
      }
      return figures;
    } finally {
      for (const worker of workers) await worker.stop();
    }
  },
};
