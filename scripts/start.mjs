#!/usr/bin/env node
/**
 * `npm start`: the Worker locally, with its cron, on a local D1.
 *
 *   1. applies `db/migrations` to the local D1 (`.wrangler/state`);
 *   2. once the Worker answers, loads the bundled sample (`data/sample/*.html`) through its import
 *      route, so a fresh checkout has data to serve;
 *   3. runs `wrangler dev` with `--test-scheduled`, so `GET /__scheduled?cron=...` fires the cron;
 *   4. makes sure webhook secrets are sealed under the SECRETS_KEY in use (`/v1/admin/secrets/reseal`).
 *
 * Environment (local defaults in brackets):
 *   PORT [8787]  HOST [127.0.0.1; use 0.0.0.0 to be reachable from outside a container]
 *   ADMIN_TOKEN [dev-admin-token]  ALLOW_PRIVATE_URLS [true]
 *   RATE_LIMIT_PER_MINUTE [wrangler.toml's, 120; 0 turns it off]
 *   SECRETS_KEY [the one in .dev.vars, made there on the first start: base64 of 32 random bytes]
 *
 * Wrangler runs on the Node that runs this script (`npm start` puts the `node` devDependency,
 * Node 22, first on PATH). Ctrl-C / SIGTERM are forwarded so wrangler and workerd stop too.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wranglerBin = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin', 'wrangler.js');

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`yibao needs Node 22 or newer (this is ${process.version}); run it with \`npm start\`.`);
  process.exit(1);
}

const port = process.env.PORT || '8787';
const host = process.env.HOST || '127.0.0.1';
const adminToken = process.env.ADMIN_TOKEN || 'dev-admin-token';
const allowPrivateUrls = process.env.ALLOW_PRIVATE_URLS || 'true';
const rateLimit = process.env.RATE_LIMIT_PER_MINUTE;
if (rateLimit !== undefined && !/^\d+$/.test(rateLimit)) {
  console.error(`RATE_LIMIT_PER_MINUTE must be a whole number (0 turns the limit off), not ${JSON.stringify(rateLimit)}.`);
  process.exit(1);
}
if (!process.env.SECRETS_KEY) await ensureLocalSecretsKey();
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' };

let child = null;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopping = true;
    if (child && child.exitCode === null) child.kill(signal);
    else process.exit(130);
  });
}

/** Runs wrangler with `args`; resolves with its exit code. */
function wrangler(args) {
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, [wranglerBin, ...args], { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const migrated = await wrangler(['d1', 'migrations', 'apply', 'DB', '--local']);
if (migrated !== 0 || stopping) process.exit(migrated || 130);

console.log(`yibao: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}  (admin token: ${adminToken})`);
const server = wrangler([
  'dev',
  '--port', port,
  '--ip', host,
  '--test-scheduled',
  '--var', `ADMIN_TOKEN:${adminToken}`,
  '--var', `ALLOW_PRIVATE_URLS:${allowPrivateUrls}`,
  ...(rateLimit !== undefined ? ['--var', `RATE_LIMIT_PER_MINUTE:${rateLimit}`] : []),
  ...(process.env.SECRETS_KEY ? ['--var', `SECRETS_KEY:${process.env.SECRETS_KEY}`] : []),
]);
loadBundledSample()
  .then(resealSecrets)
  .catch((error) => console.error(`yibao: the bundled sample was not loaded: ${error.message}`));
const code = await server;
process.exit(stopping ? 0 : code);

/**
 * Loads `data/sample/*.html` through the running Worker's own import route, so the sample goes
 * through the real adapters and extractor. Unchanged pages are recognised and not stored twice.
 */
async function loadBundledSample() {
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`${base}/health`).then((r) => r.ok, () => false))) {
    if (stopping || Date.now() > deadline) throw new Error('the Worker did not become healthy within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const dir = join(root, 'data', 'sample');
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
  const summary = { new: 0, changed: 0, unchanged: 0, facts: 0 };
  for (const page of index.pages) {
    const response = await fetch(`${base}/v1/admin/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: index.baseUrl + page.file, adapter: page.adapter, ...(page.trust ? { trust: page.trust } : {}), html: await readFile(join(dir, page.file), 'utf8') }),
    });
    const result = await response.json();
    if (!response.ok) throw new Error(`${page.file}: ${result.detail ?? response.status}`);
    summary[result.outcome]++;
    summary.facts += result.facts;
  }
  const files = index.pages;
  console.log(`yibao: bundled sample loaded (${files.length} pages: ${summary.new} new, ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.facts} facts written)`);
}

/**
 * `.dev.vars` (git-ignored; wrangler dev reads it) keeps the local SECRETS_KEY, made on the first
 * start, so webhook secrets sealed in one session open in the next.
 */
async function ensureLocalSecretsKey() {
  const path = join(root, '.dev.vars');
  const current = existsSync(path) ? await readFile(path, 'utf8') : '';
  if (/^SECRETS_KEY\s*=/m.test(current)) return;
  const line = `SECRETS_KEY="${randomBytes(32).toString('base64')}"\n`;
  await appendFile(path, (current && !current.endsWith('\n') ? '\n' : '') + line, { mode: 0o600 });
  console.log('yibao: made a local SECRETS_KEY in .dev.vars (it seals webhook secrets at rest)');
}

/** Seals any webhook secret stored before sealing, or under another key, with the key in use. */
async function resealSecrets() {
  const response = await fetch(`http://127.0.0.1:${port}/v1/admin/secrets/reseal`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } });
  const result = await response.json();
  if (!response.ok) throw new Error(`resealing webhook secrets: ${result.detail ?? response.status}`);
  if (result.resealed > 0) console.log(`yibao: ${result.resealed} of ${result.total} webhook secrets sealed under the current SECRETS_KEY`);
}
