import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, api } from '../support/worker';

type Operation = { method: string; path: string };

/** Every documented operation, except the one that scrapes (it would fetch whatever URLs the fuzzer added). */
async function operations(): Promise<Operation[]> {
  const doc = (await (await api('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .flatMap(([path, item]) => Object.keys(item).map((method) => ({ method: method.toUpperCase(), path })))
    .filter((op) => op.path !== '/v1/admin/scrape');
}

const segment = fc.oneof(fc.constantFrom('450200', '1', '0', '-1', '999999', 'abc', '%E6%9F%B3', '1e3', ''), fc.string({ maxLength: 12 }));
const query = fc.dictionary(
  fc.constantFrom('q', 'scheme', 'year', 'key', 'at', 'region', 'from', 'to', 'since', 'limit', 'cursor', 'status', 'x'),
  fc.oneof(fc.string({ maxLength: 16 }), fc.constantFrom('resident', 'flexible', '2025', '2024-13-01', '-1', '450200', '城中区', '柳州', 'c1.MA', 'c1.!!', 'contribution.rate', '99999999999999999999')),
  { maxKeys: 4 },
);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({
    region: fc.oneof(fc.string(), fc.constantFrom('450200', '克拉玛依', '999999', '城中区', 'Liuzhou')),
    variant: fc.oneof(fc.string(), fc.constantFrom('统账结合', '单建统筹')),
    years: fc.oneof(fc.jsonValue(), fc.record({ from: fc.constantFrom(2024, 2025, 1800, 2.5), to: fc.constantFrom(2025, 2026, 3000) })),
    base: fc.oneof(fc.jsonValue(), fc.constantFrom(5000, -1, 0)),
    regions: fc.oneof(fc.jsonValue(), fc.constantFrom(['450000'], ['城中区'], ['Liuzhou'], [])),
    scheme: fc.oneof(fc.string(), fc.constantFrom('resident', 'flexible', 'employee')),
    paidOn: fc.oneof(fc.string(), fc.constantFrom('2025-05-20', '2025-02-30')),
    months: fc.oneof(fc.jsonValue(), fc.record({ from: fc.constantFrom('2025-01', '2030-12', 'x'), to: fc.constantFrom('2025-04', '2024-01', '9999-12') })),
    lapse: fc.oneof(fc.jsonValue(), fc.record({ from: fc.constantFrom('2025', '2025-01', '1900'), to: fc.constantFrom('2026', '2024-12', '3000') })),
    url: fc.oneof(fc.webUrl(), fc.string()),
  }, { requiredKeys: [] }),
);

/** Every JSON member name with an underscore, anywhere in `value`. */
export function underscoredMembers(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => underscoredMembers(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [...(k.includes('_') ? [`${path}.${k}`] : []), ...underscoredMembers(v, `${path}.${k}`)]);
  }
  return [];
}

describe('any request', () => {
  it('never gets a 5xx, and every 4xx is problem+json', async () => {
    const ops = await operations();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ops), segment, query, body, fc.boolean(), async (op, param, params, json, raw) => {
        const path = op.path.replace(/\{[^}]+\}/g, encodeURIComponent(param) || 'x');
        const search = new URLSearchParams(params).toString();
        const init: RequestInit = { method: op.method, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } };
        if (op.method !== 'GET' && op.method !== 'DELETE') {
          init.body = raw ? String(JSON.stringify(json)).slice(0, -1) : JSON.stringify(json);
          (init.headers as Record<string, string>)['content-type'] = 'application/json';
        }
        const res = await api(`${path}${search ? `?${search}` : ''}`, init);
        const text = await res.text();
        expect(res.status, `${op.method} ${path}?${search} → ${text.slice(0, 300)}`).toBeLessThan(500);
        const where = `${op.method} ${path}?${search} → ${text.slice(0, 300)}`;
        if (res.status >= 400) {
          expect(res.headers.get('content-type'), where).toBe('application/problem+json');
          const problem = JSON.parse(text) as { type: string; code: string; requestId: string; errors?: { field: string; reason: string }[] };
          expect(problem.type, where).not.toBe('about:blank');
          expect(problem.requestId, where).toBeTruthy();
          // A request refused for what it says names the field at fault and why.
          if (res.status === 400 || res.status === 422) {
            expect(problem.errors?.length, where).toBeGreaterThan(0);
            for (const e of problem.errors!) expect(e.field && e.reason, where).toBeTruthy();
          }
        }
        if (text && (res.headers.get('content-type') ?? '').includes('json')) expect(underscoredMembers(JSON.parse(text)), where).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
