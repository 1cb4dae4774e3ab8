/**
 * Review before publishing, end to end inside workerd: a scraped page on an unofficial source (a
 * local site on 127.0.0.1) holds its first version and then a change 400 → 420 for review; while
 * 420 waits it is in neither the feed nor a webhook, and lookups list it under `pending`; approving
 * publishes it (feed, facts in force, a delivery a standardwebhooks receiver verifies). Rejecting
 * keeps the version on record, a later version supersedes a pending item, and an operator's import
 * publishes directly unless it asks for review.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import worker from '../../functions/index';
import { WEBHOOK_CRON } from '../../functions/webhooks/deliver';
import { admin, api, fixtureSite, policyPage, type FixtureSite } from '../support/worker';

/** A Cron Trigger invocation, with what it handed to waitUntil finished too. */
async function scheduled(controller: ScheduledController): Promise<void> {
  const ctx = createExecutionContext();
  await worker.scheduled!(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}


interface Review {
  id: number;
  status: string;
  article: { id: number; url: string };
  versionId: number;
  text: { op: string; sentence: string }[];
  changes: { kind: string; key: string; old: { value: unknown; confidence: number | null; evidence: { quote: string } } | null; new: { value: unknown; confidence: number | null; evidence: { quote: string; official: boolean } } | null; reasons: string[] }[];
}

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
});

const city = (amount: number) => policyPage('北海市2029年城乡居民医保', [`2029年度北海市城乡居民医保个人缴费标准为每人每年${amount}元。`]);

async function pending(url: string): Promise<Review[]> {
  const res = await admin('/v1/admin/reviews?status=pending&limit=50');
  expect(res.status).toBe(200);
  return ((await res.json()) as { reviews: Review[] }).reviews.filter((r) => r.article.url === url);
}

async function scrape(sourceId: number) {
  const res = await admin('/v1/admin/scrape', { method: 'POST', json: { sourceIds: [sourceId] } });
  expect(res.status).toBe(200);
  return (await res.json()) as { changes: { published: number; held: number } };
}

async function feed(region: string) {
  const res = await api(`/v1/changes?region=${region}&limit=200`);
  return ((await res.json()) as { changes: { kind: string; key: string; old: { value: unknown } | null; new: { value: unknown } | null }[] }).changes;
}

async function cron() {
  await scheduled(createScheduledController({ cron: WEBHOOK_CRON, scheduledTime: Date.now() }));
}

describe('review before publishing', () => {
  it('holds an unofficial page until approved, then publishes it to the feed and to webhooks', async () => {
    const url = await site.page('/review/beihai.html', city(400));
    const receiver = await site.page('/review/receiver', 'ok', 'text/plain');
    const hook = (await (await admin('/v1/admin/webhooks', { method: 'POST', json: { url: receiver, regions: ['450500'] } })).json()) as { id: number; secret: string };
    const source = (await (await admin('/v1/admin/sources', { method: 'POST', json: { url } })).json()) as { id: number; trust: string };
    expect(source.trust).toBe('unofficial');

    expect((await scrape(source.id)).changes).toEqual({ published: 0, held: 1 });
    const [first] = await pending(url);
    expect(first.changes).toMatchObject([{ kind: 'added', key: 'contribution.individual_annual', new: { value: 400 } }]);
    expect(first.changes[0].reasons).toContain('unofficial source');
    expect(await feed('450500')).toEqual([]);
    expect((await admin(`/v1/admin/reviews/${first.id}/approve`, { method: 'POST' })).status).toBe(200);
    await expectProblemStatus(admin(`/v1/admin/reviews/${first.id}/approve`, { method: 'POST' }), 409);
    await cron();
    expect((await site.requests('/review/receiver')).count).toBe(1);

    await site.page('/review/beihai.html', city(420));
    expect((await scrape(source.id)).changes).toEqual({ published: 0, held: 1 });
    const [change] = await pending(url);
    expect(change.changes).toMatchObject([{ kind: 'changed', old: { value: 400 }, new: { value: 420 } }]);
    expect(change.changes[0].old!.evidence.quote).toContain('400元');
    expect(change.changes[0].new!.evidence.quote).toContain('420元');
    expect(typeof change.changes[0].new!.confidence).toBe('number');
    expect(change.text.map((t) => t.op).sort()).toEqual(['added', 'removed']);

    // While 420 waits: not in force, not in the feed, not sent; the lookup lists it under pending.
    const lookup = (await (await api('/v1/regions/450500/facts?scheme=resident&year=2029')).json()) as { facts: { key: string; value: unknown; pending: { value: unknown; reviewId: number }[] }[] };
    const fact = lookup.facts.find((f) => f.key === 'contribution.individual_annual')!;
    expect(fact.value).toBe(400);
    expect(fact.pending).toMatchObject([{ value: 420, reviewId: change.id }]);
    expect((await feed('450500')).map((c) => c.new?.value)).toEqual([400]);
    await cron();
    expect((await site.requests('/review/receiver')).count).toBe(1);

    const approved = await admin(`/v1/admin/reviews/${change.id}/approve`, { method: 'POST' });
    expect(((await approved.json()) as { published: number }).published).toBe(1);
    expect((await feed('450500')).map((c) => c.new?.value)).toEqual([400, 420]);
    await cron();
    const requests = (await site.requests('/review/receiver')).requests;
    expect(requests).toHaveLength(2);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Number(requests[1].headers['webhook-timestamp']) * 1000);
    try {
      const event = new Webhook(hook.secret).verify(requests[1].body ?? '', requests[1].headers) as { data: { old: { value: number }; new: { value: number } } };
      expect([event.data.old.value, event.data.new.value]).toEqual([400, 420]);
    } finally {
      vi.useRealTimers();
    }
    const after = (await (await api('/v1/regions/450500/facts?scheme=resident&year=2029')).json()) as { facts: { key: string; value: unknown; pending: unknown[] }[] };
    expect(after.facts.find((f) => f.key === 'contribution.individual_annual')).toMatchObject({ value: 420, pending: [] });
    await admin(`/v1/admin/webhooks/${hook.id}`, { method: 'DELETE' });
  });

  it('keeps a rejected version on record, and lets a later version supersede a pending item', async () => {
    const url = await site.page('/review/qinzhou.html', policyPage('钦州市2029年城乡居民医保', ['2029年度钦州市城乡居民医保个人缴费标准为每人每年380元。']));
    const source = (await (await admin('/v1/admin/sources', { method: 'POST', json: { url } })).json()) as { id: number };
    await scrape(source.id);
    const [first] = await pending(url);
    const rejected = await admin(`/v1/admin/reviews/${first.id}/reject`, { method: 'POST' });
    expect(((await rejected.json()) as { review: { status: string } }).review.status).toBe('rejected');
    const versions = (await (await api(`/v1/articles/${first.article.id}/versions`)).json()) as { versions: unknown[] };
    expect(versions.versions).toHaveLength(1);
    expect(await feed('450700')).toEqual([]);
    const rejectedList = (await (await admin('/v1/admin/reviews?status=rejected&limit=50')).json()) as { reviews: Review[] };
    expect(rejectedList.reviews.map((r) => r.id)).toContain(first.id);

    await site.page('/review/qinzhou.html', policyPage('钦州市2029年城乡居民医保', ['2029年度钦州市城乡居民医保个人缴费标准为每人每年390元。']));
    await scrape(source.id);
    const [second] = await pending(url);
    await site.page('/review/qinzhou.html', policyPage('钦州市2029年城乡居民医保', ['2029年度钦州市城乡居民医保个人缴费标准为每人每年395元。']));
    await scrape(source.id);
    const [third] = await pending(url);
    expect(third.id).not.toBe(second.id);
    const superseded = (await (await admin('/v1/admin/reviews?status=superseded&limit=50')).json()) as { reviews: (Review & { decidedBy: string })[] };
    expect(superseded.reviews.find((r) => r.id === second.id)?.decidedBy).toBe(`version:${third.versionId}`);
    await expectProblemStatus(admin(`/v1/admin/reviews/${second.id}/approve`, { method: 'POST' }), 409);
    await expectProblemStatus(admin('/v1/admin/reviews/999999/approve', { method: 'POST' }), 404);
  });

  it('publishes an import directly, and holds it when the body asks for review', async () => {
    const direct = await admin('/v1/admin/articles', {
      method: 'POST',
      json: { url: 'https://hezhou.example.com/2029.html', title: '贺州市2029年城乡居民医保', text: '2029年度贺州市城乡居民医保个人缴费标准为每人每年410元。' },
    });
    expect(await direct.json()).toMatchObject({ outcome: 'new', published: 1, held: 0, reviewId: null });
    const reviewed = await admin('/v1/admin/articles', {
      method: 'POST',
      json: { url: 'https://hezhou.example.com/2029.html', title: '贺州市2029年城乡居民医保', text: '2029年度贺州市城乡居民医保个人缴费标准为每人每年430元。', review: true },
    });
    const body = (await reviewed.json()) as { published: number; held: number; reviewId: number };
    expect(body).toMatchObject({ published: 0, held: 1 });
    expect((await pending('https://hezhou.example.com/2029.html')).map((r) => r.id)).toEqual([body.reviewId]);
    expect((await feed('451100')).map((c) => c.new?.value)).toEqual([410]);
  });
});

async function expectProblemStatus(response: Promise<Response>, status: number) {
  const res = await response;
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
}
