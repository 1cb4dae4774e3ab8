/**
 * Extraction speed: per seed article, per 100 KB of text, on a 20 KB article (target < 20 ms), how a
 * long line with no stops, and a paragraph of one scope's figures repeated, grow from 25 KB to 100 KB
 * (1 is linear, target < 2), and
 * relative to the bare cost of turning the same page's HTML into text with cheerio.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { readArticleFile } from '../scrapers/cli/article-file';
import { extractFacts } from '../scrapers/extract/index';
import type { ArticleInput } from '../scrapers/extract/types';
import { median, medianMs, type BenchPart, type Figure } from './part';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_SEEDS_DIR = join(repoRoot, '..', 'shared', 'corpus', 'seeds');
const RUNS = 30;
const KB = 1024;

function loadSeeds(dir: string): ArticleInput[] {
  if (!existsSync(dir)) throw new Error(`extract bench: no seed articles at ${dir} (set BENCH_SEEDS_DIR)`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`extract bench: no .txt seed articles in ${dir}`);
  return files.map((f) => readArticleFile(join(dir, f)));
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Seed bodies joined line by line until the text holds `bytes` of UTF-8, cut at a line end. */
export function articleOfSize(seeds: ArticleInput[], bytes: number): ArticleInput {
  const lines = seeds.flatMap((seed) => seed.text.split('\n'));
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = lines[i % lines.length];
    const cost = utf8Bytes(line) + 1;
    if (size + cost > bytes && size > 0) break;
    out.push(line);
    size += cost;
  }
  return { title: seeds[0].title, text: out.join('\n') };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article as a plain page: a title and one paragraph per line. */
export function asSimpleHtml({ title, text }: ArticleInput): string {
  const paragraphs = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>\n${paragraphs}\n</body></html>`;
}

export const extractBench: BenchPart = {
  name: 'extract',
  run(): Figure[] {
    const seeds = loadSeeds(process.env.BENCH_SEEDS_DIR ?? DEFAULT_SEEDS_DIR);

    const perArticle = seeds.map((seed) => medianMs(() => extractFacts(seed), { runs: RUNS }));

    const large = articleOfSize(seeds, 100 * KB);
    const largeMs = medianMs(() => extractFacts(large), { runs: RUNS });
    const per100kb = largeMs * ((100 * KB) / utf8Bytes(large.text));

    const twentyKb = articleOfSize(seeds, 20 * KB);
    const twentyKbMs = medianMs(() => extractFacts(twentyKb), { runs: RUNS });

    // A long line with no stop (a page whose text lost its punctuation): 100 KB costs about four times 25 KB
    // when reading stays linear; the figure is that ratio over four (1 is linear, the target is under 2).
    const noStops = (bytes: number) => {
      const text = seeds.map((seed) => seed.text).join('').replace(/[。;;,,.!?!?\n]/g, '');
      let line = '';
      while (utf8Bytes(line) < bytes) line += text;
      return { title: seeds[0].title, text: line.slice(0, Math.floor(line.length * (bytes / utf8Bytes(line)))) };
    };
    const [quarter, whole] = [noStops(25 * KB), noStops(100 * KB)];
    const longLineGrowth = medianMs(() => extractFacts(whole), { runs: 3 }) / medianMs(() => extractFacts(quarter), { runs: 3 }) / 4;
    // …and a paragraph that states one scope's figures again and again, commas and all: thousands of values
    // for one region and year, each part's figures weighed against the others' (sums read as totals).
    const dense = (bytes: number) => {
      const unit = '(2026年1月1日起,城乡居民医保个人缴费标准为每人每年400元,财政补助700元,灵活就业人员参加职工医保按9%缴纳';
      return { title: '2027年某市医保', text: unit.repeat(Math.ceil(bytes / utf8Bytes(unit))) };
    };
    const [denseQuarter, denseWhole] = [dense(25 * KB), dense(100 * KB)];
    const denseGrowth = medianMs(() => extractFacts(denseWhole), { runs: 3 }) / medianMs(() => extractFacts(denseQuarter), { runs: 3 }) / 4;

    const ratios = seeds.map((seed) => {
      const html = asSimpleHtml(seed);
      const cheerioMs = medianMs(() => cheerio.load(html).text(), { runs: RUNS });
      const extractMs = medianMs(() => extractFacts(seed), { runs: RUNS });
      return extractMs / cheerioMs;
    });

    return [
      { name: 'extract.median_ms_per_article', value: median(perArticle), unit: 'ms' },
      { name: 'extract.ms_per_100kb', value: per100kb, unit: 'ms' },
      { name: 'extract.median_ms_20kb_article', value: twentyKbMs, unit: 'ms' },
      { name: 'extract.ratio_to_cheerio_text', value: median(ratios), unit: 'x' },
      { name: 'extract.long_line_growth', value: longLineGrowth, unit: 'x' },
      { name: 'extract.dense_paragraph_growth', value: denseGrowth, unit: 'x' },
    ];
  },
};
