/**
 * A token bucket of `limit` requests a minute: full at first, refilled continuously at
 * `limit / 60` tokens a second, each request taking one. Pure: the state goes in and comes out.
 */

export interface Bucket {
  tokens: number;
  at: number;
  limit: number;
}

export interface Verdict {
  allowed: boolean;
  limit: number;
  /** Whole requests left right now. */
  remaining: number;
  /** Seconds until the next request would be allowed; 0 when allowed. */
  retryAfterSeconds: number;
}

export function takeToken(previous: Bucket | null, limit: number, now: number): { bucket: Bucket; verdict: Verdict } {
  const perMs = limit / 60_000;
  // A changed limit starts a bucket of the new size, no fuller than the old one was.
  const start = previous && previous.limit === limit ? previous : { tokens: Math.min(limit, previous?.tokens ?? limit), at: now, limit };
  const tokens = Math.min(limit, start.tokens + Math.max(0, now - start.at) * perMs);
  if (tokens >= 1) {
    return { bucket: { tokens: tokens - 1, at: now, limit }, verdict: { allowed: true, limit, remaining: Math.floor(tokens - 1), retryAfterSeconds: 0 } };
  }
  const waitMs = (1 - tokens) / perMs;
  return { bucket: { tokens, at: now, limit }, verdict: { allowed: false, limit, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } };
}
