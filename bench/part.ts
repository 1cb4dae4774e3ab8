/**
 * What a benchmark part is: a named module that measures and returns figures. `run.ts` lists the
 * parts; each lives in `bench/<part>.ts` and names its figures `<part>.<figure>`.
 */

export interface Figure {
  name: string;
  value: number;
  unit: string;
}

export interface BenchPart {
  /** Prefix of the part's figure names (`extract` → `extract.median_ms_per_article`). */
  name: string;
  run: () => Promise<Figure[]> | Figure[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface TimingOptions {
  /** Untimed runs first, so the JIT has settled before anything is measured. */
  warmup?: number;
  runs?: number;
}

/** Holds the last result so the engine cannot drop the work that made it. */
let sink: unknown;

/** Median wall time of `work` in milliseconds, by `performance.now()`. */
export function medianMs(work: () => unknown, { warmup = 5, runs = 30 }: TimingOptions = {}): number {
  for (let i = 0; i < warmup; i++) sink = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    sink = work();
    times.push(performance.now() - started);
  }
  return median(times);
}
