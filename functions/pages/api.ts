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

/** Headers that say who the reader is, passed on to the API. */
const FORWARDED = ['cf-connecting-ip', 'x-real-ip'] as const;

/** The API of `app`, called from within the request `c`: a GET, or a POST of `body` as JSON. */
export function apiFor(app: App, c: Context<AppEnv>): Api {
  let executionCtx: Context<AppEnv>["executionCtx"] | undefined;
  try {
    executionCtx = c.executionCtx;
  } catch {
    // app.request() in tests has none; the API routes do not need one.
  }
  // The API counts requests per client (middleware/rate-limit): a page's calls count against the
  // reader who asked for the page, not against one anonymous bucket shared by every reader.
  const client: Record<string, string> = {};
  for (const name of FORWARDED) {
    const value = c.req.header(name);
    if (value !== undefined) client[name] = value;
  }
  return async <T>(path: string, body?: unknown): Promise<ApiAnswer<T>> => {
    const init: RequestInit = body === undefined
      ? { method: 'GET', headers: { ...client, accept: 'application/json' } }
      : { method: 'POST', headers: { ...client, accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const response = await app.fetch(new Request(new URL(path, c.req.url), init), c.env, executionCtx);
    const json = await response.json();
    return response.ok ? { ok: true, status: response.status, body: json as T } : { ok: false, status: response.status, problem: json as Problem };
  };
}
