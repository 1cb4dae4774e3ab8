/**
 * National scale: lookup, diff and calculator latency on a store holding every region of the
 * gazetteer × 10 years × 3 schemes × 25 keys (2.4 million current facts), against the same
 * requests on the bundled sample. Both Workers run at once and take turns request by request,
 * one request at a time, over the same seeded list of random counties, so the figures are the
 * latency of one request and the machine's other work weighs on both alike. Both Workers drop
 * what they keep in memory before each probe, so each probe starts cold on both sides alike
 * (a county asked again within a probe is answered from memory on both). Without that, a probe
 * would find on one side what an earlier probe left there: the sample answers a lookup without a
 * year with its one year, 2025, which the lookup for 2025 had just kept, where the national store
 * answers 2026 and reads it. Target: p50 of lookups and diffs within 1.5× of the sample.
 */
import { statSync } from 'node:fs';
import { endpoint, probe, sequentialLatency, type ApiRequest } from './endpoints';
import { BENCH_ADMIN_TOKEN, applyMigrations, dropCache, d1SqlitePath, startLocalWorker, startSampleWorker, tempDir, type LocalWorker } from './local-worker';
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
  // Without a year the lookup picks the latest year with facts not after today from the coverage it reads.
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

const HOT_REGIONS = 1_000;

/**
 * What the Worker keeps in memory for the national store's 1,000 hottest regions: this isolate's
 * facts dropped, then a lookup for each of 1,000 distinct counties (one region, scheme and year
 * each), then their diffs and waiting periods as well (resident 2024–2027), read from
 * `GET /v1/admin/cache`. Fewer entries than asked for means the byte bound evicted some.
 */
async function hottestRegionsBytes(base: string): Promise<Figure[]> {
  const { allRegions } = await import('../domain/gazetteer/index');
  const random = seeded(1000);
  const counties = allRegions().filter((region) => region.level === 'county').map((region) => region.code)
    .map((code) => ({ code, order: random() })).sort((a, b) => a.order - b.order).slice(0, HOT_REGIONS).map((c) => c.code);
  const admin = { authorization: `Bearer ${BENCH_ADMIN_TOKEN}` };
  const stats = async (init: RequestInit = {}) =>
    (await (await fetch(`${base}/v1/admin/cache`, { ...init, headers: admin })).json()) as { entries: number; bytes: number; maxBytes: number; answerBytes: number };
  const send = async (request: ApiRequest) => {
    const response = await fetch(base + request.path, request.body === undefined ? { method: request.method } : { method: request.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${request.method} ${request.path} → ${response.status}`);
  };
  await stats({ method: 'DELETE' });
  for (const code of counties) await send(endpoint('facts').request(code));
  const lookups = await stats();
  for (const code of counties) {
    await send(endpoint('diff').request(code));
    await send(endpoint('waiting_period').request(code));
  }
  const mix = await stats();
  return [
    { name: 'national.cache.lookups_1000_regions_bytes', value: lookups.bytes, unit: 'bytes' },
    { name: 'national.cache.lookups_1000_regions_entries', value: lookups.entries, unit: 'entries' },
    // The serialised answers beside them, in their own (smaller) bound.
    { name: 'national.cache.lookups_1000_regions_answer_bytes', value: lookups.answerBytes, unit: 'bytes' },
    { name: 'national.cache.mix_1000_regions_bytes', value: mix.bytes, unit: 'bytes' },
    { name: 'national.cache.mix_1000_regions_entries', value: mix.entries, unit: 'entries' },
    { name: 'national.cache.max_bytes', value: mix.maxBytes, unit: 'bytes' },
  ];
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
          await dropCache(national.worker.base);
          await dropCache(sample.base);
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
      figures.push(...(await hottestRegionsBytes(national.worker.base)));
      return figures;
    } finally {
      for (const worker of workers) await worker.stop();
    }
  },
};
