/**
 * Scoring extracted facts against gold facts by the matching rules of DOMAIN.md. Pure: the eval
 * CLI and the tests feed it files.
 */
import { isAncestorOrSelf } from '../../domain/gazetteer/index';
import type { Fact } from '../../domain/facts';

export interface GoldFact {
  region: string;
  scheme: string;
  year: number;
  key: string;
  value: unknown;
  variant?: string;
  optional?: boolean;
}

export type PredictedFact = Pick<Fact, 'region' | 'scheme' | 'year' | 'key' | 'value' | 'variant'>;

export interface ArticleScore {
  predicted: number;
  correct: number;
  required: number;
  found: number;
  spurious: PredictedFact[];
  missed: GoldFact[];
}

const PUNCTUATION = /[\s\p{P}\p{S}]/gu;

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.01 || Math.abs(a - b) <= Math.abs(b) * 0.005;
}

export function sameValue(predicted: unknown, gold: unknown): boolean {
  if (typeof gold === 'number') return typeof predicted === 'number' && sameNumber(predicted, gold);
  if (gold === null || typeof gold !== 'object') return predicted === gold;
  if (Array.isArray(gold)) {
    return Array.isArray(predicted) && predicted.length === gold.length && gold.every((g, i) => sameValue(predicted[i], g));
  }
  if (predicted === null || typeof predicted !== 'object' || Array.isArray(predicted)) return false;
  const keys = new Set([...Object.keys(gold), ...Object.keys(predicted)]);
  return [...keys].every((k) => sameValue((predicted as Record<string, unknown>)[k], (gold as Record<string, unknown>)[k]));
}

export function factMatches(predicted: PredictedFact, gold: GoldFact): boolean {
  if (predicted.key !== gold.key || predicted.scheme !== gold.scheme || predicted.year !== gold.year) return false;
  if (!isAncestorOrSelf(predicted.region, gold.region) && !isAncestorOrSelf(gold.region, predicted.region)) return false;
  if (gold.variant) {
    const want = gold.variant.replace(PUNCTUATION, '');
    const have = (predicted.variant ?? '').replace(PUNCTUATION, '');
    if (!have.includes(want)) return false;
  }
  return sameValue(predicted.value, gold.value);
}

export function scoreArticle(predicted: PredictedFact[], gold: GoldFact[]): ArticleScore {
  const spurious = predicted.filter((p) => !gold.some((g) => factMatches(p, g)));
  const required = gold.filter((g) => !g.optional);
  const missed = required.filter((g) => !predicted.some((p) => factMatches(p, g)));
  return {
    predicted: predicted.length,
    correct: predicted.length - spurious.length,
    required: required.length,
    found: required.length - missed.length,
    spurious,
    missed,
  };
}

export function precision(score: Pick<ArticleScore, 'predicted' | 'correct'>): number {
  return score.predicted === 0 ? 1 : score.correct / score.predicted;
}

export function recall(score: Pick<ArticleScore, 'required' | 'found'>): number {
  return score.required === 0 ? 1 : score.found / score.required;
}

/** Micro-averaged totals over articles. */
export function totalScore(scores: ArticleScore[]): Pick<ArticleScore, 'predicted' | 'correct' | 'required' | 'found'> {
  return scores.reduce(
    (sum, s) => ({
      predicted: sum.predicted + s.predicted,
      correct: sum.correct + s.correct,
      required: sum.required + s.required,
      found: sum.found + s.found,
    }),
    { predicted: 0, correct: 0, required: 0, found: 0 },
  );
}
