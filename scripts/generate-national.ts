/**
 * `npx tsx scripts/generate-national.ts [DIR]`: a local D1 at national scale (every region of the
 * gazetteer × 10 policy years × 3 schemes × 25 keys, about 2.4 million facts, ~0.5 GB) in DIR
 * (default `.wrangler/national`), the store `npm run bench -- --only national` measures. To
 * explore it: `npx wrangler dev --local --persist-to DIR`. Needs Node 22 (node:sqlite).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyMigrations, d1SqlitePath, repoRoot } from '../bench/local-worker';
import { writeNationalData } from '../bench/national-data';

const dir = resolve(process.argv[2] ?? resolve(repoRoot, '.wrangler', 'national'));
if (existsSync(resolve(dir, 'v3', 'd1'))) {
  console.error(`${dir} already holds a local D1; give an empty directory.`);
  process.exit(1);
}
await applyMigrations(dir);
const started = performance.now();
const written = writeNationalData(d1SqlitePath(dir));
console.log(
  `${written.facts} facts of ${written.regions} regions in ${written.articles} articles, ${((performance.now() - started) / 1000).toFixed(1)} s: ${dir}`,
);
