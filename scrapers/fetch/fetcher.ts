/**
 * The one fetch wrapper: every page yibao reads comes through `createFetcher(...).fetchPage`.
 * It asks the URL guard before every request and every redirect hop, obeys robots.txt (fetched
 * once per origin per fetcher, or taken from `robotsCache` when a recent answer is kept), sends one request at a time to a host with a gap between them,
 * retries what is worth retrying (network errors, timeouts, 429, 5xx) with jittered backoff or the
 * server's Retry-After, refuses bodies that are too large or not text, and decodes GBK pages.
 *
 * It never throws: every failure comes back as an outcome with a readable `detail`. Runs in
 * workerd and Node alike (fetch, AbortController and streams only). Clock, sleep, randomness and
 * fetch itself can be injected so tests never wait for real.
 */
import { decodeBody, looksBinary, mediaTypeOf } from './encoding';
import {
  isAllowedByRobots,
  robotsPolicyForStatus,
  robotsPolicyOfAnswer,
  unreachableRobotsPolicy,
  type RobotsAnswer,
  type RobotsPolicy,
} from './robots';
import { checkOutboundUrl, type UrlRefusal } from './url-guard';

export const DEFAULT_USER_AGENT = 'yibao-bot/0.1 (+https://github.com/yibao/yibao#crawler)';

export interface FetcherOptions {
  /** Identifies the crawler and where to reach its operators. */
  userAgent?: string;
  /** Per attempt, headers and body together. Default 10 000. */
  timeoutMs?: number;
  /** Retries after the first attempt, shared by all redirect hops of one page. Default 2. */
  maxRetries?: number;
  /** Exponential backoff base with full jitter. Default 500. */
  retryBaseMs?: number;
  /** Upper bound on any wait before a retry, Retry-After included. Default 30 000. */
  maxRetryAfterMs?: number;
  /** Larger bodies are refused. Default 2 MiB. */
  maxBytes?: number;
  /** Gap between the end of one request to a host and the start of the next. Default 1000. */
  perHostDelayMs?: number;
  /** Let requests reach loopback and private addresses (local development, tests). */
  allowPrivate: boolean;
  /** Default true. */
  respectRobots?: boolean;
  /** Default 5. */
  maxRedirects?: number;
  /** Where robots.txt answers are kept between fetchers (runs); each fetcher still asks at most once. */
  robotsCache?: RobotsCache;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Milliseconds since the epoch; paired with `sleep` so a test's clock can advance on demand. */
  now?: () => number;
}

/**
 * robots.txt answers kept between runs. `get` answers only with one recent enough to use (RFC 9309
 * §2.4: up to 24 hours). Either may fail: the fetcher then asks the site, as it would without one.
 */
export interface RobotsCache {
  get(origin: string): Promise<RobotsAnswer | null>;
  put(origin: string, answer: RobotsAnswer): Promise<void>;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchFailure = 'timeout' | 'http_status' | 'too_large' | 'content_type' | 'network' | 'too_many_redirects';

/** `attempts` counts tries: 1 plus the retries spent, over all redirect hops. */
export type FetchOutcome =
  | {
      kind: 'ok';
      url: string;
      finalUrl: string;
      status: number;
      text: string;
      /** As the server sent it; empty when it sent none and the body was sniffed as text. */
      contentType: string;
      charset: string;
      etag: string | null;
      lastModified: string | null;
      bytes: number;
      attempts: number;
    }
  | { kind: 'not_modified'; url: string; status: 304; attempts: number }
  | { kind: 'skipped'; url: string; reason: 'robots' | UrlRefusal; detail: string }
  | { kind: 'failed'; url: string; reason: FetchFailure; status?: number; detail: string; attempts: number };

export interface Fetcher {
  fetchPage(url: string, validators?: Validators): Promise<FetchOutcome>;
}

const TEXT_MEDIA_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** RFC 9309 §2.5: at least 500 KiB of a robots.txt must be read; what lies beyond may be ignored. */
const ROBOTS_MAX_BYTES = 512 * 1024;
/** A Crawl-delay of hours would stall a whole run on one host; beyond this we stop deferring. */
const MAX_CRAWL_DELAY_MS = 60_000;
/** RFC 9309 §2.3.1.2: follow at least five redirects for robots.txt. */
const ROBOTS_MAX_REDIRECTS = 5;

/** One request's answer, before retry policy decides what it means. */
type Answer =
  | { kind: 'body'; status: number; headers: Headers; bytes: Uint8Array }
  | { kind: 'redirect'; status: number; location: string | null }
  | { kind: 'not_modified' }
  | { kind: 'status'; status: number; retryAfter: string | null }
  | { kind: 'error'; reason: 'timeout' | 'network' | 'too_large' | 'content_type'; status?: number; detail: string };

interface RequestPlan {
  headers: Record<string, string>;
  maxBytes: number;
  /** robots.txt is read up to the limit; pages over it are refused. */
  overflow: 'refuse' | 'truncate';
  checkContentType: boolean;
}

/** Retries left for one page, shared across its hops so redirects cannot multiply them. */
interface RetryBudget {
  left: number;
  used: number;
}

interface HostSlot {
  tail: Promise<void>;
  lastEnd: number | null;
}

export function createFetcher(options: FetcherOptions): Fetcher {
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRetries = Math.max(0, options.maxRetries ?? 2);
  const retryBaseMs = options.retryBaseMs ?? 500;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const perHostDelayMs = options.perHostDelayMs ?? 1000;
  const respectRobots = options.respectRobots ?? true;
  const maxRedirects = options.maxRedirects ?? 5;
  const allowPrivate = options.allowPrivate;
  // Called as plain functions: some runtimes reject `fetch` invoked as a method of another object.
  const fetchImpl = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  const slots = new Map<string, HostSlot>();
  const crawlDelays = new Map<string, number>();
  const robotsByOrigin = new Map<string, Promise<RobotsPolicy>>();

  /** Runs `task` when no other request to `host` is in flight and the gap since the last has passed. */
  async function inHostSlot<T>(host: string, task: () => Promise<T>): Promise<T> {
    const slot = slots.get(host) ?? { tail: Promise.resolve(), lastEnd: null };
    slots.set(host, slot);
    const previous = slot.tail;
    let release!: () => void;
    slot.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      if (slot.lastEnd !== null) {
        const gap = Math.max(perHostDelayMs, crawlDelays.get(host) ?? 0);
        const wait = slot.lastEnd + gap - now();
        if (wait > 0) await sleep(wait);
      }
      return await task();
    } finally {
      slot.lastEnd = now();
      release();
    }
  }

  /** One attempt: the request and its body under one timeout, in the host's slot. */
  function attempt(url: URL, plan: RequestPlan): Promise<Answer> {
    return inHostSlot(url.host, async () => {
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      try {
        const response = await fetchImpl(url.href, {
          method: 'GET',
          headers: plan.headers,
          redirect: 'manual',
          signal: controller.signal,
        });
        return await readAnswer(response, plan, controller);
      } catch (error) {
        if (timedOut) return { kind: 'error', reason: 'timeout', detail: `no complete answer within ${timeoutMs} ms` };
        return { kind: 'error', reason: 'network', detail: describeError(error) };
      } finally {
        clearTimeout(timer);
      }
    });
  }

  /** Attempts until an answer is final or the budget is spent; waits between tries. */
  async function attemptWithRetries(url: URL, plan: RequestPlan, budget: RetryBudget): Promise<Answer> {
    for (;;) {
      const answer = await attempt(url, plan);
      const retryable =
        (answer.kind === 'error' && (answer.reason === 'timeout' || answer.reason === 'network')) ||
        (answer.kind === 'status' && (answer.status === 429 || answer.status >= 500));
      if (!retryable || budget.left <= 0) return answer;
      const retryAfterMs = answer.kind === 'status' ? parseRetryAfter(answer.retryAfter, now()) : null;
      const wait =
        retryAfterMs !== null
          ? Math.min(retryAfterMs, maxRetryAfterMs)
          : Math.floor(random() * Math.min(maxRetryAfterMs, retryBaseMs * 2 ** budget.used));
      budget.left--;
      budget.used++;
      if (wait > 0) await sleep(wait);
    }
  }

  /** The kept answer, else the site's; an answer that settles the policy is kept for next time. */
  async function robotsPolicyOf(origin: string): Promise<RobotsPolicy> {
    const cache = options.robotsCache;
    const kept = cache ? await cache.get(origin).catch(() => null) : null;
    if (kept) return robotsPolicyOfAnswer(kept, userAgent);
    const { policy, answer } = await loadRobots(origin);
    if (cache && answer) await cache.put(origin, answer).catch(() => undefined);
    return policy;
  }

  function robotsFor(origin: string): Promise<RobotsPolicy> {
    let policy = robotsByOrigin.get(origin);
    if (!policy) {
      policy = robotsPolicyOf(origin).then((loaded) => {
        if (loaded.crawlDelaySeconds !== null) {
          crawlDelays.set(new URL(origin).host, Math.min(loaded.crawlDelaySeconds * 1000, MAX_CRAWL_DELAY_MS));
        }
        return loaded;
      });
      robotsByOrigin.set(origin, policy);
    }
    return policy;
  }

  /** The policy from the site's robots.txt, and its answer when that is worth keeping. */
  async function loadRobots(origin: string): Promise<{ policy: RobotsPolicy; answer: RobotsAnswer | null }> {
    const plan: RequestPlan = {
      headers: { 'user-agent': userAgent, accept: 'text/plain,*/*;q=0.1' },
      maxBytes: ROBOTS_MAX_BYTES,
      overflow: 'truncate',
      checkContentType: false,
    };
    const budget: RetryBudget = { left: maxRetries, used: 0 };
    let url = new URL('/robots.txt', origin);
    for (let hop = 0; ; hop++) {
      const answer = await attemptWithRetries(url, plan, budget);
      switch (answer.kind) {
        case 'body': {
          const kept: RobotsAnswer = { status: answer.status, body: new TextDecoder('utf-8').decode(answer.bytes) };
          return { policy: robotsPolicyOfAnswer(kept, userAgent), answer: kept };
        }
        case 'not_modified':
          return { policy: robotsPolicyForStatus(304), answer: null };
        case 'status': {
          // A 4xx settles it (no robots.txt); a 5xx or 429 is asked again next time.
          const settled = answer.status >= 400 && answer.status < 500 && answer.status !== 429;
          return { policy: robotsPolicyForStatus(answer.status), answer: settled ? { status: answer.status, body: null } : null };
        }
        case 'error':
          return { policy: unreachableRobotsPolicy(`${answer.reason}: ${answer.detail}`), answer: null };
        case 'redirect': {
          const next = answer.location ? resolveLocation(answer.location, url) : null;
          // §2.3.1.2: a robots.txt we cannot follow to is "unavailable", which allows everything.
          if (!next || hop >= ROBOTS_MAX_REDIRECTS) return { policy: robotsPolicyForStatus(404), answer: null };
          const checked = checkOutboundUrl(next, { allowPrivate });
          if (!checked.ok) return { policy: robotsPolicyForStatus(404), answer: null };
          url = checked.url;
        }
      }
    }
  }

  async function fetchPageOrThrow(requested: string, validators: Validators): Promise<FetchOutcome> {
    const first = checkOutboundUrl(requested, { allowPrivate });
    if (!first.ok) return { kind: 'skipped', url: requested, reason: first.reason, detail: first.detail };

    const headers: Record<string, string> = {
      'user-agent': userAgent,
      accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const plan: RequestPlan = { headers, maxBytes, overflow: 'refuse', checkContentType: true };
    const budget: RetryBudget = { left: maxRetries, used: 0 };
    const attempts = () => budget.used + 1;

    let url = first.url;
    for (let hop = 0; ; hop++) {
      if (respectRobots) {
        const verdict = isAllowedByRobots(await robotsFor(url.origin), url.pathname + url.search);
        if (!verdict.allowed) return { kind: 'skipped', url: requested, reason: 'robots', detail: `${url.href}: ${verdict.detail}` };
      }

      const answer = await attemptWithRetries(url, plan, budget);
      switch (answer.kind) {
        case 'not_modified':
          return { kind: 'not_modified', url: requested, status: 304, attempts: attempts() };
        case 'error':
          return { kind: 'failed', url: requested, reason: answer.reason, ...(answer.status ? { status: answer.status } : {}), detail: `${url.href}: ${answer.detail}`, attempts: attempts() };
        case 'status': {
          const gaveUp = answer.status === 429 || answer.status >= 500 ? ` after ${attempts()} attempt(s)` : '';
          return { kind: 'failed', url: requested, reason: 'http_status', status: answer.status, detail: `${url.href} answered HTTP ${answer.status}${gaveUp}`, attempts: attempts() };
        }
        case 'body': {
          const contentType = answer.headers.get('content-type') ?? '';
          const decoded = decodeBody(answer.bytes, contentType);
          return {
            kind: 'ok',
            url: requested,
            finalUrl: url.href,
            status: answer.status,
            text: decoded.text,
            contentType,
            charset: decoded.charset,
            etag: answer.headers.get('etag'),
            lastModified: answer.headers.get('last-modified'),
            bytes: answer.bytes.byteLength,
            attempts: attempts(),
          };
        }
        case 'redirect': {
          const next = answer.location ? resolveLocation(answer.location, url) : null;
          if (!next) {
            return { kind: 'failed', url: requested, reason: 'http_status', status: answer.status, detail: `${url.href} answered HTTP ${answer.status} without a usable Location`, attempts: attempts() };
          }
          if (hop >= maxRedirects) {
            return { kind: 'failed', url: requested, reason: 'too_many_redirects', status: answer.status, detail: `more than ${maxRedirects} redirects; the last went from ${url.href} to ${next}`, attempts: attempts() };
          }
          const checked = checkOutboundUrl(next, { allowPrivate });
          if (!checked.ok) {
            return { kind: 'skipped', url: requested, reason: checked.reason, detail: `redirected from ${url.href} to ${next}: ${checked.detail}` };
          }
          url = checked.url;
        }
      }
    }
  }

  return {
    async fetchPage(url, validators = {}) {
      try {
        return await fetchPageOrThrow(url, validators);
      } catch (error) {
        // Defensive: a bug here must not take a whole scrape run down with it.
        return { kind: 'failed', url, reason: 'network', detail: `unexpected: ${describeError(error)}`, attempts: 1 };
      }
    },
  };
}

/** Classifies a response and, for a body worth having, reads it within the byte limit. */
async function readAnswer(response: Response, plan: RequestPlan, controller: AbortController): Promise<Answer> {
  const { status, headers } = response;
  const discard = () => {
    response.body?.cancel().catch(() => {});
  };
  if (status === 304) {
    discard();
    return { kind: 'not_modified' };
  }
  if (REDIRECT_STATUSES.has(status)) {
    discard();
    return { kind: 'redirect', status, location: headers.get('location') };
  }
  if (status < 200 || status > 299) {
    discard();
    return { kind: 'status', status, retryAfter: headers.get('retry-after') };
  }

  const mediaType = mediaTypeOf(headers.get('content-type'));
  if (plan.checkContentType && mediaType !== null && !TEXT_MEDIA_TYPES.has(mediaType)) {
    discard();
    return { kind: 'error', reason: 'content_type', status, detail: `Content-Type ${mediaType} is not a text page (text/html, application/xhtml+xml or text/plain)` };
  }

  const declared = Number(headers.get('content-length'));
  if (plan.overflow === 'refuse' && Number.isFinite(declared) && declared > plan.maxBytes) {
    discard();
    controller.abort();
    return { kind: 'error', reason: 'too_large', status, detail: `Content-Length ${declared} exceeds the ${plan.maxBytes}-byte limit` };
  }

  const body = await readLimited(response, plan.maxBytes, controller);
  if (body.overflowed && plan.overflow === 'refuse') {
    return { kind: 'error', reason: 'too_large', status, detail: `body exceeds the ${plan.maxBytes}-byte limit (stopped reading at ${body.read} bytes)` };
  }
  if (plan.checkContentType && mediaType === null && looksBinary(body.bytes)) {
    return { kind: 'error', reason: 'content_type', status, detail: 'no Content-Type, and the body does not look like text' };
  }
  return { kind: 'body', status, headers, bytes: body.bytes };
}

/** Reads at most `limit` bytes; past it, stops the download instead of buffering it. */
async function readLimited(response: Response, limit: number, controller: AbortController): Promise<{ bytes: Uint8Array; overflowed: boolean; read: number }> {
  if (!response.body) return { bytes: new Uint8Array(0), overflowed: false, read: 0 };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let read = 0;
  let overflowed = false;
  const aborted = new Promise<never>((_, reject) => {
    if (controller.signal.aborted) reject(new Error('aborted'));
    controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  aborted.catch(() => {});
  for (;;) {
    // Raced against the abort signal: not every runtime errors a body stream when its request is aborted.
    const { done, value } = await Promise.race([reader.read(), aborted]);
    if (done) break;
    const room = limit - read;
    if (value.byteLength > room) {
      if (room > 0) chunks.push(value.subarray(0, room));
      read += value.byteLength;
      overflowed = true;
      reader.cancel().catch(() => {});
      controller.abort();
      break;
    }
    chunks.push(value);
    read += value.byteLength;
  }
  const bytes = new Uint8Array(Math.min(read, limit));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes, overflowed, read };
}

/**
 * Retry-After as milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Null when absent or unreadable, so the caller falls back to its own backoff.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

function resolveLocation(location: string, base: URL): string | null {
  try {
    return new URL(location, base).href;
  } catch {
    return null;
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    const why = cause instanceof Error ? `: ${cause.message}` : '';
    return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}${why}`;
  }
  return String(error);
}
