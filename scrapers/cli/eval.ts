/**
 * `npm run eval [-- GOLD_DIR ARTICLE_DIR] [--verbose | --signals]`: precision and recall of the extractor on
 * articles with gold facts, per article and overall, by the matching rules of DOMAIN.md.
 * `--signals` prints instead one line per fact read: right or not, and its confidence's signals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { confidenceSignalsOf, extractFacts, type ExtractOptions } from '../extract/index';
import {
  atOrAbove,
  missReason,
  precision,
  precisionByBand,
  recall,
  scoreArticle,
  tallyBy,
  totalScore,
  type ArticleScore,
  type GoldFact,
  type MissReason,
  type Tally,
} from '../extract/evaluate';
import { ArticleFileError, readArticleFile } from './article-file';
import type { Fact } from '../../domain/facts';

export interface EvalReport {
  articles: { name: string; score: ArticleScore; gold: GoldFact[] }[];
  overall: { precision: number; recall: number };
}

export function evaluateCorpus(goldDir: string, articleDir: string, options: ExtractOptions = {}): EvalReport {
  const articles: EvalReport['articles'] = [];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { article: string; facts: GoldFact[] };
    const facts = extractFacts(readArticleFile(join(articleDir, gold.article)), options);
    articles.push({ name: gold.article, score: scoreArticle(facts, gold.facts), gold: gold.facts });
  }
  const total = totalScore(articles.map((a) => a.score));
  return { articles, overall: { precision: precision(total), recall: recall(total) } };
}

/**
 * The `--signals` table, for calibrating confidence.ts: a header, then one row per fact read with
 * whether it is right, its confidence and what that was made of.
 */
export function signalRows(report: EvalReport): (string | number | boolean | undefined)[][] {
  const rows: (string | number | boolean | undefined)[][] = [
    ['article', 'correct', 'confidence', 'key', 'wording', 'region', 'year', 'scheme', 'regions', 'hedged', 'snippet', 'foreignRegion', 'changedFrom', 'payerPart', 'assistedGroup', 'values'],
  ];
  for (const { name, score } of report.articles) {
    for (const { fact, correct } of score.judged) {
      const s = confidenceSignalsOf(fact as Fact);
      rows.push([name, correct ? 1 : 0, fact.confidence, fact.key, s?.wording, s?.region, s?.year, s?.scheme, s?.regions, s?.hedged, s?.snippet, s?.foreignRegion, s?.changedFrom, s?.payerPart ?? false, s?.assistedGroup, s?.values ?? 1]);
    }
  }
  return rows;
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const [goldDir = '../shared/corpus/gold', articleDir = '../shared/corpus/seeds'] = argv.filter((a) => !a.startsWith('-'));
  let report: EvalReport;
  try {
    report = evaluateCorpus(resolve(goldDir), resolve(articleDir));
  } catch (error) {
    const reason = error instanceof ArticleFileError ? error.message : (error as Error).message;
    process.stderr.write(`eval: ${reason}\n`);
    return 1;
  }
  if (argv.includes('--signals')) {
    for (const row of signalRows(report)) process.stdout.write(`${row.join('\t')}\n`);
    return 0;
  }
  const reasons = new Map<object, MissReason>();
  for (const { score, gold } of report.articles) for (const fact of score.spurious) reasons.set(fact, missReason(fact, gold));
  for (const { name, score } of report.articles) {
    process.stdout.write(`${name} precision ${precision(score).toFixed(3)} recall ${recall(score).toFixed(3)}\n`);
    if (verbose) {
      for (const fact of score.missed) process.stdout.write(`  missed   ${JSON.stringify(fact)}\n`);
      for (const fact of score.spurious) process.stdout.write(`  spurious ${JSON.stringify(fact)} (${reasons.get(fact)})\n`);
    }
  }
  const scores = report.articles.map((a) => a.score);
  const line = (name: string, t: Tally) =>
    `  ${name.padEnd(34)} precision ${precision(t).toFixed(3)} (${t.correct}/${t.predicted})  recall ${recall(t).toFixed(3)} (${t.found}/${t.required})\n`;
  process.stdout.write('by key\n');
  for (const [key, t] of tallyBy(scores, (f) => f.key)) process.stdout.write(line(key, t));
  process.stdout.write('by scheme\n');
  for (const [scheme, t] of tallyBy(scores, (f) => f.scheme)) process.stdout.write(line(scheme, t));
  process.stdout.write('wrong facts by what kept them from a gold fact\n');
  const byReason = new Map<MissReason, number>();
  for (const reason of reasons.values()) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  for (const [reason, count] of [...byReason].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${reason.padEnd(34)} ${count}\n`);
  process.stdout.write('precision by confidence band\n');
  for (const band of precisionByBand(scores)) {
    const name = `[${band.from.toFixed(2)}, ${band.to.toFixed(2)}${band.to === 1 ? ']' : ')'}`;
    process.stdout.write(`  ${name.padEnd(14)} precision ${precision(band).toFixed(3)} (${band.correct}/${band.predicted})\n`);
  }
  const high = atOrAbove(scores, 0.8);
  const total = totalScore(scores);
  const share = total.predicted === 0 ? 0 : high.predicted / total.predicted;
  process.stdout.write(`confidence >= 0.80: ${high.predicted} of ${total.predicted} facts (${share.toFixed(3)}), precision ${precision(high).toFixed(3)}\n`);
  process.stdout.write(`overall precision ${report.overall.precision.toFixed(3)} recall ${report.overall.recall.toFixed(3)}\n`);
  return 0;
}

if (process.argv[1] && /eval\.[tj]s$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
