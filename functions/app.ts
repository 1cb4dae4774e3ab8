/**
 * The HTTP API: an OpenAPIHono app with one error renderer, a problem+json 404, the OpenAPI
 * document at `/openapi.json`, and one `registerX(app)` per route file.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { ApiError, problemResponse, validationHook } from './errors';
import { dbMiddleware, type DbVariables } from './middleware/db';
import { registerHealthGet } from './routes/health/get';

export type Bindings = {
  DB: D1Database;
  /** Bearer token for admin routes; a secret in production. */
  ADMIN_TOKEN?: string;
  /** "true" lets the scraper fetch loopback and private addresses (local fixtures only). */
  ALLOW_PRIVATE_URLS?: string;
};

export type AppEnv = { Bindings: Bindings; Variables: DbVariables };
export type App = OpenAPIHono<AppEnv>;

export function createApp(): App {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('*', dbMiddleware);

  app.onError((err, c) => {
    if (err instanceof ApiError) return problemResponse(err, c.req.path);
    if (err instanceof HTTPException) {
      // Hono's own validators (e.g. malformed JSON) throw these.
      return problemResponse(new ApiError(err.status, statusTitle(err.status), err.message), c.req.path);
    }
    console.error('unhandled error', c.req.method, c.req.path, err);
    return problemResponse(
      new ApiError(500, 'Internal Server Error', 'An unexpected error occurred.'),
      c.req.path,
    );
  });

  app.notFound((c) =>
    problemResponse(
      new ApiError(404, 'Not Found', `No route matches ${c.req.method} ${c.req.path}.`),
      c.req.path,
    ),
  );

  registerHealthGet(app);

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'yibao',
      version: '0.1.0',
      description: 'Machine-readable Chinese medical-insurance lapse and back-payment rules.',
    },
  });

  return app;
}

function statusTitle(status: number): string {
  if (status === 400) return 'Bad Request';
  if (status === 401) return 'Unauthorized';
  if (status === 403) return 'Forbidden';
  if (status === 404) return 'Not Found';
  if (status === 413) return 'Content Too Large';
  if (status >= 500) return 'Internal Server Error';
  return 'Error';
}

export const app = createApp();
