/**
 * Choosing an adapter for a page, and `parsePage` holding up on anything it is given: empty and
 * binary input, nesting far deeper than real pages, broken tables, addresses that are not URLs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, detectAdapter, parsePage, type AdapterName } from '../../scrapers/sources/index';

const fixture = (path: string, encoding = 'utf-8') =>
  new TextDecoder(encoding).decode(readFileSync(new URL(`../../scrapers/sources/${path}`, import.meta.url)));

const RELATED_WITH_SUMMARIES = '<h3>相关推荐</h3><ul><li><a href="/b.html">医保怎么交</a><p>2025年度城乡居民医保个人缴费标准为每人每年400元。</p><span>2025-03-11</span></li></ul>';
const CONTRIBUTION_TABLE = '<table><tr><th>档次</th><th>个人缴费(元/年)</th></tr><tr><td>一档</td><td>400</td></tr></table>';

describe('detectAdapter', () => {
  it('reads the fixtures with the adapter each was written for', () => {
    expect(detectAdapter(fixture('aggregator/fixtures/nanning-resident.html'), 'https://www.health.example.com/wenda/a.html')).toBe('aggregator');
    expect(detectAdapter(fixture('aggregator/fixtures/karamay-flexible.html'), 'https://ask.example.org/q/1.html')).toBe('aggregator');
    expect(detectAdapter(fixture('gov-notice/fixtures/liuzhou-resident-2025.html'), 'https://ybj.liuzhou.gov.cn/a.html')).toBe('gov-notice');
    expect(detectAdapter(fixture('gov-notice/fixtures/dandong-flexible-gbk.html', 'gb18030'), 'https://example.com/a.html')).toBe('gov-notice');
  });

  it('takes any page of a gov.cn host for a notice', () => {
    expect(detectAdapter('<p>x</p>', 'https://ybj.nanning.gov.cn/a.html')).toBe('gov-notice');
    expect(detectAdapter(`<h1>问答</h1>${RELATED_WITH_SUMMARIES}`, 'http://www.gov.cn/zhengce/a.html')).toBe('gov-notice');
    expect(detectAdapter('<p>x</p>', 'https://notgov.cn.example.com/a.html')).toBe('generic');
  });

  it('takes a page with a contribution table for a notice, unless it has an aggregator\'s related snippets', () => {
    expect(detectAdapter(`<h1>通知</h1>${CONTRIBUTION_TABLE}`, 'https://a.example.com/')).toBe('gov-notice');
    expect(detectAdapter(`<h1>医保交多少钱</h1>${CONTRIBUTION_TABLE}${RELATED_WITH_SUMMARIES}`, 'https://a.example.com/')).toBe('aggregator');
    expect(detectAdapter(`<h1>通知</h1>${CONTRIBUTION_TABLE}<div>相关链接</div><ul><li><a href="/n.html">另一则通知</a></li></ul>`, 'https://a.example.com/')).toBe('gov-notice');
  });

  it('takes a related block or Q&A markup for an aggregator page, anything else for generic', () => {
    expect(detectAdapter('<h3>相关阅读</h3><a href="/b">b</a>', 'https://a.example.com/')).toBe('aggregator');
    expect(detectAdapter('<div itemscope itemtype="https://schema.org/QAPage"><h1>医保断缴怎么办</h1><p>可以补缴。</p></div>', 'https://a.example.com/')).toBe('aggregator');
    expect(detectAdapter('<article><h1>医保新闻</h1><p>今天天气很好。</p></article>', 'https://a.example.com/')).toBe('generic');
    // A heading word without links after it is no block.
    expect(detectAdapter('<p>相关推荐</p><p>没有链接</p>', 'https://a.example.com/')).toBe('generic');
  });
});

describe('parsePage', () => {
  it('uses the adapter it is told to, and detects one for auto', () => {
    const html = fixture('aggregator/fixtures/nanning-resident.html');
    for (const adapter of ADAPTERS) expect(parsePage(html, 'https://www.health.example.com/a.html', adapter).adapter).toBe(adapter);
    expect(parsePage(html, 'https://www.health.example.com/a.html', 'auto').adapter).toBe('aggregator');
    expect(parsePage(html, 'https://www.health.example.com/a.html').adapter).toBe('aggregator');
  });

  it('resolves a relative canonical link against the page address and ignores a non-http one', () => {
    expect(parsePage('<link rel="canonical" href="/a/b.html#x"><h1>t</h1>', 'https://a.example.com/q?id=1').canonicalUrl).toBe('https://a.example.com/a/b.html');
    expect(parsePage('<link rel="canonical" href="javascript:alert(1)"><h1>t</h1>', 'https://a.example.com/').canonicalUrl).toBeNull();
    expect(parsePage('<link rel="canonical" href="/a.html"><h1>t</h1>', 'not a url').canonicalUrl).toBeNull();
  });

  const deep = (open: string, close: string, n: number) => open.repeat(n) + '深处的文本' + close.repeat(n);
  const garbage: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['binary-ish', Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
    ['control characters and lone brackets', '\u0000\u0001\uFFFD<<>><</>< a=<b>'],
    ['nested divs', deep('<div>', '</div>', 50_000)],
    ['unclosed divs', '<div>'.repeat(50_000) + '深处的文本'],
    ['nested spans', deep('<span>', '</span>', 20_000)],
    ['nested lists', deep('<ul><li>', '</li></ul>', 5_000)],
    ['nested tables', deep('<table><tr><td>', '</td></tr></table>', 3_000)],
    ['nested related blocks', deep('<div><h3>相关推荐</h3><a href="/x">x</a>', '</div>', 3_000)],
    ['huge spans', '<table><tr><td rowspan="999999" colspan="999999">1</td><td>2</td></tr><tr><td>3</td></tr></table>'],
    ['unterminated everything', '<html><head><title>标题<body><table><tr><td><ul><li><a href="'],
    ['script only', '<script>相关推荐<table><tr><th>档次</th></tr></table></script>'],
  ];

  it.each(garbage)('never throws on %s, whatever the adapter and address', (_name, html) => {
    for (const adapter of ['auto', ...ADAPTERS] as const) {
      for (const url of ['https://a.example.com/x.html', 'not a url', '']) {
        const page = parsePage(html, url, adapter);
        expect(typeof page.title).toBe('string');
        expect(typeof page.text).toBe('string');
        expect(Array.isArray(page.links)).toBe(true);
        expect(ADAPTERS).toContain(page.adapter);
      }
    }
    // Twelve readings of a page nested thousands deep: what this pins is that none throws, not
    // how fast (that is the bench's), so a loaded machine must not fail it.
  }, 60_000);

  it('gives an empty article for an empty page', () => {
    expect(parsePage('', 'https://a.example.com/')).toEqual({ adapter: 'generic', title: '', text: '', publishedAt: null, canonicalUrl: null, links: [] });
    expect(parsePage(' \n ', 'https://a.example.com/', 'gov-notice')).toMatchObject({ title: '', text: '' });
  });

  it('keeps the text of pages nested far deeper than real ones, quickly', () => {
    const started = Date.now();
    for (const html of [deep('<div>', '</div>', 100_000), deep('<table><tr><td>', '</td></tr></table>', 3_000), deep('<ul><li>', '</li></ul>', 5_000)]) {
      expect(parsePage(html, 'https://a.example.com/').text).toContain('深处的文本');
    }
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('takes inputs that are not strings for empty ones', () => {
    const page = parsePage(null as unknown as string, undefined as unknown as string, 'bogus' as unknown as AdapterName);
    expect(page).toMatchObject({ title: '', text: '', links: [] });
  });
});
