import { describe, expect, it } from 'vitest';
import { factRows } from '../support/extract-rows';

/**
 * A caption line (`…说明:`) over an indented answer, a group's share per person under a caption of
 * the share. Our own sentences, other places and figures.
 */
const rows = (title: string, text: string, key?: string) =>
  factRows(title, text).filter((row) => !key || row[3] === key).map((row) => [row[0], row[2], row[1], row[3], row[5]]);

describe('a caption over an indented answer', () => {
  it('scopes the indented line under a question by the caption above it (  某市职工医保续保说明:)', () => {
    const text = ['2022年湘潭医保断了可以续吗?', '', '  可以。', '', '  湘潭企业职工医保续保说明:', '',
      '  断缴2个月(含)以内续保的,从续保后的次月起享受待遇;超过2个月续保的,续保后需等待4个月才能享受待遇。'].join('\n');
    expect(rows('2022年湘潭医保断了可以续吗?', text, 'waiting.fixed_months')).toEqual([['430300', 2022, 'employee', 'waiting.fixed_months', 4]]);
  });

  it('still leaves an indented line after a line of its own that is no caption to the page\'s scheme', () => {
    const text = ['  可以。', '  断缴2个月(含)以内续保的,从续保后的次月起享受待遇;超过2个月续保的,续保后需等待4个月才能享受待遇。'].join('\n');
    expect(rows('2022年湘潭居民医保断了可以续吗?', text, 'waiting.fixed_months')).toEqual([['430300', 2022, 'resident', 'waiting.fixed_months', 4]]);
  });
});

describe('a group\'s share per person under a caption of the share', () => {
  it('reads 群体:每人N元/年 as the group\'s individual share, the aside its subsidy', () => {
    const text = ['缴费标准', '- 城镇居民:每人410元/年(财政补助690元)', '- 中小学生:每人230元/年'].join('\n');
    expect(rows('2026年度黄石居民医保缴费标准', text).filter((row) => row[3] !== 'enrollment.window')).toEqual([
      ['420200', 2026, 'resident', 'contribution.individual_annual', 410],
      ['420200', 2026, 'resident', 'contribution.subsidy_annual', 690],
      ['420200', 2026, 'resident', 'contribution.individual_annual', 230],
    ]);
    expect(factRows('2026年度黄石居民医保缴费标准', text).map((row) => row[4])).toEqual(['城镇居民', '城镇居民', '中小学生']);
  });

  it('names the group without the 每人 that runs into its figure (城镇居民每人N元/年)', () => {
    const text = ['缴费标准', '城镇居民每人410元/年'].join('\n');
    expect(factRows('2026年度黄石居民医保缴费标准', text).map((row) => row[4])).toEqual(['城镇居民']);
  });
});

describe('a payroll figure under another insurance\'s caption', () => {
  it('reads no medical rate under a list item about the pension (一、参加企业职工基本养老保险 then 缴费比例为N%)', () => {
    const text = ['灵活就业人员可以这样参保:', '一、以个人身份参加企业职工基本养老保险。', '缴费全部由个人负担,缴费比例为20%,可按月或按年缴纳。',
      '二、以灵活就业人员身份参加职工基本医疗保险。', '缴费全部由个人负担,缴费比例为9%。'].join('\n');
    expect(rows('2024年柳州灵活就业人员参保指南', text, 'contribution.rate')).toEqual([['450200', 2024, 'flexible', 'contribution.rate', 0.09]]);
  });
});

describe('a rule two schemes share', () => {
  it('reads a wait stated for two schemes at once for both (职工医保和居民医保均设N个月等待期)', () => {
    const text = '自2026年1月1日起,职工医保和居民医保均设2个月固定等待期。';
    expect(rows('2026年钦州医保断缴新规', text, 'waiting.fixed_months').map((row) => row[2])).toEqual(['employee', 'resident']);
  });

  it('keeps one scheme when the two are not said to share the rule (职工医保转居民医保的,设N个月等待期)', () => {
    const text = '自2026年1月1日起,职工医保转居民医保的,设2个月固定等待期。';
    expect(rows('2026年钦州医保断缴新规', text, 'waiting.fixed_months').map((row) => row[2])).toHaveLength(1);
  });
});

describe('an answer after its question on one line', () => {
  it('reads a bare figure per person after 缴费标准是多少? as the share', () => {
    const text = '2缴费标准是多少?每人每年150元。3如何参保?到户籍所在地办理。';
    expect(rows('2022年清远城乡居民医保问答', text)).toEqual([['441800', 2022, 'resident', 'contribution.individual_annual', 150]]);
  });

  it('reads nothing from a bare figure after a question about something else (起付线是多少?)', () => {
    const text = '住院起付线是多少?每人每年300元。';
    expect(rows('2022年清远城乡居民医保问答', text)).toEqual([]);
  });
});

describe('a flexible worker\'s figures beside aid and a province\'s wage', () => {
  it('reads a rate whose sentence names an aid fund in another clause (按N%的比例缴纳,大额医疗救助费…)', () => {
    const text = '确定2024年度个体灵活就业人员基本医疗保险费以6500元为月缴费基数、按6%的比例缴纳,大额医疗救助费200元/人/年。';
    expect(rows('2024年潍坊灵活就业医保缴费标准', text, 'contribution.rate')).toEqual([['370700', 2024, 'flexible', 'contribution.rate', 0.06]]);
  });

  it('still reads no rate of an aid in its own clause (按N%给予资助)', () => {
    const text = '2024年灵活就业人员中的低保对象按50%给予资助。';
    expect(rows('2024年潍坊灵活就业医保缴费标准', text, 'contribution.rate')).toEqual([]);
  });

  it('files a province-wide wage under the province a notice\'s name states, and its month figure worked out from it (以此计算)', () => {
    const text = '根据《河南省人力资源和社会保障厅关于公布2023年度全省全口径城镇单位就业人员平均工资的通知》,2023年度全省全口径城镇单位就业人员平均工资为72000元,以此计算月平均工资为6000元。';
    expect(rows('2024年洛阳灵活就业医保缴费基数', text).filter((row) => String(row[3]).startsWith('wage.'))).toEqual([
      ['410000', 2023, 'flexible', 'wage.average_annual', 72000],
      ['410000', 2023, 'flexible', 'wage.average_monthly', 6000],
    ]);
  });
});

describe('how far back one may pay', () => {
  it('reads 最多可以补缴N个月 as the back-payment reach', () => {
    const text = '以灵活就业人员身份参加职工医保的,最多可以补缴6个月的医保费用。';
    expect(rows('2025年南宁灵活就业医保补缴政策', text)).toEqual([['450100', 2025, 'flexible', 'backpay.max_lookback_months', 6]]);
  });

  it('reads no reach from a shortfall of years paid at retirement (最多可以补缴5年)', () => {
    expect(rows('2025年南宁职工医保', '退休时缴费年限不足的,最多可以补缴5年。')).toEqual([]);
  });
});

describe('what is not a medical insurance\'s wait', () => {
  it('reads no wait from a heading of the case of a lapse beyond N months (超过N个月的等待期)', () => {
    const text = ['2个月内补缴的规则', '中断缴费2个月以内的,补缴后从次月起恢复待遇。', '超过2个月的等待期', '中断超过2个月需连续缴费满4个月后才能恢复待遇。'].join('\n');
    expect(rows('2024年嘉兴职工医保停缴补缴规定', text, 'waiting.fixed_months')).toEqual([['330400', 2024, 'employee', 'waiting.fixed_months', 4]]);
  });

  it('reads no grace or wait of the maternity cover (生育保险中断…设置N个月待遇享受等待期)', () => {
    const text = '生育保险中断缴费2个月(含)以内补缴的,待遇正常享受;中断2个月以上的,从生育保险关系生效当月开始设置4个月待遇享受等待期。';
    expect(rows('2023年衢州生育保险问答', text)).toEqual([]);
  });
});

describe('a change stated with the verb of paying', () => {
  it('reads 由每人每年缴纳A元上调至B元 as a change: B for the year, A the year before, the group without 由', () => {
    const text = '2016年起调整居民医保个人缴费标准:普通居民由每人每年缴纳190元上调至220元。';
    expect(factRows('2016年衡阳居民医保缴费标准调整', text)).toEqual([
      ['430400', 'resident', 2015, 'contribution.individual_annual', '普通居民', 190],
      ['430400', 'resident', 2016, 'contribution.individual_annual', '普通居民', 220],
    ]);
  });
});

describe('a rate stated as a share of the payer\'s wages', () => {
  it('reads a payer\'s rate of its own wages (用人单位按职工工资总额的N%缴纳,职工按本人工资的M%缴纳)', () => {
    const text = '2024年起,用人单位按职工工资总额的6.8%缴纳,职工按本人工资的2%缴纳。';
    expect(factRows('2024年益阳职工医保', text).filter((row) => row[3] === 'contribution.rate').map((row) => [row[4], row[5]])).toEqual([['用人单位', 0.068], ['个人', 0.02]]);
  });

  it('reads a rate named before the wages it is a share of (单位缴费比例为职工工资总额的N%)', () => {
    expect(factRows('2024年益阳职工医保', '单位缴费比例为职工工资总额的6.8%。').map((row) => [row[4], row[5]])).toEqual([['单位', 0.068]]);
  });

  it('reads no rate from a share of an average wage (按上年度社平工资的60%缴纳)', () => {
    expect(rows('2024年益阳灵活就业医保', '按上年度社平工资的60%缴纳。', 'contribution.rate')).toEqual([]);
  });
});
