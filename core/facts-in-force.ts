/**
 * Which fact is in force, and which disagree with it. A region inherits its province's and the
 * national facts for any key and variant it has none of its own for. Among facts of the same
 * region and policy year, the winner is chosen by one documented order:
 *   1. official over aggregator (a gov-notice source or a .gov.cn page),
 *   2. unhedged over hedged,
 *   3. the newer article (published date, else fetch time),
 *   4. the later stored fact.
 * Facts with the winner's value add their sources to it; the others are listed as conflicts.
 */
import type { StoredFact } from '../domain/facts';
import { isGovernmentSite } from '../domain/official-sites';
import { sameFactValue } from './fact-diff';

export interface FactSource {
  url: string;
  title: string | null;
  quote: string;
  fetchedAt: string;
  /** The last visit that found the page as stored: the fact is still published then. */
  checkedAt: string;
  official: boolean;
}

export interface Conflict {
  value: unknown;
  region: string;
  hedged: boolean;
  sources: FactSource[];
}

export interface FactInForce {
  key: string;
  variant: string;
  year: number;
  scheme: string;
  value: unknown;
  hedged: boolean;
  /** The highest extractor confidence among the sources that state this value (0–1). */
  confidence: number;
  region: string;
  /** The ancestor region the fact comes from; null when it is the region's own. */
  inheritedFrom: string | null;
  sources: FactSource[];
  conflicts: Conflict[];
}

export const PRECEDENCE = [
  'a fact of the region itself over one inherited from its province, then from the whole country',
  'official (government notice) over aggregator',
  'unhedged over hedged',
  'the newer article',
] as const;

/**
 * A fact is official when its source is (`trust`, as the operator set it or its host implied); a
 * fact read without a trust falls back to its page: a gov.cn host or a government-notice layout.
 */
export function isOfficial(fact: Pick<StoredFact, 'url' | 'adapter' | 'official'>): boolean {
  if (fact.official !== undefined) return fact.official;
  return fact.adapter === 'gov-notice' || isGovernmentSite(fact.url);
}

function sourceOf(fact: StoredFact): FactSource {
  return { url: fact.url, title: fact.title || null, quote: fact.quote, fetchedAt: fact.fetchedAt, checkedAt: fact.checkedAt ?? fact.fetchedAt, official: isOfficial(fact) };
}

/** Negative when `a` should win over `b`. */
export function compareClaims(a: StoredFact, b: StoredFact): number {
  const official = Number(isOfficial(b)) - Number(isOfficial(a));
  if (official) return official;
  const hedged = Number(a.hedged) - Number(b.hedged);
  if (hedged) return hedged;
  const newer = (b.publishedAt ?? b.fetchedAt).localeCompare(a.publishedAt ?? a.fetchedAt);
  if (newer) return newer;
  return b.id - a.id;
}

/**
 * @param chain the region and its ancestors, nearest first (`450200`, `450000`, `100000`)
 * @param year  a policy year to answer for exactly; else the latest year not after `atYear`
 */
export function factsInForce(rows: StoredFact[], options: { chain: string[]; year?: number; atYear: number }): FactInForce[] {
  const groups = new Map<string, StoredFact[]>();
  for (const row of rows) {
    const id = `${row.scheme}|${row.key}|${row.variant}`;
    let list = groups.get(id);
    if (!list) groups.set(id, (list = []));
    list.push(row);
  }
  const answers: FactInForce[] = [];
  for (const claims of groups.values()) {
    const years = [...new Set(claims.map((c) => c.year))];
    const year = options.year ?? Math.max(...years.filter((y) => y <= options.atYear));
    if (!Number.isFinite(year)) continue;
    const inYear = claims.filter((c) => c.year === year);
    if (inYear.length === 0) continue;
    const nearest = Math.min(...inYear.map((c) => options.chain.indexOf(c.region)).filter((i) => i >= 0));
    const region = options.chain[nearest];
    const contenders = inYear.filter((c) => c.region === region).sort(compareClaims);
    const winner = contenders[0];
    const same = contenders.filter((c) => sameFactValue(c.value, winner.value));
    const conflicts = new Map<string, Conflict>();
    for (const other of contenders.filter((c) => !sameFactValue(c.value, winner.value))) {
      const id = JSON.stringify(other.value);
      const conflict = conflicts.get(id) ?? { value: other.value, region: other.region, hedged: other.hedged, sources: [] };
      conflict.hedged &&= other.hedged;
      conflict.sources.push(sourceOf(other));
      conflicts.set(id, conflict);
    }
    answers.push({
      key: winner.key,
      variant: winner.variant,
      year,
      scheme: winner.scheme,
      value: winner.value,
      hedged: same.every((c) => c.hedged),
      confidence: Math.max(...same.map((c) => c.confidence ?? 0)),
      region,
      inheritedFrom: region === options.chain[0] ? null : region,
      sources: dedupeSources(same.map(sourceOf)),
      conflicts: [...conflicts.values()],
    });
  }
  return answers.sort((a, b) => a.scheme.localeCompare(b.scheme) || a.key.localeCompare(b.key) || a.variant.localeCompare(b.variant));
}

function dedupeSources(list: FactSource[]): FactSource[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const id = `${s.url}|${s.quote}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
