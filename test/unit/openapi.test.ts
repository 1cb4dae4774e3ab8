import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { app } from '../../functions/app';

async function spec() {
  const res = await app.request('/openapi.json', {}, { DB: {} as D1Database });
  expect(res.status).toBe(200);
  return (await res.json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
}

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1', async () => {
    const doc = await spec();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route with its success and its problem+json errors', async () => {
    const doc = await spec();
    const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThanOrEqual(20);
    for (const { path, method, op } of operations) {
      const statuses = Object.keys(op.responses);
      expect(statuses.some((s) => s.startsWith('2')), `${method} ${path}`).toBe(true);
      for (const error of ['500']) expect(statuses, `${method} ${path}`).toContain(error);
      expect(JSON.stringify(op.responses['500'])).toContain('application/problem+json');
      const isAdmin = path.startsWith('/v1/admin/');
      const needsKey = path === '/v1/webhooks' || path.startsWith('/v1/webhooks/');
      expect(statuses.includes('401'), `${method} ${path} documents 401`).toBe(isAdmin || needsKey);
      expect(statuses.includes('429'), `${method} ${path} documents 429`).toBe(path.startsWith('/v1/') && !isAdmin);
      expect(statuses, `${method} ${path}`).not.toContain('403');
    }
    for (const path of ['/health', '/v1/regions', '/v1/regions/{region}/facts', '/v1/regions/{region}/years', '/v1/calculate/waiting-period', '/v1/calculate/back-payment', '/v1/diff', '/v1/articles/{id}/versions', '/v1/articles/{id}/diff', '/v1/changes', '/v1/admin/sources', '/v1/admin/scrape', '/v1/admin/runs/{id}']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});
