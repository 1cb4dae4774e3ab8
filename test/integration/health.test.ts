import { env, exports } from 'cloudflare:workers';
import { describe, expect, inject, it, vi } from 'vitest';

describe('GET /health', () => {
  it('answers ok when the database answers', async () => {
    const res = await exports.default.fetch('http://yibao.test/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('unknown routes', () => {
  it('answer 404 as problem+json naming the path', async () => {
    const res = await exports.default.fetch('http://yibao.test/no/such/thing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      type: 'http://yibao.test/docs#problem-not-found',
      code: 'not-found',
      title: 'Not Found',
      status: 404,
      instance: '/no/such/thing',
    });
  });
});

describe('GET /openapi.json', () => {
  it('documents /health with its problem responses', async () => {
    const res = await exports.default.fetch('http://yibao.test/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, any> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths['/health'].get.responses)).toEqual(
      expect.arrayContaining(['200', '500', '503']),
    );
  });
});

describe('test environment', () => {
  it('has the migrations applied to D1', async () => {
    const tables = await env.DB.prepare(
      "select name from sqlite_master where type = 'table' order by name",
    ).all<{ name: string }>();
    expect(tables.results.map((t) => t.name)).toEqual(
      expect.arrayContaining(['regions', 'sources', 'articles', 'article_versions', 'facts', 'scrape_runs']),
    );
  });

  it('serves fixture pages to the Worker runtime', async () => {
    const res = await fetch(`${inject('fixtureBaseUrl')}/hello.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeTruthy();
    expect(await res.text()).toContain('400元/人/年');
  });
});

describe('GET /health when D1 fails', () => {
  it('answers 503 problem+json', async () => {
    const { app } = await import('../../functions/app');
    const brokenDb = {
      prepare() {
        throw new Error('D1 is down');
      },
    } as unknown as D1Database;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/health', {}, { ...env, DB: brokenDb });
    logged.mockRestore();
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
  });
});
