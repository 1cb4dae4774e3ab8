/**
 * What changed between two sets of facts in force, typically one region and scheme in two
 * policy years. Facts are paired by scheme, key and variant; the region they come from may
 * differ (a city stating its own figure where it inherited its province's last year).
 */
import type { FactKey, FactValue, Scheme } from '../domain/facts';
import type { FactSource, RuleFact } from './calculation';
import { diffFactsBy } from './fact-diff';

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

/** Twelve significant digits: 0.068 − 0.055 is 0.013, not 0.013000000000000005. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

const order = (a: { scheme: string; key: string; variant: string }, b: typeof a) =>
  a.scheme.localeCompare(b.scheme) || a.key.localeCompare(b.key) || a.variant.localeCompare(b.variant);

export function diffFacts(from: RuleFact[], to: RuleFact[]): FactDiff {
  const pairs = diffFactsBy(from, to, identity);
  return {
    added: pairs.added.map(entryOf).sort(order),
    removed: pairs.removed.map(entryOf).sort(order),
    changed: pairs.changed.map(({ old, new: now }) => changeOf(old, now)).sort(order),
    unchanged: pairs.unchanged,
  };
}

function changeOf(old: RuleFact, now: RuleFact): FactChange {
  const numeric = typeof old.value === 'number' && typeof now.value === 'number';
  const a = old.value as number;
  const b = now.value as number;
  return {
    key: now.key,
    variant: now.variant,
    scheme: now.scheme,
    old: old.value,
    new: now.value,
    absoluteChange: numeric ? clean(b - a) : null,
    relativeChange: numeric && a !== 0 ? Math.round(((b - a) / a) * 10_000) / 10_000 : null,
    oldEvidence: evidenceOf(old),
    newEvidence: evidenceOf(now),
  };
}
