/**
 * `npm run bench [-- PART...]`: runs the benchmark parts, prints each figure as `name value unit`
 * and writes them to `bench/results.json`. A new part is a `bench/<part>.ts` exporting a
 * `BenchPart`, added to `PARTS` below. Naming parts runs only those; the figures of the others
 * are kept from the previous results.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractBench } from './extract';
import type { BenchPart, Figure } from './part';

export const PARTS: BenchPart[] = [extractBench];

const RESULTS_PATH = fileURLToPath(new URL('./results.json', import.meta.url));

export interface BenchResults {
  figures: Figure[];
  at: string;
}

export function formatFigure({ name, value, unit }: Figure): string {
  const shown = Number.isFinite(value) ? Number(value.toPrecision(4)).toString() : String(value);
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

async function main(argv: string[]): Promise<number> {
  const wanted = argv.filter((arg) => !arg.startsWith('-'));
  const unknown = wanted.filter((name) => !PARTS.some((part) => part.name === name));
  if (unknown.length) {
    process.stderr.write(`bench: unknown part ${unknown.join(', ')}; parts are ${PARTS.map((p) => p.name).join(', ')}\n`);
    return 2;
  }
  const parts = wanted.length ? PARTS.filter((part) => wanted.includes(part.name)) : PARTS;

  const figures: Figure[] = [];
  for (const part of parts) {
    try {
      for (const figure of await part.run()) {
        process.stdout.write(`${formatFigure(figure)}\n`);
        figures.push(figure);
      }
    } catch (error) {
      process.stderr.write(`bench: ${part.name} failed: ${(error as Error).message ?? error}\n`);
      return 1;
    }
  }

  const measured = new Set(parts.map((part) => part.name));
  const kept = wanted.length
    ? previousFigures().filter((figure) => !measured.has(figure.name.split('.')[0]))
    : [];
  const results: BenchResults = { figures: [...kept, ...figures], at: new Date().toISOString() };
  writeFileSync(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
  return 0;
}

if (process.argv[1] && /run\.[tj]s$/.test(process.argv[1])) process.exitCode = await main(process.argv.slice(2));
