/**
 * `npx tsx scripts/confidence-signals.ts GOLD_DIR ARTICLE_DIR`: every extracted fact with the
 * signals its confidence was made of and whether it matched the gold, as TSV, for calibrating
 * scrapers/extract/confidence.ts on a corpus with gold labels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { confidenceSignalsOf, extractFacts } from '../scrapers/extract/index';
import { factMatches, type GoldFact } from '../scrapers/extract/evaluate';
import { readArticleFile } from '../scrapers/cli/article-file';

const [goldDir = '../shared/corpus/gold', articleDir = '../shared/corpus/seeds'] = process.argv.slice(2);
process.stdout.write('right\tconfidence\tkey\twording\tregion\tyear\thedged\tsnippet\tforeign\tregions\tarticle\n');
for (const file of readdirSync(resolve(goldDir)).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(resolve(goldDir), file), 'utf8')) as { article: string; facts: GoldFact[] };
  for (const fact of extractFacts(readArticleFile(join(resolve(articleDir), gold.article)))) {
    const s = confidenceSignalsOf(fact);
    const right = gold.facts.some((g) => factMatches(fact, g)) ? 1 : 0;
    process.stdout.write([right, fact.confidence, fact.key, s?.wording, s?.region, s?.year, s?.hedged, s?.snippet, s?.foreignRegion, s?.regions, gold.article].join('\t') + '\n');
  }
}
