/** The extractor's facts as compact rows for unit tests: region, scheme, year, key, variant ('' for none), value. */
import { extractFacts } from '../../scrapers/extract/index';

export type FactRow = [region: string, scheme: string, year: number, key: string, variant: string, value: unknown];

export function factRows(title: string, text: string): FactRow[] {
  return extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
}
