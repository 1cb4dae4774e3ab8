import { describe, expect, it } from 'vitest';
import {
  MAX_ATTEMPTS,
  RETRY_DELAYS_MS,
  failingTooLong,
  judgeAttempt,
  nextAttemptAt,
  parseRetryAfter,
} from '../../core/retry-schedule';

const t0 = new Date('2026-03-01T00:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms).toISOString();

describe('the webhook retry schedule', () => {
  it('retries about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h after each failure, then gives up', () => {
    const delays = Array.from({ length: MAX_ATTEMPTS }, (_, i) => nextAttemptAt(i + 1, t0)).map((d) => (d ? d.getTime() - t0.getTime() : null));
    expect(delays).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000, null]);
    expect(RETRY_DELAYS_MS).toHaveLength(7);
  });

  it('waits as long as Retry-After asks when that is longer than the schedule, never shorter', () => {
    expect(nextAttemptAt(1, t0, 120_000)!.toISOString()).toBe(later(120_000));
    expect(nextAttemptAt(3, t0, 1_000)!.toISOString()).toBe(later(1_800_000));
  });

  it('caps a Retry-After at a day', () => {
    expect(nextAttemptAt(1, t0, 30 * 24 * 3_600_000)!.toISOString()).toBe(later(24 * 3_600_000));
  });

  it('reads Retry-After as seconds or as an HTTP-date', () => {
    expect(parseRetryAfter('120', t0)).toBe(120_000);
    expect(parseRetryAfter(new Date(t0.getTime() + 90_000).toUTCString(), t0)).toBe(90_000);
    expect(parseRetryAfter('Sun, 01 Jan 2000 00:00:00 GMT', t0)).toBe(0);
    expect(parseRetryAfter('soon', t0)).toBeNull();
    expect(parseRetryAfter('-5', t0)).toBeNull();
    expect(parseRetryAfter(null, t0)).toBeNull();
  });

  it('counts a subscription failing for 5 days as failing too long', () => {
    expect(failingTooLong(null, t0)).toBe(false);
    expect(failingTooLong(t0.toISOString(), new Date(later(5 * 24 * 3_600_000 - 1)))).toBe(false);
    expect(failingTooLong(t0.toISOString(), new Date(later(5 * 24 * 3_600_000)))).toBe(true);
  });
});

describe('judging an attempt', () => {
  it('delivers on any 2xx and marks the subscription healthy', () => {
    for (const status of [200, 201, 204, 299]) {
      expect(judgeAttempt({ attempt: 1, status, at: t0 }, later(-1000))).toEqual({
        delivery: { status: 'delivered', nextAttemptAt: t0.toISOString(), deliveredAt: t0.toISOString() },
        subscription: { state: 'healthy' },
      });
    }
  });

  it('retries a redirect, a server error, a timeout like any failure', () => {
    for (const status of [301, 302, 307, 400, 404, 500, null]) {
      const verdict = judgeAttempt({ attempt: 1, status, at: t0 }, null);
      expect(verdict.delivery).toEqual({ status: 'pending', nextAttemptAt: later(5_000), deliveredAt: null });
      expect(verdict.subscription).toEqual({ state: 'failing', disable: null });
    }
  });

  it('honours Retry-After only on 429 and 503', () => {
    expect(judgeAttempt({ attempt: 1, status: 429, retryAfter: '120', at: t0 }, null).delivery.nextAttemptAt).toBe(later(120_000));
    expect(judgeAttempt({ attempt: 1, status: 503, retryAfter: '60', at: t0 }, null).delivery.nextAttemptAt).toBe(later(60_000));
    expect(judgeAttempt({ attempt: 1, status: 500, retryAfter: '120', at: t0 }, null).delivery.nextAttemptAt).toBe(later(5_000));
  });

  it('gives up after the eighth attempt', () => {
    expect(judgeAttempt({ attempt: 8, status: 500, at: t0 }, null).delivery.status).toBe('failed');
  });

  it('stops at a 410 and disables the subscription', () => {
    const verdict = judgeAttempt({ attempt: 1, status: 410, at: t0 }, null);
    expect(verdict.delivery.status).toBe('failed');
    expect(verdict.subscription).toEqual({ state: 'failing', disable: expect.stringContaining('410') });
  });

  it('disables a subscription whose failures began 5 days ago', () => {
    const verdict = judgeAttempt({ attempt: 2, status: 500, at: t0 }, later(-5 * 24 * 3_600_000));
    expect(verdict.subscription).toEqual({ state: 'failing', disable: 'failing for 5 days' });
  });
});
