/**
 * Public routes are limited to `RATE_LIMIT_PER_MINUTE` requests a minute per API key, or per
 * client address for requests without a valid key (`0` turns the limit off). Past it the answer is
 * a 429 problem with `Retry-After`. The counting is done by the `RateLimiter` Durable Object, one
 * per client. Should the limiter itself fail, the request goes through: an outage of the counter
 * must not become an outage of the API.
 */
import { createMiddleware } from 'hono/factory';
import type { RateLimiter } from '../rate-limit/limiter';
import { problem } from '../errors';
import type { ApiKeyVariables } from './api-key';

/** The limit when `RATE_LIMIT_PER_MINUTE` is not set. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 120;

export interface RateLimitBindings {
  RATE_LIMITER?: DurableObjectNamespace<RateLimiter>;
  RATE_LIMIT_PER_MINUTE?: string;
}

export function rateLimitOf(env: RateLimitBindings): number {
  const raw = env.RATE_LIMIT_PER_MINUTE;
  if (raw === undefined || raw.trim() === '') return DEFAULT_RATE_LIMIT_PER_MINUTE;
  const limit = Number(raw);
  return Number.isFinite(limit) && limit >= 0 ? Math.floor(limit) : DEFAULT_RATE_LIMIT_PER_MINUTE;
}

/** Whom a request is counted against. */
export function clientOf(headers: Headers, apiKey: ApiKeyVariables['apiKey']): string {
  if (apiKey) return `key:${apiKey.id}`;
  const address = headers.get('cf-connecting-ip') ?? headers.get('x-real-ip') ?? 'unknown';
  return `ip:${address}`;
}

export const rateLimit = (options: { except?: (path: string) => boolean } = {}) =>
  createMiddleware<{ Bindings: RateLimitBindings; Variables: ApiKeyVariables }>(async (c, next) => {
    const limit = rateLimitOf(c.env);
    const namespace = c.env.RATE_LIMITER;
    if (limit === 0 || !namespace || options.except?.(c.req.path)) return next();
    let verdict;
    try {
      verdict = await namespace.get(namespace.idFromName(clientOf(c.req.raw.headers, c.get('apiKey')))).take(limit);
    } catch (error) {
      console.error('rate limiter unavailable; letting the request through', error);
      return next();
    }
    const counters = { 'ratelimit-limit': String(verdict.limit), 'ratelimit-remaining': String(verdict.remaining) };
    if (!verdict.allowed) {
      throw problem('rate-limited', `More than ${limit} requests a minute; try again in ${verdict.retryAfterSeconds} s.`, {
        headers: { ...counters, 'retry-after': String(verdict.retryAfterSeconds) },
      });
    }
    await next();
    for (const [name, value] of Object.entries(counters)) c.res.headers.set(name, value);
  });
