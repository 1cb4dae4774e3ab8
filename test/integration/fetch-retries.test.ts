/**
 * The fetcher's patience, inside workerd against the fixture server: retries with backoff and
 * Retry-After, timeouts, network errors, and one request at a time per host with a gap. Waits go
 * through an injected `sleep` (and clock), so nothing here waits for real unless it says so.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFetcher, type FetcherOptions, type FetchOutcome } from '../../scrapers/fetch/index';
import { fixtureSite, type FixtureSite } from '../support/worker';

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
});
beforeEach(() => site.reset());

const PAGE = '<html><body><p>个人缴费标准为每人每年400元</p></body></html>';

/** A fetcher whose waits are recorded, not slept; `random` 0.5 makes the jitter predictable. */
function recordingFetcher(overrides: Partial<FetcherOptions> = {}) {
  const sleep = vi.fn(async (_ms: number) => {});
  const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 0, timeoutMs: 3000, sleep, random: () => 0.5, ...overrides });
  return { fetcher, sleep, waits: () => sleep.mock.calls.map(([ms]) => ms) };
}

describe('retries', () => {
  it('retries a 500 and succeeds on the 200 after it', async () => {
    const url = await site.page('/r/flaky.html', PAGE);
    await site.script('/r/flaky.html', [{ status: 500 }]);
    const { fetcher, waits } = recordingFetcher();
    const outcome = await fetcher.fetchPage(url);
    expect(outcome).toMatchObject({ kind: 'ok', status: 200, attempts: 2, text: expect.stringContaining('400元') });
    expect((await site.requests('/r/flaky.html')).count).toBe(2);
    expect(waits()).toEqual([250]); // full jitter: 0.5 × 500 ms × 2^0
  });

  it('waits the seconds a 429 asks for in Retry-After', async () => {
    const url = await site.page('/r/busy.html', PAGE);
    await site.script('/r/busy.html', [{ status: 429, headers: { 'retry-after': '1' } }, { status: 200 }]);
    const { fetcher, waits } = recordingFetcher();
    expect(await fetcher.fetchPage(url)).toMatchObject({ kind: 'ok', attempts: 2 });
    expect(waits()).toEqual([1000]);
  });

  it('waits until the HTTP date a 503 gives in Retry-After', async () => {
    const now = Date.UTC(2030, 0, 1, 8, 0, 0);
    const url = await site.page('/r/maintenance.html', PAGE);
    await site.script('/r/maintenance.html', [{ status: 503, headers: { 'retry-after': new Date(now + 7000).toUTCString() } }]);
    const { fetcher, waits } = recordingFetcher({ now: () => now });
    expect(await fetcher.fetchPage(url)).toMatchObject({ kind: 'ok', attempts: 2 });
    expect(waits()).toEqual([7000]);
  });

  it('caps a Retry-After longer than maxRetryAfterMs', async () => {
    const url = await site.page('/r/come-back-tomorrow.html', PAGE);
    await site.script('/r/come-back-tomorrow.html', [{ status: 429, headers: { 'retry-after': '86400' } }, { status: 429, headers: { 'retry-after': '86400' } }]);
    const { fetcher, waits } = recordingFetcher({ maxRetryAfterMs: 5000 });
    expect(await fetcher.fetchPage(url)).toMatchObject({ kind: 'ok', attempts: 3 });
    expect(waits()).toEqual([5000, 5000]);
  });

  it('gives up after maxRetries, backing off exponentially, and reports the last status', async () => {
    const url = await site.page('/r/down.html', PAGE);
    await site.script('/r/down.html', [{ status: 503 }, { status: 503 }, { status: 503 }]);
    const { fetcher, waits } = recordingFetcher();
    const outcome = await fetcher.fetchPage(url);
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'http_status', status: 503, attempts: 3, detail: expect.stringContaining('after 3 attempt(s)') });
    expect(waits()).toEqual([250, 500]);
    expect((await site.requests('/r/down.html')).count).toBe(3);
  });

  it('does not retry a 403', async () => {
    const url = await site.page('/r/forbidden.html', PAGE);
    await site.script('/r/forbidden.html', [{ status: 403, body: 'forbidden' }]);
    const { fetcher, waits } = recordingFetcher();
    expect(await fetcher.fetchPage(url)).toMatchObject({ kind: 'failed', reason: 'http_status', status: 403, attempts: 1 });
    expect(waits()).toEqual([]);
  });
});

describe('timeouts and network errors', () => {
  it('times out on a server that never answers', async () => {
    const url = await site.page('/r/hang.html', PAGE);
    await site.script('/r/hang.html', [{ hang: true }]);
    const { fetcher } = recordingFetcher({ timeoutMs: 300, maxRetries: 0 });
    const outcome = await fetcher.fetchPage(url);
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'timeout', attempts: 1, detail: expect.stringContaining('300 ms') });
  });

  it('retries after a timeout and takes the answer that comes', async () => {
    const url = await site.page('/r/hang-once.html', PAGE);
    await site.script('/r/hang-once.html', [{ hang: true }]);
    const { fetcher } = recordingFetcher({ timeoutMs: 300, maxRetries: 1 });
    expect(await fetcher.fetchPage(url)).toMatchObject({ kind: 'ok', attempts: 2 });
  });

  it('times out a server that answers too slowly', async () => {
    const url = await site.page('/r/slow.html', PAGE);
    await site.script('/r/slow.html', [{ delayMs: 1000 }]);
    const { fetcher } = recordingFetcher({ timeoutMs: 300, maxRetries: 0 });
    expect(await fetcher.fetchPage(url)).toMatchObject({ kind: 'failed', reason: 'timeout' });
  });

  it('times out a body that starts but never finishes', async () => {
    const url = await site.page('/r/stall.html', PAGE);
    await site.script('/r/stall.html', [{ stall: true }]);
    const { fetcher } = recordingFetcher({ timeoutMs: 300, maxRetries: 0 });
    expect(await fetcher.fetchPage(url)).toMatchObject({ kind: 'failed', reason: 'timeout', detail: expect.stringContaining('no complete answer') });
  });

  it('reports a refused connection as a network failure', async () => {
    const { fetcher } = recordingFetcher({ respectRobots: false, maxRetries: 0 });
    const outcome = await fetcher.fetchPage('http://127.0.0.1:1/notice.html');
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'network', attempts: 1, detail: expect.stringContaining('127.0.0.1:1') });
  });

  it('retries network errors before giving up', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('fetch failed', { cause: new Error('ECONNRESET') });
    }) as unknown as typeof fetch;
    const { fetcher, waits } = recordingFetcher({ fetchImpl, respectRobots: false });
    const outcome = await fetcher.fetchPage('https://ybj.example.gov.cn/notice.html');
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'network', attempts: 3, detail: expect.stringContaining('ECONNRESET') });
    expect(fetchImpl).toHaveBeenCalledTimes(3);
    expect(waits()).toEqual([250, 500]);
  });

  it('never throws, even when fetch itself does something odd', async () => {
    const fetchImpl = (() => {
      throw 'not even an Error';
    }) as unknown as typeof fetch;
    const { fetcher } = recordingFetcher({ fetchImpl, respectRobots: false, maxRetries: 0 });
    const outcome: FetchOutcome = await fetcher.fetchPage('https://ybj.example.gov.cn/a.html');
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'network', detail: expect.stringContaining('not even an Error') });
  });
});

describe('politeness per host', () => {
  it('sends one request at a time to a host and asks for the gap between them', async () => {
    let clock = 1_000_000;
    const sleep = vi.fn(async (ms: number) => {
      clock += ms;
    });
    const started: Array<{ url: string; at: number }> = [];
    const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
      started.push({ url: String(input), at: clock });
      return fetch(input, init);
    }) as typeof fetch;
    const a = await site.page('/p/a.html', PAGE);
    const b = await site.page('/p/b.html', PAGE);
    // The first answer takes a while; the second request must not start until it is complete.
    await site.script('/p/a.html', [{ delayMs: 150 }]);
    const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 200, respectRobots: false, sleep, now: () => clock, fetchImpl });

    const [first, second] = await Promise.all([fetcher.fetchPage(a), fetcher.fetchPage(b)]);
    expect(first.kind).toBe('ok');
    expect(second.kind).toBe('ok');
    expect(sleep).toHaveBeenCalledWith(200);
    expect(started.map((s) => s.url)).toEqual([a, b]);
    expect(started[1].at - started[0].at).toBeGreaterThanOrEqual(200);

    const served = [(await site.requests('/p/a.html')).requests[0].at, (await site.requests('/p/b.html')).requests[0].at];
    expect(served[1] - served[0]).toBeGreaterThanOrEqual(150);
  });

  it('keeps the gap in real time too', async () => {
    const a = await site.page('/p/real-a.html', PAGE);
    const b = await site.page('/p/real-b.html', PAGE);
    const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 200, respectRobots: false });
    await Promise.all([fetcher.fetchPage(a), fetcher.fetchPage(b)]);
    const served = [(await site.requests('/p/real-a.html')).requests[0].at, (await site.requests('/p/real-b.html')).requests[0].at];
    // A lower bound only (timer granularity allows a few ms): never sooner than the gap.
    expect(Math.abs(served[1] - served[0])).toBeGreaterThanOrEqual(190);
  });

  it('does not make different hosts wait for each other', async () => {
    const other = await fixtureSite();
    const a = await site.page('/p/host-a.html', PAGE);
    const b = await other.page('/p/host-b.html', PAGE);
    const { fetcher, sleep } = recordingFetcher({ perHostDelayMs: 10_000, respectRobots: false });
    const outcomes = await Promise.all([fetcher.fetchPage(a), fetcher.fetchPage(b)]);
    expect(outcomes.map((o) => o.kind)).toEqual(['ok', 'ok']);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('waits the gap between a retry and the request before it when backoff is shorter', async () => {
    let clock = 0;
    const sleep = vi.fn(async (ms: number) => {
      clock += ms;
    });
    const url = await site.page('/p/retry-gap.html', PAGE);
    await site.script('/p/retry-gap.html', [{ status: 500 }]);
    const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 1000, retryBaseMs: 100, random: () => 1, respectRobots: false, sleep, now: () => clock });
    expect(await fetcher.fetchPage(url)).toMatchObject({ kind: 'ok', attempts: 2 });
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([100, 900]);
  });
});
