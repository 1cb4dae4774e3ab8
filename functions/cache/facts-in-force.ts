/**
 * The facts in force kept in the isolate: per region, scheme and policy year, worked out once
 * (inheritance, precedence, sources, the values as the API shows them, the calculators' lookup
 * index) and kept under the data version they were read at. A warm lookup, diff or calculation
 * reads no D1 at all; a cold one reads what it lacks in one query. A new data version drops
 * everything. Memory is bounded by an LRU over the entries' approximate size in bytes.
 *
 * Beside them it keeps the GET answers built from them (`answer`): the serialised body and its
 * ETag, hashed once per answer rather than per request, under the same data version.
 */
import { LRUCache } from 'lru-cache';
import type { Db } from '../../db/client';
import { currentAndPendingFacts, factYears, factYearsAndLatestFacts } from '../../db/queries/facts';
import { factsInForce, isOfficial, type FactInForce } from '../../core/facts-in-force';
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
  /** As the calculators and diffs take them: stored values (the same objects, where presenting changes nothing). */
  rules: RuleFact[];
  /** `rules` by key, for the calculators' lookup: built on first use. */
  readonly byKey: FactsByKey;
  /** Values of this region's chain, scheme and year waiting for review, as lookups list them. */
  pending: PendingValue[];
}

export interface PendingValue {
  reviewId: number;
  key: string;
  variant: string;
  year: number;
  scheme: Scheme;
  region: string;
  value: unknown;
  hedged: boolean;
  confidence: number;
  source: { url: string; title: string | null; quote: string; fetchedAt: string; checkedAt: string; official: boolean };
}

/** Policy years with current facts for a region's chain: `factYears`' rows, per scheme asked (or all). */
export interface YearsWithFacts {
  rows: { year: number; scheme: string; region: string; count: number }[];
}

type Entry = YearInForce | YearsWithFacts;

/** A GET's answer as sent: its JSON body, and a weak ETag (SHA-1 of the body) for If-None-Match. */
export interface Answer {
  body: string;
  etag: string;
}

/** 32 MiB: a Worker isolate has 128 MB. The national dataset's hottest 1,000 regions fit (bench/national.ts). */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** 8 MiB of serialised answers: a national lookup's body is about 20 KB, so some 200 of them. */
export const DEFAULT_ANSWER_MAX_BYTES = 8 * 1024 * 1024;

export interface FactsCacheOptions {
  maxBytes?: number;
  answerMaxBytes?: number;
}

export interface FactsCacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  /** Reads of D1 this cache made: one per cold request that lacked entries. */
  loads: number;
  /** Serialised answers kept, their bytes and bound. */
  answers: number;
  answerBytes: number;
  answerMaxBytes: number;
}

export class FactsInForceCache {
  private readonly entries: LRUCache<string, Entry>;
  /** Reads under way, so concurrent cold requests for one entry share one query. */
  private readonly loading = new Map<string, Promise<Entry>>();
  private readonly answers: LRUCache<string, Answer>;
  private readonly answering = new Map<string, Promise<Answer>>();
  private version: string | undefined;
  private loads = 0;

  constructor({ maxBytes = DEFAULT_MAX_BYTES, answerMaxBytes = DEFAULT_ANSWER_MAX_BYTES }: FactsCacheOptions = {}) {
    this.entries = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: entryBytes });
    this.answers = new LRUCache<string, Answer>({ maxSize: answerMaxBytes, sizeCalculation: (a) => 64 + 2 * (a.body.length + a.etag.length) });
  }

  stats(): FactsCacheStats {
    return {
      entries: this.entries.size, bytes: this.entries.calculatedSize, maxBytes: this.entries.maxSize, loads: this.loads,
      answers: this.answers.size, answerBytes: this.answers.calculatedSize, answerMaxBytes: this.answers.maxSize,
    };
  }

  /** Drops every entry and answer: the next requests read D1. */
  clear(): void {
    this.entries.clear();
    this.answers.clear();
  }

  /**
   * The answer named `key` (which must name everything the body depends on besides the data)
   * under `version`: kept, or serialised from `build` and hashed once. `build` reads through this
   * cache, so a kept answer and a rebuilt one say the same.
   */
  answer(version: string, key: string, build: () => Promise<unknown>): Promise<Answer> {
    this.use(version);
    const id = `${version}|${key}`;
    const kept = this.answers.get(id) ?? this.answering.get(id);
    if (kept) return Promise.resolve(kept);
    const made = build().then(async (value) => {
      const body = JSON.stringify(value);
      return { body, etag: await weakEtag(body) };
    });
    this.answering.set(id, made);
    made.then((answer) => { if (version === this.version) this.answers.set(id, answer); }, () => {}).finally(() => this.answering.delete(id));
    return made;
  }

  /** A new data version makes everything kept so far useless. */
  private use(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.entries.clear();
    this.answers.clear();
  }

  /**
   * The facts in force for `chain[0]` (its chain nearest first) in each of `schemes` × `years`,
   * in that order; those not kept yet are read from D1 in one query.
   */
  years(db: () => Db, version: string, chain: string[], schemes: readonly Scheme[], years: readonly number[]): Promise<YearInForce[]> {
    const wanted = schemes.flatMap((scheme) => years.map((year) => ({ scheme, year, id: `${version}|f|${chain[0]}|${scheme}|${year}` })));
    return this.fetch(version, wanted, async (missing) => {
      const schemesMissing = [...new Set(missing.map((m) => m.scheme))];
      const rows = shareStrings(await currentAndPendingFacts(db(), {
        regions: chain,
        ...(schemesMissing.length === 1 ? { scheme: schemesMissing[0] } : { schemes: schemesMissing }),
        years: [...new Set(missing.map((m) => m.year))],
      }));
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
   * What a lookup without a year reads: the coverage of `chain[0]`'s chain (its years with facts,
   * every scheme), the latest of those years for `schemes` not after `atYear`, and that year's
   * facts per scheme. When the coverage is not kept, both come in one round trip; otherwise the
   * year is picked from it and its facts read as `years` would.
   */
  async latest(db: () => Db, version: string, chain: string[], schemes: readonly Scheme[], atYear: number): Promise<{ coverage: YearsWithFacts; year: number | null; entries: YearInForce[] }> {
    this.use(version);
    const coverageId = `${version}|y|${chain[0]}|*`;
    const kept = (this.entries.get(coverageId) ?? this.loading.get(coverageId)) as YearsWithFacts | Promise<YearsWithFacts> | undefined;
    if (kept) {
      const coverage = await kept;
      const year = latestYear(coverage, schemes, atYear);
      return { coverage, year, entries: year === null ? [] : await this.years(db, version, chain, schemes, [year]) };
    }
    this.loads++;
    const read = factYearsAndLatestFacts(db(), { regions: chain, schemes: [...schemes], atYear }).then(({ years, facts }) => {
      const coverage: YearsWithFacts = { rows: years.map((row) => ({ ...row, count: Number(row.count) })) };
      const year = latestYear(coverage, schemes, atYear);
      const rows = shareStrings(facts);
      const entries = year === null ? [] : schemes.map((scheme) => {
        const id = `${version}|f|${chain[0]}|${scheme}|${year}`;
        const entry = (this.entries.get(id) as YearInForce | undefined) ?? yearInForce(rows, chain, scheme, year);
        if (version === this.version) this.entries.set(id, entry);
        return entry;
      });
      if (version === this.version) this.entries.set(coverageId, coverage);
      return { coverage, year, entries };
    });
    // A concurrent lookup of this region waits for the coverage, and finds the year's facts kept by then.
    const coverage = read.then((r) => r.coverage);
    this.loading.set(coverageId, coverage);
    coverage.catch(() => {}).finally(() => this.loading.delete(coverageId));
    return read;
  }

  /**
   * The entries `wanted`, in order: kept ones from the LRU, ones being read by another request
   * from that read, the rest from one call of `read` (given them in order, answering in order).
   */
  private fetch<W extends { id: string }>(version: string, wanted: W[], read: (missing: W[]) => Promise<Entry[]>): Promise<Entry[]> {
    this.use(version);
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

/** The latest year with facts of `schemes` not after `atYear`, as `factYearsAndLatestFacts` picks it. */
function latestYear(coverage: YearsWithFacts, schemes: readonly Scheme[], atYear: number): number | null {
  let latest: number | null = null;
  for (const row of coverage.rows) {
    if (row.year <= atYear && schemes.includes(row.scheme as Scheme) && (latest === null || row.year > latest)) latest = row.year;
  }
  return latest;
}

/** `W/"<SHA-1 of the UTF-8 body, hex>"`: what hono's etag() would send for the same body. */
async function weakEtag(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(body)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return `W/"${hex}"`;
}

/** An entry's size: its facts, and the key index the calculators may build later (about 40 bytes a fact). */
export function entryBytes(entry: Entry): number {
  if ('rows' in entry) return approximateBytes(entry.rows);
  return approximateBytes([entry.region, entry.scheme, entry.presented, entry.rules, entry.pending]) + 40 * entry.rules.length + 64;
}

/** Works out one region, scheme and year from the chain's current rows (of any years and schemes). */
function yearInForce(all: (StoredFact & { pendingReview?: number | null })[], chain: string[], scheme: Scheme, year: number): YearInForce {
  const mine = all.filter((row) => row.scheme === scheme && row.year === year);
  const rows = mine.filter((row) => row.pendingReview == null);
  const pending: PendingValue[] = mine.filter((row) => row.pendingReview != null).map((p) => ({
    reviewId: p.pendingReview!, key: p.key, variant: p.variant, year: p.year, scheme, region: p.region,
    value: presentValue(p.key, p.value), hedged: p.hedged, confidence: p.confidence,
    source: { url: p.url, title: p.title || null, quote: p.quote, fetchedAt: p.fetchedAt, checkedAt: p.checkedAt ?? p.fetchedAt, official: isOfficial(p) },
  }));
  const facts = factsInForce(rows, { chain, year, atYear: year });
  for (const fact of facts) if (fact.conflicts.length === 0) fact.conflicts = NO_CONFLICTS;
  // A fact in force is a rule fact with its conflicts beside it: the calculators and diffs read
  // the same objects, and a lookup shows the same object unless presenting rounds a value.
  const rules = facts as unknown as RuleFact[];
  const presented = facts.map((fact) => {
    const value = presentValue(fact.key, fact.value);
    const conflicts = fact.conflicts.map((conflict) => ({ conflict, value: presentValue(fact.key, conflict.value) }));
    if (value === fact.value && conflicts.every((c) => c.value === c.conflict.value)) return fact;
    return { ...fact, value, conflicts: conflicts.map(({ conflict, value }) => ({ ...conflict, value })) };
  });
  let byKey: FactsByKey | undefined;
  return { region: chain[0], scheme, year, presented, rules, pending, get byKey() { return (byKey ??= factsByKey(rules)); } };
}

const NO_CONFLICTS: FactInForce['conflicts'] = Object.freeze([]) as unknown as FactInForce['conflicts'];

/**
 * One string per distinct value among the rows of a read: every fact of an article repeats its
 * URL, title and dates, and D1 hands each row its own copies.
 */
function shareStrings(rows: StoredFact[]): StoredFact[] {
  const strings = new Map<string, string>();
  const share = <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = strings.get(value);
    if (known !== undefined) return known as T;
    strings.set(value, value);
    return value;
  };
  for (const row of rows) {
    row.region = share(row.region);
    row.scheme = share(row.scheme);
    row.key = share(row.key);
    row.variant = share(row.variant);
    row.url = share(row.url);
    row.title = share(row.title);
    row.fetchedAt = share(row.fetchedAt);
    row.publishedAt = share(row.publishedAt);
    row.adapter = share(row.adapter);
  }
  return rows;
}

/**
 * Roughly what a value holds in the heap: two bytes a string character, eight a number, and a
 * header per object and array; an object or string reached twice (shared) counts once.
 */
export function approximateBytes(value: unknown, seen = new Set<unknown>()): number {
  if (typeof value === 'string') {
    if (seen.has(value)) return 0;
    seen.add(value);
    return 16 + 2 * value.length;
  }
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
