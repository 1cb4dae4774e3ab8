/** The explorer's pages through the Worker's fetch: status, HTML, redirects, and the same answers the API gives. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSample } from '../support/sample';
import { api } from '../support/worker';

const page = (path: string) => api(path, { headers: { accept: 'text/html' }, redirect: 'manual' });

beforeAll(loadSample);

describe('GET /v1/coverage', () => {
  it('lists each region with facts of its own, per scheme and policy year', async () => {
    const res = await api('/v1/coverage');
    expect(res.status).toBe(200);
    const { regions } = (await res.json()) as { regions: { region: { code: string }; schemes: { scheme: string; years: { year: number; facts: number }[] }[] }[] };
    const liuzhou = regions.find((r) => r.region.code === '450200')!;
    expect(liuzhou.schemes.map((s) => s.scheme)).toEqual(['resident']);
    expect(liuzhou.schemes[0].years.map((y) => y.year)).toEqual([2024, 2025]);
    expect(regions.find((r) => r.region.code === '100000')).toBeDefined();
  });
});

describe('GET /v1/changes?order=newest', () => {
  it('lists the feed newest first, each next continuing to older events', async () => {
    const all = (await (await api('/v1/changes?limit=500')).json()) as { changes: { id: number }[] };
    const ids = all.changes.map((c) => c.id);
    expect(ids.length).toBeGreaterThan(4);
    const seen: number[] = [];
    let cursor = '';
    for (let page = 0; page < 100; page++) {
      const res = await api(`/v1/changes?order=newest&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { changes: { id: number }[]; next: string; hasMore: boolean };
      seen.push(...body.changes.map((c) => c.id));
      if (!body.hasMore) break;
      cursor = body.next;
    }
    expect(seen).toEqual([...ids].reverse());
  });
});

describe('explorer pages', () => {
  it('serves / as a Chinese HTML page with its own stylesheet and no script', async () => {
    const res = await page('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<link rel="stylesheet" href="/assets/explorer.css"/>');
    expect(html).toContain('<input type="search"');
    expect(html).not.toMatch(/<script|https?:\/\/(?!yibao\.example)[^"]+\.(css|js|woff2?)/);
    const css = await api('/assets/explorer.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('redirects a region named in words to its code, keeping the query', async () => {
    const res = await page(`/regions/${encodeURIComponent('柳州')}?scheme=resident`);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/regions/450200?scheme=resident');
  });

  it('shows the value the API answers, with its sentence', async () => {
    const facts = (await (await api('/v1/regions/450200/facts?scheme=resident&year=2025')).json()) as { facts: { key: string; value: number; sources: { quote: string }[] }[] };
    const individual = facts.facts.find((f) => f.key === 'contribution.individual_annual')!;
    const html = await (await page('/regions/450200?scheme=resident&year=2025')).text();
    expect(html).toContain(`${individual.value} 元`);
    expect(html).toContain(individual.sources[0].quote.slice(0, 12));
  });

  it('answers an ambiguous name with a 400 page listing the regions it could mean', async () => {
    const res = await page(`/regions/${encodeURIComponent('城中区')}`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('有多个同名地区');
    expect(html).toContain('href="/regions/450202"');
  });

  it('answers an unknown page with a 404 page for a browser and problem+json for an API client', async () => {
    const html = await page('/no-such-page');
    expect(html.status).toBe(404);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    const json = await api('/no-such-page');
    expect(json.status).toBe(404);
    expect(json.headers.get('content-type')).toBe('application/problem+json');
  });

  it('computes the calculator page by the API route: the same date, a 422 page where the API has no answer', async () => {
    // The lapse is policy years: `years` (numbers) where the API's body names it so, else `lapse`.
    const spec = (await (await api('/openapi.json')).json()) as { paths: Record<string, any> };
    const request = spec.paths['/v1/calculate/waiting-period'].post.requestBody.content['application/json'].schema;
    const schema = request.$ref ? (spec as any).components.schemas[request.$ref.split('/').pop()] : request;
    const period = 'years' in schema.properties ? 'years' : 'lapse';
    const body = { region: '370200', scheme: 'resident', [period]: period === 'years' ? { from: 2025, to: 2026 } : { from: '2025', to: '2026' }, paidOn: '2026-11-15' };
    const answer = (await (await api('/v1/calculate/waiting-period', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as Record<string, string>;
    const resume = answer.benefitsResume ?? answer.benefitsFrom;
    expect(resume).toBe('2027-05-01');
    const html = await (await page(`/calculate/waiting-period?region=370200&scheme=resident&${period}.from=2025&${period}.to=2026&paidOn=2026-11-15`)).text();
    expect(html).toContain(`待遇恢复日期：${resume}`);
    const refused = await page('/calculate/back-payment?region=650200&scheme=flexible&variant=nope&months.from=2025-01&months.to=2025-04&paidOn=2025-05-20');
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('现有规则不足以回答');
  });

  it('shows a blank form, fields named by the API body, when nothing is submitted', async () => {
    const res = await page('/calculate/back-payment');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const name of ['region', 'scheme', 'months.from', 'months.to', 'paidOn']) expect(html).toContain(`name="${name}"`);
    expect(html).not.toContain('class="result"');
  });
});
