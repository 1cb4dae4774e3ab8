/**
 * `npm run eval [-- GOLD_DIR ARTICLE_DIR] [--verbose]`: precision and recall of the extractor on
 * articles with gold facts, per article and overall, by the matching rules of DOMAIN.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFacts } from '../extract/index';
import { precision, recall, scoreArticle, totalScore, type ArticleScore, type GoldFact } from '../extract/evaluate';
import { ArticleFileError, readArticleFile } from './article-file';

export interface EvalReport {
  articles: { name: string; score: ArticleScore }[];
  overall: { precision: number; recall: number };
}

export function evaluateCorpus(goldDir: string, articleDir: string): EvalReport {
  const articles: EvalReport['articles'] = [];
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { article: string; facts: GoldFact[] };
    const facts = extractFacts(readArticleFile(join(articleDir, gold.article)));
    articles.push({ name: gold.article, score: scoreArticle(facts, gold.facts) });
  }
  const total = totalScore(articles.map((a) => a.score));
  return { articles, overall: { precision: precision(total), recall: recall(total) } };
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
  for (const { name, score } of report.articles) {
    process.stdout.write(`${name} precision ${precision(score).toFixed(3)} recall ${recall(score).toFixed(3)}\n`);
    if (verbose) {
      for (const fact of score.missed) process.stdout.write(`  missed   ${JSON.stringify(fact)}\n`);
      for (const fact of score.spurious) process.stdout.write(`  spurious ${JSON.stringify(fact)}\n`);
    }
  }
  process.stdout.write(`overall precision ${report.overall.precision.toFixed(3)} recall ${report.overall.recall.toFixed(3)}\n`);
  return 0;
}

if (process.argv[1] && /eval\.[tj]s$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
