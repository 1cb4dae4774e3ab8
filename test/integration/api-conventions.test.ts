import { beforeAll, describe, expect, it } from 'vitest';
import { loadSample } from '../support/sample';
import { api } from '../support/worker';

type Problem = { type: string; code: string; status: number; requestId: string; errors?: { field: string; reason: string }[]; candidates?: { code: string; name: string }[] };

beforeAll(loadSample);

describe('one region parameter', () => {
  it.each(['柳州', '柳州市', 'Liuzhou', '450200'])('answers /v1/regions/%s/facts for 柳州', async (region) => {
    const res = await api(`/v1/regions/${encodeURIComponent(region)}/facts?scheme=resident&year=2025`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { region: { code: string } }).region.code).toBe('450200');
  });

  it('takes a name in the diff query and the calculator body', async () => {
    expect((await api(`/v1/diff?region=${encodeURIComponent('丹东')}&scheme=flexible&from=2024&to=2025`)).status).toBe(200);
    expect((await api(`/v1/regions/${encodeURIComponent('丹东市')}/years`)).status).toBe(200);
  });

  it('answers an ambiguous name with a 400 listing the candidates and their codes', async () => {
    const res = await api(`/v1/regions/${encodeURIComponent('城中区')}/facts`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as Problem;
    expect(body.code).toBe('ambiguous-region');
    expect(body.errors?.[0].field).toBe('path.region');
    expect(body.candidates?.map((c) => c.code)).toEqual(expect.arrayContaining(['450202']));
    expect(body.candidates!.length).toBeGreaterThan(1);
    const query = await api(`/v1/changes?region=${encodeURIComponent('城中区')}`);
    expect(((await query.json()) as Problem).errors?.[0].field).toBe('query.region');
  });

  it('filters the change feed by a region and the regions inside it', async () => {
    const res = await api('/v1/changes?since=0&region=450000&limit=500');
    expect(res.status).toBe(200);
    const { changes } = (await res.json()) as { changes: { region: string }[] };
    expect(changes.some((c) => c.region === '450200')).toBe(true);
    expect(changes.every((c) => c.region.startsWith('45'))).toBe(true);
  });
});

describe('problem details', () => {
  it('gives a 404 a type on /docs, a code and the request id', async () => {
    const res = await api('/v1/regions/999999/facts', { headers: { 'x-request-id': 'my-trace-1' } });
    expect(res.status).toBe(404);
    const body = (await res.json()) as Problem;
    expect(body.type).not.toBe('about:blank');
    expect(body).toMatchObject({ code: 'unknown-region', requestId: 'my-trace-1' });
    const docs = await (await api(new URL(body.type).pathname)).text();
    expect(docs).toContain(`id="problem-${body.code}"`);
  });

  it('answers a known path with the wrong method with 405 and Allow', async () => {
    const res = await api('/v1/changes', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const post = await api('/v1/regions/450200/facts', { method: 'POST' });
    expect(post.status).toBe(405);
  });
});

describe('one pagination', () => {
  it('pages every list with an opaque cursor, limit, next and hasMore', async () => {
    const { admin } = await import('../support/worker');
    for (let i = 0; i < 3; i++) {
      await admin('/v1/admin/webhooks', { method: 'POST', json: { url: `https://alerts.example.com/page-${i}` } });
      await admin('/v1/admin/sources', { method: 'POST', json: { url: `https://www.example.gov.cn/page-${i}.html` } });
    }
    for (const [path, member] of [['/v1/admin/webhooks', 'webhooks'], ['/v1/admin/sources', 'sources']] as const) {
      const first = (await (await admin(`${path}?limit=2`)).json()) as Record<string, unknown> & { next: string; hasMore: boolean };
      expect(first.hasMore, path).toBe(true);
      expect(first[member]).toHaveLength(2);
      const seen = (first[member] as { id: number }[]).map((x) => x.id);
      let cursor = first.next;
      for (;;) {
        const page = (await (await admin(`${path}?limit=2&cursor=${cursor}`)).json()) as Record<string, unknown> & { next: string; hasMore: boolean };
        seen.push(...(page[member] as { id: number }[]).map((x) => x.id));
        cursor = page.next;
        if (!page.hasMore) break;
      }
      expect(new Set(seen).size, path).toBe(seen.length);
      expect(seen.length, path).toBeGreaterThanOrEqual(3);
    }
    for (const path of ['/v1/admin/runs', '/v1/admin/webhooks/1/deliveries', '/v1/changes?since=0', '/v1/articles/1/versions']) {
      const body = (await (await admin(path)).json()) as { next: unknown; hasMore: unknown };
      expect(typeof body.next, path).toBe('string');
      expect(typeof body.hasMore, path).toBe('boolean');
    }
    const bad = await admin('/v1/admin/sources?cursor=nonsense');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Problem).errors?.[0].field).toBe('query.cursor');
  });
});
