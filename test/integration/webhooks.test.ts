/**
 * Change alerts end to end, inside workerd: an article imported through the real pipeline writes
 * change events and their webhook outbox; `deliverDueWebhooks` sends them, driven by a fake `now`
 * (no real waiting), to a receiver on the fixture server, a site of this file's own. Signatures
 * are checked on the receiving side with the `standardwebhooks` package.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../../functions/app';
import worker from '../../functions/index';
import { WEBHOOK_CRON, deliverDueWebhooks } from '../../functions/webhooks/deliver';
import { PRIVATE_HOSTS } from '../support/private-hosts';
import { ADMIN_TOKEN, admin, api, fixtureSite, type FixtureSite } from '../support/worker';

/** A Cron Trigger invocation, with what it handed to waitUntil finished too. */
async function scheduled(controller: ScheduledController): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled!(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}


interface ReceivedRequest {
  method: string;
  headers: Record<string, string>;
  body: string;
}

interface Subscription {
  id: number;
  url: string;
  secret?: string;
  secretHint: string;
  enabled: boolean;
  disabledReason: string | null;
  failingSince: string | null;
  regions: string[] | null;
}

interface Delivery {
  id: number;
  eventUid: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  attemptLog: { attemptedAt: string; status: number | null; durationMs: number; error: string | null; responseExcerpt: string | null }[];
}

interface Payload {
  type: string;
  timestamp: string;
  data: { uid: string; kind: string; region: string; key: string; old: { value: unknown }; new: { value: unknown } };
}

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
});

/** A receiver at `path` that answers 200 once its script (if any) is used up. */
const receiver = (path: string) => site.page(path, 'ok', 'text/plain');

async function receivedAt(path: string): Promise<ReceivedRequest[]> {
  return (await site.requests(path)).requests.map((r) => ({ method: r.method, headers: r.headers, body: r.body ?? '' }));
}

afterEach(async () => {
  const { webhooks } = (await (await admin('/v1/admin/webhooks?limit=200')).json()) as { webhooks: Subscription[] };
  for (const hook of webhooks) await admin(`/v1/admin/webhooks/${hook.id}`, { method: 'DELETE' });
  await site.reset();
  vi.useRealTimers();
});

async function subscribe(path: string, filters: Record<string, unknown> = {}): Promise<Subscription & { secret: string }> {
  const url = await receiver(path);
  const res = await admin('/v1/admin/webhooks', { method: 'POST', json: { url, ...filters } });
  expect(res.status).toBe(201);
  return (await res.json()) as Subscription & { secret: string };
}

async function importArticle(url: string, title: string, text: string): Promise<void> {
  const res = await admin('/v1/admin/articles', { method: 'POST', json: { url, title, text } });
  expect(res.status).toBe(201);
}

let liuzhouAmount = 0;
/**
 * Imports 柳州's 2024 resident contribution through the real import route, 380 yuan the first
 * time and 10 more each later time: the first call adds the fact, every later one changes it, so
 * each call makes exactly one change event.
 */
async function changeLiuzhou(): Promise<void> {
  liuzhouAmount = liuzhouAmount ? liuzhouAmount + 10 : 380;
  await importArticle(
    'https://ybj.liuzhou.example.gov.cn/2024/resident.html',
    '柳州市2024年城乡居民医保',
    `2024年度柳州市城乡居民医保个人缴费标准为每人每年${liuzhouAmount}元。`,
  );
}

async function deliveries(id: number): Promise<Delivery[]> {
  const res = await admin(`/v1/admin/webhooks/${id}/deliveries?limit=50`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { deliveries: Delivery[] }).deliveries;
}

async function webhook(id: number): Promise<Subscription> {
  return (await (await admin(`/v1/admin/webhooks/${id}`)).json()) as Subscription;
}

/** Verifies as a receiver would at the moment the request was sent (the sender's clock is faked). */
function verifyAsReceiver(secret: string, request: ReceivedRequest): Payload {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Number(request.headers['webhook-timestamp']) * 1000);
  try {
    return new Webhook(secret).verify(request.body, request.headers) as Payload;
  } finally {
    vi.useRealTimers();
  }
}

const seconds = (ms: number) => ms * 1000;
const at = (base: number, ms: number) => new Date(base + ms);

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as { status: number; detail: string; errors?: { field: string; reason: string }[] };
}

describe('webhook delivery', () => {
  it('sends a change once, signed so that standardwebhooks verifies it, with the old and new value', async () => {
    const hook = await subscribe('/hooks/signed');
    const url = 'https://ybj.liuzhou.example.gov.cn/2025/resident.html';
    await importArticle(url, '柳州市2025年城乡居民医保', '2025年度柳州市城乡居民医保个人缴费标准为每人每年400元。');
    await importArticle(url, '柳州市2025年城乡居民医保', '2025年度柳州市城乡居民医保个人缴费标准为每人每年420元。');
    const t0 = Date.now();
    const report = await deliverDueWebhooks(env, { now: at(t0, seconds(1)) });
    expect(report).toMatchObject({ claimed: 2, delivered: 2, failed: 0, retrying: 0 });

    const received = await receivedAt('/hooks/signed');
    expect(received).toHaveLength(2);
    const payloads = received.map((request) => {
      expect(request.method).toBe('POST');
      expect(request.headers['content-type']).toBe('application/json');
      const payload = verifyAsReceiver(hook.secret, request);
      expect(request.headers['webhook-id']).toBe(payload.data.uid);
      return payload;
    });
    const changed = payloads.find((p) => p.data.kind === 'changed')!;
    expect(changed).toMatchObject({
      type: 'rule.changed',
      data: { region: '450200', key: 'contribution.individual_annual', old: { value: 400 }, new: { value: 420 } },
    });

    // The feed presents the same event under the same uid.
    const feed = (await (await api('/v1/changes?since=0&limit=500')).json()) as { changes: Payload['data'][] };
    expect(feed.changes.find((c) => c.uid === changed.data.uid)).toEqual(changed.data);

    // Sent is sent: a later run finds nothing due.
    expect((await deliverDueWebhooks(env, { now: at(t0, 86_400_000) })).claimed).toBe(0);
    expect(await receivedAt('/hooks/signed')).toHaveLength(2);
  });

  it('writes the outbox with the change: a delivery is pending as soon as the article is stored', async () => {
    const hook = await subscribe('/hooks/outbox');
    await changeLiuzhou();
    const [pending] = await deliveries(hook.id);
    expect(pending).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: expect.any(String), attemptLog: [] });
    const feed = (await (await api('/v1/changes?since=0&limit=500')).json()) as { changes: { uid: string }[] };
    expect(feed.changes.map((c) => c.uid)).toContain(pending.eventUid);
  });

  it('retries with the same webhook-id and a new timestamp and signature, both verifying', async () => {
    const hook = await subscribe('/hooks/retried');
    await site.script('/hooks/retried', [{ status: 500, body: 'try later' }]);
    await changeLiuzhou();
    const t0 = Date.now();
    expect(await deliverDueWebhooks(env, { now: at(t0, 0) })).toMatchObject({ retrying: 1 });
    expect(await deliverDueWebhooks(env, { now: at(t0, seconds(2)) })).toMatchObject({ claimed: 0 });
    expect(await deliverDueWebhooks(env, { now: at(t0, seconds(6)) })).toMatchObject({ delivered: 1 });

    const [first, second] = await receivedAt('/hooks/retried');
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(Number(second.headers['webhook-timestamp'])).toBe(Number(first.headers['webhook-timestamp']) + 6);
    expect(second.headers['webhook-signature']).not.toBe(first.headers['webhook-signature']);
    expect(second.body).toBe(first.body);
    expect(verifyAsReceiver(hook.secret, first)).toEqual(verifyAsReceiver(hook.secret, second));
  });

  it('delivers to a receiver that fails twice then succeeds exactly once, with three attempts logged', async () => {
    const hook = await subscribe('/hooks/flaky');
    await site.script('/hooks/flaky', [
      { status: 500, body: 'database is down' },
      { status: 503, body: '' },
      { status: 204, body: '' },
    ]);
    await changeLiuzhou();
    const t0 = Date.now();
    for (const offset of [0, seconds(5), seconds(5) + seconds(300), seconds(3600), 86_400_000 * 3]) {
      await deliverDueWebhooks(env, { now: at(t0, offset) });
    }
    const received = await receivedAt('/hooks/flaky');
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(1);

    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatus: 204, nextAttemptAt: null });
    expect(delivery.attemptLog.map((a) => a.status)).toEqual([500, 503, 204]);
    expect(delivery.attemptLog[0]).toMatchObject({ responseExcerpt: 'database is down', durationMs: expect.any(Number) });
    expect(delivery.attemptLog.filter((a) => a.status === 204)).toHaveLength(1);
    expect((await webhook(hook.id)).failingSince).toBeNull();
  });

  it('keeps at most 500 characters of a response', async () => {
    const hook = await subscribe('/hooks/verbose');
    await site.script('/hooks/verbose', [{ status: 500, body: '错'.repeat(2000) }]);
    await changeLiuzhou();
    await deliverDueWebhooks(env, { now: new Date() });
    const [delivery] = await deliveries(hook.id);
    expect(delivery.attemptLog[0].responseExcerpt).toBe('错'.repeat(500));
  });

  it('waits as long as Retry-After asks on a 429', async () => {
    const hook = await subscribe('/hooks/busy');
    await site.script('/hooks/busy', [{ status: 429, headers: { 'retry-after': '120' }, body: 'slow down' }]);
    await changeLiuzhou();
    const t0 = Date.now();
    await deliverDueWebhooks(env, { now: at(t0, 0) });
    const [delivery] = await deliveries(hook.id);
    expect(delivery.status).toBe('pending');
    expect(Date.parse(delivery.nextAttemptAt!) - t0).toBeGreaterThanOrEqual(seconds(120));

    expect(await deliverDueWebhooks(env, { now: at(t0, seconds(60)) })).toMatchObject({ claimed: 0 });
    expect(await deliverDueWebhooks(env, { now: at(t0, seconds(121)) })).toMatchObject({ delivered: 1 });
  });

  it('disables the subscription on a 410 and sends it nothing more', async () => {
    const hook = await subscribe('/hooks/gone');
    await site.script('/hooks/gone', [{ status: 410, body: 'unsubscribed' }]);
    await changeLiuzhou();
    await deliverDueWebhooks(env, { now: new Date() });

    expect(await webhook(hook.id)).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('410') });
    expect((await deliveries(hook.id))[0]).toMatchObject({ status: 'failed', lastStatus: 410 });

    await changeLiuzhou();
    expect(await deliveries(hook.id)).toHaveLength(1);
    await deliverDueWebhooks(env, { now: new Date(Date.now() + 86_400_000) });
    const [failed] = await deliveries(hook.id);
    await problem(await admin(`/v1/admin/webhooks/${hook.id}/deliveries/${failed.id}/replay`, { method: 'POST' }), 409);
    expect(await receivedAt('/hooks/gone')).toHaveLength(1);

    // An operator can turn it back on.
    const res = await admin(`/v1/admin/webhooks/${hook.id}`, { method: 'PATCH', json: { enabled: true } });
    expect(await res.json()).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
  });

  it('does not follow a redirect: a 3xx is a failed attempt', async () => {
    const hook = await subscribe('/hooks/moved');
    await receiver('/hooks/elsewhere');
    await site.script('/hooks/moved', [{ status: 302, headers: { location: `${site.baseUrl}/hooks/elsewhere` }, body: '' }]);
    await changeLiuzhou();
    await deliverDueWebhooks(env, { now: new Date() });

    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: 'pending', lastStatus: 302 });
    expect(delivery.attemptLog[0].error).toMatch(/redirect/);
    expect(await receivedAt('/hooks/elsewhere')).toHaveLength(0);
  });

  it('counts a receiver that does not answer in time as a failed attempt', async () => {
    const hook = await subscribe('/hooks/slow');
    await site.script('/hooks/slow', [{ hang: true }]);
    await changeLiuzhou();
    await deliverDueWebhooks(env, { now: new Date(), timeoutMs: 200 });
    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastStatus: null });
    expect(delivery.attemptLog[0]).toMatchObject({ status: null, error: expect.stringMatching(/timeout/) });
  });

  it('refuses a private address again at delivery, without sending anything', async () => {
    const hook = await subscribe('/hooks/private');
    await changeLiuzhou();
    await deliverDueWebhooks({ ...env, ALLOW_PRIVATE_URLS: 'false' }, { now: new Date() });
    const [delivery] = await deliveries(hook.id);
    expect(delivery.attemptLog[0]).toMatchObject({ status: null, error: expect.stringMatching(/^refused: (private_address|https_required)/) });
    expect(await receivedAt('/hooks/private')).toHaveLength(0);
  });

  it('disables a subscription that has been failing for 5 days', async () => {
    const hook = await subscribe('/hooks/dead');
    await site.script('/hooks/dead', Array.from({ length: 10 }, () => ({ status: 502, body: 'bad gateway' })));
    await changeLiuzhou();
    const t0 = Date.now();
    await deliverDueWebhooks(env, { now: at(t0, 0) });
    expect(await webhook(hook.id)).toMatchObject({ enabled: true, failingSince: new Date(t0).toISOString() });

    await changeLiuzhou();
    await deliverDueWebhooks(env, { now: at(t0, 4 * 86_400_000) });
    expect((await webhook(hook.id)).enabled).toBe(true);

    await changeLiuzhou();
    await deliverDueWebhooks(env, { now: at(t0, 5 * 86_400_000 + 60_000) });
    expect(await webhook(hook.id)).toMatchObject({ enabled: false, disabledReason: 'failing for 5 days' });
  });

  it('sends only the events a subscription filters for', async () => {
    const guangxi = await subscribe('/hooks/guangxi', { regions: ['450000'] });
    const liuzhou = await subscribe('/hooks/liuzhou', { regions: ['450200'], schemes: ['resident'], keys: ['contribution.individual_annual'] });
    const guangdong = await subscribe('/hooks/guangdong', { regions: ['440000'] });
    const employees = await subscribe('/hooks/employees', { schemes: ['employee'] });
    const lateFees = await subscribe('/hooks/late-fees', { keys: ['late_fee.daily_rate'] });
    await changeLiuzhou();
    expect(await deliveries(guangxi.id)).toHaveLength(1);
    expect(await deliveries(liuzhou.id)).toHaveLength(1);
    expect(await deliveries(guangdong.id)).toHaveLength(0);
    expect(await deliveries(employees.id)).toHaveLength(0);
    expect(await deliveries(lateFees.id)).toHaveLength(0);

    await deliverDueWebhooks(env, { now: new Date() });
    expect(await receivedAt('/hooks/guangxi')).toHaveLength(1);
    expect(await receivedAt('/hooks/guangdong')).toHaveLength(0);
  });

  it('replays a delivery as a new one with the same webhook-id', async () => {
    const hook = await subscribe('/hooks/replayed');
    await changeLiuzhou();
    await deliverDueWebhooks(env, { now: new Date() });
    const [original] = await deliveries(hook.id);
    expect(original.status).toBe('delivered');

    const res = await admin(`/v1/admin/webhooks/${hook.id}/deliveries/${original.id}/replay`, { method: 'POST' });
    expect(res.status).toBe(201);
    const replay = (await res.json()) as Delivery;
    expect(replay).toMatchObject({ eventUid: original.eventUid, status: 'pending', attempts: 0 });
    expect(replay.id).not.toBe(original.id);
    // Replaying again while that one is pending (of either delivery) makes no second delivery.
    for (const id of [original.id, replay.id]) {
      const again = await admin(`/v1/admin/webhooks/${hook.id}/deliveries/${id}/replay`, { method: 'POST' });
      expect(again.status).toBe(200);
      expect(((await again.json()) as Delivery).id).toBe(replay.id);
    }
    expect(await deliveries(hook.id)).toHaveLength(2);

    await deliverDueWebhooks(env, { now: new Date(Date.now() + 1000) });
    const received = await receivedAt('/hooks/replayed');
    expect(received.map((r) => r.headers['webhook-id'])).toEqual([original.eventUid, original.eventUid]);
    expect(received[1].headers['webhook-timestamp']).not.toBe(received[0].headers['webhook-timestamp']);
    verifyAsReceiver(hook.secret, received[1]);
    expect((await deliveries(hook.id)).map((d) => d.status)).toEqual(['delivered', 'delivered']);
  });

  it('is run by the every-minute Cron Trigger', async () => {
    await subscribe('/hooks/cron');
    await changeLiuzhou();
    const controller = createScheduledController({ cron: WEBHOOK_CRON, scheduledTime: new Date() });
    await scheduled(controller);
    expect(await receivedAt('/hooks/cron')).toHaveLength(1);
  });
});

describe('secret rotation', () => {
  it('signs with the new and the old secret for 24 hours, then with the new one only', async () => {
    const hook = await subscribe('/hooks/rotated');
    const res = await admin(`/v1/admin/webhooks/${hook.id}/rotate`, { method: 'POST' });
    expect(res.status).toBe(200);
    const rotated = (await res.json()) as Subscription & { secret: string; previousSecretExpiresAt: string };
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(hook.secret);
    const expires = Date.parse(rotated.previousSecretExpiresAt);
    expect(expires - Date.now()).toBeGreaterThan(23.9 * 3_600_000);

    await changeLiuzhou();
    await deliverDueWebhooks(env, { now: new Date() });
    const [during] = await receivedAt('/hooks/rotated');
    expect(during.headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(verifyAsReceiver(rotated.secret, during).type).toBe('rule.changed');
    expect(verifyAsReceiver(hook.secret, during).type).toBe('rule.changed');

    await changeLiuzhou();
    await deliverDueWebhooks(env, { now: new Date(expires + 60_000) });
    const [, after] = await receivedAt('/hooks/rotated');
    expect(after.headers['webhook-signature'].split(' ')).toHaveLength(1);
    expect(verifyAsReceiver(rotated.secret, after).type).toBe('rule.changed');
    expect(() => verifyAsReceiver(hook.secret, after)).toThrow(/signature/i);
  });
});

describe('the webhook admin API', () => {
  it('shows the secret only when it is made', async () => {
    const hook = await subscribe('/hooks/secretive');
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(hook.secretHint).toBe(`whsec_…${hook.secret.slice(-4)}`);

    const got = await webhook(hook.id);
    expect(got).not.toHaveProperty('secret');
    expect(got.secretHint).toBe(hook.secretHint);
    const listed = await (await admin('/v1/admin/webhooks')).text();
    expect(listed).not.toContain(hook.secret);
    expect(JSON.stringify(await deliveries(hook.id))).not.toContain(hook.secret);
  });

  it('creates, changes and deletes a subscription', async () => {
    const hook = await subscribe('/hooks/crud', { regions: ['450200'] });
    expect(hook).toMatchObject({ enabled: true, regions: ['450200'], failingSince: null });

    const patched = await admin(`/v1/admin/webhooks/${hook.id}`, { method: 'PATCH', json: { regions: null, keys: ['contribution.rate'], enabled: false } });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ regions: null, keys: ['contribution.rate'], enabled: false });

    expect((await admin(`/v1/admin/webhooks/${hook.id}`, { method: 'DELETE' })).status).toBe(204);
    await problem(await admin(`/v1/admin/webhooks/${hook.id}`), 404);
    await problem(await admin(`/v1/admin/webhooks/${hook.id}`, { method: 'DELETE' }), 404);
  });

  const strict = () => ({ ...env, ALLOW_PRIVATE_URLS: 'false' });
  const createStrict = (url: string) =>
    app.request(
      '/v1/admin/webhooks',
      { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ url }) },
      strict(),
    );

  it.each([
    ['loopback', 'https://127.0.0.1/'],
    ['IPv4-mapped IPv6 loopback', 'https://[::ffff:127.0.0.1]/'],
    ['hex and short-form loopback', 'https://0x7f.1/'],
    ['decimal loopback', 'https://2130706433/'],
    ['the metadata service', 'https://169.254.169.254/'],
    ['a private range', 'https://10.0.0.1/'],
    ['carrier-grade NAT', 'https://100.64.0.1/'],
    ['an IPv6 unique-local address', 'https://[fd00::1]/'],
    ['an IPv6 link-local address', 'https://[fe80::1]/'],
    ['plain http', 'http://example.com/'],
  ])('refuses %s (%s) with 400 problem+json naming body.url', async (_, url) => {
    const body = await problem(await createStrict(url), 400);
    expect(body.errors).toEqual([{ field: 'body.url', reason: expect.stringMatching(/^(private_address|https_required)/) }]);
  });

  it.each(PRIVATE_HOSTS)('refuses a webhook at %s (%s) over https when ALLOW_PRIVATE_URLS is false, naming body.url', async (_form, host) => {
    const body = await problem(await createStrict(`https://${host}`), 400);
    expect(body.errors).toEqual([{ field: 'body.url', reason: expect.stringMatching(/^private_address/) }]);
  });

  it('accepts a public https URL when the guard is strict', async () => {
    const res = await createStrict('https://alerts.example.com/yibao');
    expect(res.status).toBe(201);
  });

  it('refuses a private URL in a change too', async () => {
    const hook = await subscribe('/hooks/patched');
    const res = await app.request(
      `/v1/admin/webhooks/${hook.id}`,
      { method: 'PATCH', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ url: 'https://[::1]/' }) },
      strict(),
    );
    expect((await problem(res, 400)).errors?.[0].field).toBe('body.url');
  });

  it.each([
    ['an unknown region', { regions: ['999999'] }, 'body.regions.0'],
    ['a region no place is called', { regions: ['Nowhereville'] }, 'body.regions.0'],
    ['an unknown scheme', { schemes: ['military'] }, 'body.schemes.0'],
    ['an unknown key', { keys: ['contribution.bribe'] }, 'body.keys.0'],
    ['an unknown field', { colour: 'red' }, 'body.colour'],
    ['a missing url', { url: undefined }, 'body.url'],
  ])('answers %s with 400 naming the field', async (_, extra, field) => {
    const res = await admin('/v1/admin/webhooks', { method: 'POST', json: { url: 'https://alerts.example.com/', ...extra } });
    const body = await problem(res, 400);
    expect(body.errors?.map((e) => e.field)).toContain(field);
  });

  it('stores a region filter given by name or pinyin as its code', async () => {
    const res = await admin('/v1/admin/webhooks', { method: 'POST', json: { url: 'https://alerts.example.com/by-name', regions: ['Liuzhou', '广西'] } });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { regions: string[] }).regions).toEqual(['450200', '450000']);
  });

  it('answers every failure with problem+json', async () => {
    await problem(await api('/v1/admin/webhooks'), 401);
    await problem(await admin('/v1/admin/webhooks/999999'), 404);
    await problem(await admin('/v1/admin/webhooks/999999/rotate', { method: 'POST' }), 404);
    await problem(await admin('/v1/admin/webhooks/999999/deliveries'), 404);
    await problem(await admin('/v1/admin/webhooks/abc'), 400);
    const hook = await subscribe('/hooks/problems');
    await problem(await admin(`/v1/admin/webhooks/${hook.id}`, { method: 'PATCH', json: {} }), 400);
    await problem(await admin(`/v1/admin/webhooks/${hook.id}/deliveries/999999/replay`, { method: 'POST' }), 404);
  });
});
