/**
 * `npm run calibrate -- [--tuned] GOLD_DIR ARTICLE_DIR [[--tuned] GOLD_DIR ARTICLE_DIR …]`: fits
 * confidence.ts's log-odds to labelled articles. Every fact the extractor reads (with no floor) is
 * a row: whether it is right, and the signals its confidence is made of. An L2-regularised
 * logistic regression gives each signal its weight; a corpus marked `--tuned` (one the rules were
 * written from) gets an offset of its own, so its easy wins do not raise the weights that unseen
 * pages get; at least one corpus must be untuned, since only those fix the bias. Prints the
 * tables to paste into confidence.ts, then, for each untuned corpus, the bands it gets from a fit
 * without it (in sample when it is the only one).
 */
import { resolve } from 'node:path';
import { FACT_KEYS } from '../../domain/facts';
import { confidenceFromLogOdds, crowdUnits, FITTED_FLAGS, fixedLogOdds, schemeClass, wordingUnits, type ConfidenceSignals } from '../extract/confidence';
import { confidenceSignalsOf, type Fact } from '../extract/index';
import { evaluateCorpus } from './eval';
import { ArticleFileError } from './article-file';

export interface CalibrationRow {
  corpus: number;
  tuned: boolean;
  correct: boolean;
  signals: ConfidenceSignals;
}

/** The named features of a row: one-hot sources and key, wording as a number, the flags set. */
export function featuresOf(signals: ConfidenceSignals): Map<string, number> {
  const features = new Map<string, number>([
    [`key:${signals.key}`, 1],
    [`region:${signals.region}`, 1],
    [`year:${signals.year}`, 1],
    [`scheme:${signals.scheme}${schemeClass(signals.key) === 'payroll' ? ':payroll' : ''}`, 1],
    ['wording', wordingUnits(signals)],
    ['crowd', crowdUnits(signals)],
  ]);
  for (const flag of FITTED_FLAGS) if (signals[flag]) features.set(flag, 1);
  return features;
}

export interface Fit {
  bias: number;
  weights: Map<string, number>;
}

/** L2-regularised logistic regression by gradient descent (few features, a few thousand rows). */
export function fitLogOdds(rows: CalibrationRow[], lambda = 1.5, iterations = 6000): Fit {
  const names = new Map<string, number>();
  const encoded = rows.map((row) => {
    const features = featuresOf(row.signals);
    if (row.tuned) features.set(`tuned:${row.corpus}`, 1);
    return [...features].map(([name, value]) => {
      if (!names.has(name)) names.set(name, names.size);
      return [names.get(name)!, value] as const;
    });
  });
  const offsets = rows.map((row) => fixedLogOdds(row.signals));
  const w = new Float64Array(names.size);
  let bias = 0;
  // A step small enough for the few features every row shares (they move together): larger ones oscillate.
  const widest = Math.max(1, ...encoded.map((features) => features.reduce((sum, [, value]) => sum + value * value, 1)));
  const rate = 2 / (Math.max(1, rows.length) * widest);
  for (let step = 0; step < iterations; step++) {
    const grad = new Float64Array(names.size);
    let gradBias = 0;
    for (const [i, features] of encoded.entries()) {
      let z = bias + offsets[i];
      for (const [j, value] of features) z += w[j] * value;
      const error = 1 / (1 + Math.exp(-z)) - (rows[i].correct ? 1 : 0);
      gradBias += error;
      for (const [j, value] of features) grad[j] += error * value;
    }
    bias -= rate * gradBias;
    for (let j = 0; j < w.length; j++) w[j] -= rate * (grad[j] + 2 * lambda * w[j]);
  }
  return { bias, weights: new Map([...names].filter(([name]) => !name.startsWith('tuned:')).map(([name, j]) => [name, w[j]])) };
}

/** The log-odds a fit gives a fact read on an unseen page. */
export function fittedLogOdds(fit: Fit, signals: ConfidenceSignals): number {
  let z = fit.bias + fixedLogOdds(signals);
  for (const [name, value] of featuresOf(signals)) z += (fit.weights.get(name) ?? 0) * value;
  return z;
}

function rowsOf(goldDir: string, articleDir: string, corpus: number, tuned: boolean): CalibrationRow[] {
  const report = evaluateCorpus(resolve(goldDir), resolve(articleDir), { minConfidence: 0 });
  return report.articles.flatMap(({ score }) =>
    score.judged.flatMap(({ fact, correct }) => {
      const signals = confidenceSignalsOf(fact as Fact);
      return signals ? [{ corpus, tuned, correct, signals }] : [];
    }));
}

const round = (x: number) => Math.round(x * 100) / 100;

function tables(fit: Fit): string {
  const table = (prefix: string, names: readonly string[]) =>
    names.map((name) => `  ${/^[a-z]\w*$/i.test(name) ? name : `'${name}'`}: ${round(fit.weights.get(`${prefix}${name}`) ?? 0)},`).join('\n');
  const sources = (prefix: string) => [...new Set([...fit.weights.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)))].sort();
  return [
    `bias: ${round(fit.bias)}, wording: ${round(fit.weights.get('wording') ?? 0)}, crowd: ${round(fit.weights.get('crowd') ?? 0)}`,
    `flags: ${FITTED_FLAGS.map((f) => `${f} ${round(fit.weights.get(f) ?? 0)}`).join(', ')}`,
    `KEY_LOG_ODDS:\n${table('key:', FACT_KEYS)}`,
    `REGION_LOG_ODDS:\n${table('region:', sources('region:'))}`,
    `YEAR_LOG_ODDS:\n${table('year:', sources('year:'))}`,
    `SCHEME_LOG_ODDS:\n${table('scheme:', sources('scheme:'))}`,
  ].join('\n');
}

function main(argv: string[]): number {
  const corpora: { gold: string; articles: string; tuned: boolean }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const tuned = argv[i] === '--tuned';
    if (tuned) i++;
    if (i + 1 >= argv.length) {
      process.stderr.write('calibrate: give corpora as [--tuned] GOLD_DIR ARTICLE_DIR pairs\n');
      return 1;
    }
    corpora.push({ gold: argv[i], articles: argv[i + 1], tuned });
    i++;
  }
  if (corpora.length === 0) {
    process.stderr.write('calibrate: give corpora as [--tuned] GOLD_DIR ARTICLE_DIR pairs\n');
    return 1;
  }
  let rows: CalibrationRow[];
  try {
    rows = corpora.flatMap((c, i) => rowsOf(c.gold, c.articles, i, c.tuned));
  } catch (error) {
    process.stderr.write(`calibrate: ${error instanceof ArticleFileError ? error.message : (error as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`${rows.length} facts read from ${corpora.length} corpora\n${tables(fitLogOdds(rows))}\n`);
  const untuned = corpora.filter((c) => !c.tuned).length;
  for (const [i, corpus] of corpora.entries()) {
    if (corpus.tuned) continue;
    const held = rows.filter((r) => r.corpus === i);
    // Only an untuned corpus fixes the bias: with no other, the bands are the fit's own (in sample).
    const heldOut = untuned > 1;
    const fit = fitLogOdds(heldOut ? rows.filter((r) => r.corpus !== i) : rows);
    process.stdout.write(`${heldOut ? 'held out' : 'in sample (no other untuned corpus)'} ${corpus.gold}:\n`);
    for (const [from, to] of [[0, 0.5], [0.5, 0.8], [0.8, 1.01]]) {
      const band = held.filter((r) => {
        const c = confidenceFromLogOdds(fittedLogOdds(fit, r.signals));
        return c >= from && c < to;
      });
      const right = band.filter((r) => r.correct).length;
      process.stdout.write(`  [${from.toFixed(2)}, ${Math.min(1, to).toFixed(2)}] ${band.length} facts, ${band.length ? (right / band.length).toFixed(3) : '-'} right\n`);
    }
  }
  return 0;
}

if (process.argv[1] && /calibrate\.[tj]s$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
