/**
 * `npm run bench [-- PART... | --only PART,PART]`: runs the benchmark parts, prints each figure as
 * `name value unit` and writes them to `bench/results.json`. A new part is a `bench/<part>.ts`
 * exporting a `BenchPart`, added to `PARTS` below. Naming parts runs only those; the figures of
 * the others are kept from the previous results. A figure that could not be measured (a route
 * not registered yet) prints as `n/a` and is stored as null.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleBench } from './bundle';
import { explorerBench } from './explorer';
import { extractBench } from './extract';
import { hostileBench } from './hostile';
import { httpBench } from './http';
import { nationalBench } from './national';
import { profileBench } from './profile';
import type { BenchPart, Figure } from './part';
import { scrapeBench } from './scrape';

export const PARTS: BenchPart[] = [extractBench, httpBench, explorerBench, nationalBench, scrapeBench, bundleBench, hostileBench];
/** Parts run only when named: diagnostics rather than figures to track. */
export const NAMED_ONLY: BenchPart[] = [profileBench];

const RESULTS_PATH = fileURLToPath(new URL('./results.json', import.meta.url));

export interface BenchResults {
  figures: Figure[];
  at: string;
}

export function formatFigure({ name, value, unit }: Figure): string {
  // Counts (bytes, rows) print whole; measured quantities to four significant digits.
  const shown = Number.isNaN(value) ? 'n/a' : Number.isInteger(value) ? String(value) : Number.isFinite(value) ? Number(value.toPrecision(4)).toString() : String(value);
  return `${name} ${shown} ${unit}`;
}

function previousFigures(): Figure[] {
  if (!existsSync(RESULTS_PATH)) return [];
  try {
    return (JSON.parse(readFileSync(RESULTS_PATH, 'utf8')) as BenchResults).figures ?? [];
  } catch {
    return [];
  }
}

/** Part names from `PART...` and `--only a,b` (or `--only=a,b`). */
export function wantedParts(argv: string[]): string[] {
  const wanted: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only') wanted.push(...(argv[++i] ?? '').split(','));
    else if (arg.startsWith('--only=')) wanted.push(...arg.slice('--only='.length).split(','));
    else if (!arg.startsWith('-')) wanted.push(...arg.split(','));
  }
  return wanted.map((name) => name.trim()).filter(Boolean);
}

async function main(argv: string[]): Promise<number> {
  const wanted = wantedParts(argv);
  const known = [...PARTS, ...NAMED_ONLY];
  const unknown = wanted.filter((name) => !known.some((part) => part.name === name));
  if (unknown.length) {
    process.stderr.write(`bench: unknown part ${unknown.join(', ')}; parts are ${known.map((p) => p.name).join(', ')}\n`);
    return 2;
  }
  const parts = wanted.length ? known.filter((part) => wanted.includes(part.name)) : PARTS;

  const figures: Figure[] = [];
  const failed: string[] = [];
  for (const part of parts) {
    try {
      for (const figure of await part.run()) {
        process.stdout.write(`${formatFigure(figure)}\n`);
        figures.push(figure);
      }
    } catch (error) {
      // The other parts still run: one broken part should not cost the figures of the rest.
      process.stderr.write(`bench: ${part.name} failed: ${(error as Error).message ?? error}\n`);
      failed.push(part.name);
    }
  }

  // Figures of parts not run this time are kept; a part that failed loses its old figures.
  const ran = new Set(parts.map((part) => part.name));
  const kept = wanted.length ? previousFigures().filter((figure) => !ran.has(figure.name.split('.')[0])) : [];
  const results: BenchResults = { figures: [...kept, ...figures], at: new Date().toISOString() };
  writeFileSync(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
  return failed.length ? 1 : 0;
}

if (process.argv[1] && /run\.[tj]s$/.test(process.argv[1])) process.exitCode = await main(process.argv.slice(2));
