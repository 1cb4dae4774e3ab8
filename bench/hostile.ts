/**
 * `npm run bench -- hostile`: hostile traffic against the Worker in `wrangler dev` on the bundled
 * sample, with private addresses refused as in production (`ALLOW_PRIVATE_URLS=false`) and the
 * rate limit off (it would answer most of this with 429 before any route saw it). Every operation
 * of `/openapi.json` is sent malformed, oversized, unauthenticated, wrong-key and SSRF-shaped
 * input: hostile path parameters, junk and oversized queries, broken and oversized JSON, wrong
 * types, deep nesting, and `url` members pointing at loopback, private, metadata and non-http
 * addresses in several spellings. Prints how many requests were sent, the count by status, and
 * how many answers were 500 or above (the target is 0); a 5xx fails the run.
 *
 * The valid admin token is never sent to `/v1/admin/scrape` (a run would fetch real sources),
 * and the URLs it sends elsewhere are all refused ones, so nothing leaves the machine.
 */
import { BENCH_ADMIN_TOKEN, startSampleWorker } from './local-worker';
import type { BenchPart, Figure } from './part';

const ROUNDS = Number(process.env.BENCH_HOSTILE_ROUNDS ?? 18);
const IN_FLIGHT = 8;

const SSRF_URLS = [
  'http://127.0.0.1:8787/v1/admin/sources', 'http://localhost/', 'http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://0x7f.1/',
  'http://2130706433/', 'http://0177.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://metadata.google.internal/',
  'http://10.0.0.1/', 'http://192.168.1.1/', 'http://100.64.0.1/', 'http://[fd00::1]/', 'file:///etc/passwd', 'gopher://127.0.0.1:6379/_INFO',
  'ftp://127.0.0.1/', 'javascript:alert(1)', 'http://user:pass@127.0.0.1/', 'http://127.1/', 'https://[::]/',
];
const PATH_VALUES = ['0', '-1', '1e3', '99999999999999999999999', 'abc', '%00', '..%2F..%2Fetc%2Fpasswd', "1'%20OR%201=1--", encodeURIComponent('柳州'), 'x'.repeat(5000), '%E0%A4%A', '1;DROP%20TABLE%20facts'];
const QUERIES = ['', '?limit=-5', '?limit=abc&cursor=zzz', '?cursor=c1.%00%00', `?q=${'y'.repeat(10_000)}`, '?year=1e309&at=2025-13-45', '?scheme[]=a&scheme[]=b', '?region=%FF%FE', '?since=-1&status=evil', `?${'a=1&'.repeat(500)}`];
const BODIES: (string | (() => string))[] = [
  '', '{', 'null', '[]', '"string"', '12', '{"url":', '{"__proto__":{"admin":true}}', JSON.stringify({ url: 42, regions: 'all', name: { a: 1 } }),
  () => '['.repeat(5000) + ']'.repeat(5000),
  () => JSON.stringify({ name: 'n'.repeat(200_000), text: 't'.repeat(1_050_000) }),
  JSON.stringify({ region: '99999x', scheme: 'nope', lapse: { from: '2099', to: '1900' }, paidOn: 'yesterday', months: { from: 'x', to: 'y' } }),
  ...SSRF_URLS.map((url) => JSON.stringify({ url, regions: ['450000'] })),
  ...SSRF_URLS.slice(0, 6).map((url) => JSON.stringify({ url, html: '<p>x</p>' })),
];
const AUTHS: (string | null)[] = [null, 'Bearer wrong-admin-token', 'Bearer yb_AAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB', 'Basic YWRtaW46YWRtaW4=', `Bearer ${BENCH_ADMIN_TOKEN}`, 'Bearer ' + 'k'.repeat(9000)];

interface Operation {
  method: string;
  path: string;
}

async function operationsOf(base: string): Promise<Operation[]> {
  const doc = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => ({ method: method.toUpperCase(), path })));
}

interface HostileRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

function* requestsFor(base: string, operations: Operation[], subscriberKey: string): Generator<HostileRequest> {
  const auths = [...AUTHS, `Bearer ${subscriberKey}`];
  for (let round = 0; round < ROUNDS; round++) {
    for (const op of operations) {
      for (let i = 0; i < PATH_VALUES.length; i++) {
        const path = op.path.replace(/\{[^}]+\}/g, PATH_VALUES[(i + round) % PATH_VALUES.length]);
        const query = QUERIES[(i + round) % QUERIES.length];
        const auth = auths[(i + round * 3) % auths.length];
        const headers: Record<string, string> = { 'x-forwarded-for': '127.0.0.1', 'x-request-id': `hostile-${round}-${i}` };
        if (auth) headers.authorization = auth;
        // The one route that would reach out to real sources never gets the valid token.
        if (op.path === '/v1/admin/scrape' && auth?.includes(BENCH_ADMIN_TOKEN)) headers.authorization = 'Bearer wrong-admin-token';
        let body: string | undefined;
        if (op.method !== 'GET' && op.method !== 'HEAD') {
          const chosen = BODIES[(i * 7 + round) % BODIES.length];
          body = typeof chosen === 'function' ? chosen() : chosen;
          headers['content-type'] = (i + round) % 5 === 0 ? 'text/plain' : 'application/json';
        }
        yield { method: op.method, url: `${base}${path}${query}`, headers, ...(body !== undefined ? { body } : {}) };
      }
    }
    // Methods a route does not have, and paths no route has.
    for (const op of operations) yield { method: op.method === 'GET' ? 'DELETE' : 'PUT', url: `${base}${op.path.replace(/\{[^}]+\}/g, '1')}`, headers: {} };
    for (const junk of ['/v1/admin', '/v1/../v1/admin/sources', '/%2e%2e/%2e%2e/', '/v1/regions/%', '/docs/%FF', '/openapi.json/x']) yield { method: 'GET', url: `${base}${junk}`, headers: {} };
  }
}

export const hostileBench: BenchPart = {
  name: 'hostile',
  async run(): Promise<Figure[]> {
    process.env.BENCH_ALLOW_PRIVATE_URLS ??= 'false';
    const worker = await startSampleWorker();
    try {
      const made = await fetch(`${worker.base}/v1/admin/api-keys`, {
        method: 'POST',
        headers: { authorization: `Bearer ${BENCH_ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'hostile-bench' }),
      });
      const { key } = (await made.json()) as { key: string };
      const operations = await operationsOf(worker.base);
      const byStatus = new Map<string, number>();
      const fiveHundreds: string[] = [];
      let sent = 0;
      const queue = requestsFor(worker.base, operations, key);
      const sender = async () => {
        for (let next = queue.next(); !next.done; next = queue.next()) {
          const request = next.value;
          sent++;
          let status: string;
          try {
            const res = await fetch(request.url, { method: request.method, headers: request.headers, ...(request.body !== undefined ? { body: request.body } : {}), redirect: 'manual' });
            await res.arrayBuffer();
            status = String(res.status);
            if (res.status >= 500) fiveHundreds.push(`${res.status} ${request.method} ${request.url.slice(0, 160)}`);
          } catch (error) {
            status = 'no answer';
            fiveHundreds.push(`no answer ${request.method} ${request.url.slice(0, 160)}: ${(error as Error).message}`);
          }
          byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
      const counts = [...byStatus].sort(([a], [b]) => a.localeCompare(b));
      process.stdout.write(`hostile: ${sent} requests over ${operations.length} operations; by status: ${counts.map(([s, n]) => `${s}×${n}`).join(' ')}\n`);
      for (const line of fiveHundreds.slice(0, 20)) process.stdout.write(`hostile: ${line}\n`);
      const failures = fiveHundreds.length;
      const figures: Figure[] = [
        { name: 'hostile.requests', value: sent, unit: 'requests' },
        { name: 'hostile.answers_5xx', value: failures, unit: 'answers' },
        ...counts.map(([status, n]) => ({ name: `hostile.status_${status.replace(/\s+/g, '_')}`, value: n, unit: 'answers' })),
      ];
      if (failures > 0) throw new Error(`hostile: ${failures} answers were 500 or above, or missing`);
      return figures;
    } finally {
      await worker.stop();
    }
  },
};
