import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../functions/app';
import { ApiError, openApiErrorResponses, problemResponse } from '../../functions/errors';

describe('problemResponse', () => {
  it('renders RFC 9457 problem+json with the field errors', async () => {
    const res = problemResponse(
      new ApiError(400, 'Bad Request', 'Year is out of range.', {
        errors: [{ field: 'query.year', reason: 'Too small' }],
      }),
      '/v1/facts',
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'Year is out of range.',
      instance: '/v1/facts',
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
        ...openApiErrorResponses,
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
});
