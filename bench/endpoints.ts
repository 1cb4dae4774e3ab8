/**
 * The API requests the HTTP and national benchmarks send, and the two ways they are timed:
 * autocannon under load (throughput) and one request at a time (latency of a single lookup).
 * A route that is not registered yet answers the app's "No route matches" 404: the probe tells
 * it apart from a real failure, so its figures are `n/a` rather than a broken run.
 */
import autocannon from 'autocannon';
import { median } from './part';

export type EndpointName = 'health' | 'facts' | 'diff' | 'waiting_period' | 'back_payment';

export interface ApiRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

export interface Endpoint {
  name: EndpointName;
  /** The request for a region; its scheme is fixed per endpoint. */
  request: (region: string) => ApiRequest;
  /** A region of the bundled sample with facts for the endpoint's scheme. */
  sampleRegion: string;
}

export const ENDPOINTS: readonly Endpoint[] = [
  { name: 'health', sampleRegion: '', request: () => ({ method: 'GET', path: '/health' }) },
  {
    name: 'facts',
    sampleRegion: '450200',
    request: (region) => ({ method: 'GET', path: `/v1/regions/${region}/facts?scheme=resident&year=2025` }),
  },
  {
    name: 'diff',
    sampleRegion: '450200',
    request: (region) => ({ method: 'GET', path: `/v1/diff?region=${region}&scheme=resident&from=2024&to=2025` }),
  },
  {
    name: 'waiting_period',
    sampleRegion: '370200',
    // The worked example of DOMAIN.md: no cover in 2025 and 2026, paid in the window for 2027.
    request: (region) => ({
      method: 'POST',
      path: '/v1/calculate/waiting-period',
      body: { region, scheme: 'resident', years: { from: 2025, to: 2026 }, paidOn: '2026-11-15' },
    }),
  },
  {
    name: 'back_payment',
    sampleRegion: '210600',
    // 丹东 states the 2025 base and rate for flexible workers: six months owed, paid in August.
    request: (region) => ({
      method: 'POST',
      path: '/v1/calculate/back-payment',
      body: { region, scheme: 'flexible', months: { from: '2025-01', to: '2025-06' }, paidOn: '2025-08-15' },
    }),
  },
];

export function endpoint(name: EndpointName): Endpoint {
  return ENDPOINTS.find((e) => e.name === name)!;
}

function init({ method, body }: ApiRequest): RequestInit {
  return body === undefined ? { method } : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export type Probe = { ok: true } | { ok: false; missing: boolean; detail: string };

/** One request: does the route exist, and does it answer 2xx? */
export async function probe(base: string, request: ApiRequest): Promise<Probe> {
  const response = await fetch(base + request.path, init(request));
  const text = await response.text();
  if (response.ok) return { ok: true };
  const missing = response.status === 404 && text.includes('No route matches');
  return { ok: false, missing, detail: `${request.method} ${request.path} → ${response.status} ${text.slice(0, 300)}` };
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** CPU ms per answered request of the process `cpuMs` reads, over the timed run; NaN without one. */
  cpuMsPerRequest: number;
  /** Answers that were not 2xx, or errors and timeouts. */
  failures: number;
}

/** autocannon against one request, after a short untimed warm-up. */
export async function loadTest(
  base: string,
  request: ApiRequest,
  { seconds = 5, connections = 10, cpuMs = () => Number.NaN }: { seconds?: number; connections?: number; cpuMs?: () => number } = {},
): Promise<LoadResult> {
  const options = {
    url: base + request.path,
    method: request.method,
    connections,
    ...(request.body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) }),
  };
  await autocannon({ ...options, duration: 1 });
  const cpuBefore = cpuMs();
  const result = await autocannon({ ...options, duration: seconds });
  const cpuSpent = cpuMs() - cpuBefore;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: cpuSpent / Math.max(1, result.requests.total),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

export interface SequentialResult {
  p50: number;
  p90: number;
  failures: number;
}

/**
 * Sends each request to every base in turn, one request at a time, and reports per base the
 * median wall time of one request in ms. Taking turns request by request means a slow spell of
 * the machine falls on all bases alike.
 */
export async function sequentialLatency(bases: string[], requests: ApiRequest[], { warmup = 30 } = {}): Promise<SequentialResult[]> {
  for (const request of requests.slice(0, warmup)) {
    for (const base of bases) await (await fetch(base + request.path, init(request))).arrayBuffer();
  }
  const times = bases.map(() => [] as number[]);
  const failures = bases.map(() => 0);
  for (const request of requests) {
    for (const [i, base] of bases.entries()) {
      const started = performance.now();
      const response = await fetch(base + request.path, init(request));
      await response.arrayBuffer();
      times[i].push(performance.now() - started);
      if (!response.ok) failures[i]++;
    }
  }
  return times.map((list, i) => {
    list.sort((a, b) => a - b);
    return { p50: median(list), p90: list[Math.floor(list.length * 0.9)], failures: failures[i] };
  });
}
