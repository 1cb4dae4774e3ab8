/**
 * Trust and access inside workerd: subscriber API keys, webhooks scoped to their key, the audit
 * log, signing secrets sealed at rest (and resealed under a new SECRETS_KEY), and the rate limit
 * counted by the RateLimiter Durable Object.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../../functions/app';
import { deliverDueWebhooks } from '../../functions/webhooks/deliver';
import { newSecretsKey } from '../../core/sealed-secret';
import { admin, api, fixtureSite, type FixtureSite } from '../support/worker';

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
});

interface Key {
  id: number;
  name: string;
  key: string;
}

async function makeKey(name: string): Promise<Key> {
  const res = await admin('/v1/admin/api-keys', { method: 'POST', json: { name } });
  expect(res.status).toBe(201);
  return (await res.json()) as Key;
}

function asKey(key: string, path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${key}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  return api(path, { ...init, headers, body });
}

async function expectProblem(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as { code: string; status: number };
  expect(body.code).toBe(code);
  return body;
}

/** Every text value in every table of the test D1, to look for secrets in the clear. */
async function everyStoredText(): Promise<string> {
  const tables = await env.DB.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%'").all<{ name: string }>();
  let all = '';
  for (const { name } of tables.results) {
    const rows = await env.DB.prepare(`select * from "${name}"`).all();
    all += JSON.stringify(rows.results);
  }
  return all;
}

describe('subscriber API keys', () => {
  it('shows a key once, stores only its hash, lists it with a hint and its last use, and revokes it', async () => {
    const made = await makeKey('acme-hr');
    expect(made.key).toMatch(/^yb_[A-Za-z0-9]{8}_[A-Za-z0-9]{32}$/);
    expect(await everyStoredText()).not.toContain(made.key);

    expect((await asKey(made.key, '/v1/webhooks')).status).toBe(200);
    const { apiKeys } = (await (await admin('/v1/admin/api-keys?limit=200')).json()) as { apiKeys: { id: number; hint: string; lastUsedAt: string | null; revokedAt: string | null }[] };
    const listed = apiKeys.find((k) => k.id === made.id)!;
    expect(listed.hint).toBe(`${made.key.slice(0, 12)}…${made.key.slice(-4)}`);
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(apiKeys)).not.toContain(made.key);

    expect((await admin(`/v1/admin/api-keys/${made.id}`, { method: 'DELETE' })).status).toBe(204);
    const refused = await expectProblem(await asKey(made.key, '/v1/webhooks'), 401, 'unauthorized');
    expect(JSON.stringify(refused)).toMatch(/revoked/);
    await expectProblem(await admin('/v1/admin/api-keys/999999', { method: 'DELETE' }), 404, 'not-found');
  });

  it('refuses /v1/webhooks without a key, with a wrong key and with the admin token', async () => {
    await expectProblem(await api('/v1/webhooks'), 401, 'unauthorized');
    await expectProblem(await asKey('yb_AAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB', '/v1/webhooks'), 401, 'unauthorized');
    const made = await makeKey('typo');
    await expectProblem(await asKey(made.key.slice(0, -1) + (made.key.endsWith('a') ? 'b' : 'a'), '/v1/webhooks'), 401, 'unauthorized');
    await expectProblem(await asKey('test-admin-token', '/v1/webhooks', { method: 'POST', json: { url: 'https://a.example.com/' } }), 401, 'unauthorized');
  });
});

describe('webhooks scoped to a key', () => {
  it('lets key A manage its webhook and hides it from key B (404, never listed); the admin sees it', async () => {
    const a = await makeKey('a');
    const b = await makeKey('b');
    const url = await site.page('/scoped-receiver', 'ok', 'text/plain');
    const created = await asKey(a.key, '/v1/webhooks', { method: 'POST', json: { url, regions: ['450000'] } });
    expect(created.status).toBe(201);
    const hook = (await created.json()) as { id: number; secret: string; apiKeyId: number };
    expect(hook.secret).toMatch(/^whsec_/);
    expect(hook.apiKeyId).toBe(a.id);
    expect(created.headers.get('location')).toBe(`/v1/webhooks/${hook.id}`);

    const listOf = async (key: string) => ((await (await asKey(key, '/v1/webhooks')).json()) as { webhooks: { id: number }[] }).webhooks.map((w) => w.id);
    expect(await listOf(a.key)).toEqual([hook.id]);
    expect(await listOf(b.key)).toEqual([]);
    for (const [path, init] of [
      [`/v1/webhooks/${hook.id}`, {}],
      [`/v1/webhooks/${hook.id}`, { method: 'PATCH', json: { enabled: false } }],
      [`/v1/webhooks/${hook.id}/rotate`, { method: 'POST' }],
      [`/v1/webhooks/${hook.id}/deliveries`, {}],
      [`/v1/webhooks/${hook.id}/deliveries/1/replay`, { method: 'POST' }],
      [`/v1/webhooks/${hook.id}`, { method: 'DELETE' }],
    ] as const) {
      await expectProblem(await asKey(b.key, path, init), 404, 'not-found');
    }
    const own = await asKey(a.key, `/v1/webhooks/${hook.id}`);
    expect(own.status).toBe(200);
    expect(((await own.json()) as { enabled: boolean }).enabled).toBe(true);

    const seen = (await (await admin(`/v1/admin/webhooks/${hook.id}`)).json()) as { apiKeyId: number };
    expect(seen.apiKeyId).toBe(a.id);

    const rotated = await asKey(a.key, `/v1/webhooks/${hook.id}/rotate`, { method: 'POST' });
    expect(rotated.status).toBe(200);
    expect(((await rotated.json()) as { secret: string }).secret).not.toBe(hook.secret);
    expect((await asKey(a.key, `/v1/webhooks/${hook.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin(`/v1/admin/webhooks/${hook.id}`)).status).toBe(404);
  });

  it('records who changed what in the audit log', async () => {
    const a = await makeKey('audited');
    const url = await site.page('/audited-receiver', 'ok', 'text/plain');
    const hook = (await (await asKey(a.key, '/v1/webhooks', { method: 'POST', json: { url } })).json()) as { id: number };
    await asKey(a.key, `/v1/webhooks/${hook.id}`, { method: 'PATCH', json: { regions: ['450000'] } });
    await asKey(a.key, '/v1/webhooks', { method: 'POST', json: { url: 'ftp://nope' } });

    const res = await admin(`/v1/admin/audit?actor=api-key:${a.id}`);
    expect(res.status).toBe(200);
    const { entries } = (await res.json()) as { entries: { actor: string; action: string; target: string; status: number; at: string }[] };
    expect(entries.map((e) => [e.action, e.target, e.status])).toEqual([
      ['PATCH /v1/webhooks/{id}', `/v1/webhooks/${hook.id}`, 200],
      ['POST /v1/webhooks', `/v1/webhooks/${hook.id}`, 201],
    ]);
    expect(entries.every((e) => e.actor === `api-key:${a.id}` && !Number.isNaN(Date.parse(e.at)))).toBe(true);

    const adminEntries = (await (await admin('/v1/admin/audit?actor=admin&limit=200')).json()) as { entries: { action: string; target: string }[] };
    expect(adminEntries.entries).toContainEqual(expect.objectContaining({ action: 'POST /v1/admin/api-keys', target: `/v1/admin/api-keys/${a.id}` }));
  });
});

describe('sealed webhook secrets', () => {
  it('stores no signing secret in the clear, and signs with it after a SECRETS_KEY rotation and reseal', async () => {
    const url = await site.page('/sealed-receiver', 'ok', 'text/plain');
    const created = (await (await admin('/v1/admin/webhooks', { method: 'POST', json: { url, regions: ['450900'] } })).json()) as { id: number; secret: string };
    const stored = await env.DB.prepare('select secret from webhook_subscriptions where id = ?').bind(created.id).first<{ secret: string }>();
    expect(stored!.secret).toMatch(/^sealed:v1:[0-9a-f]{8}:/);
    expect(await everyStoredText()).not.toContain(created.secret);
    expect(await everyStoredText()).not.toContain(created.secret.slice('whsec_'.length));

    // The operator rotates SECRETS_KEY: the new key, with the old one as SECRETS_KEY_PREVIOUS, then reseals.
    const rotatedEnv = { ...env, SECRETS_KEY: newSecretsKey(), SECRETS_KEY_PREVIOUS: env.SECRETS_KEY };
    const ctx = createExecutionContext();
    const resealed = await app.fetch(new Request('http://yibao.test/v1/admin/secrets/reseal', { method: 'POST', headers: { authorization: 'Bearer test-admin-token' } }), rotatedEnv, ctx);
    await waitOnExecutionContext(ctx);
    expect(resealed.status).toBe(200);
    expect(((await resealed.json()) as { resealed: number }).resealed).toBeGreaterThanOrEqual(1);
    const after = await env.DB.prepare('select secret from webhook_subscriptions where id = ?').bind(created.id).first<{ secret: string }>();
    expect(after!.secret).not.toBe(stored!.secret);

    // A change to 玉林 (450900) is delivered signed with the secret the subscriber holds, opened under the new key only.
    const imported = await admin('/v1/admin/articles', {
      method: 'POST',
      json: { url: 'https://ybj.yulin.example.gov.cn/sealed.html', title: '玉林市2031年城乡居民医保', text: '2031年度玉林市城乡居民医保个人缴费标准为每人每年455元。' },
    });
    expect(imported.status).toBe(201);
    const report = await deliverDueWebhooks({ ...rotatedEnv, SECRETS_KEY_PREVIOUS: undefined });
    expect(report.delivered).toBeGreaterThanOrEqual(1);
    const [request] = (await site.requests('/sealed-receiver')).requests;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Number(request.headers['webhook-timestamp']) * 1000);
    try {
      expect((new Webhook(created.secret).verify(request.body ?? '', request.headers) as { type: string }).type).toBe('rule.changed');
    } finally {
      vi.useRealTimers();
    }
    await admin(`/v1/admin/webhooks/${created.id}`, { method: 'DELETE' });
  });

  it('answers 503 naming SECRETS_KEY when it is not set, and stores nothing', async () => {
    const ctx = createExecutionContext();
    const before = await env.DB.prepare('select count(*) as n from webhook_subscriptions').first<{ n: number }>();
    const res = await app.fetch(
      new Request('http://yibao.test/v1/admin/webhooks', { method: 'POST', headers: { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' }, body: JSON.stringify({ url: 'https://a.example.com/hook' }) }),
      { ...env, SECRETS_KEY: undefined },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    const body = await expectProblem(res, 503, 'unavailable');
    expect(JSON.stringify(body)).toContain('SECRETS_KEY');
    expect((await env.DB.prepare('select count(*) as n from webhook_subscriptions').first<{ n: number }>())!.n).toBe(before!.n);
  });
});

describe('rate limits', () => {
  const limited = { ...env, RATE_LIMIT_PER_MINUTE: '30' };
  async function send(path: string, headers: Record<string, string>, e: typeof env = limited): Promise<Response> {
    const ctx = createExecutionContext();
    const res = await app.fetch(new Request(`http://yibao.test${path}`, { headers }), e, ctx);
    await waitOnExecutionContext(ctx);
    return res;
  }

  it('answers the 31st of 45 quick requests from one address with a 429 problem and Retry-After', async () => {
    const statuses: number[] = [];
    let tooMany: Response | undefined;
    for (let i = 0; i < 45; i++) {
      const res = await send('/v1/regions?q=450200', { 'cf-connecting-ip': '198.51.100.7' });
      statuses.push(res.status);
      if (res.status === 429) tooMany ??= res;
      else await res.body?.cancel();
    }
    expect(statuses.filter((s) => s === 200).length).toBe(30);
    expect(statuses.filter((s) => s === 429).length).toBe(15);
    expect(statuses.indexOf(429)).toBe(30);
    const body = await expectProblem(tooMany!, 429, 'rate-limited');
    expect(Number(tooMany!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(body)).toContain('30');
    // A page calling the API from another origin can read how long to wait.
    expect(tooMany!.headers.get('access-control-expose-headers')?.split(',')).toEqual(expect.arrayContaining(['retry-after', 'ratelimit-limit', 'ratelimit-remaining']));
  });

  it('counts each API key apart from its address, leaves admin routes alone, and is off at 0', async () => {
    const made = await makeKey('busy');
    for (let i = 0; i < 30; i++) await (await send('/v1/regions?q=450200', { 'cf-connecting-ip': '198.51.100.8' })).body?.cancel();
    expect((await send('/v1/regions?q=450200', { 'cf-connecting-ip': '198.51.100.8' })).status).toBe(429);
    expect((await send('/v1/regions?q=450200', { 'cf-connecting-ip': '198.51.100.8', authorization: `Bearer ${made.key}` })).status).toBe(200);
    expect((await send('/v1/admin/sources', { 'cf-connecting-ip': '198.51.100.8', authorization: 'Bearer test-admin-token' })).status).toBe(200);
    expect((await send('/v1/regions?q=450200', { 'cf-connecting-ip': '198.51.100.8' }, { ...env, RATE_LIMIT_PER_MINUTE: '0' })).status).toBe(200);
  });
});
