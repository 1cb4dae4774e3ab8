/**
 * The aggregator adapter on its fixtures (Q&A pages written for these tests, with the chrome,
 * related blocks and sidebars such pages have): what it reads, the text it lays out for the
 * extractor, and the facts the real extractor then finds in that text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';
import { parsePage, type ParsedPage } from '../../scrapers/sources/index';

const fixture = (name: string) =>
  readFileSync(new URL(`../../scrapers/sources/aggregator/fixtures/${name}`, import.meta.url), 'utf-8');

/** Facts as the store keys them, without the evidence. */
const factsOf = (page: ParsedPage) =>
  extractFacts({ title: page.title, text: page.text, ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}) })
    .map(({ region, scheme, year, key, variant, value }) => ({ region, scheme, year, key, variant, value }));

/** The lines after the `相关推荐` line. */
const snippetZone = (page: ParsedPage) => page.text.split('\n相关推荐\n')[1] ?? '';

describe('an aggregator Q&A page about 南宁 resident insurance', () => {
  const url = 'https://www.health.example.com/wenda/2025/nanning-resident.html';
  const page = parsePage(fixture('nanning-resident.html'), url);

  it('reads the question as the title, the byline date and the declared canonical URL', () => {
    expect(page).toMatchObject({
      adapter: 'aggregator',
      title: '2025年南宁居民医保断缴了还能补交吗',
      publishedAt: '2025-03-12',
      canonicalUrl: 'https://www.health.example.com/wenda/2025/nanning-resident.html',
    });
  });

  it('follows only the related articles of the same site, absolute, without fragments, once each', () => {
    expect(page.links).toEqual([
      'https://www.health.example.com/wenda/2025/guilin-resident.html',
      'https://www.health.example.com/wenda/2025/dandong-flexible.html',
      'https://www.health.example.com/wenda/2025/newborn.html',
    ]);
  });

  it('lays the answer out a line per heading and paragraph, lists indented under their items', () => {
    const lines = page.text.split('\n');
    expect(lines[0]).toBe('南宁市的城乡居民医保断缴以后,不能按月补交以前的费用,但可以重新参保缴费。具体办法整理如下。');
    expect(lines).toContain('一年要交多少钱');
    expect(lines).toContain('等待期的规定');
    expect(page.text).toContain([
      '怎么办理',
      '  1. 线上办理',
      '    • 在“广西医保”微信公众号或“广西税务12366”公众号选择城乡居民医保缴费。',
      '    • 通过支付宝市民中心的社保缴费入口缴纳。',
      '  2. 线下办理',
      '    • 带上身份证到社区(村)便民服务中心或医保经办窗口办理。',
    ].join('\n'));
    expect(lines).toContain('  • 固定等待期:错过集中缴费期才参保缴费的,设置3个月的固定待遇等待期。');
  });

  it('leaves out the page chrome: title line, byline, breadcrumbs, navigation, sidebar, footer', () => {
    expect(page.text).not.toMatch(/健康知识网|首页|阅读 1|热门文章|夏季养生|版权所有|更多/);
    expect(page.text.split('\n')[0]).not.toBe(page.title);
  });

  it('ends with a 相关推荐 line, then per related article its title, summary and dated source line', () => {
    expect(page.text.match(/^相关推荐$/gm)).toHaveLength(1);
    expect(snippetZone(page)).toBe([
      '',
      '2025年桂林居民医保缴费标准是多少',
      '2025年度桂林市城乡居民基本医疗保险的个人缴费标准是每人每年400元,集中缴费期截止到2024年12月31日。',
      '健康新闻 2025-03-11',
      '',
      '丹东灵活就业医保一个月交多少钱',
      '丹东市2025年灵活就业人员的医保缴费基数为5480元,缴费比例为6.8%,每个月应缴372.64元。',
      '健康新闻 2025-03-10',
      '',
      '新生儿医保怎么办理',
      // A short summary would read as a heading and open a snippet of its own: it is closed with 。
      '新生儿在出生后尽早办理参保登记。',
      '健康新闻 2025-03-09',
    ].join('\n'));
  });

  it('gives the extractor the answer\'s facts under 南宁', () => {
    expect(factsOf(page)).toEqual(expect.arrayContaining([
      { region: '450100', scheme: 'resident', year: 2025, key: 'contribution.individual_annual', variant: undefined, value: 400 },
      { region: '450100', scheme: 'resident', year: 2025, key: 'waiting.fixed_months', variant: undefined, value: 3 },
      { region: '450100', scheme: 'resident', year: 2025, key: 'waiting.per_lapsed_year_months', variant: undefined, value: 1 },
      { region: '450100', scheme: 'resident', year: 2025, key: 'enrollment.newborn_days', variant: undefined, value: 90 },
    ]));
  });

  it('gives each snippet\'s facts to the snippet\'s own region, not the article\'s', () => {
    const facts = factsOf(page);
    expect(facts).toEqual(expect.arrayContaining([
      { region: '450300', scheme: 'resident', year: 2025, key: 'contribution.individual_annual', variant: undefined, value: 400 },
      { region: '210600', scheme: 'flexible', year: 2025, key: 'contribution.base_monthly', variant: undefined, value: 5480 },
      { region: '210600', scheme: 'flexible', year: 2025, key: 'contribution.rate', variant: undefined, value: 0.068 },
    ]));
    expect(facts.filter((f) => f.region === '450100' && f.scheme === 'flexible')).toEqual([]);
  });

  // Extractor gaps (scrapers/extract is not this adapter's to change): these pin what it misses
  // in plainly worded sentences of the fixture, and fail once it reads them.
  it('reads a window worded 从2024年9月1日开始,到2024年12月31日结束', () => {
    expect(factsOf(page)).toContainEqual({
      region: '450100', scheme: 'resident', year: 2025, key: 'enrollment.window', variant: undefined, value: { start: '2024-09-01', end: '2024-12-31' },
    });
  });

  it('reads a monthly amount worded 每个月应缴372.64元', () => {
    expect(factsOf(page)).toContainEqual(expect.objectContaining({ region: '210600', key: 'contribution.monthly_amount', value: 372.64 }));
  });
});

describe('an aggregator Q&A page about 克拉玛依 flexible employment', () => {
  const url = 'https://ask.example.org/q/88231.html';
  const page = parsePage(fixture('karamay-flexible.html'), url);

  it('reads the question, the declared date and og:url', () => {
    expect(page).toMatchObject({
      adapter: 'aggregator',
      title: '2025年克拉玛依灵活就业医保一个月交多少钱',
      publishedAt: '2025-04-02',
      canonicalUrl: 'https://ask.example.org/q/88231.html',
    });
  });

  it('follows each related page once and no download', () => {
    expect(page.links).toEqual(['https://ask.example.org/q/88102.html', 'https://ask.example.org/q/87990.html']);
  });

  it('renders the answer\'s nested lists with the item heading above its values', () => {
    expect(page.text).toContain([
      '2025年每月缴费标准',
      '  1. 单建统筹(不设个人账户)',
      '    • 缴费比例:9.5%',
      '    • 每月缴费:474.91元',
      '  2. 统账结合(设个人账户)',
      '    • 缴费比例:11.5%',
      '    • 每月缴费:574.89元',
    ].join('\n'));
    expect(page.text).not.toMatch(/问医保 · |10:15/);
  });

  it('lays a 相关阅读 block out under 相关推荐, keeping the source label of each date', () => {
    expect(snippetZone(page)).toBe([
      '',
      '大连灵活就业医保缴费基数是多少',
      '大连市2025年灵活就业人员医保缴费基数为每月8190元,基本医疗保险的缴费比例为5.8%。',
      '问医保 2025-03-28',
      '',
      '2024年居民医保一年交多少钱',
      '2024年度全国城乡居民医保个人缴费标准为每人每年400元,财政补助标准为每人每年不低于670元。',
      '问医保 2024-08-20',
    ].join('\n'));
  });

  it('gives the extractor each 参保方式\'s rate and monthly amount as variants', () => {
    const facts = factsOf(page);
    const of = (key: string, value: number) => facts.find((f) => f.key === key && f.value === value);
    expect(of('contribution.rate', 0.095)).toMatchObject({ region: '650200', scheme: 'flexible', year: 2025, variant: expect.stringContaining('单建统筹') });
    expect(of('contribution.monthly_amount', 474.91)).toMatchObject({ region: '650200', scheme: 'flexible', year: 2025, variant: expect.stringContaining('单建统筹') });
    expect(of('contribution.rate', 0.115)).toMatchObject({ region: '650200', scheme: 'flexible', year: 2025, variant: expect.stringContaining('统账结合') });
    expect(of('contribution.monthly_amount', 574.89)).toMatchObject({ region: '650200', scheme: 'flexible', year: 2025, variant: expect.stringContaining('统账结合') });
    expect(facts).toContainEqual({ region: '650200', scheme: 'flexible', year: 2025, key: 'backpay.online_max_months', variant: undefined, value: 3 });
  });

  it('dates and places the snippets by their own text and date line', () => {
    expect(factsOf(page)).toEqual(expect.arrayContaining([
      { region: '210200', scheme: 'flexible', year: 2025, key: 'contribution.base_monthly', variant: undefined, value: 8190 },
      { region: '210200', scheme: 'flexible', year: 2025, key: 'contribution.rate', variant: undefined, value: 0.058 },
      { region: '100000', scheme: 'resident', year: 2024, key: 'contribution.individual_annual', variant: undefined, value: 400 },
      { region: '100000', scheme: 'resident', year: 2024, key: 'contribution.subsidy_annual', variant: undefined, value: 670 },
    ]));
  });
});

describe('the aggregator adapter on pages it was not written for', () => {
  it('renders every followed link as a snippet and no snippet without a followed link', () => {
    for (const [name, url] of [['nanning-resident.html', 'https://www.health.example.com/wenda/2025/nanning-resident.html'], ['karamay-flexible.html', 'https://ask.example.org/q/88231.html']]) {
      const page = parsePage(fixture(name), url);
      const titles = snippetZone(page).split('\n\n').map((block) => block.trim().split('\n')[0]);
      expect(titles).toHaveLength(page.links.length);
    }
  });

  it('reads a page whose related block has titles only, and one without any block', () => {
    const bare = parsePage('<h1>医保断缴怎么办</h1><p>断缴后可以补缴。</p><h3>相关阅读</h3><ul><li><a href="/a.html">医保怎么交</a></li></ul>', 'https://x.example.com/q.html', 'aggregator');
    expect(bare.text).toBe('断缴后可以补缴。\n相关推荐\n\n医保怎么交');
    expect(bare.links).toEqual(['https://x.example.com/a.html']);
    const none = parsePage('<h1>医保断缴怎么办</h1><p>断缴后可以补缴。</p>', 'https://x.example.com/q.html', 'aggregator');
    expect(none).toMatchObject({ title: '医保断缴怎么办', text: '断缴后可以补缴。', links: [] });
  });

  it('has no links to give when the page address is not a URL', () => {
    const page = parsePage(fixture('nanning-resident.html'), 'not a url', 'aggregator');
    expect(page.links).toEqual([]);
    expect(page.text).toContain('\n相关推荐\n');
  });
});
