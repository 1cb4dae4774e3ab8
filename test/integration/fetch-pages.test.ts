/**
 * The fetcher against the fixture server, inside workerd: encodings, content types, conditional
 * GETs, size limits and redirects. Each file gets its own fixture site so robots.txt, scripts and
 * resets of other files running at the same time cannot reach it.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFetcher, type FetcherOptions, type FetchOutcome } from '../../scrapers/fetch/index';
import { fixtureSite, type FixtureSite } from '../support/worker';

let site: FixtureSite;
beforeAll(async () => {
  site = await fixtureSite();
});
beforeEach(() => site.reset());

const fast = (overrides: Partial<FetcherOptions> = {}) =>
  createFetcher({ allowPrivate: true, perHostDelayMs: 0, timeoutMs: 3000, sleep: async () => {}, ...overrides });

function expectOk(outcome: FetchOutcome): Extract<FetchOutcome, { kind: 'ok' }> {
  expect(outcome, JSON.stringify(outcome).slice(0, 300)).toMatchObject({ kind: 'ok' });
  return outcome as Extract<FetchOutcome, { kind: 'ok' }>;
}

const gbkNotice = () => `${site.baseUrl}/fetch/gbk-notice.html`;

describe('decoding', () => {
  it('decodes a GBK page by its <meta charset=gbk>, characters outside GB2312 included', async () => {
    const page = expectOk(await fast().fetchPage(gbkNotice()));
    expect(page.contentType).toBe('text/html');
    expect(page.charset).toBe('gb18030');
    expect(page.text).toContain('2025年度柳州市城乡居民基本医疗保险个人缴费标准为每人每年400元');
    expect(page.text).toContain('王堃、李喆');
    expect(page.text).not.toContain('\uFFFD');
  });

  it('decodes GBK by the header charset (gb2312 read as its superset)', async () => {
    const page = expectOk(await fast().fetchPage(`${gbkNotice()}?type=${encodeURIComponent('text/html; charset=gb2312')}`));
    expect(page.charset).toBe('gb18030');
    expect(page.text).toContain('王堃、李喆');
  });

  it('trusts the header charset over a <meta> that says otherwise', async () => {
    const gbk = new Uint8Array(await (await fetch(gbkNotice())).arrayBuffer());
    const lying = replaceAscii(gbk, 'charset="gbk"', 'charset="utf-8"');
    const url = await site.page('/fetch/lying-meta.html', lying, 'text/html; charset=GBK');
    const page = expectOk(await fast().fetchPage(url));
    expect(page.charset).toBe('gb18030');
    expect(page.text).toContain('每人每年400元');
    expect(page.text).toContain('charset="utf-8"');
  });

  it('sniffs UTF-8 when nothing declares a charset', async () => {
    const url = await site.page('/fetch/plain-utf8.html', '<html><body><p>医疗保险 个人缴费 400元</p></body></html>', 'text/html');
    const page = expectOk(await fast().fetchPage(url));
    expect(page).toMatchObject({ charset: 'utf-8', text: expect.stringContaining('医疗保险 个人缴费 400元') });
  });
});

describe('content types', () => {
  it('accepts text/plain', async () => {
    const url = await site.page('/fetch/notice.txt', '缴费标准为每人每年400元', 'text/plain; charset=utf-8');
    expect(expectOk(await fast().fetchPage(url)).text).toBe('缴费标准为每人每年400元');
  });

  it('accepts application/xhtml+xml', async () => {
    const url = await site.page('/fetch/notice.xhtml', '<html xmlns="http://www.w3.org/1999/xhtml"><body>医保</body></html>', 'application/xhtml+xml');
    expectOk(await fast().fetchPage(url));
  });

  it('refuses an image/png and says what it got', async () => {
    const url = await site.page('/fetch/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png');
    const outcome = await fast().fetchPage(url);
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'content_type', status: 200, detail: expect.stringContaining('image/png') });
  });

  it('refuses application/pdf', async () => {
    const url = await site.page('/fetch/notice.pdf', '%PDF-1.4', 'application/pdf');
    expect(await fast().fetchPage(url)).toMatchObject({ kind: 'failed', reason: 'content_type' });
  });

  it('sniffs a page sent without a Content-Type and accepts it when it is text', async () => {
    const url = await site.page('/fetch/untyped.html', '<html><body>医疗保险</body></html>', 'none');
    const page = expectOk(await fast().fetchPage(url));
    expect(page).toMatchObject({ contentType: '', charset: 'utf-8', text: expect.stringContaining('医疗保险') });
  });

  it('refuses binary sent without a Content-Type', async () => {
    const url = await site.page('/fetch/untyped.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]), 'none');
    expect(await fast().fetchPage(url)).toMatchObject({ kind: 'failed', reason: 'content_type', detail: expect.stringContaining('no Content-Type') });
  });
});

describe('conditional GET', () => {
  it('sends If-None-Match and reports 304 as not_modified', async () => {
    const url = await site.page('/fetch/etag.html', '<p>医保 v1</p>');
    const fetcher = fast();
    const first = expectOk(await fetcher.fetchPage(url));
    expect(first.etag).toMatch(/^"[0-9a-f]{40}"$/);

    const second = await fetcher.fetchPage(url, { etag: first.etag });
    expect(second).toEqual({ kind: 'not_modified', url, status: 304, attempts: 1 });
    const { requests } = await site.requests('/fetch/etag.html');
    expect(requests[1].headers['if-none-match']).toBe(first.etag);
  });

  it('sends If-Modified-Since and reports 304 as not_modified', async () => {
    const url = await site.page('/fetch/last-modified.html', '<p>医保 v1</p>');
    const first = expectOk(await fast().fetchPage(url));
    expect(Date.parse(first.lastModified!)).not.toBeNaN();

    const second = await fast().fetchPage(url, { lastModified: first.lastModified });
    expect(second).toMatchObject({ kind: 'not_modified', status: 304 });
    const { requests } = await site.requests('/fetch/last-modified.html');
    expect(requests[1].headers['if-modified-since']).toBe(first.lastModified);
    expect(requests[1].headers['if-none-match']).toBeUndefined();
  });

  it('gets the new page when it changed since the validators were taken', async () => {
    const url = await site.page('/fetch/changing.html', '<p>个人缴费400元</p>');
    const first = expectOk(await fast().fetchPage(url));
    await site.page('/fetch/changing.html', '<p>个人缴费420元</p>');

    const second = expectOk(await fast().fetchPage(url, { etag: first.etag, lastModified: first.lastModified }));
    expect(second.text).toContain('420元');
    expect(second.etag).not.toBe(first.etag);
    expect(Date.parse(second.lastModified!)).toBeGreaterThan(Date.parse(first.lastModified!));
  });

  it('sends no validators on a first visit', async () => {
    const url = await site.page('/fetch/first-visit.html', '<p>医保</p>');
    expectOk(await fast().fetchPage(url, {}));
    const { requests } = await site.requests('/fetch/first-visit.html');
    expect(requests[0].headers).not.toHaveProperty('if-none-match');
    expect(requests[0].headers).not.toHaveProperty('if-modified-since');
  });
});

describe('identification', () => {
  it('sends the identifying User-Agent with a contact URL', async () => {
    const url = await site.page('/fetch/ua.html', '<p>医保</p>');
    expectOk(await fast().fetchPage(url));
    const { requests } = await site.requests('/fetch/ua.html');
    expect(requests[0].headers['user-agent']).toBe('yibao-bot/0.1 (+https://github.com/yibao/yibao#crawler)');
  });

  it('sends the configured User-Agent instead when given one', async () => {
    const url = await site.page('/fetch/ua-custom.html', '<p>医保</p>');
    expectOk(await fast({ userAgent: 'yibao-test/1.0 (+mailto:ops@example.org)' }).fetchPage(url));
    expect((await site.requests('/fetch/ua-custom.html')).requests[0].headers['user-agent']).toBe('yibao-test/1.0 (+mailto:ops@example.org)');
  });
});

describe('size limits', () => {
  it('refuses a body whose Content-Length is over the limit without reading it', async () => {
    const outcome = await fast().fetchPage(`${site.baseUrl}/fetch/huge.html?bytes=3000000`);
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'too_large', attempts: 1, detail: expect.stringContaining('Content-Length 3000000') });
  });

  it('stops reading a body without Content-Length once it passes the limit', async () => {
    const outcome = await fast().fetchPage(`${site.baseUrl}/fetch/huge.html?bytes=3000000&chunked=1`);
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'too_large', detail: expect.stringContaining('stopped reading') });
  });

  it('honours a smaller configured limit, and a body exactly at it passes', async () => {
    expect(await fast({ maxBytes: 999 }).fetchPage(`${site.baseUrl}/fetch/k.html?bytes=1000&chunked=1`)).toMatchObject({ kind: 'failed', reason: 'too_large' });
    expect(expectOk(await fast({ maxBytes: 1000 }).fetchPage(`${site.baseUrl}/fetch/k.html?bytes=1000&chunked=1`)).bytes).toBe(1000);
  });
});

describe('redirects', () => {
  it('follows a redirect and reports where it ended', async () => {
    const target = await site.page('/fetch/moved-here.html', '<p>新地址 医保</p>');
    await site.script('/fetch/old-address.html', [{ status: 301, headers: { location: '/fetch/moved-here.html' } }]);
    const url = `${site.baseUrl}/fetch/old-address.html`;
    const page = expectOk(await fast().fetchPage(url));
    expect(page).toMatchObject({ url, finalUrl: target, attempts: 1, text: expect.stringContaining('新地址') });
  });

  it('gives up after maxRedirects hops', async () => {
    const hop = { status: 302, headers: { location: '/fetch/loop.html' } };
    await site.script('/fetch/loop.html', [hop, hop, hop, hop]);
    const outcome = await fast({ maxRedirects: 2 }).fetchPage(`${site.baseUrl}/fetch/loop.html`);
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'too_many_redirects', detail: expect.stringContaining('more than 2 redirects') });
    expect((await site.requests('/fetch/loop.html')).count).toBe(3);
  });

  it('refuses a redirect to a private address when private URLs are not allowed', async () => {
    const requested: string[] = [];
    const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      requested.push(url);
      expect(init?.redirect).toBe('manual');
      if (url.endsWith('/robots.txt')) return new Response('not found', { status: 404 });
      return new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/iam/' } });
    }) as unknown as typeof fetch;
    const fetcher = createFetcher({ allowPrivate: false, perHostDelayMs: 0, fetchImpl, sleep: async () => {} });

    const outcome = await fetcher.fetchPage('https://ybj.example.gov.cn/notice.html');
    expect(outcome).toMatchObject({
      kind: 'skipped',
      reason: 'private_address',
      url: 'https://ybj.example.gov.cn/notice.html',
      detail: expect.stringContaining('169.254.169.254'),
    });
    expect(requested).toEqual(['https://ybj.example.gov.cn/robots.txt', 'https://ybj.example.gov.cn/notice.html']);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    await site.script('/fetch/to-file.html', [{ status: 302, headers: { location: 'file:///etc/passwd' } }]);
    expect(await fast().fetchPage(`${site.baseUrl}/fetch/to-file.html`)).toMatchObject({ kind: 'skipped', reason: 'unsupported_scheme' });
  });

  it('fails a redirect without a Location', async () => {
    await site.script('/fetch/no-location.html', [{ status: 302 }]);
    expect(await fast().fetchPage(`${site.baseUrl}/fetch/no-location.html`)).toMatchObject({ kind: 'failed', reason: 'http_status', status: 302 });
  });
});

describe('refused URLs', () => {
  it('skips the loopback fixture server itself when private URLs are not allowed, sending nothing', async () => {
    const url = await site.page('/fetch/private.html', '<p>医保</p>');
    const outcome = await createFetcher({ allowPrivate: false }).fetchPage(url);
    expect(outcome).toMatchObject({ kind: 'skipped', reason: 'private_address', url });
    expect((await site.requests('/fetch/private.html')).count).toBe(0);
    expect((await site.requests('/robots.txt')).count).toBe(0);
  });

  it('sees through encoded loopback spellings with the runtime URL parser too', async () => {
    const fetchImpl = vi.fn() as unknown as typeof fetch;
    const fetcher = createFetcher({ allowPrivate: false, fetchImpl });
    for (const url of ['http://0x7f.1/', 'http://2130706433/', 'http://0177.0.0.1/', 'http://127.1/', 'http://[::ffff:127.0.0.1]/', 'http://[64:ff9b::7f00:1]/']) {
      expect(await fetcher.fetchPage(url), url).toMatchObject({ kind: 'skipped', reason: 'private_address' });
    }
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('skips other schemes and nonsense', async () => {
    expect(await fast().fetchPage('ftp://example.com/notice.html')).toMatchObject({ kind: 'skipped', reason: 'unsupported_scheme' });
    expect(await fast().fetchPage('not a url')).toMatchObject({ kind: 'skipped', reason: 'invalid_url' });
  });
});

describe('HTTP errors', () => {
  it('fails a 404 at once, without retrying', async () => {
    const outcome = await fast().fetchPage(`${site.baseUrl}/fetch/does-not-exist.html`);
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'http_status', status: 404, attempts: 1, detail: expect.stringContaining('HTTP 404') });
    expect((await site.requests('/fetch/does-not-exist.html')).count).toBe(1);
  });
});

/** Replaces an ASCII run inside encoded bytes (the <meta> of a GBK page is plain ASCII). */
function replaceAscii(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const needle = new TextEncoder().encode(from);
  for (let i = 0; i <= bytes.length - needle.length; i++) {
    if (needle.every((b, j) => bytes[i + j] === b)) {
      const replacement = new TextEncoder().encode(to);
      const out = new Uint8Array(bytes.length - needle.length + replacement.length);
      out.set(bytes.subarray(0, i));
      out.set(replacement, i);
      out.set(bytes.subarray(i + needle.length), i + replacement.length);
      return out;
    }
  }
  throw new Error(`${from} not found`);
}
