import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/app';
import { PRIVATE_HOSTS } from '../support/private-hosts';
import { ADMIN_TOKEN, admin, api, fixtureSite, policyPage } from '../support/worker';

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as { status: number; detail: string; errors?: { field: string; reason: string }[] };
}

describe('the admin API', () => {
  it('refuses requests without the admin token as 401 problem+json', async () => {
    const body = await problem(await api('/v1/admin/sources'), 401);
    expect(body.errors?.[0].field).toBe('header.authorization');
    await problem(await api('/v1/admin/sources', { headers: { authorization: 'Bearer wrong' } }), 401);
  });

  it('creates, lists, changes and deletes a source', async () => {
    const created = await admin('/v1/admin/sources', { method: 'POST', json: { url: 'https://ybj.example.gov.cn/notice.html#top', adapter: 'gov-notice' } });
    expect(created.status).toBe(201);
    const source = (await created.json()) as { id: number; url: string; enabled: boolean; adapter: string };
    expect(source).toMatchObject({ url: 'https://ybj.example.gov.cn/notice.html', enabled: true, adapter: 'gov-notice' });

    const listed = (await (await admin('/v1/admin/sources?limit=200')).json()) as { sources: { id: number }[] };
    expect(listed.sources.map((s) => s.id)).toContain(source.id);

    const patched = await admin(`/v1/admin/sources/${source.id}`, { method: 'PATCH', json: { enabled: false, intervalMinutes: 60 } });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ enabled: false, intervalMinutes: 60 });

    expect((await admin(`/v1/admin/sources/${source.id}`, { method: 'DELETE' })).status).toBe(204);
    await problem(await admin(`/v1/admin/sources/${source.id}`, { method: 'DELETE' }), 404);
  });

  it('answers a duplicate source with 409 naming the url', async () => {
    await admin('/v1/admin/sources', { method: 'POST', json: { url: 'https://dup.example.gov.cn/a.html' } });
    const body = await problem(await admin('/v1/admin/sources', { method: 'POST', json: { url: 'https://dup.example.gov.cn/a.html' } }), 409);
    expect(body.errors?.[0].field).toBe('body.url');
  });

  it.each([
    ['a non-http scheme', { url: 'ftp://example.com/x' }, 'body.url'],
    ['a missing url', {}, 'body.url'],
    ['an unknown adapter', { url: 'https://a.example.com/', adapter: 'nope' }, 'body.adapter'],
    ['an unknown field', { url: 'https://a.example.com/', colour: 'red' }, 'body'],
    ['a wrong type', { url: 42 }, 'body.url'],
  ])('answers %s with 400 naming the field', async (_, json, field) => {
    const body = await problem(await admin('/v1/admin/sources', { method: 'POST', json }), 400);
    expect(body.errors?.some((e) => e.field.startsWith(field))).toBe(true);
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    await problem(await admin('/v1/admin/sources', { method: 'POST', body: '{"url":', headers: { 'content-type': 'application/json' } }), 400);
  });

  it.each(PRIVATE_HOSTS)('refuses a source at %s (%s) when ALLOW_PRIVATE_URLS is false, naming body.url', async (_form, host) => {
    for (const scheme of ['http', 'https']) {
      const res = await app.request('/v1/admin/sources', {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url: `${scheme}://${host}` }),
      }, { ...env, ALLOW_PRIVATE_URLS: 'false' });
      const body = await problem(res, 400);
      expect(body.errors).toEqual([{ field: 'body.url', reason: expect.stringContaining('private_address') }]);
    }
  });

  it('refuses private and metadata addresses unless ALLOW_PRIVATE_URLS is true', async () => {
    const strictEnv = { ...env, ALLOW_PRIVATE_URLS: 'false' };
    for (const url of ['http://127.0.0.1:8080/a', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/', 'http://10.1.2.3/', 'http://localhost/']) {
      const res = await app.request('/v1/admin/sources', {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url }),
      }, strictEnv);
      const body = await problem(res, 400);
      expect(body.errors?.[0]).toMatchObject({ field: 'body.url', reason: expect.stringContaining('private_address') });
    }
  });

  it('validates PATCH bodies and ids', async () => {
    await problem(await admin('/v1/admin/sources/abc', { method: 'PATCH', json: { enabled: true } }), 400);
    await problem(await admin('/v1/admin/sources/999999', { method: 'PATCH', json: { enabled: true } }), 404);
    const created = (await (await admin('/v1/admin/sources', { method: 'POST', json: { url: 'https://patch.example.gov.cn/' } })).json()) as { id: number };
    await problem(await admin(`/v1/admin/sources/${created.id}`, { method: 'PATCH', json: {} }), 400);
    await problem(await admin(`/v1/admin/sources/${created.id}`, { method: 'PATCH', json: { intervalMinutes: 1 } }), 400);
  });

  it('runs a scrape on request and lists it among the runs', async () => {
    // Only local pages: every other source of this file is disabled first, so nothing leaves the machine.
    await env.DB.prepare('update sources set enabled = 0').run();
    const site = await fixtureSite();
    const url = await site.page('/admin/liuzhou.html', policyPage('柳州市2025年城乡居民医保', ['2025年度柳州市城乡居民医保个人缴费标准为每人每年400元。']));
    const created = (await (await admin('/v1/admin/sources', { method: 'POST', json: { url } })).json()) as { id: number };
    const res = await admin('/v1/admin/scrape', { method: 'POST', json: {} });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { id: number; status: string; pages: Record<string, number>; facts: number };
    expect(report).toMatchObject({ status: 'ok', pages: { fetched: 1, new: 1, failed: 0 }, facts: 1 });
    expect((await site.requests('/admin/liuzhou.html')).count).toBe(1);
    void created;
    const one = await admin(`/v1/admin/runs/${report.id}`);
    expect(one.status).toBe(200);
    const runs = (await (await admin('/v1/admin/runs')).json()) as { runs: { id: number }[] };
    expect(runs.runs[0].id).toBe(report.id);
    await problem(await admin('/v1/admin/runs/999999'), 404);
    await problem(await admin('/v1/admin/scrape', { method: 'POST', json: { sourceIds: [999999] } }), 400);
  });

  it('runs a scrape over more sources than one statement can name (D1 binds at most 100 values)', async () => {
    await env.DB.prepare('update sources set enabled = 0').run();
    const site = await fixtureSite();
    // robots.txt turns every page away, so the run is quick and still visits all 120 sources.
    await site.page('/robots.txt', 'User-agent: *\nDisallow: /', 'text/plain');
    const ids: number[] = [];
    for (let n = 0; n < 120; n++) {
      const res = await admin('/v1/admin/sources', { method: 'POST', json: { url: `${site.baseUrl}/many/${n}.html` } });
      ids.push(((await res.json()) as { id: number }).id);
    }
    const res = await admin('/v1/admin/scrape', { method: 'POST', json: { sourceIds: ids } });
    expect(res.status).toBe(200);
    const report = (await res.json()) as { status: string; pages: Record<string, number>; remaining: number };
    expect(report).toMatchObject({ pages: { skipped: 120 }, remaining: 0 });

    const unknown = await problem(await admin('/v1/admin/scrape', { method: 'POST', json: { sourceIds: [...ids, ...Array.from({ length: 80 }, (_, i) => 9_000_000 + i)] } }), 400);
    expect(unknown.detail).toMatch(/unknown source ids: 9000000, 9000001/);
  }, 30_000);

  it('stores an article given as text through the extractor, once', async () => {
    const json = { url: 'https://import.example/liuzhou', title: '柳州市2025年城乡居民医保', text: '2025年度柳州市城乡居民医保个人缴费标准为每人每年400元。' };
    const first = await admin('/v1/admin/articles', { method: 'POST', json });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ outcome: 'new', facts: 1 });
    const again = await admin('/v1/admin/articles', { method: 'POST', json });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ outcome: 'unchanged', facts: 0 });
    await problem(await admin('/v1/admin/articles', { method: 'POST', json: { url: 'https://import.example/x' } }), 400);
  });
});
