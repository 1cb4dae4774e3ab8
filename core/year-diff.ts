/**
 * What changed between two sets of facts in force, typically one region and scheme in two
 * policy years. Facts are paired by scheme, key and variant; the region they come from may
 * differ (a city stating its own figure where it inherited its province's last year).
 */
import type { FactKey, FactValue, Scheme } from '../domain/facts';
import type { FactSource, RuleFact } from './calculation';

export interface FactEvidence {
  year: number;
  region: string;
  inheritedFrom: string | null;
  hedged: boolean;
  sources: FactSource[];
}

export interface FactEntry {
  key: FactKey;
  variant: string;
  scheme: Scheme;
  value: FactValue;
  evidence: FactEvidence;
}

export interface FactChange {
  key: FactKey;
  variant: string;
  scheme: Scheme;
  old: FactValue;
  new: FactValue;
  /** new − old for numbers; null for date ranges and tier lists. */
  absoluteChange: number | null;
  /** (new − old) / old to 4 decimals; null when not numeric or old is 0. */
  relativeChange: number | null;
  oldEvidence: FactEvidence;
  newEvidence: FactEvidence;
}

export interface FactDiff {
  added: FactEntry[];
  removed: FactEntry[];
  changed: FactChange[];
  unchanged: number;
}

const identity = (f: RuleFact) => `${f.scheme}|${f.key}|${f.variant}`;

function evidenceOf(f: RuleFact): FactEvidence {
  return { year: f.year, region: f.region, inheritedFrom: f.inheritedFrom, hedged: f.hedged, sources: f.sources };
}

function entryOf(f: RuleFact): FactEntry {
  return { key: f.key, variant: f.variant, scheme: f.scheme, value: f.value, evidence: evidenceOf(f) };
}

/** The first fact per identity: lists of facts in force hold one each. */
function byIdentity(facts: RuleFact[]): Map<string, RuleFact> {
  const map = new Map<string, RuleFact>();
  for (const f of facts) if (!map.has(identity(f))) map.set(identity(f), f);
  return map;
}

/** Key order and `undefined` members do not make two values differ. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b)))
      : v);
}

/** Twelve significant digits: 0.068 − 0.055 is 0.013, not 0.013000000000000005. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

const order = (a: { scheme: string; key: string; variant: string }, b: typeof a) =>
  a.scheme.localeCompare(b.scheme) || a.key.localeCompare(b.key) || a.variant.localeCompare(b.variant);

export function diffFacts(from: RuleFact[], to: RuleFact[]): FactDiff {
  const before = byIdentity(from);
  const after = byIdentity(to);
  const diff: FactDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [id, old] of before) {
    const now = after.get(id);
    if (!now) diff.removed.push(entryOf(old));
  }
  for (const [id, now] of after) {
    const old = before.get(id);
    if (!old) {
      diff.added.push(entryOf(now));
      continue;
    }
    const numeric = typeof old.value === 'number' && typeof now.value === 'number';
    if (numeric ? old.value === now.value : canonical(old.value) === canonical(now.value)) {
      diff.unchanged++;
      continue;
    }
    const a = old.value as number;
    const b = now.value as number;
    diff.changed.push({
      key: now.key,
      variant: now.variant,
      scheme: now.scheme,
      old: old.value,
      new: now.value,
      absoluteChange: numeric ? clean(b - a) : null,
      relativeChange: numeric && a !== 0 ? Math.round(((b - a) / a) * 10_000) / 10_000 : null,
      oldEvidence: evidenceOf(old),
      newEvidence: evidenceOf(now),
    });
  }
  diff.added.sort(order);
  diff.removed.sort(order);
  diff.changed.sort(order);
  return diff;
}
