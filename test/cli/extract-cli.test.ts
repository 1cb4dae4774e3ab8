/**
 * The extract CLI as a user runs it: `npm run --silent extract -- <file>` in the repo root. Stdout
 * carries only `{"facts":[...]}`; a bad input gets one stderr line and a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../scrapers/cli/article-file';
import { FACT_KEYS, SCHEMES, type Fact } from '../../scrapers/extract/index';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedsDir = join(repoRoot, '..', 'shared', 'corpus', 'seeds');
const fixturesDir = join(repoRoot, 'test', 'fixtures', 'articles');
const scratch = mkdtempSync(join(tmpdir(), 'yibao-extract-cli-'));
const SPAWN_TIMEOUT_MS = 60_000;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runExtract(...args: string[]): CliRun {
  const result = spawnSync('npm', ['run', '--silent', 'extract', '--', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function factsOf(run: CliRun): Fact[] {
  expect(run.stdout.endsWith('\n')).toBe(true);
  expect(run.stdout.trimEnd().includes('\n')).toBe(false);
  const parsed = JSON.parse(run.stdout) as { facts: Fact[] };
  expect(Object.keys(parsed)).toEqual(['facts']);
  expect(Array.isArray(parsed.facts)).toBe(true);
  return parsed.facts;
}

function expectWellFormed(fact: Fact, text: string): void {
  expect(fact.region).toMatch(/^\d{6}$/);
  expect(SCHEMES).toContain(fact.scheme);
  expect(Number.isInteger(fact.year)).toBe(true);
  expect(FACT_KEYS).toContain(fact.key);
  expect(fact.value).toBeDefined();
  expect(typeof fact.hedged).toBe('boolean');
  const { quote, start, end } = fact.evidence;
  expect(typeof quote).toBe('string');
  expect(quote.length).toBeGreaterThan(0);
  expect(text.slice(start, end)).toBe(quote);
}

/** One diagnostic line, no stack trace. */
function expectOneLineDiagnostic(run: CliRun): void {
  expect(run.status).not.toBe(0);
  expect(run.status).not.toBeNull();
  expect(run.stderr.trimEnd().length).toBeGreaterThan(0);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).toBe('');
}

const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];

describe.skipIf(seeds.length === 0)('extract CLI on the shared seed articles', () => {
  it.each(seeds)('prints only {"facts":[...]} for %s, each fact quoting the article body', (name) => {
    const path = join(seedsDir, name);
    const run = runExtract(path);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const facts = factsOf(run);
    expect(facts.length).toBeGreaterThan(0);
    const file = readFileSync(path, 'utf8');
    const body = file.slice(file.indexOf('\n') + 1);
    for (const fact of facts) expectWellFormed(fact, body);
  }, SPAWN_TIMEOUT_MS);
});

describe('extract CLI on HTML pages', () => {
  it('reads a 2025年度南宁市 resident notice from .html', () => {
    const path = join(fixturesDir, 'sample.html');
    const run = runExtract(path);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const facts = factsOf(run);
    const { text } = readArticleFile(path);
    for (const fact of facts) expectWellFormed(fact, text);
    expect(facts).toContainEqual(
      expect.objectContaining({
        region: '450100',
        scheme: 'resident',
        year: 2025,
        key: 'contribution.individual_annual',
        value: 400,
      }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({
        region: '450100',
        year: 2025,
        key: 'enrollment.window',
        value: { start: '2024-09-01', end: '2024-12-31' },
      }),
    );
  }, SPAWN_TIMEOUT_MS);

  it('prints camelCase members only, waiting tiers included', () => {
    const run = runExtract(join(repoRoot, 'data', 'sample', 'karamay-flexible-2025.html'));
    expect(run.status).toBe(0);
    const members = new Set<string>();
    JSON.parse(run.stdout, (key, value) => (key && members.add(key), value));
    expect([...members].filter((m) => m.includes('_'))).toEqual([]);
    expect(members).toContain('maxLapseDays');
  }, SPAWN_TIMEOUT_MS);

  it('gives a GBK-encoded page the same facts as its UTF-8 twin', () => {
    const gbkBytes = readFileSync(join(fixturesDir, 'sample-gbk.html'));
    // The fixture really is GBK: it is not valid UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(gbkBytes)).toThrow();
    const utf8 = runExtract(join(fixturesDir, 'sample.html'));
    const gbk = runExtract(join(fixturesDir, 'sample-gbk.html'));
    expect(gbk.status).toBe(0);
    expect(gbk.stderr).toBe('');
    expect(factsOf(gbk).length).toBeGreaterThan(0);
    expect(factsOf(gbk)).toEqual(factsOf(utf8));
  }, SPAWN_TIMEOUT_MS);
});

describe('extract CLI on bad input', () => {
  it('prints no facts for an empty file, or refuses it in one line', () => {
    const path = join(scratch, 'empty.txt');
    writeFileSync(path, '');
    const run = runExtract(path);
    if (run.status === 0) {
      expect(JSON.parse(run.stdout)).toEqual({ facts: [] });
      expect(run.stderr).toBe('');
    } else {
      expectOneLineDiagnostic(run);
    }
  }, SPAWN_TIMEOUT_MS);

  it('refuses a binary file in one stderr line without a stack trace', () => {
    const path = join(scratch, 'random.txt');
    const bytes = randomBytes(64 * 1024);
    for (let i = 0; i < bytes.length; i += 97) bytes[i] = 0;
    writeFileSync(path, bytes);
    expectOneLineDiagnostic(runExtract(path));
  }, SPAWN_TIMEOUT_MS);

  it('refuses 5 MB of text in one clear line, or finds nothing in it', () => {
    const path = join(scratch, 'huge.txt');
    const line = '2025年度城乡居民医保个人缴费标准为每人每年400元。\n';
    const repeats = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(line));
    writeFileSync(path, `超大文件\n${line.repeat(repeats)}`);
    const run = runExtract(path);
    if (run.status === 0) {
      expect(JSON.parse(run.stdout)).toEqual({ facts: [] });
    } else {
      expectOneLineDiagnostic(run);
      expect(run.stderr).toMatch(/MB/);
    }
  }, SPAWN_TIMEOUT_MS);

  it('names a missing file in one stderr line', () => {
    const path = join(scratch, 'no-such-article.txt');
    const run = runExtract(path);
    expectOneLineDiagnostic(run);
    expect(run.stderr).toContain('no-such-article.txt');
  }, SPAWN_TIMEOUT_MS);

  it('prints a usage line when given no file', () => {
    const run = runExtract();
    expectOneLineDiagnostic(run);
    expect(run.stderr).toMatch(/^usage:/);
  }, SPAWN_TIMEOUT_MS);
});
