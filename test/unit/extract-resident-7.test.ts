import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * How a resident's own yearly share is read: per-group lists, years stated once for a list, the
 * group a share is for, and round-ups whose cities each scope their own lines. Each construction
 * is pinned with a sentence of our own (other places, other figures).
 */
const shares = (title: string, text: string) =>
  extractFacts({ title, text })
    .filter((f) => f.key === 'contribution.individual_annual')
    .map((f) => [f.region, f.year, f.variant ?? '', f.value]);

describe('groups of a resident share', () => {
  it('names an age group opening a numbered item (1.70周岁以上人员…), not the decimal 1.70', () => {
    expect(shares('2026年某地居民医保', '2026年南宁市城乡居民医保个人缴费标准作如下调整:\n1.70周岁以上人员,个人缴费标准为每人每年535元;\n2.60-69周岁人员,个人缴费标准为每人每年705元。'))
      .toEqual([['450100', 2026, '70周岁以上人员', 535], ['450100', 2026, '60-69周岁人员', 705]]);
  });

  it('names the group of a list item before the change it went through (X从每人每年A元调整为B元)', () => {
    const read = shares('2026年某地居民医保', '2026年南宁市城乡居民医保个人缴费标准作如下调整:\n1.60-69周岁人员从每人每年680元调整为705元;\n2.超过18周岁、不满60周岁人员从每人每年850元调整为875元;\n3.中小学生和婴幼儿从每人每年210元调整为235元。')
      .filter((f) => f[1] === 2026);
    expect(read).toEqual([
      ['450100', 2026, '60-69周岁人员', 705],
      ['450100', 2026, '超过18周岁、不满60周岁人员', 875],
      ['450100', 2026, '中小学生和婴幼儿', 235],
    ]);
  });

  it('takes the group named right after the scheme (某市城乡居民医保在校学生个人缴费标准为…), not a numbered heading', () => {
    expect(shares('2026年医保缴费', '(二)城乡居民医保\n2026年佛山市城乡居民医保在校学生个人缴费标准为每人420元。\n2026年佛山市城乡居民医保其他参保人员个人缴费标准为每人560元。'))
      .toEqual([['440600', 2026, '在校学生', 420], ['440600', 2026, '其他参保人员', 560]]);
  });

  it('names the group that joins the scheme before its tiers (在某地高校大学生参加…学年度居民医保,个人缴费标准为一档…)', () => {
    expect(shares('2026年成都居民医保', '在蓉高校大学生参加2025年9月至2026年8月学年度居民医保,个人缴费标准为一档330元/人·年、二档690元/人·年。'))
      .toEqual([['510100', 2026, '在蓉高校大学生 一档', 330], ['510100', 2026, '在蓉高校大学生 二档', 690]]);
  });

  it('names the groups listed in brackets after a figure (个人缴费400元(成年居民450元、学生儿童350元))', () => {
    expect(shares('2026年长春居民医保', '2026年个人缴费400元(成年居民450元、学生儿童350元),财政补助700元。'))
      .toEqual([['220100', 2026, '', 400], ['220100', 2026, '成年居民', 450], ['220100', 2026, '学生儿童', 350]]);
  });

  it('keeps a grade of disability in the group name (3-4级残疾人员…,个人缴纳N元)', () => {
    expect(shares('2026年长春居民医保', '(四)3-4级残疾人员资助标准为100元/人/年,个人缴纳290元/人/年。'))
      .toEqual([['220100', 2026, '3-4级残疾人员', 290]]);
  });

  it('keeps the head of a group list that narrows by age (城乡低保对象、低收入家庭中60周岁以上的老年人…)', () => {
    expect(shares('2026年大理居民医保', '城乡低保对象、低收入家庭中60周岁以上的老年人和未成年人,个人缴费标准为每人每年190元。'))
      .toEqual([['532900', 2026, expect.stringMatching(/^城乡低保对象/), 190]]);
  });
});

describe('per-group list lines', () => {
  it('reads a group label with an aside in brackets (劳动年龄内居民(16至59周岁):每人每年N元)', () => {
    expect(shares('2026年上海居民医保', '上海市按照年龄段分别缴费:\n\n1、学生儿童:每人每年440元\n\n2、劳动年龄内居民(16至59周岁):每人每年790元\n\n3、城乡老年人(60周岁及以上):每人每年470元'))
      .toEqual([
        ['310000', 2026, '学生儿童', 440],
        ['310000', 2026, '劳动年龄内居民(16至59周岁)', 790],
        ['310000', 2026, '城乡老年人(60周岁及以上)', 470],
      ]);
  });
});

describe('aid to a group vs its own share', () => {
  it('reads no share from a group line under a caption of aid (重点人群资助: then 监测对象:每人每年N元)', () => {
    const read = extractFacts({ title: '2026年太原居民医保', text: '三、特殊群体保障政策\n- 重点人群资助 :\n-\n低保对象:定额资助330元/人;\n-\n监测对象:每人每年260元;' });
    expect(read.filter((f) => f.key === 'contribution.individual_annual')).toEqual([]);
  });

  it('still reads a group line under a caption of the standard and the aid (缴费标准与资助政策)', () => {
    expect(shares('2026年赣州居民医保', '缴费标准与资助政策\n- 普通居民:410元/人。'))
      .toEqual([['360700', 2026, '普通居民', 410]]);
  });

  it('names the group an aid goes to before its share (医疗救助定额资助A、B等,个人缴费标准为…)', () => {
    expect(shares('2026年江西居民医保', '医疗救助定额资助城乡低保对象、返贫致贫人口等,个人缴费标准为每人每年90元。'))
      .toEqual([['360000', 2026, '城乡低保对象、返贫致贫人口等', 90]]);
  });
});

describe('a sentence listing groups one by one', () => {
  it('reads each `;` item after the one its key names (…个人缴费520元;在校学生320元;未成年人380元)', () => {
    expect(shares('2026年昆山市居民医保', '2026年城乡居民医疗保险个人缴费标准为:老年居民、被征地农民中的一档人员,个人缴费520元;城镇困难、重残居民个人缴费420元;在校学生320元;不在校婴幼儿、未成年人380元;优抚对象,个人不缴费。'))
      .toEqual([
        ['320583', 2026, '老年居民、被征地农民中的一档人员', 520],
        ['320583', 2026, '城镇困难、重残居民', 420],
        ['320583', 2026, '在校学生', 320],
        ['320583', 2026, '不在校婴幼儿、未成年人', 380],
      ]);
  });

  it('does not read another cover or a subsidy as a sibling group (…个人缴费400元;大病保险20元)', () => {
    expect(shares('2026年昆山市居民医保', '2026年城乡居民个人缴费标准为:成年居民个人缴费400元;大病保险20元;财政补助700元。'))
      .toEqual([['320583', 2026, '成年居民', 400]]);
  });
});

describe('years of a resident share list', () => {
  it('dates a figure a change started from by its own year, the new one by the sentence (2026年…由2025年的每人每年380元提至400元)', () => {
    expect(shares('某地居民医保', '2026年佛山市城乡居民医保个人缴费标准由2025年的每人每年380元提至每人每年400元。'))
      .toEqual([['440600', 2025, '', 380], ['440600', 2026, '', 400]]);
  });

  it('does not date a share by the day its payment period opens (2026年…缴费于2025年9月1日开始)', () => {
    expect(shares('长沙医保', '2026年城乡居民医保缴费于2025年9月1日开始,个人缴费标准为每人每年410元。'))
      .toEqual([['430100', 2026, '', 410]]);
  });

  it('takes the year stated once in the line opening a label:value list (2025年…具体为:)', () => {
    expect(shares('杭州城乡居民医保缴费标准', '杭州城乡居民医保不同人群缴费标准:\n2024年本市居民医保各档个人缴费标准,按照有关通知执行。\n成年居民一档:380元/人\n学生儿童:200元/人\n2025年各档个人缴费标准提高30元,具体为:\n成年居民一档:410元/人\n学生儿童:230元/人'))
      .toEqual([
        ['330100', 2024, '成年居民一档', 380], ['330100', 2024, '学生儿童', 200],
        ['330100', 2025, '成年居民一档', 410], ['330100', 2025, '学生儿童', 230],
      ]);
  });
});

describe('round-ups of several cities', () => {
  it('scopes the lines under a list line that is only a city short name (- 佛山 :)', () => {
    expect(shares('2026年医保缴费标准', '以下是几个主要地区的缴费标准:\n- 大理 :\n- 2026年度城乡居民基本医疗保险个人缴费标准为每人每年410元。\n- 佛山 :\n- 2026年度城乡居民基本医疗保险个人缴费标准为每人每年420元。\n- 天津 :\n- 2026年居民医保个人缴费标准为每人每年430元。'))
      .toEqual([['532900', 2026, '', 410], ['440600', 2026, '', 420], ['120000', 2026, '', 430]]);
  });
});
