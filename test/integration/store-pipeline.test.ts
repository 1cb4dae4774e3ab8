import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from '../../db/client';
import { latestVersionsOf, versionStatements } from '../../db/queries/article-versions';
import { createSource } from '../../db/queries/sources';
import { continueUnfinishedScrape, runManualScrape, runScheduledScrape } from '../../scrapers/pipeline/run';
import type { PipelineOptions } from '../../scrapers/pipeline/run-context';
import { admin, fixtureSite, policyPage, type FixtureSite } from '../support/worker';

/**
 * Approves every pending review item of `url`'s article, as an operator would: a scraped page's
 * changes wait for review (their facts are unofficial and below 0.8 confidence here).
 */
async function approvePending(url: string): Promise<number> {
  const { reviews } = (await (await admin('/v1/admin/reviews?status=pending&limit=50')).json()) as { reviews: { id: number; article: { url: string } }[] };
  let approved = 0;
  for (const item of reviews.filter((r) => r.article.url === url)) {
    const res = await admin(`/v1/admin/reviews/${item.id}/approve`, { method: 'POST' });
    if (res.status !== 200) throw new Error(`approve ${item.id}: ${res.status} ${await res.text()}`);
    approved++;
  }
  return approved;
}

const fast: Partial<PipelineOptions> = { fetcher: { timeoutMs: 500, perHostDelayMs: 0, retryBaseMs: 1, maxRetries: 1 } };

async function addSource(url: string, adapter = 'auto') {
  const res = await admin('/v1/admin/sources', { method: 'POST', json: { url, adapter } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: number; url: string };
}

async function versionsOf(url: string) {
  const { results } = await env.DB.prepare(
    'select v.id, v.facts_count from article_versions v join articles a on a.id = v.article_id where a.canonical_url = ? order by v.id',
  ).bind(url).all<{ id: number; facts_count: number }>();
  return results;
}

async function currentFactsOf(url: string) {
  const { results } = await env.DB.prepare(
    'select f.key, f.value_json as value, f.version_id from facts f join articles a on a.id = f.article_id where a.canonical_url = ? and f.current = 1 order by f.id',
  ).bind(url).all<{ key: string; value: string; version_id: number }>();
  return results;
}

const LIUZHOU = ['2025年度柳州市城乡居民医保个人缴费标准为每人每年400元。', '柳州市2025年度集中缴费期为2024年9月1日至12月31日。'];

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
});
beforeEach(async () => {
  await site.reset();
  // robots.txt is kept between runs; each test serves its own.
  await env.DB.prepare('delete from robots_txt').run();
});

const servePage = (path: string, body: string, type?: string) => site.page(path, body, type);
const scriptAnswers = (path: string, answers: unknown[]) => site.script(path, answers);
const requestCount = async (path: string) => (await site.requests(path)).count;
const fixtureBase = () => site.baseUrl;

describe('the scrape pipeline', () => {
  it('decodes a GBK page and stores its facts', async () => {
    const source = await addSource(`${fixtureBase()}/fetch/gbk-notice.html`);
    const report = await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(report.pages).toMatchObject({ new: 1, failed: 0 });
    const [version] = await versionsOf(source.url);
    const { text } = (await env.DB.prepare('select text from article_versions where id = ?').bind(version.id).first<{ text: string }>())!;
    expect(text).toMatch(/医疗保险|医保/);
    expect(text).not.toMatch(/\uFFFD/);
  });

  it('makes no new version for a 304 or an unchanged body, and a new one when the page changes', async () => {
    const url = await servePage('/store/liuzhou.html', policyPage('柳州市2025年城乡居民医保缴费', LIUZHOU));
    const source = await addSource(url);
    const first = await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(first.pages).toMatchObject({ fetched: 1, new: 1, changed: 0, unchanged: 0 });
    expect(first.facts).toBeGreaterThanOrEqual(2);
    expect(first.changes.held).toBeGreaterThanOrEqual(2);
    expect(await approvePending(url)).toBe(1);

    const second = await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(second.pages).toMatchObject({ fetched: 1, new: 0, changed: 0, unchanged: 1 });
    expect(await versionsOf(url)).toHaveLength(1);

    await servePage('/store/liuzhou.html', policyPage('柳州市2025年城乡居民医保缴费', [LIUZHOU[0].replace('400', '420'), LIUZHOU[1]]));
    const third = await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(third.pages).toMatchObject({ fetched: 1, changed: 1, new: 0, unchanged: 0 });
    expect(third.changes).toEqual({ published: 0, held: 1 });
    const versions = await versionsOf(url);
    expect(versions).toHaveLength(2);
    // Held for review: the 400 stays in force until an operator approves the 420.
    expect((await currentFactsOf(url)).find((f) => f.key === 'contribution.individual_annual')?.value).toBe('400');
    expect(await approvePending(url)).toBe(1);
    const current = await currentFactsOf(url);
    expect(current.every((f) => f.version_id === versions[1].id)).toBe(true);
    expect(current.find((f) => f.key === 'contribution.individual_annual')?.value).toBe('420');
  });

  it('skips a page robots.txt disallows and reports it', async () => {
    await servePage('/robots.txt', 'User-agent: *\nDisallow: /private/\n', 'text/plain');
    const url = await servePage('/private/page.html', policyPage('柳州', LIUZHOU));
    const source = await addSource(url);
    const report = await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(report.pages).toMatchObject({ skipped: 1, fetched: 0 });
    expect(report.errors[0]).toMatchObject({ url, error: expect.stringContaining('robots') });
    expect(await requestCount('/private/page.html')).toBe(0);
  });

  it('retries a 500 and succeeds on the 200 after it', async () => {
    const url = await servePage('/store/flaky.html', policyPage('柳州市2025年城乡居民医保', LIUZHOU));
    await scriptAnswers('/store/flaky.html', [{ status: 500 }]);
    const source = await addSource(url);
    const report = await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(report.pages).toMatchObject({ new: 1, failed: 0 });
    expect(await requestCount('/store/flaky.html')).toBe(2);
  });

  it('times out on a server that never answers and reports it', async () => {
    const url = await servePage('/store/hang.html', policyPage('x', LIUZHOU));
    await scriptAnswers('/store/hang.html', [{ hang: true }, { hang: true }]);
    const source = await addSource(url);
    const report = await runManualScrape(env, { sourceIds: [source.id] }, { fetcher: { ...fast.fetcher, timeoutMs: 200, maxRetries: 0 } });
    expect(report.pages.failed).toBe(1);
    expect(report.errors[0].error).toMatch(/timeout/);
  });

  it('refuses an oversized page', async () => {
    const source = await addSource(`${fixtureBase()}/store/huge.html?bytes=3000000`);
    const report = await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(report.pages.failed).toBe(1);
    expect(report.errors[0].error).toMatch(/too_large/);
  });

  it('makes one run of a cron that fires twice for the same scheduled time', async () => {
    const url = await servePage('/store/cron.html', policyPage('柳州市2025年城乡居民医保', LIUZHOU));
    await addSource(url);
    const trigger = { cron: '0 */6 * * *', scheduledTime: Date.parse('2030-01-01T06:00:00Z') };
    const [a, b] = [await runScheduledScrape(env, trigger, fast), await runScheduledScrape(env, trigger, fast)];
    expect(b.id).toBe(a.id);
    const { n } = (await env.DB.prepare('select count(*) as n from scrape_runs where scheduled_time = ?').bind('2030-01-01T06:00:00.000Z').first<{ n: number }>())!;
    expect(n).toBe(1);
    expect(await requestCount('/store/cron.html')).toBe(1);
  });

  it('continues a run too long for one invocation in the next, never fetching a page twice', async () => {
    await env.DB.prepare('update sources set enabled = 0').run();
    const urls = await Promise.all([1, 2, 3, 4, 5].map((n) => servePage(`/store/batch-${n}.html`, policyPage(`柳州市2025年城乡居民医保 ${n}`, LIUZHOU))));
    for (const url of urls) await addSource(url);
    const options = { ...fast, pagesPerInvocation: 2 };
    const first = await runScheduledScrape(env, { cron: '*/5 * * * *', scheduledTime: Date.parse('2031-01-01T00:00:00Z') }, options);
    expect(first).toMatchObject({ status: 'running', remaining: 3 });
    const second = await runScheduledScrape(env, { cron: '*/5 * * * *', scheduledTime: Date.parse('2031-01-01T00:05:00Z') }, options);
    expect(second.id).toBe(first.id);
    const third = await runScheduledScrape(env, { cron: '*/5 * * * *', scheduledTime: Date.parse('2031-01-01T00:10:00Z') }, options);
    expect(third).toMatchObject({ id: first.id, status: 'ok', remaining: 0 });
    expect(third.pages.new).toBe(5);
    for (let n = 1; n <= 5; n++) expect(await requestCount(`/store/batch-${n}.html`)).toBe(1);
  });

  it('takes the next pages of a run under way between six-hourly ticks, and starts no run', async () => {
    await env.DB.prepare('update sources set enabled = 0').run();
    expect(await continueUnfinishedScrape(env, fast)).toBeNull();
    const urls = await Promise.all([1, 2, 3].map((n) => servePage(`/store/minute-${n}.html`, policyPage(`柳州市2025年城乡居民医保 ${n}`, LIUZHOU))));
    for (const url of urls) await addSource(url);
    const options = { ...fast, pagesPerInvocation: 1 };
    const started = await runScheduledScrape(env, { cron: '0 */6 * * *', scheduledTime: Date.parse('2033-01-01T00:00:00Z') }, options);
    expect(started).toMatchObject({ status: 'running', remaining: 2 });
    expect(await continueUnfinishedScrape(env, options)).toMatchObject({ id: started.id, status: 'running', remaining: 1 });
    expect(await continueUnfinishedScrape(env, options)).toMatchObject({ id: started.id, status: 'ok', remaining: 0, pages: { new: 3 } });
    expect(await continueUnfinishedScrape(env, options)).toBeNull();
    for (const n of [1, 2, 3]) expect(await requestCount(`/store/minute-${n}.html`)).toBe(1);
  });

  it('hands the pages it has no time left for back to the run, for the next invocation', async () => {
    await env.DB.prepare('update sources set enabled = 0').run();
    const urls = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((n) => servePage(`/store/late-${n}.html`, policyPage(`柳州市2025年城乡居民医保 ${n}`, LIUZHOU))));
    for (const url of urls) await addSource(url);
    // One site, so one page at a time; the first answers after the time is up, so the rest wait.
    await scriptAnswers('/store/late-1.html', [{ delayMs: 500 }]);
    const first = await runScheduledScrape(env, { cron: '0 */6 * * *', scheduledTime: Date.parse('2034-01-01T00:00:00Z') }, { ...fast, timeBudgetMs: 300 });
    expect(first).toMatchObject({ status: 'running', remaining: 7, pages: { new: 1 } });
    const { results } = await env.DB.prepare('select distinct status, claimed_at from scrape_run_pages where run_id = ? and status != ?').bind(first.id, 'done').all<{ status: string; claimed_at: string | null }>();
    expect(results).toEqual([{ status: 'pending', claimed_at: null }]);
    const rest = await continueUnfinishedScrape(env, fast);
    expect(rest).toMatchObject({ id: first.id, status: 'ok', remaining: 0, pages: { new: 8 } });
  });

  it("leaves a page another invocation claimed within the lease to it, and closes it after", async () => {
    await env.DB.prepare('update sources set enabled = 0').run();
    const claimedAt = '2035-01-01T00:00:00.000Z';
    const started = await env.DB.prepare("insert into scrape_runs (trigger, scheduled_time, started_at, status) values ('cron', ?, ?, 'running') returning id").bind(claimedAt, claimedAt).first<{ id: number }>();
    await env.DB.prepare("insert into scrape_run_pages (run_id, url, status, claimed_at) values (?, 'https://busy.example/a.html', 'claimed', ?)").bind(started!.id, claimedAt).run();
    const at = (minutes: number) => () => new Date(Date.parse(claimedAt) + minutes * 60_000);
    expect(await continueUnfinishedScrape(env, { ...fast, now: at(5) })).toMatchObject({ id: started!.id, status: 'running', remaining: 1 });
    const late = await continueUnfinishedScrape(env, { ...fast, now: at(16) });
    expect(late).toMatchObject({ id: started!.id, status: 'failed', remaining: 0, pages: { failed: 1 } });
  });

  it('disables a source that keeps failing and reports it', async () => {
    const url = await servePage('/store/broken.html', 'x');
    await scriptAnswers('/store/broken.html', Array.from({ length: 10 }, () => ({ status: 500 })));
    const source = await addSource(url);
    const options = { ...fast, maxFailures: 2, fetcher: { ...fast.fetcher, maxRetries: 0 } };
    const first = await runManualScrape(env, { sourceIds: [source.id] }, options);
    expect(first.disabledSources).toEqual([]);
    const second = await runManualScrape(env, { sourceIds: [source.id] }, options);
    expect(second.disabledSources).toEqual([source.id]);
    const res = await admin('/v1/admin/sources?limit=200');
    const { sources } = (await res.json()) as { sources: { id: number; enabled: boolean; consecutiveFailures: number }[] };
    expect(sources.find((s) => s.id === source.id)).toMatchObject({ enabled: false, consecutiveFailures: 2 });
  });

  it('keeps the previous facts current and flags a new version that yields none', async () => {
    const url = await servePage('/store/emptied.html', policyPage('柳州市2025年城乡居民医保', LIUZHOU));
    const source = await addSource(url);
    await runManualScrape(env, { sourceIds: [source.id] }, fast);
    await approvePending(url);
    const before = await currentFactsOf(url);
    expect(before.length).toBeGreaterThan(0);

    await servePage('/store/emptied.html', policyPage('柳州市2025年城乡居民医保', ['本页面正在维护,请稍后访问。']));
    const report = await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(report.pages.changed).toBe(1);
    expect(report.flags).toEqual([{ url, reason: 'no_facts', previousFacts: before.length }]);
    expect(await versionsOf(url)).toHaveLength(2);
    expect(await currentFactsOf(url)).toEqual(before);
  });

  it('follows related-article links within the depth and the page budget', async () => {
    const related = (n: number) => `<li><a href="/store/related-${n}.html"><h4>2025广西钦州居民医保 ${n}</h4></a><p>钦州市2025年度城乡居民医保个人缴费标准为每人每年400元。</p><span class="date">2025-03-17</span></li>`;
    for (const n of [1, 2, 3]) await servePage(`/store/related-${n}.html`, policyPage(`2025钦州居民医保 ${n}`, ['钦州市2025年度城乡居民医保个人缴费标准为每人每年400元。']));
    const hub = await servePage('/store/hub.html', policyPage('2025广西防城港居民医保', ['2025年度防城港市城乡居民医保个人缴费为每人每年400元。'], `<div class="related"><h3>相关推荐</h3><ul>${[1, 2, 3].map(related).join('')}</ul></div>`));
    const source = await addSource(hub, 'aggregator');
    const report = await runManualScrape(env, { sourceIds: [source.id] }, { ...fast, maxPagesPerRun: 3 });
    expect(report.pages).toMatchObject({ new: 3, failed: 0 });
    const { results } = await env.DB.prepare('select url, depth, discovered_from from sources where discovered_from = ? order by url').bind(source.id).all<{ url: string; depth: number }>();
    expect(results.map((r) => r.depth)).toEqual([1, 1, 1]);
    expect(await requestCount('/store/related-3.html')).toBe(0);
  });

  it('leaves nothing behind when any statement of a version fails', async () => {
    const url = 'https://atomic.example/page.html';
    const fact = { region: '450200', scheme: 'resident', year: 2025, key: 'contribution.individual_annual', value: 400, hedged: false, confidence: 0.9, evidence: { quote: 'q', start: 0, end: 1 } };
    const broken = { ...fact, region: null } as unknown as typeof fact;
    const statements = versionStatements(createDb(env.DB), {
      canonicalUrl: url, adapter: 'text', sourceId: null, title: 't', publishedAt: null, text: 'q', contentHash: 'h',
      fetchedAt: new Date().toISOString(), etag: null, lastModified: null, httpStatus: 200,
      facts: [...Array.from({ length: 10 }, () => fact), broken] as never,
    });
    await expect(createDb(env.DB).batch(statements as never)).rejects.toThrow();
    expect(await env.DB.prepare('select count(*) as n from articles where canonical_url = ?').bind(url).first('n')).toBe(0);
    expect(await versionsOf(url)).toHaveLength(0);
  });

  it('writes change events with a changed version, and none when a page only reorders its text', async () => {
    const sentences = ['2025年度来宾市城乡居民医保个人缴费标准为每人每年400元。', '来宾市2025年度集中缴费期为2024年9月1日至12月31日。'];
    const url = await servePage('/store/laibin.html', policyPage('来宾市2025年城乡居民医保', sentences));
    const source = await addSource(url);
    const events = async () => (await env.DB.prepare("select kind, key, old_value_json as old, new_value_json as new from change_events where region = '451300' order by id").all<{ kind: string; key: string; old: string | null; new: string | null }>()).results;
    await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(await events()).toEqual([]);
    await approvePending(url);
    expect((await events()).map((e) => e.kind)).toEqual(['added', 'added']);

    await servePage('/store/laibin.html', policyPage('来宾市2025年城乡居民医保', [...sentences].reverse()));
    const reordered = await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(reordered.pages.changed).toBe(1);
    expect(reordered.changes).toEqual({ published: 0, held: 0 });
    expect(await events()).toHaveLength(2);

    await servePage('/store/laibin.html', policyPage('来宾市2025年城乡居民医保', [sentences[0].replace('400', '420'), sentences[1]]));
    await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(await events()).toHaveLength(2);
    await approvePending(url);
    expect((await events()).at(-1)).toMatchObject({ kind: 'changed', key: 'contribution.individual_annual', old: '400', new: '420' });
  });

  it('fetches pages of different hosts at once, and one page at a time from each host', async () => {
    const other = await fixtureSite();
    const sentences = (city: string) => [`2025年度${city}城乡居民医保个人缴费标准为每人每年400元。`];
    const first = await servePage('/overlap/beihai.html', policyPage('北海市2025年城乡居民医保', sentences('北海市')));
    const second = await servePage('/overlap/hechi.html', policyPage('河池市2025年城乡居民医保', sentences('河池市')));
    const elsewhere = await other.page('/overlap/baise.html', policyPage('百色市2025年城乡居民医保', sentences('百色市')));
    await scriptAnswers('/overlap/beihai.html', [{ delayMs: 400 }]);
    const ids = [];
    for (const url of [first, second, elsewhere]) ids.push((await addSource(url)).id);

    const report = await runManualScrape(env, { sourceIds: ids }, fast);
    expect(report.pages).toMatchObject({ new: 3, failed: 0 });
    const [slow] = (await site.requests('/overlap/beihai.html')).requests;
    const [next] = (await site.requests('/overlap/hechi.html')).requests;
    const [meanwhile] = (await other.requests('/overlap/baise.html')).requests;
    // The other host was asked while the slow page was still on its way; its own host waited.
    expect(meanwhile.at).toBeLessThan(slow.at + 400);
    expect(next.at).toBeGreaterThanOrEqual(slow.at + 400);
  });

  it("takes another site's page rather than wait behind a busy host", async () => {
    const other = await fixtureSite();
    const sentences = (n: number) => [`2025年度南宁市城乡居民医保个人缴费标准为每人每年${380 + n}元。`];
    const busy = [];
    for (let n = 1; n <= 7; n++) busy.push(await servePage(`/queue/nanning-${n}.html`, policyPage(`南宁市2025年城乡居民医保 ${n}`, sentences(n))));
    const elsewhere = await other.page('/queue/chongzuo.html', policyPage('崇左市2025年城乡居民医保', ['2025年度崇左市城乡居民医保个人缴费标准为每人每年400元。']));
    await scriptAnswers('/queue/nanning-1.html', [{ delayMs: 400 }]);
    // Seven pages of one site come first in the run, more than there are fetches in flight.
    const ids = [];
    for (const url of [...busy, elsewhere]) ids.push((await addSource(url)).id);

    const report = await runManualScrape(env, { sourceIds: ids }, fast);
    expect(report.pages).toMatchObject({ new: 8, failed: 0 });
    const [slow] = (await site.requests('/queue/nanning-1.html')).requests;
    const [meanwhile] = (await other.requests('/queue/chongzuo.html')).requests;
    expect(meanwhile.at).toBeLessThan(slow.at + 400);
    // The busy site still got one request at a time.
    const times = [];
    for (let n = 1; n <= 7; n++) times.push((await site.requests(`/queue/nanning-${n}.html`)).requests[0].at);
    expect(times[1]).toBeGreaterThanOrEqual(slow.at + 400);
  });

  it('asks a site for its robots.txt once across runs', async () => {
    const url = await servePage('/store/robots-once.html', policyPage('柳州市2025年城乡居民医保', LIUZHOU));
    const source = await addSource(url);
    for (let run = 0; run < 3; run++) await runManualScrape(env, { sourceIds: [source.id] }, fast);
    expect(await requestCount('/robots.txt')).toBe(1);
    expect(await requestCount('/store/robots-once.html')).toBe(3);
  });

  it('stores one version when two pages of a run are one article', async () => {
    const url = await servePage('/store/wuzhou.html', policyPage('梧州市2025年城乡居民医保', ['2025年度梧州市城乡居民医保个人缴费标准为每人每年400元。']));
    const db = createDb(env.DB);
    // Sources made through the API are canonical; these two are not, and reach one article.
    const tracked = await createSource(db, { url: `${url}?utm_source=feed`, adapter: 'auto' });
    const plain = await createSource(db, { url: `${url}#top`, adapter: 'auto' });
    const report = await runManualScrape(env, { sourceIds: [tracked!.id, plain!.id] }, fast);
    expect(report.pages).toMatchObject({ new: 1, unchanged: 1, failed: 0 });
    expect(await versionsOf(url)).toHaveLength(1);
    const latest = await latestVersionsOf(db, [url, `${fixtureBase()}/store/never-seen.html`]);
    expect([...latest.keys()]).toEqual([url]);
    expect(latest.get(url)).toMatchObject({ factsCount: 1 });
  });

  it('closes pages an interrupted invocation left claimed, so the run can end', async () => {
    await env.DB.prepare('update sources set enabled = 0').run();
    const started = await env.DB.prepare("insert into scrape_runs (trigger, scheduled_time, started_at, status) values ('cron', '2032-01-01T00:00:00.000Z', '2032-01-01T00:00:00.000Z', 'running') returning id").first<{ id: number }>();
    await env.DB.prepare("insert into scrape_run_pages (run_id, url, status) values (?, 'https://interrupted.example/a.html', 'claimed')").bind(started!.id).run();
    const report = await runScheduledScrape(env, { cron: '0 */6 * * *', scheduledTime: Date.parse('2032-01-01T06:00:00Z') }, fast);
    expect(report).toMatchObject({ id: started!.id, status: 'failed', remaining: 0, pages: { failed: 1 } });
    expect(report.errors[0].error).toMatch(/interrupted/);
  });
});
