/**
 * The gov-notice adapter on its fixtures (a UTF-8 TRS-style notice with a two-row-header 档次
 * table, a GBK notice laid out in tables) and the table renderer on the shapes such tables take:
 * what is read, the lines the extractor gets, and the facts the real extractor finds in them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';
import { parsePage, type ParsedPage } from '../../scrapers/sources/index';

const fixtureBytes = (name: string) => readFileSync(new URL(`../../scrapers/sources/gov-notice/fixtures/${name}`, import.meta.url));

const factsOf = (page: ParsedPage) =>
  extractFacts({ title: page.title, text: page.text, ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}) })
    .map(({ region, scheme, year, key, variant, value }) => ({ region, scheme, year, key, variant, value }));

/** A notice whose body is one table, read by the gov-notice adapter. */
const tableText = (rows: string, caption = '') =>
  parsePage(`<h1>通知</h1><table>${caption ? `<caption>${caption}</caption>` : ''}${rows}</table>`, 'https://ybj.example.gov.cn/a.html').text;

describe('a 柳州 resident notice with a 档次 table (UTF-8)', () => {
  const url = 'https://ybj.liuzhou.gov.cn/tzgg/202408/t20240830_2.html';
  const page = parsePage(new TextDecoder('utf-8').decode(fixtureBytes('liuzhou-resident-2025.html')), url);

  it('reads the CMS title and publication date', () => {
    expect(page).toMatchObject({
      adapter: 'gov-notice',
      title: '柳州市医疗保障局关于做好2025年度城乡居民基本医疗保险参保缴费工作的通知',
      publishedAt: '2024-08-30',
      canonicalUrl: null,
    });
  });

  it('renders the table as its title row, then one sentence per 档次, then its note', () => {
    expect(page.text).toContain([
      '2025年度我市城乡居民基本医疗保险实行两档缴费,参保人按户自愿选择一个档次,具体标准见下表。',
      '2025年度柳州市城乡居民基本医疗保险缴费标准',
      '一档:个人缴费400元,财政补助700元,合计1100元。',
      // The 财政补助 cell spans both rows: each row still names it.
      '二档:个人缴费600元,财政补助700元,合计1300元。',
      '注:特困人员、低保对象等困难群众的个人缴费部分按规定给予资助。',
      '二、集中缴费期',
    ].join('\n'));
    expect(page.text).not.toMatch(/筹资标准|档次 \|/);
  });

  it('keeps the notice text and its signature, drops the site chrome', () => {
    const lines = page.text.split('\n');
    expect(lines[0]).toBe('各县、区医疗保障局,各有关单位:');
    expect(lines.slice(-3)).toEqual(['特此通知。', '柳州市医疗保障局', '2024年8月30日']);
    expect(page.text).not.toMatch(/当前位置|发布日期|字号|打印|相关链接|备案号|政务公开/);
  });

  it('follows the same-site related notice, not the attachment or another site', () => {
    expect(page.links).toEqual(['https://ybj.liuzhou.gov.cn/tzgg/202408/t20240820_1.html']);
  });

  it('gives the extractor each 档次\'s contribution under 柳州 2025, the 档次 as the variant', () => {
    const facts = factsOf(page);
    const row = (key: string, variant: string, value: number) => ({ region: '450200', scheme: 'resident', year: 2025, key, variant, value });
    expect(facts).toEqual(expect.arrayContaining([
      row('contribution.individual_annual', '一档', 400),
      row('contribution.subsidy_annual', '一档', 700),
      row('contribution.total_annual', '一档', 1100),
      row('contribution.individual_annual', '二档', 600),
      row('contribution.subsidy_annual', '二档', 700),
      row('contribution.total_annual', '二档', 1300),
    ]));
    expect(facts).toEqual(expect.arrayContaining([
      { region: '450200', scheme: 'resident', year: 2025, key: 'enrollment.window', variant: undefined, value: { start: '2024-09-01', end: '2024-12-31' } },
      { region: '450200', scheme: 'resident', year: 2025, key: 'waiting.fixed_months', variant: undefined, value: 3 },
      { region: '450200', scheme: 'resident', year: 2025, key: 'waiting.per_lapsed_year_months', variant: undefined, value: 1 },
    ]));
  });
});

describe('a 丹东 flexible-employment notice in GBK, laid out in tables', () => {
  const bytes = fixtureBytes('dandong-flexible-gbk.html');
  const html = new TextDecoder('gb18030').decode(bytes);
  const page = parsePage(html, 'https://ybj.dandong.gov.cn/tzgg/2025/0110.html');

  it('is GBK on disk and reads once decoded', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)).toThrow();
    expect(page).toMatchObject({
      adapter: 'gov-notice',
      title: '丹东市医疗保障局关于公布2025年度灵活就业人员基本医疗保险缴费标准的通知',
      publishedAt: '2025-01-10',
      links: [],
    });
  });

  it('reads the content cell of the layout table, the data table inside it as sentences', () => {
    expect(page.text).toBe([
      '各县(市)区医疗保障局:',
      '根据《辽宁省医疗保障局关于做好2025年度职工基本医疗保险缴费基数核定工作的通知》要求,现将2025年度我市灵活就业人员基本医疗保险缴费标准公布如下。',
      '2025年度丹东市灵活就业人员基本医疗保险缴费标准',
      '基本医疗保险:缴费基数5480元,缴费比例6.8%,月缴费额372.64元。',
      '灵活就业人员按月缴纳基本医疗保险费,可通过“辽宁税务”微信公众号或各银行网点缴费。',
      '本通知自2025年1月1日起执行。',
    ].join('\n'));
  });

  it('gives the extractor the base, rate and monthly amount under 丹东 2025 flexible', () => {
    const row = (key: string, value: number) => ({ region: '210600', scheme: 'flexible', year: 2025, key, variant: '基本医疗保险', value });
    expect(factsOf(page)).toEqual(expect.arrayContaining([
      row('contribution.base_monthly', 5480),
      row('contribution.rate', 0.068),
      row('contribution.monthly_amount', 372.64),
    ]));
  });

  it('is still a notice off a gov.cn host, by its contribution table', () => {
    expect(parsePage(html, 'https://mirror.example.com/0110.html').adapter).toBe('gov-notice');
  });
});

describe('contribution tables as sentences', () => {
  it('names each value by its header, the unit from the header\'s parenthesis', () => {
    expect(tableText(
      '<tr><th>档次</th><th>个人缴费(元/年)</th><th>财政补助(元/年)</th><th>合计(元/年)</th></tr><tr><td>一档</td><td>400</td><td>670</td><td>1070</td></tr>',
      '2025年度柳州市城乡居民基本医疗保险缴费标准',
    )).toBe('2025年度柳州市城乡居民基本医疗保险缴费标准\n一档:个人缴费400元,财政补助670元,合计1070元。');
    expect(tableText('<tr><th>险种</th><th>缴费基数(元/月)</th><th>缴费比例</th><th>月缴费额(元)</th></tr><tr><td>统账结合</td><td>5480</td><td>6.8%</td><td>372.64</td></tr>'))
      .toBe('统账结合:缴费基数5480元,缴费比例6.8%,月缴费额372.64元。');
  });

  it('reduces header wording to the extractor\'s words and drops thousands separators', () => {
    expect(tableText('<tr><td>类别</td><td>缴费基数(元/月)</td><td>缴费比例(%)</td></tr><tr><td>灵活就业人员</td><td>5,480</td><td>6.8</td></tr>'))
      .toBe('灵活就业人员:缴费基数5480元,缴费比例6.8%。');
    expect(tableText('<tr><td>序号</td><td>人员类别</td><td>档次</td><td>个人缴纳(元)</td><td>政府补助(元)</td><td>筹资总额(元)</td><td>大额医疗费用补助(元/月)</td></tr><tr><td>1</td><td>成年居民</td><td>一档</td><td>400</td><td>—</td><td>1,100</td><td>10</td></tr>'))
      .toBe('成年居民 一档:个人缴费400元,合计1100元,大额医疗费用补助10元。');
    // A per-month personal payment is the flexible monthly amount, not the resident yearly share.
    expect(tableText('<tr><th>参保方式</th><th>个人缴费(元/月)</th></tr><tr><td>单建统筹</td><td>225</td></tr>')).toBe('单建统筹:月缴费额225元。');
  });

  it('reads a table with the values named down its first column', () => {
    expect(tableText('<tr><td>项目</td><td>一档</td><td>二档</td></tr><tr><td>个人缴费(元)</td><td>400</td><td>600</td></tr><tr><td>财政补助(元)</td><td>700</td><td>700</td></tr>'))
      .toBe('一档:个人缴费400元,财政补助700元。\n二档:个人缴费600元,财政补助700元。');
  });

  it('keeps a group row as a line of its own above its rows', () => {
    expect(tableText('<tr><th>档次</th><th>个人缴费(元/年)</th></tr><tr><td colspan="2">城乡居民</td></tr><tr><td>一档</td><td>400</td></tr>'))
      .toBe('城乡居民\n一档:个人缴费400元。');
  });

  it('leaves a table without a header as cells, and a table of words as label and value', () => {
    expect(tableText('<tr><td>一档</td><td>400</td></tr><tr><td>二档</td><td>600</td></tr>')).toBe('一档 | 400\n二档 | 600');
    expect(tableText('<tr><th>事项</th><th>渠道</th></tr><tr><td>缴费</td><td>广西医保公众号</td></tr>')).toBe('缴费:渠道广西医保公众号。');
  });

  it('reads a table too large to be a 缴费标准 table as blocks, its text kept', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `<tr><td>第${i}行</td><td>${i}</td></tr>`).join('');
    const text = tableText(`<tr><th>行</th><th>值</th></tr>${rows}`);
    expect(text.split('\n')).toContain('第599行');
  });
});
