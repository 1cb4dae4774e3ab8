/**
 * The one fact diff: two lists of facts paired by an identity the caller chooses (scheme, key and
 * variant across policy years; the full tuple between versions of a page or before and after a
 * version is stored), then sorted into added, removed, changed and unchanged. Values compare by
 * content: key order and `undefined` members do not make two values differ.
 */

export interface FactPairs<T> {
  added: T[];
  removed: T[];
  changed: { old: T; new: T }[];
  unchanged: number;
}

/** The first fact per identity counts: lists of facts in force and a version's facts hold one each. */
export function diffFactsBy<T extends { value: unknown }>(before: T[], after: T[], identityOf: (fact: T) => string): FactPairs<T> {
  const was = firstByIdentity(before, identityOf);
  const now = firstByIdentity(after, identityOf);
  const diff: FactPairs<T> = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [identity, old] of was) if (!now.has(identity)) diff.removed.push(old);
  for (const [identity, fact] of now) {
    const old = was.get(identity);
    if (!old) diff.added.push(fact);
    else if (sameFactValue(old.value, fact.value)) diff.unchanged++;
    else diff.changed.push({ old, new: fact });
  }
  return diff;
}

function firstByIdentity<T>(facts: T[], identityOf: (fact: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const fact of facts) {
    const identity = identityOf(fact);
    if (!map.has(identity)) map.set(identity, fact);
  }
  return map;
}

/** Whether two fact values are the same value: numbers by `===`, the rest by canonical JSON. */
export function sameFactValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b)))
      : v);
}
