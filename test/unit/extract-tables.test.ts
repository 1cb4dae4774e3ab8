import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

/**
 * Tables of several lines whose header names each column's key and whose rows name a group, as
 * real pages print contribution standards (bars, bars without the outer ones, tabs). Sentences are
 * our own, with other places and figures.
 */
describe('a table whose header names the keys and whose rows name the groups', () => {
  const title = '2026年湖州市城乡居民医保缴费标准';

  it('reads each row of a bar table as its group (header, rule line, rows)', () => {
    const text = ['| 人员类别 | 个人缴费 | 财政补助 |', '| --- | --- | --- |', '| 成年居民 | 420元 | 730元 |', '| 未成年人 | 280元 | 730元 |'].join('\n');
    expect(factRows(title, text)).toEqual([
      ['330500', 'resident', 2026, 'contribution.individual_annual', '成年居民', 420],
      ['330500', 'resident', 2026, 'contribution.subsidy_annual', '成年居民', 730],
      ['330500', 'resident', 2026, 'contribution.individual_annual', '未成年人', 280],
      ['330500', 'resident', 2026, 'contribution.subsidy_annual', '未成年人', 730],
    ]);
  });

  it('reads a bar table written without its outer bars', () => {
    const text = ['人员类别 | 个人缴费 | 财政补助', '成年居民 | 420元 | 730元', '在校学生 | 300元 | 730元'].join('\n');
    expect(factRows(title, text).map((f) => [f[3], f[4], f[5]])).toEqual([
      ['contribution.individual_annual', '成年居民', 420],
      ['contribution.subsidy_annual', '成年居民', 730],
      ['contribution.individual_annual', '在校学生', 300],
      ['contribution.subsidy_annual', '在校学生', 730],
    ]);
  });

  it('reads a tab-separated table whose headers give the unit in brackets', () => {
    const text = ['参保人群\t个人缴费标准(元/人/年)\t财政补助标准(元/人/年)', '一般居民\t410\t720', '大学生\t300\t720'].join('\n');
    expect(factRows(title, text).map((f) => [f[3], f[4], f[5]])).toEqual([
      ['contribution.individual_annual', '一般居民', 410],
      ['contribution.subsidy_annual', '一般居民', 720],
      ['contribution.individual_annual', '大学生', 300],
      ['contribution.subsidy_annual', '大学生', 720],
    ]);
  });

  it('reads payroll rates by payer column, and a cell of 0 as no rule', () => {
    const text = ['| 项目 | 单位缴费比例 | 个人缴费比例 |', '| --- | --- | --- |', '| 基本医疗保险 | 7.5% | 2% |', '| 大额医疗费用补助 | 0.6% | 0 |'].join('\n');
    const rows = factRows('2026年嘉兴市职工医保缴费比例', text);
    expect(rows.map((f) => [f[1], f[3], f[5]])).toEqual([
      ['employee', 'contribution.rate', 0.075],
      ['employee', 'contribution.rate', 0.02],
      ['employee', 'contribution.rate', 0.006],
    ]);
    expect(rows.map((f) => String(f[4]))).toEqual([expect.stringContaining('单位'), expect.stringContaining('个人'), expect.stringContaining('单位')]);
  });

  it('reads nothing from a table whose header names no value column', () => {
    const text = ['| 时间 | 办理事项 | 地点 |', '| 9月1日 | 开始缴费 | 各乡镇 |', '| 12月31日 | 缴费截止 | 各乡镇 |'].join('\n');
    expect(factRows(title, text).filter((f) => String(f[3]).startsWith('contribution.'))).toEqual([]);
  });
});
