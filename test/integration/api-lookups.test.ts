import { beforeAll, describe, expect, it } from 'vitest';
import { loadSample } from '../support/sample';
import { api } from '../support/worker';
import { CONFIDENCE_CEILING, MIN_CONFIDENCE } from '../../scrapers/extract/confidence';

type Fact = { key: string; variant: string; year: number; scheme: string; value: unknown; hedged: boolean; confidence: number; region: string; inheritedFrom: string | null; sources: { url: string; title: string | null; quote: string; fetchedAt: string; official: boolean }[]; conflicts: { value: unknown; sources: unknown[] }[] };

async function factsOf(path: string) {
  const res = await api(path);
  expect(res.status).toBe(200);
  return ((await res.json()) as { facts: Fact[] }).facts;
}

const find = (facts: Fact[], key: string, variant = '') => facts.find((f) => f.key === key && f.variant === variant);

beforeAll(loadSample);

describe('GET /v1/regions', () => {
  it.each(['柳州', '柳州市', 'Liuzhou', 'liuzhou', '450200'])('finds 柳州 by %s', async (q) => {
    const res = await api(`/v1/regions?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    const { regions } = (await res.json()) as { regions: { code: string; name: string; level: string; parent: string }[] };
    expect(regions[0]).toEqual({ code: '450200', name: '柳州市', level: 'prefecture', parent: '450000' });
  });

  it('answers a missing q with 400 naming the field', async () => {
    const res = await api('/v1/regions');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0].field).toBe('query.q');
  });
});

describe('GET /v1/regions/{code}/facts', () => {
  it('answers a city with its own facts and the national ones it inherits, each with sources', async () => {
    const facts = await factsOf('/v1/regions/450200/facts?scheme=resident&year=2025');
    const own = find(facts, 'contribution.individual_annual')!;
    expect(own).toMatchObject({ value: 400, region: '450200', inheritedFrom: null, hedged: false, year: 2025 });
    // The extractor's confidence is stored with the fact and served with it.
    expect(own.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(own.confidence).toBeLessThanOrEqual(CONFIDENCE_CEILING);
    expect(own.confidence).toBeLessThanOrEqual(1);
    expect(own.sources[0]).toMatchObject({ url: 'https://yibao.example/sample/liuzhou-resident-2025.html', quote: expect.stringContaining('400元'), fetchedAt: expect.any(String) });
    const inherited = find(facts, 'waiting.repair_per_year_months')!;
    expect(inherited).toMatchObject({ value: 1, region: '100000', inheritedFrom: '100000' });
    expect(find(facts, 'waiting.fixed_months')).toMatchObject({ value: 3, inheritedFrom: null });
  });

  it('marks hedged facts as hedged', async () => {
    const facts = await factsOf('/v1/regions/100000/facts?scheme=resident&year=2025');
    expect(find(facts, 'waiting.per_lapsed_year_months')).toMatchObject({ hedged: true });
  });

  it('picks the official source where sources disagree and lists the other as a conflict', async () => {
    const facts = await factsOf('/v1/regions/440800/facts?scheme=resident&year=2025&key=contribution.individual_annual');
    expect(facts).toHaveLength(1);
    expect(facts[0].value).toBe(400);
    expect(facts[0].sources[0].official).toBe(true);
    expect(facts[0].conflicts).toEqual([expect.objectContaining({ value: 380 })]);
  });

  it('answers with the values in force on a date', async () => {
    const before = await factsOf('/v1/regions/450200/facts?scheme=resident&key=contribution.individual_annual&at=2024-06-30');
    expect(before[0]).toMatchObject({ year: 2024, value: 380 });
    const after = await factsOf('/v1/regions/450200/facts?scheme=resident&key=contribution.individual_annual&at=2025-06-30');
    expect(after[0]).toMatchObject({ year: 2025, value: 400 });
  });

  it('answers an unknown region with 404 and bad parameters with 400 naming them', async () => {
    const missing = await api('/v1/regions/999999/facts');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    for (const [query, field] of [['year=abc', 'query.year'], ['scheme=pension', 'query.scheme'], ['at=2025-13-40', 'query.at'], ['key=nope', 'query.key'], ['year=2025&at=2025-01-01', 'query.at']]) {
      const res = await api(`/v1/regions/450200/facts?${query}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(field);
    }
    expect((await api('/v1/regions/45/facts')).status).toBe(404);
  });

  it('is cacheable: Cache-Control, an ETag, and 304 for If-None-Match', async () => {
    const res = await api('/v1/regions/450200/facts?scheme=resident');
    const tag = res.headers.get('etag');
    expect(tag).toBeTruthy();
    expect(res.headers.get('cache-control')).toContain('max-age');
    const again = await api('/v1/regions/450200/facts?scheme=resident', { headers: { 'if-none-match': tag! } });
    expect(again.status).toBe(304);
  });
});

describe('one policy year', () => {
  it('answers 柳州 resident without a year for the latest year only, named at the top, with coverage', async () => {
    const res = await api('/v1/regions/450200/facts?scheme=resident&at=2025-12-31');
    const body = (await res.json()) as { year: number; coverage: { scheme: string; years: number[]; ownYears: number[] }[]; facts: Fact[] };
    expect(body.year).toBe(2025);
    expect(new Set(body.facts.map((f) => f.year))).toEqual(new Set([2025]));
    expect(body.coverage.find((c) => c.scheme === 'resident')).toMatchObject({ ownYears: [2024, 2025] });
  });

  it('explains an empty answer with what exists', async () => {
    const body = (await (await api('/v1/regions/450200/facts?scheme=resident&year=2019')).json()) as { year: number; facts: Fact[]; coverage: { scheme: string; years: number[] }[] };
    expect(body).toMatchObject({ year: 2019, facts: [] });
    expect(body.coverage.find((c) => c.scheme === 'resident')?.years).toContain(2025);
  });
});

describe('GET /v1/regions/{code}/years', () => {
  it('lists the policy years with facts', async () => {
    const res = await api('/v1/regions/450200/years?scheme=resident');
    const { years } = (await res.json()) as { years: { year: number; own: boolean }[] };
    expect(years.filter((y) => y.own).map((y) => y.year)).toEqual([2024, 2025]);
  });
});

describe('every response', () => {
  it('carries a request id and CORS headers', async () => {
    const res = await api('/v1/regions?q=柳州', { headers: { origin: 'https://app.example' } });
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const failed = await api('/v1/regions/999999/facts');
    expect(failed.headers.get('x-request-id')).toBeTruthy();
    const preflight = await api('/v1/calculate/waiting-period', { method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
  });

  it('serves an API reference page at /docs', async () => {
    const res = await api('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('/v1/regions/{region}/facts');
  });
});
