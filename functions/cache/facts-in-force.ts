/**
 * The facts in force kept in the isolate: per region, scheme and policy year, worked out once
 * (inheritance, precedence, sources, the values as the API shows them, the calculators' lookup
 * index) and kept under the data version they were read at. A warm lookup, diff or calculation
 * reads no D1 at all; a cold one reads what it lacks in one query. A new data version drops
 * everything. Memory is bounded by an LRU over the entries' approximate size in bytes.
 */
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/client';
import { currentFacts, factYears } from '../../db/queries/facts';
import { factsInForce, type FactInForce } from '../../core/facts-in-force';
import { presentValue } from '../../core/money';
import { factsByKey, toRuleFact, type FactsByKey } from '../../core/rule-lookup';
import type { RuleFact } from '../../core/calculation';
import type { Scheme } from '../../domain/facts';
import type { StoredFact } from '../../domain/facts';

/** The facts in force for one region (with what it inherits), scheme and policy year. */
export interface YearInForce {
  region: string;
  scheme: Scheme;
  year: number;
  /** As the lookups show them: money in yuan to the fen, conflicts likewise. */
  presented: FactInForce[];
  /** As the calculators and diffs take them: stored values. */
  rules: RuleFact[];
  byKey: FactsByKey;
}

/** Policy years with current facts for a region's chain: `factYears`' rows, per scheme asked (or all). */
export interface YearsWithFacts {
  rows: { year: number; scheme: string; region: string; count: number }[];
}

type Entry = YearInForce | YearsWithFacts;

/** 32 MiB: a Worker isolate has 128 MB. The national dataset's hottest 1,000 regions fit (bench/national.ts). */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export interface FactsCacheOptions {
  maxBytes?: number;
}

export interface FactsCacheStats {
  entries: number;
  bytes: number;
  /** Reads of D1 this cache made: one per cold request that lacked entries. */
  loads: number;
}

export class FactsInForceCache {
  private readonly entries: LRUCache<string, Entry>;
  /** Reads under way, so concurrent cold requests for one entry share one query. */
  private readonly loading = new Map<string, Promise<Entry>>();
  private version: string | undefined;
  private loads = 0;

  constructor({ maxBytes = DEFAULT_MAX_BYTES }: FactsCacheOptions = {}) {
    this.entries = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (entry) => Math.max(1, approximateBytes(entry)) });
  }

  stats(): FactsCacheStats {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize, loads: this.loads };
  }

  /**
   * The facts in force for `chain[0]` (its chain nearest first) in each of `schemes` × `years`,
   * in that order; those not kept yet are read from D1 in one query.
   */
  years(db: () => Db, version: string, chain: string[], schemes: readonly Scheme[], years: readonly number[]): Promise<YearInForce[]> {
    const wanted = schemes.flatMap((scheme) => years.map((year) => ({ scheme, year, id: `${version}|f|${chain[0]}|${scheme}|${year}` })));
    return this.fetch(version, wanted, async (missing) => {
      const schemesMissing = [...new Set(missing.map((m) => m.scheme))];
      const rows = await currentFacts(db(), {
        regions: chain,
        ...(schemesMissing.length === 1 ? { scheme: schemesMissing[0] } : { schemes: schemesMissing }),
        years: [...new Set(missing.map((m) => m.year))],
      });
      return missing.map((m) => yearInForce(rows, chain, m.scheme, m.year));
    }) as Promise<YearInForce[]>;
  }

  /** The policy years with current facts for `chain[0]`'s chain, per scheme (all schemes when none). */
  async yearsWithFacts(db: () => Db, version: string, chain: string[], scheme?: Scheme): Promise<YearsWithFacts> {
    const [entry] = await this.fetch(version, [{ id: `${version}|y|${chain[0]}|${scheme ?? '*'}` }], async () => {
      const rows = await factYears(db(), { regions: chain, ...(scheme ? { scheme } : {}) });
      return [{ rows: rows.map((row) => ({ ...row, count: Number(row.count) })) }];
    });
    return entry as YearsWithFacts;
  }

  /**
   * The entries `wanted`, in order: kept ones from the LRU, ones being read by another request
   * from that read, the rest from one call of `read` (given them in order, answering in order).
   */
  private fetch<W extends { id: string }>(version: string, wanted: W[], read: (missing: W[]) => Promise<Entry[]>): Promise<Entry[]> {
    if (version !== this.version) {
      // A new data version makes every entry kept so far useless.
      this.version = version;
      this.entries.clear();
    }
    const found: (Entry | Promise<Entry> | undefined)[] = wanted.map((w) => this.entries.get(w.id) ?? this.loading.get(w.id));
    const missing = wanted.filter((_, i) => found[i] === undefined);
    if (missing.length) {
      this.loads++;
      const all = read(missing);
      missing.forEach((m, i) => {
        const one = all.then((entries) => entries[i]);
        this.loading.set(m.id, one);
        found[wanted.indexOf(m)] = one;
        // Kept only while its version is in force: a read that straddles a publish serves its own request.
        one.then((entry) => { if (version === this.version) this.entries.set(m.id, entry); }, () => {}).finally(() => this.loading.delete(m.id));
      });
    }
    return Promise.all(found as (Entry | Promise<Entry>)[]);
  }
}

/** Works out one region, scheme and year from the chain's current rows (of any years and schemes). */
function yearInForce(rows: StoredFact[], chain: string[], scheme: Scheme, year: number): YearInForce {
  const facts = factsInForce(rows.filter((row) => row.scheme === scheme && row.year === year), { chain, year, atYear: year });
  const rules = facts.map(toRuleFact);
  const presented = facts.map((fact) => ({
    ...fact,
    value: presentValue(fact.key, fact.value),
    conflicts: fact.conflicts.map((conflict) => ({ ...conflict, value: presentValue(fact.key, conflict.value) })),
  }));
  return { region: chain[0], scheme, year, presented, rules, byKey: factsByKey(rules) };
}

/**
 * Roughly what a value holds in the heap: two bytes a string character, eight a number, and a
 * header per object and array; an object reached twice (shared sources) counts once.
 */
export function approximateBytes(value: unknown, seen = new Set<object>()): number {
  if (typeof value === 'string') return 16 + 2 * value.length;
  if (typeof value !== 'object' || value === null) return 8;
  if (seen.has(value)) return 8;
  seen.add(value);
  if (value instanceof Map) {
    let bytes = 64;
    for (const [k, v] of value) bytes += 16 + approximateBytes(k, seen) + approximateBytes(v, seen);
    return bytes;
  }
  if (Array.isArray(value)) return value.reduce((bytes: number, item) => bytes + 8 + approximateBytes(item, seen), 32);
  // Property names live in the object's shape, shared by every object of that shape.
  let bytes = 32;
  for (const v of Object.values(value)) bytes += 8 + approximateBytes(v, seen);
  return bytes;
}
