import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../functions/app';
import { ApiError, problemResponses, problemResponse } from '../../functions/errors';

describe('problemResponse', () => {
  it('renders RFC 9457 problem+json with the field errors', async () => {
    const res = problemResponse(
      new ApiError(400, 'Bad Request', 'Year is out of range.', {
        errors: [{ field: 'query.year', reason: 'Too small' }],
      }),
      '/v1/facts',
      { requestId: 'req-1', origin: 'http://127.0.0.1:8787' },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toEqual({
      type: 'http://127.0.0.1:8787/docs#problem-invalid-request',
      code: 'invalid-request',
      title: 'Bad Request',
      status: 400,
      detail: 'Year is out of range.',
      instance: '/v1/facts',
      requestId: 'req-1',
      errors: [{ field: 'query.year', reason: 'Too small' }],
    });
  });
});

describe('the app', () => {
  const app = createApp();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/echo-year',
      request: { query: z.object({ year: z.coerce.number().int().min(2000) }) },
      responses: {
        200: { description: 'ok', content: { 'application/json': { schema: z.object({ year: z.number() }) } } },
        ...problemResponses(400),
      },
    }),
    (c) => c.json({ year: c.req.valid('query').year }, 200),
  );
  app.get('/explode', () => {
    throw new Error('secret internals');
  });
  // No query reaches the database here; the client only has to exist.
  const env = { DB: {} as D1Database };

  it('turns a schema failure into a 400 problem naming each field', async () => {
    const res = await app.request('/echo-year?year=1999', {}, env);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as { errors: Array<{ field: string; reason: string }> };
    expect(body).toMatchObject({ status: 400, instance: '/echo-year' });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.field).toBe('query.year');
    expect(body.errors[0]?.reason).toMatch(/2000/);
  });

  it('hides unexpected errors behind a 500 problem', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/explode', {}, env);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(res.status).toBe(500);
    const body = (await res.json()) as { detail: string };
    expect(body.detail).not.toContain('secret');
  });

  it('answers a known path with the wrong method with 405 and Allow', async () => {
    const res = await app.request('/echo-year', { method: 'DELETE' }, env);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toMatch(/GET/);
    expect(await res.json()).toMatchObject({ code: 'method-not-allowed', status: 405 });
  });

  it('names the problem type, its code and the request id in a 404', async () => {
    const res = await app.request('/nowhere', { headers: { 'x-request-id': 'trace-42' } }, env);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { type: string; code: string; requestId: string };
    expect(body.type).toBe('http://localhost/docs#problem-not-found');
    expect(body).toMatchObject({ code: 'not-found', requestId: 'trace-42' });
    expect(res.headers.get('x-request-id')).toBe('trace-42');
  });
});
