/**
 * robots.txt: our policy around `robots-parser` (RFC 9309), then the fetcher obeying it against a fixture
 * site of this file's own (robots.txt is per origin, so it must not be shared with other files).
 */
import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb } from '../../db/client';
import { robotsCacheIn } from '../../db/queries/robots';
import { createFetcher, type FetcherOptions } from '../../scrapers/fetch/index';
import {
  isAllowedByRobots,
  parseRobotsPolicy,
  productToken,
  robotsPolicyForStatus,
  unreachableRobotsPolicy,
} from '../../scrapers/fetch/robots';
import { fixtureSite, type FixtureSite } from '../support/worker';

const UA = 'yibao-bot/0.1 (+https://github.com/yibao/yibao#crawler)';
const allowed = (robots: string, path: string, userAgent = UA) => isAllowedByRobots(parseRobotsPolicy(robots, userAgent), path).allowed;

describe('reading robots.txt (RFC 9309, through robots-parser)', () => {
  it('reads the product token of a User-Agent string', () => {
    expect(productToken(UA)).toBe('yibao-bot');
    expect(productToken('Googlebot/2.1')).toBe('googlebot');
  });

  it('picks the group naming our product token, case-insensitively', () => {
    const robots = 'User-agent: *\nDisallow: /\n\nUser-agent: YIBAO-Bot\nDisallow: /private/\n';
    expect(allowed(robots, '/notice.html')).toBe(true);
    expect(allowed(robots, '/private/x.html')).toBe(false);
  });

  it('matches a User-agent line that carries a version after the token', () => {
    expect(allowed('User-agent: yibao-bot/0.1\nDisallow: /a\n', '/a')).toBe(false);
  });

  it('falls back to the * group, and only when no group names us', () => {
    const robots = 'User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /tmp/\n';
    expect(allowed(robots, '/tmp/x')).toBe(false);
    expect(allowed(robots, '/x')).toBe(true);
    expect(allowed(robots, '/x', 'otherbot/1.0')).toBe(false);
  });

  it('allows everything when no group applies', () => {
    expect(allowed('User-agent: otherbot\nDisallow: /\n', '/x')).toBe(true);
    expect(allowed('', '/x')).toBe(true);
  });

  it('merges every group that names us', () => {
    const robots = 'User-agent: yibao-bot\nDisallow: /a/\n\nUser-agent: otherbot\nDisallow: /\n\nUser-agent: yibao-bot\nDisallow: /b/\n';
    expect(allowed(robots, '/a/1')).toBe(false);
    expect(allowed(robots, '/b/1')).toBe(false);
    expect(allowed(robots, '/c/1')).toBe(true);
  });

  it('lets consecutive User-agent lines share one group', () => {
    const robots = 'User-agent: otherbot\nUser-agent: yibao-bot\nDisallow: /shared/\n';
    expect(allowed(robots, '/shared/x')).toBe(false);
    expect(allowed(robots, '/shared/x', 'otherbot/2.0')).toBe(false);
    expect(allowed(robots, '/elsewhere', 'otherbot/2.0')).toBe(true);
  });

  it('ignores rules before any User-agent line, comments, unknown keys, CRLF and a BOM', () => {
    const robots = '\uFEFFDisallow: /orphan/\r\n# a comment\r\nUser-agent: * # everyone\r\nNoindex: /x\r\nDisallow: /tmp/ # scratch\r\n';
    expect(allowed(robots, '/orphan/x')).toBe(true);
    expect(allowed(robots, '/tmp/x')).toBe(false);
  });

  it('lets the longest matching rule win', () => {
    const robots = 'User-agent: *\nDisallow: /zwgk/\nAllow: /zwgk/tzgg/\n';
    expect(allowed(robots, '/zwgk/tzgg/2025/notice.html')).toBe(true);
    expect(allowed(robots, '/zwgk/other.html')).toBe(false);
  });

  it('lets an allow win a tie', () => {
    expect(allowed('User-agent: *\nDisallow: /page\nAllow: /page\n', '/page')).toBe(true);
    expect(allowed('User-agent: *\nAllow: /page\nDisallow: /page\n', '/page')).toBe(true);
  });

  it('treats an empty Disallow as no rule', () => {
    expect(allowed('User-agent: *\nDisallow:\n', '/anything')).toBe(true);
  });

  it('matches * as any run of characters and $ as the end', () => {
    const robots = 'User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\nDisallow: /$\n';
    expect(allowed(robots, '/files/a.pdf')).toBe(false);
    expect(allowed(robots, '/files/a.pdf?download=1')).toBe(true);
    expect(allowed(robots, '/news.html?print=1')).toBe(false);
    expect(allowed(robots, '/')).toBe(false);
    expect(allowed(robots, '/index.html')).toBe(true);
  });

  it('matches rules as prefixes unless anchored', () => {
    const disallows = (pattern: string, path: string) => !allowed(`User-agent: *\nDisallow: ${pattern}\n`, path);
    expect(disallows('/fish', '/fish.html')).toBe(true);
    expect(disallows('/fish', '/Fish.html')).toBe(false);
    expect(disallows('/fish$', '/fish.html')).toBe(false);
    expect(disallows('/fish*', '/fish')).toBe(true);
    expect(disallows('/*/a*b$', '/x/aXXbYYb')).toBe(true);
    expect(disallows('/*/a*b$', '/x/aXXbYYc')).toBe(false);
  });

  it('reads a group whose User-agent line follows a byte-order mark', () => {
    expect(allowed('\uFEFFUser-agent: *\nDisallow: /private/\n', '/private/a.html')).toBe(false);
  });

  it('looks our group up by product token whatever follows it in our User-Agent', () => {
    const robots = 'User-agent: yibao-bot\nDisallow: /a/\n';
    expect(allowed(robots, '/a/1', 'yibao-bot (+https://example.org/bot)')).toBe(false);
    expect(allowed(robots, '/a/1', 'Yibao-Bot')).toBe(false);
  });

  it('reads a path starting with two slashes as a path, not a host', () => {
    expect(allowed('User-agent: *\nDisallow: //x/\n', '//x/page')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /x/\n', '//x/page')).toBe(true);
  });

  it('compares non-ASCII and percent-encoded paths octet for octet', () => {
    const robots = 'User-agent: *\nDisallow: /医保/\nDisallow: /%7euser/\n';
    expect(allowed(robots, new URL('https://x.gov.cn/医保/通知.html').pathname)).toBe(false);
    expect(allowed(robots, '/~user/page')).toBe(false);
    expect(allowed(robots, '/%7Euser/page')).toBe(false);
  });

  it('always allows /robots.txt', () => {
    expect(allowed('User-agent: *\nDisallow: /\n', '/robots.txt')).toBe(true);
    expect(isAllowedByRobots(unreachableRobotsPolicy('HTTP 503'), '/robots.txt').allowed).toBe(true);
  });

  it('reads Crawl-delay from the group that applies to us', () => {
    const robots = 'Sitemap: https://x.gov.cn/sitemap.xml\nUser-agent: *\nCrawl-delay: 2.5\nDisallow: /tmp/\n';
    expect(parseRobotsPolicy(robots, UA).crawlDelaySeconds).toBe(2.5);
    expect(parseRobotsPolicy('User-agent: otherbot\nCrawl-delay: 9\n\nUser-agent: *\nCrawl-delay: 1\n', UA).crawlDelaySeconds).toBe(1);
    expect(parseRobotsPolicy('User-agent: *\nCrawl-delay: soon\n', UA).crawlDelaySeconds).toBeNull();
  });

  it('reads a 4xx robots.txt as allow-all and a 5xx or 429 as disallow-all', () => {
    for (const status of [400, 401, 403, 404, 410]) expect(isAllowedByRobots(robotsPolicyForStatus(status), '/x').allowed, String(status)).toBe(true);
    for (const status of [429, 500, 502, 503]) expect(isAllowedByRobots(robotsPolicyForStatus(status), '/x').allowed, String(status)).toBe(false);
  });

  it('says which rule decided', () => {
    const verdict = isAllowedByRobots(parseRobotsPolicy('User-agent: *\nDisallow: /private/\n', UA), '/private/a.html');
    expect(verdict).toMatchObject({ allowed: false, rule: { allow: false, pattern: '/private/' } });
    expect(verdict.detail).toContain('Disallow: /private/');
  });

  it('stays fast on a hostile pattern', () => {
    const robots = `User-agent: *\nDisallow: /${'*a'.repeat(200)}b\n`;
    const started = Date.now();
    expect(allowed(robots, `/${'a'.repeat(5000)}`)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
});
beforeEach(() => site.reset());

const PAGE = '<html><body><p>个人缴费标准为每人每年400元</p></body></html>';
const fast = (overrides: Partial<FetcherOptions> = {}) =>
  createFetcher({ allowPrivate: true, perHostDelayMs: 0, timeoutMs: 3000, sleep: async () => {}, ...overrides });

describe('the fetcher and robots.txt', () => {
  it('skips a page robots.txt disallows and never requests it', async () => {
    await site.page('/robots.txt', 'User-agent: *\nDisallow: /private/\n', 'text/plain');
    const url = await site.page('/private/notice.html', PAGE);
    const outcome = await fast().fetchPage(url);
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'robots', url, detail: expect.stringContaining('Disallow: /private/') });
    expect((await site.requests('/private/notice.html')).count).toBe(0);
  });

  it('fetches what robots.txt allows, and asks for robots.txt with its own User-Agent', async () => {
    await site.page('/robots.txt', 'User-agent: *\nDisallow: /private/\n', 'text/plain');
    const url = await site.page('/public/notice.html', PAGE);
    expect(await fast().fetchPage(url)).toMatchObject({ kind: 'ok' });
    const { requests } = await site.requests('/robots.txt');
    expect(requests[0].headers['user-agent']).toBe(UA);
  });

  it('reads robots.txt once per origin per fetcher, concurrent calls included', async () => {
    await site.page('/robots.txt', 'User-agent: *\nDisallow: /private/\n', 'text/plain');
    const urls = await Promise.all(['/a.html', '/b.html', '/c.html'].map((p) => site.page(p, PAGE)));
    const fetcher = fast();
    await Promise.all(urls.map((u) => fetcher.fetchPage(u)));
    await fetcher.fetchPage(urls[0]);
    expect((await site.requests('/robots.txt')).count).toBe(1);

    await fast().fetchPage(urls[0]);
    expect((await site.requests('/robots.txt')).count).toBe(2);
  });

  it('keeps a robots.txt in D1 for a day, so the next runs do not ask for it again', async () => {
    await env.DB.prepare('delete from robots_txt').run();
    await site.page('/robots.txt', 'User-agent: *\nDisallow: /private/\n', 'text/plain');
    const url = await site.page('/kept.html', PAGE);
    const hidden = await site.page('/private/kept.html', PAGE);
    const start = Date.parse('2030-06-01T00:00:00Z');
    const fetcherAt = (hours: number) => fast({ robotsCache: robotsCacheIn(createDb(env.DB), () => new Date(start + hours * 3_600_000)) });

    expect(await fetcherAt(0).fetchPage(url)).toMatchObject({ kind: 'ok' });
    // A later run, a fresh fetcher: the kept answer still decides, and the site is not asked.
    expect(await fetcherAt(23).fetchPage(hidden)).toMatchObject({ kind: 'skipped', reason: 'robots' });
    expect((await site.requests('/robots.txt')).count).toBe(1);
    // After a day it is asked again, and what it says now is kept.
    await site.page('/robots.txt', 'User-agent: *\nDisallow:\n', 'text/plain');
    expect(await fetcherAt(25).fetchPage(hidden)).toMatchObject({ kind: 'ok' });
    expect((await site.requests('/robots.txt')).count).toBe(2);
    expect(await fetcherAt(26).fetchPage(hidden)).toMatchObject({ kind: 'ok' });
    expect((await site.requests('/robots.txt')).count).toBe(2);
  });

  it('keeps a missing robots.txt (404) but never an unreachable one (5xx)', async () => {
    await env.DB.prepare('delete from robots_txt').run();
    const url = await site.page('/kept-404.html', PAGE);
    const cached = () => fast({ robotsCache: robotsCacheIn(createDb(env.DB), () => new Date()) });
    await site.script('/robots.txt', [{ status: 503 }, { status: 503 }, { status: 503 }]);
    expect(await cached().fetchPage(url)).toMatchObject({ kind: 'skipped', reason: 'robots' });
    expect(await env.DB.prepare('select count(*) as n from robots_txt').first('n')).toBe(0);
    expect(await cached().fetchPage(url)).toMatchObject({ kind: 'ok' });
    expect(await cached().fetchPage(url)).toMatchObject({ kind: 'ok' });
    expect((await site.requests('/robots.txt')).count).toBe(4);
    expect(await env.DB.prepare('select status, body from robots_txt').first()).toEqual({ status: 404, body: null });
  });

  it('follows the group for yibao-bot over the * group', async () => {
    await site.page('/robots.txt', 'User-agent: *\nDisallow: /\n\nUser-agent: yibao-bot\nAllow: /\n', 'text/plain');
    const url = await site.page('/notice.html', PAGE);
    expect(await fast().fetchPage(url)).toMatchObject({ kind: 'ok' });
    expect(await fast({ userAgent: 'otherbot/1.0' }).fetchPage(url)).toMatchObject({ kind: 'skipped', reason: 'robots' });
  });

  it('crawls freely when robots.txt is missing (404)', async () => {
    const url = await site.page('/notice.html', PAGE);
    expect(await fast().fetchPage(url)).toMatchObject({ kind: 'ok' });
    expect((await site.requests('/robots.txt')).count).toBe(1);
  });

  it('crawls nothing while robots.txt answers 5xx, after retrying it', async () => {
    await site.script('/robots.txt', [{ status: 503 }, { status: 503 }, { status: 503 }]);
    const url = await site.page('/notice.html', PAGE);
    const outcome = await fast().fetchPage(url);
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'robots', detail: expect.stringContaining('unreachable') });
    expect((await site.requests('/robots.txt')).count).toBe(3);
    expect((await site.requests('/notice.html')).count).toBe(0);
  });

  it('crawls nothing when robots.txt times out', async () => {
    await site.script('/robots.txt', [{ hang: true }]);
    const url = await site.page('/notice.html', PAGE);
    const outcome = await fast({ timeoutMs: 300, maxRetries: 0 }).fetchPage(url);
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'robots', detail: expect.stringContaining('timeout') });
  });

  it('follows a redirected robots.txt', async () => {
    await site.script('/robots.txt', [{ status: 301, headers: { location: '/real-robots.txt' } }]);
    await site.page('/real-robots.txt', 'User-agent: *\nDisallow: /drafts/\n', 'text/plain');
    const url = await site.page('/drafts/notice.html', PAGE);
    expect(await fast().fetchPage(url)).toMatchObject({ kind: 'skipped', reason: 'robots' });
  });

  it('checks the robots.txt of the origin a redirect leads to', async () => {
    const other = await fixtureSite();
    await other.page('/robots.txt', 'User-agent: *\nDisallow: /\n', 'text/plain');
    const target = await other.page('/notice.html', PAGE);
    await site.script('/moved.html', [{ status: 302, headers: { location: target } }]);
    expect(await fast().fetchPage(`${site.baseUrl}/moved.html`)).toMatchObject({ kind: 'skipped', reason: 'robots', detail: expect.stringContaining(target) });
    expect((await other.requests('/notice.html')).count).toBe(0);
  });

  it('fetches regardless when respectRobots is off, without asking for robots.txt', async () => {
    await site.page('/robots.txt', 'User-agent: *\nDisallow: /\n', 'text/plain');
    const url = await site.page('/notice.html', PAGE);
    expect(await fast({ respectRobots: false }).fetchPage(url)).toMatchObject({ kind: 'ok' });
    expect((await site.requests('/robots.txt')).count).toBe(0);
  });

  it('raises the per-host gap to the Crawl-delay', async () => {
    let clock = 0;
    const sleep = vi.fn(async (ms: number) => {
      clock += ms;
    });
    await site.page('/robots.txt', 'User-agent: *\nCrawl-delay: 2\n', 'text/plain');
    const a = await site.page('/a.html', PAGE);
    const b = await site.page('/b.html', PAGE);
    const fetcher = createFetcher({ allowPrivate: true, perHostDelayMs: 100, sleep, now: () => clock });
    await fetcher.fetchPage(a);
    await fetcher.fetchPage(b);
    // robots.txt, then 2 s, page a, then 2 s, page b.
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([2000, 2000]);
  });
});
