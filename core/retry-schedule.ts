/**
 * When a failed webhook delivery is tried again, and when a receiver has failed long enough to be
 * switched off. Pure: every function takes the time it reasons about.
 *
 * The schedule is the Standard Webhooks / Svix one: the first attempt, then retries about 5 s,
 * 5 min, 30 min, 2 h, 5 h, 10 h and 10 h after each failure, eight attempts over about 28 hours.
 */

export const RETRY_DELAYS_MS: readonly number[] = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

/** The first attempt and one per retry. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** A subscription failing without a success for this long is disabled. */
export const DISABLE_AFTER_MS = 5 * 24 * 3_600_000;

/** The longest wait a receiver's `Retry-After` can ask for; longer asks are shortened to this. */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/**
 * When to try again after attempt number `attempt` (1 for the first) failed at `failedAt`, or
 * null to give up. A `Retry-After` (already parsed to milliseconds) can only push the retry later.
 */
export function nextAttemptAt(attempt: number, failedAt: Date, retryAfterMs: number | null = null): Date | null {
  if (attempt < 1 || attempt >= MAX_ATTEMPTS) return null;
  const scheduled = RETRY_DELAYS_MS[attempt - 1];
  const asked = retryAfterMs === null ? 0 : Math.min(Math.max(retryAfterMs, 0), MAX_RETRY_AFTER_MS);
  return new Date(failedAt.getTime() + Math.max(scheduled, asked));
}

/** A `Retry-After` header, delay-seconds or an HTTP-date, as milliseconds from `now`; null if absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}

/** Only these answers carry a `Retry-After` worth honouring. */
export function honoursRetryAfter(status: number): boolean {
  return status === 429 || status === 503;
}

/** True when a subscription failing since `failingSince` (ISO, null when healthy) has failed for 5 days at `now`. */
export function failingTooLong(failingSince: string | null, now: Date): boolean {
  if (!failingSince) return false;
  return now.getTime() - Date.parse(failingSince) >= DISABLE_AFTER_MS;
}

/** What one attempt produced: an HTTP status, or none (timeout, network error, refused URL). */
export interface AttemptResult {
  /** This attempt's number, 1 for the first. */
  attempt: number;
  status: number | null;
  retryAfter?: string | null;
  at: Date;
}

export interface AttemptVerdict {
  delivery: { status: 'delivered' | 'pending' | 'failed'; nextAttemptAt: string; deliveredAt: string | null };
  /** `healthy` clears `failing_since`; `failing` sets it if unset and may disable the subscription. */
  subscription: { state: 'healthy' } | { state: 'failing'; disable: string | null };
}

/**
 * What to do after an attempt: 2xx delivers; 410 gives up and disables the subscription; anything
 * else (3xx included: redirects are not followed) is retried on the schedule until it runs out. A
 * subscription whose failures began 5 days ago or more is disabled.
 */
export function judgeAttempt(result: AttemptResult, failingSince: string | null): AttemptVerdict {
  const at = result.at.toISOString();
  const status = result.status;
  if (status !== null && status >= 200 && status < 300) {
    return { delivery: { status: 'delivered', nextAttemptAt: at, deliveredAt: at }, subscription: { state: 'healthy' } };
  }
  if (status === 410) {
    return {
      delivery: { status: 'failed', nextAttemptAt: at, deliveredAt: null },
      subscription: { state: 'failing', disable: 'the receiver answered 410 Gone' },
    };
  }
  const retryAfterMs = status !== null && honoursRetryAfter(status) ? parseRetryAfter(result.retryAfter, result.at) : null;
  const next = nextAttemptAt(result.attempt, result.at, retryAfterMs);
  return {
    delivery: next ? { status: 'pending', nextAttemptAt: next.toISOString(), deliveredAt: null } : { status: 'failed', nextAttemptAt: at, deliveredAt: null },
    subscription: { state: 'failing', disable: failingTooLong(failingSince, result.at) ? 'failing for 5 days' : null },
  };
}
