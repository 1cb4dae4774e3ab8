/**
 * Bundle size: what `wrangler deploy --dry-run --outdir` would upload, raw and gzipped (the limit
 * Cloudflare applies is on the gzipped size; the target here is ≤ 1 MiB). The largest inputs
 * are printed to stderr so a miss points at what to shrink. The explorer's share is the part of
 * the bundle that comes from `functions/pages/` and the hono/jsx runtime only the pages use, cut
 * out of the bundle by esbuild's `// <input path>` markers and gzipped on its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runWrangler, tempDir } from './local-worker';
import type { BenchPart, Figure } from './part';

const KIB = 1024;

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

/** Bytes in the output per package (or per top-level folder of the repo). */
function largestInputs(metafile: Metafile, top = 8): [string, number][] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const owner = match ? match[1] : input.split('/').slice(0, 2).join('/');
      totals.set(owner, (totals.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/** Inputs that are in the bundle for the explorer alone. */
const EXPLORER_INPUT = /^(functions\/pages\/|node_modules\/hono\/dist\/(jsx|helper\/html)\/)/;

/** The explorer's code in the bundle: the module sections esbuild marks with its input path. */
export function explorerShare(bundle: string): { bytes: number; gzipBytes: number } {
  const sections = bundle.split(/^(?=\/\/ \S+\.[cm]?[jt]sx?$)/m);
  const ours = sections.filter((section) => EXPLORER_INPUT.test(section.slice(3, section.indexOf('\n'))));
  if (ours.length === 0) throw new Error('no explorer module found in the bundle (esbuild\'s input markers missing?)');
  const code = ours.join('');
  return { bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).length };
}

export const bundleBench: BenchPart = {
  name: 'bundle',
  async run(): Promise<Figure[]> {
    const out = await tempDir('bundle');
    try {
      const metafilePath = join(out.path, 'meta.json');
      await runWrangler(['deploy', '--dry-run', '--outdir', join(out.path, 'dist'), '--metafile', metafilePath]);
      const scripts = readdirSync(join(out.path, 'dist'), { recursive: true, encoding: 'utf8' })
        .map((name) => join(out.path, 'dist', name))
        .filter((path) => /\.(m?js|wasm)$/.test(path) && statSync(path).isFile());
      if (scripts.length === 0) throw new Error('wrangler wrote no script to upload');
      const bytes = scripts.reduce((sum, path) => sum + statSync(path).size, 0);
      const gzipBytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(path)).length, 0);

      const largest = largestInputs(JSON.parse(readFileSync(metafilePath, 'utf8')) as Metafile);
      process.stderr.write(`bench: bundle's largest inputs (raw KiB): ${largest.map(([name, size]) => `${name} ${(size / KIB).toFixed(0)}`).join(', ')}\n`);

      const explorer = explorerShare(scripts.filter((path) => /\.m?js$/.test(path)).map((path) => readFileSync(path, 'utf8')).join('\n'));
      return [
        { name: 'bundle.explorer_bytes', value: explorer.bytes, unit: 'B' },
        { name: 'bundle.explorer_gzip_kib', value: explorer.gzipBytes / KIB, unit: 'KiB' },
        { name: 'bundle.explorer_gzip_share', value: explorer.gzipBytes / gzipBytes, unit: 'fraction' },
        { name: 'bundle.bytes', value: bytes, unit: 'B' },
        { name: 'bundle.gzip_bytes', value: gzipBytes, unit: 'B' },
        { name: 'bundle.gzip_kib', value: gzipBytes / KIB, unit: 'KiB' },
      ];
    } finally {
      await out.remove();
    }
  },
};
