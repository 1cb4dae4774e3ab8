import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';
import { detectAdapter, parsePage } from '../../scrapers/sources/index';

const fixture = (path: string, encoding = 'utf-8') =>
  new TextDecoder(encoding).decode(readFileSync(new URL(`../../scrapers/sources/${path}`, import.meta.url)));

const factsOf = (page: ReturnType<typeof parsePage>) =>
  extractFacts({ title: page.title, text: page.text, ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}) })
    .map((f) => ({ region: f.region, scheme: f.scheme, year: f.year, key: f.key, variant: f.variant, value: f.value }));

describe('the aggregator adapter', () => {
  const page = parsePage(fixture('aggregator/fixtures/fangchenggang-resident.html'), 'https://ask.example.com/ask/2025-fcg.html');

  it('reads the title, the date and the answer without the page chrome', () => {
    expect(page).toMatchObject({ adapter: 'aggregator', title: '2025广西防城港居民医保断缴了怎么办', publishedAt: '2025-03-18' });
    expect(page.text).toContain('  • 固定等待期:');
    expect(page.text).not.toMatch(/首页|版权所有/);
  });

  it('lays the related articles out after a 相关推荐 line and returns their same-site links', () => {
    expect(page.text).toMatch(/\n相关推荐\n\n2025广西钦州居民医保怎么交\n钦州市[^\n]+\n健康问答 2025-03-17\n/);
    expect(page.links).toEqual(['https://ask.example.com/ask/2025-qinzhou-resident.html', 'https://ask.example.com/ask/2024-beihai-flexible.html']);
  });

  it('gives the extractor the article\'s facts and each snippet\'s own region', () => {
    const facts = factsOf(page);
    expect(facts).toEqual(expect.arrayContaining([
      { region: '450600', scheme: 'resident', year: 2025, key: 'waiting.fixed_months', variant: undefined, value: 3 },
      { region: '450600', scheme: 'resident', year: 2025, key: 'enrollment.window', variant: undefined, value: { start: '2024-09-01', end: '2024-12-31' } },
      { region: '450700', scheme: 'resident', year: 2025, key: 'contribution.individual_annual', variant: undefined, value: 400 },
      { region: '450500', scheme: 'flexible', year: 2024, key: 'contribution.rate', variant: undefined, value: 0.065 },
    ]));
  });
});

describe('the gov-notice adapter', () => {
  it('turns each row of a 缴费标准 table into facts of its 档次', () => {
    const page = parsePage(fixture('gov-notice/fixtures/liuzhou-resident.html'), 'https://example.org/notice.html');
    expect(page).toMatchObject({ adapter: 'gov-notice', publishedAt: '2024-08-28' });
    expect(page.text).toContain('一档:个人缴费400元,财政补助700元,合计1100元。');
    expect(factsOf(page)).toEqual(expect.arrayContaining([
      expect.objectContaining({ region: '450200', year: 2025, key: 'contribution.individual_annual', variant: '一档', value: 400 }),
      expect.objectContaining({ key: 'contribution.subsidy_annual', variant: '二档', value: 700 }),
      expect.objectContaining({ key: 'contribution.total_annual', variant: '二档', value: 1475 }),
    ]));
  });

  it('reads a GBK notice once decoded, its table of rates and monthly amounts included', () => {
    const bytes = readFileSync(new URL('../../scrapers/sources/gov-notice/fixtures/qinzhou-flexible-gbk.html', import.meta.url));
    expect(() => new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)).toThrow();
    const page = parsePage(new TextDecoder('gb18030').decode(bytes), 'https://ybj.qinzhou.gov.cn/2025/notice.html');
    expect(page).toMatchObject({ adapter: 'gov-notice', title: expect.stringContaining('钦州市医疗保障局'), publishedAt: '2025-01-08' });
    expect(factsOf(page)).toEqual(expect.arrayContaining([
      expect.objectContaining({ region: '450700', scheme: 'flexible', year: 2025, key: 'contribution.rate', variant: '统账结合', value: 0.08 }),
      expect.objectContaining({ key: 'contribution.monthly_amount', variant: '单建统筹', value: 225 }),
      expect.objectContaining({ key: 'backpay.online_max_months', value: 3 }),
    ]));
  });
});

describe('choosing an adapter', () => {
  it('picks gov-notice for .gov.cn hosts and contribution tables, aggregator for related blocks, generic otherwise', () => {
    expect(detectAdapter('<p>x</p>', 'https://ybj.example.gov.cn/a.html')).toBe('gov-notice');
    expect(detectAdapter('<table><tr><th>档次</th><th>个人缴费</th></tr></table>', 'https://a.example/')).toBe('gov-notice');
    expect(detectAdapter('<h3>相关推荐</h3><a href="/b">b</a>', 'https://a.example/')).toBe('aggregator');
    expect(detectAdapter('<p>hello</p>', 'https://a.example/')).toBe('generic');
  });

  it('never throws, whatever the page', () => {
    const nested = '<div>'.repeat(5000) + '文本' + '</div>'.repeat(5000);
    for (const html of ['', '\u0000\u0001\uFFFD<<>>', nested, '<table><tr><th>a</th></tr><tr><td>1</td><td>2</td></tr></table>', '<h3>相关推荐</h3><a href="javascript:x">x</a>']) {
      for (const adapter of ['auto', 'aggregator', 'gov-notice', 'generic'] as const) {
        const page = parsePage(html, 'not a url', adapter);
        expect(typeof page.text).toBe('string');
      }
    }
  });
});
