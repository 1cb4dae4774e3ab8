/**
 * How a page reads: it asks the API, in the same invocation. Each page sends its API route the
 * request a client would send and renders the answer, so a page shows exactly what the API
 * answers (the same queries, the same calculators, the same errors) and never a second
 * implementation of a rule.
 */
import type { Context } from 'hono';
import type { App, AppEnv } from '../app';
import type { Problem } from '../errors';

export type ApiAnswer<T> = { ok: true; status: number; body: T } | { ok: false; status: number; problem: Problem };

export type Api = <T>(path: string, body?: unknown) => Promise<ApiAnswer<T>>;

/** The API of `app`, called from within the request `c`: a GET, or a POST of `body` as JSON. */
export function apiFor(app: App, c: Context<AppEnv>): Api {
  let executionCtx: Context<AppEnv>["executionCtx"] | undefined;
  try {
    executionCtx = c.executionCtx;
  } catch {
    // app.request() in tests has none; the API routes do not need one.
  }
  return async <T>(path: string, body?: unknown): Promise<ApiAnswer<T>> => {
    const init: RequestInit = body === undefined
      ? { method: 'GET', headers: { accept: 'application/json' } }
      : { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const response = await app.fetch(new Request(new URL(path, c.req.url), init), c.env, executionCtx);
    const json = await response.json();
    return response.ok ? { ok: true, status: response.status, body: json as T } : { ok: false, status: response.status, problem: json as Problem };
  };
}
