import { beforeAll, describe, expect, it } from 'vitest';
import { loadSample } from '../support/sample';
import { admin, api } from '../support/worker';

const post = (path: string, json: unknown) =>
  api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });

async function ok<T>(res: Response): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return JSON.parse(text) as T;
}

beforeAll(loadSample);

describe('POST /v1/calculate/waiting-period', () => {
  it('agrees with the worked example of DOMAIN.md (青岛: no cover 2025–2026, paid in the window for 2027)', async () => {
    const result = await ok<{ benefitsFrom: string; totalMonths: number; trace: { from: string }[] }>(
      await post('/v1/calculate/waiting-period', { region: '370200', scheme: 'resident', lapse: { from: '2025', to: '2026' }, paidOn: '2026-11-15' }),
    );
    expect(result).toMatchObject({ benefitsFrom: '2027-05-01', totalMonths: 4 });
    expect(result.trace.some((step) => step.from === 'fact')).toBe(true);
  });

  it('takes one month off for one year repaired', async () => {
    const result = await ok<{ benefitsFrom: string }>(
      await post('/v1/calculate/waiting-period', { region: '青岛', scheme: 'resident', lapse: { from: '2025', to: '2026' }, paidOn: '2026-11-15', repairYears: 1 }),
    );
    expect(result.benefitsFrom).toBe('2027-04-01');
  });

  it('gives 柳州 2025 a 4-month wait after a lapse of two years, citing 柳州 facts', async () => {
    const result = await ok<{ totalMonths: number; trace: { fact?: { region: string; sources: { url: string }[] } }[] }>(
      await post('/v1/calculate/waiting-period', { region: '450200', scheme: 'resident', lapse: { from: '2023', to: '2024' }, paidOn: '2024-11-01' }),
    );
    expect(result.totalMonths).toBe(4);
    const cited = result.trace.filter((s) => s.fact).map((s) => s.fact!);
    expect(cited.some((f) => f.region === '450200' && f.sources[0].url.includes('liuzhou'))).toBe(true);
  });

  it.each([
    [{ scheme: 'resident', paidOn: '2026-11-15' }, 'body.region'],
    [{ region: '370200', scheme: 'pension', paidOn: '2026-11-15' }, 'body.scheme'],
    [{ region: '370200', scheme: 'resident', paidOn: '2026-13-15' }, 'body.paidOn'],
    [{ region: '999999', scheme: 'resident', paidOn: '2026-11-15' }, 'body.region'],
    [{ region: '370200', scheme: 'resident', lapse: { from: '2026', to: '2025' }, paidOn: '2026-11-15' }, 'body.lapse'],
  ])('answers a bad request with 400 naming the field (%j)', async (json, field) => {
    const res = await post('/v1/calculate/waiting-period', json);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as { errors: { field: string }[] };
    expect(body.errors.some((e) => e.field.startsWith(field))).toBe(true);
  });
});

describe('POST /v1/calculate/back-payment', () => {
  it('charges 克拉玛依 flexible 统账结合 4 months at the 2025 amount: 4 × 574.89', async () => {
    const result = await ok<{ lines: { month: string; amount: number; lateFee: number }[]; totals: { amount: number; lateFees: number; total: number }; canPayOnline: boolean | null; trace: unknown[] }>(
      await post('/v1/calculate/back-payment', { region: '650200', scheme: 'flexible', variant: '统账结合', months: { from: '2025-01', to: '2025-04' }, paidOn: '2025-05-20' }),
    );
    expect(result.lines.map((l) => l.amount)).toEqual([574.89, 574.89, 574.89, 574.89]);
    expect(result.totals.amount).toBe(2299.56);
    expect(result.lines[0].lateFee).toBeGreaterThan(0);
    expect(result.totals.total).toBeCloseTo(result.totals.amount + result.totals.lateFees, 2);
    expect(result.canPayOnline).toBe(false);
    expect(result.trace.length).toBeGreaterThan(0);
  });

  it('owes a resident the yearly individual share per policy year', async () => {
    const result = await ok<{ unit: string; lines: { year: number; amount: number }[] }>(
      await post('/v1/calculate/back-payment', { region: '450200', scheme: 'resident', years: { from: 2024, to: 2025 }, paidOn: '2025-03-01' }),
    );
    expect(result.unit).toBe('year');
    expect(result.lines).toEqual([expect.objectContaining({ year: 2024, amount: 380 }), expect.objectContaining({ year: 2025, amount: 400 })]);
  });

  it('answers months that end before they start with 400 naming the field', async () => {
    const res = await post('/v1/calculate/back-payment', { region: '650200', scheme: 'flexible', months: { from: '2025-04', to: '2025-01' }, paidOn: '2025-05-20' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0].field).toBe('body.months.to');
  });
});

describe('GET /v1/diff', () => {
  it('shows 丹东 flexible 2024 → 2025: base 5203 → 5480 and rate 5.5% → 6.8%', async () => {
    type Side = { value: number; evidence: { url: string; quote: string; fetchedAt: string; checkedAt: string; official: boolean } };
    const diff = await ok<{ changes: { kind: string; region: string; year: number; key: string; old: Side | null; new: Side | null; absoluteChange: number; relativeChange: number }[] }>(
      await api('/v1/diff?region=210600&scheme=flexible&from=2024&to=2025'),
    );
    const base = diff.changes.find((c) => c.key === 'contribution.base_monthly')!;
    expect(base).toMatchObject({ kind: 'changed', region: '210600', year: 2025, old: { value: 5203 }, new: { value: 5480 }, absoluteChange: 277, relativeChange: 0.0532 });
    expect(base.old!.evidence).toMatchObject({ quote: expect.stringContaining('5203'), checkedAt: expect.any(String), official: expect.any(Boolean) });
    expect(diff.changes.find((c) => c.key === 'contribution.rate')).toMatchObject({ old: { value: 0.055 }, new: { value: 0.068 } });
  });

  it('answers an unknown region with 404 and equal years with 400', async () => {
    expect((await api('/v1/diff?region=999999&scheme=flexible&from=2024&to=2025')).status).toBe(404);
    expect((await api('/v1/diff?region=210600&scheme=flexible&from=2024&to=2024')).status).toBe(400);
    expect((await api('/v1/diff?region=210600&scheme=flexible&from=x&to=2024')).status).toBe(400);
  });
});

describe('article versions', () => {
  it('lists the versions of a page and diffs two of them by sentence and by fact', async () => {
    const url = 'https://yibao.example/test/versions.html';
    const text = (amount: number) => `2025年度贵港市城乡居民医保个人缴费标准为每人每年${amount}元。\n集中缴费期为2024年9月1日至12月31日。`;
    await admin('/v1/admin/articles', { method: 'POST', json: { url, title: "贵港市2025年城乡居民医保", text: text(400) } });
    await admin('/v1/admin/articles', { method: 'POST', json: { url, title: "贵港市2025年城乡居民医保", text: `${text(420)}\n新生儿出生后90天内参保的,自出生之日起享受待遇。` } });
    const changes = await ok<{ changes: { kind: string; key: string; old: { value: unknown }; new: { value: unknown } }[] }>(await api('/v1/changes?since=0&region=450800&key=contribution.individual_annual'));
    expect(changes.changes.at(-1)).toMatchObject({ kind: 'changed', old: { value: 400 }, new: { value: 420 } });

    const { results } = await (await import('cloudflare:workers')).env.DB.prepare('select id from articles where canonical_url = ?').bind(url).all<{ id: number }>();
    const id = results[0].id;
    const versions = await ok<{ versions: { id: number }[]; next: string; hasMore: boolean }>(await api(`/v1/articles/${id}/versions`));
    expect(versions.versions).toHaveLength(2);
    expect(versions.hasMore).toBe(false);
    const first = await ok<{ versions: { id: number }[]; next: string; hasMore: boolean }>(await api(`/v1/articles/${id}/versions?limit=1`));
    expect(first).toMatchObject({ versions: [{ id: versions.versions[0].id }], hasMore: true });
    const second = await ok<{ versions: { id: number }[]; hasMore: boolean }>(await api(`/v1/articles/${id}/versions?limit=1&cursor=${first.next}`));
    expect(second).toMatchObject({ versions: [{ id: versions.versions[1].id }], hasMore: false });
    const diff = await ok<{ text: { op: string; sentence: string }[]; changes: { kind: string; key: string; old: { value: unknown } | null; new: { value: unknown; evidence: { quote: string } } | null }[] }>(await api(`/v1/articles/${id}/diff`));
    expect(diff.text).toEqual(expect.arrayContaining([expect.objectContaining({ op: 'removed', sentence: expect.stringContaining('400元') }), expect.objectContaining({ op: 'added', sentence: expect.stringContaining('420元') })]));
    expect(diff.changes.filter((c) => c.kind === 'changed')).toEqual([expect.objectContaining({ old: expect.objectContaining({ value: 400 }), new: expect.objectContaining({ value: 420 }) })]);
    expect(diff.changes.filter((c) => c.kind === 'added').map((f) => f.key)).toEqual(['enrollment.newborn_days']);
    expect(diff.changes.find((c) => c.kind === 'added')?.old).toBeNull();
    expect((await api('/v1/articles/999999/versions')).status).toBe(404);
  });
});
