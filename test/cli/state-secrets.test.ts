/**
 * `scripts/scan-state-secrets.mjs` and what it proves: `wrangler dev` on a local D1 of its own is
 * given webhook secrets (created and rotated, by the admin and by a subscriber) and API keys, is
 * stopped, and then every file it kept (D1 and Durable Object SQLite with WAL and shm, KV blobs,
 * the local trace store) is read byte by byte for each of them in every encoding.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, BENCH_ADMIN_TOKEN, BENCH_SECRETS_KEY, repoRoot, startLocalWorker, tempDir, type LocalWorker } from '../../bench/local-worker';
import { formsOf, scanForSecrets } from '../../scripts/scan-state-secrets.mjs';

type Scan = (dir: string, secrets: string[]) => { files: number; bytes: number; forms: number; findings: { file: string; secret: string; form: string }[] };
const scan = scanForSecrets as Scan;
const script = join(repoRoot, 'scripts', 'scan-state-secrets.mjs');

const WHSEC = 'whsec_MfKQ9r5Lh8VYqZ2wF0jT3nUeXcA1bD4g';
const API_KEY = 'yb_Ab3dEf9h_Q7wErTy2UiOp4AsDfGh6JkLzXcV8bN';

describe('scan-state-secrets', () => {
  const dirs: { remove: () => Promise<void> }[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => d.remove())));

  it('finds a secret written plainly, in UTF-16, hex, base64 at every alignment, and a whsec_ key as raw bytes', async () => {
    const dir = await tempDir('scan-forms');
    dirs.push(dir);
    const raw = Buffer.from(WHSEC.slice('whsec_'.length), 'base64');
    const cases: [string, Buffer][] = [
      ['plain.sqlite', Buffer.concat([Buffer.from([0, 1, 2, 3]), Buffer.from(`x${WHSEC}y`)])],
      ['utf16.bin', Buffer.from(`--${WHSEC}--`, 'utf16le')],
      ['hex.txt', Buffer.from(`0x${Buffer.from(API_KEY).toString('hex')}`)],
      ['b64-0.txt', Buffer.from(Buffer.from(API_KEY).toString('base64'))],
      ['b64-1.txt', Buffer.from(Buffer.from(`a${API_KEY}z`).toString('base64'))],
      ['b64-2.txt', Buffer.from(Buffer.from(`ab${API_KEY}yz`).toString('base64url'))],
      ['raw-key.bin', Buffer.concat([Buffer.alloc(7, 0xff), raw, Buffer.alloc(3)])],
      ['secret-part.txt', Buffer.from(`hash of ${API_KEY.split('_')[2]}`)],
    ];
    mkdirSync(join(dir.path, 'v3', 'nested'), { recursive: true });
    for (const [name, bytes] of cases) writeFileSync(join(dir.path, 'v3', 'nested', name), bytes);
    writeFileSync(join(dir.path, 'clean.sqlite'), Buffer.from('sealed:v1:k1:abc:def yb_Ab3dEf9h_ whsec_…bD4g'));

    const { files, findings } = scan(dir.path, [WHSEC, API_KEY]);
    expect(files).toBe(cases.length + 1);
    const found = new Set(findings.map((f) => f.file.split('/').pop()));
    expect([...found].sort()).toEqual(cases.map(([name]) => name).sort());
    expect(formsOf(WHSEC).map((f: { form: string }) => f.form)).toContain('whsec key bytes');

    const cli = spawnSync(process.execPath, [script, '--dir', dir.path, '-'], { input: `${WHSEC}\n${API_KEY}\n`, encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain('FOUND whsec_MfKQ');
    expect(cli.stdout).not.toContain(WHSEC);
    const clean = spawnSync(process.execPath, [script, '--dir', dir.path, 'not-in-there-at-all'], { encoding: 'utf8' });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('none found');
    expect(spawnSync(process.execPath, [script, '--dir', dir.path], { encoding: 'utf8' }).status).toBe(2);
  });

  it('finds no webhook secret, previous secret, API key or SECRETS_KEY in what wrangler dev keeps on disk', { timeout: 240_000 }, async () => {
    const state = await tempDir('scan-state');
    dirs.push(state);
    await applyMigrations(state.path);
    let worker: LocalWorker | undefined = await startLocalWorker(state.path);
    const secrets: string[] = [];
    const call = async (path: string, init: { method?: string; token?: string; json?: unknown } = {}) => {
      const res = await fetch(`${worker!.proxyBase}${path}`, {
        method: init.method ?? (init.json ? 'POST' : 'GET'),
        headers: { authorization: `Bearer ${init.token ?? BENCH_ADMIN_TOKEN}`, ...(init.json ? { 'content-type': 'application/json' } : {}) },
        body: init.json ? JSON.stringify(init.json) : undefined,
      });
      const body = (await res.json()) as Record<string, unknown>;
      if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return body;
    };
    try {
      const keyA = (await call('/v1/admin/api-keys', { json: { name: 'scan-a' } })).key as string;
      const keyB = (await call('/v1/admin/api-keys', { json: { name: 'scan-b' } })).key as string;
      secrets.push(keyA, keyB);
      const byAdmin = await call('/v1/admin/webhooks', { json: { url: 'http://127.0.0.1:9/scan-admin-hook', regions: ['450000'] } });
      const byKey = await call('/v1/webhooks', { token: keyA, json: { url: 'http://127.0.0.1:9/scan-subscriber-hook' } });
      secrets.push(byAdmin.secret as string, byKey.secret as string);
      // Each rotation keeps the old secret as the previous one, sealed too.
      secrets.push((await call(`/v1/admin/webhooks/${byAdmin.id}/rotate`, { method: 'POST' })).secret as string);
      secrets.push((await call(`/v1/webhooks/${byKey.id}/rotate`, { token: keyA, method: 'POST' })).secret as string);
      await call('/v1/webhooks', { token: keyB });
      await call('/v1/admin/secrets/reseal', { method: 'POST' });
    } finally {
      await worker.stop();
      worker = undefined;
    }
    expect(secrets.every((s) => /^(whsec_|yb_)/.test(s))).toBe(true);

    const result = scan(state.path, [...secrets, BENCH_SECRETS_KEY]);
    expect(result.files).toBeGreaterThan(3);
    expect(result.findings).toEqual([]);
    // The scan does read the database: what is stored in the clear by design is found.
    const stored = scan(state.path, ['scan-subscriber-hook', secrets[0].split('_').slice(0, 2).join('_')]);
    expect(new Set(stored.findings.map((f) => f.secret))).toEqual(new Set(['scan-subscriber-hook', secrets[0].split('_').slice(0, 2).join('_')]));
  });
});
