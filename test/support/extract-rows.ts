/** The extractor's facts as compact rows for unit tests: region, scheme, year, key, variant ('' for none), value. */
import { extractFacts } from '../../scrapers/extract/index';

export type FactRow = [region: string, scheme: string, year: number, key: string, variant: string, value: unknown];

export function factRows(title: string, text: string): FactRow[] {
  return extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
}

/** The facts of one key (or every key) as [region, year, variant, value]: the rows most construction tests compare. */
export function keyRows(title: string, text: string, key?: string): [string, number, string, unknown][] {
  return factRows(title, text).filter((row) => !key || row[3] === key).map((row) => [row[0], row[2], row[4], row[5]]);
}
