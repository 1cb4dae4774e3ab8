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
    expect(shares('2026年某地居民医保', '桂林市2026年度居民医保按年龄分档缴费:\n1.70周岁以上人员,每人每年缴纳562元;\n2.60-69周岁人员,每人每年缴纳738元。'))
      .toEqual([['450300', 2026, '70周岁以上人员', 562], ['450300', 2026, '60-69周岁人员', 738]]);
  });

  it('names the group of a list item before the change it went through (X从每人每年A元调整为B元)', () => {
    const read = shares('2026年某地居民医保', '钦州市居民医保2026年度个人缴费额有以下变化:\n1.在校学生及学龄前儿童从每人每年226元调整为258元;\n2.18周岁以上、未满60周岁人员从每人每年872元调整为901元;\n3.60-69周岁人员从每人每年694元调整为722元。')
      .filter((f) => f[1] === 2026);
    expect(read).toEqual([
      ['450700', 2026, '在校学生及学龄前儿童', 258],
      ['450700', 2026, '18周岁以上、未满60周岁人员', 901],
      ['450700', 2026, '60-69周岁人员', 722],
    ]);
  });

  it('takes the group named right after the scheme (某市城乡居民医保在校学生个人缴费标准为…), not a numbered heading', () => {
    expect(shares('2026年医保缴费', '(三)居民医疗保险\n江门市2026年城乡居民医保在校学生个人缴费标准为每年每人436元。\n江门市2026年城乡居民医保非学生参保人员个人缴费标准为每年每人578元。'))
      .toEqual([['440700', 2026, '在校学生', 436], ['440700', 2026, '非学生参保人员', 578]]);
  });

  it('names the group that joins the scheme before its tiers (在某地高校大学生参加…学年度居民医保,个人缴费标准为一档…)', () => {
    expect(shares('2026年贵阳居民医保', '在筑高校大学生参加2025—2026学年度居民医保,个人缴费标准为一档356元/人·年、二档742元/人·年。'))
      .toEqual([['520100', 2026, '在筑高校大学生 一档', 356], ['520100', 2026, '在筑高校大学生 二档', 742]]);
  });

  it('names the groups listed in brackets after a figure (个人缴费400元(成年居民450元、学生儿童350元))', () => {
    expect(shares('2026年长春居民医保', '2026年个人缴费400元(成年居民450元、学生儿童350元),财政补助700元。'))
      .toEqual([['220100', 2026, '', 400], ['220100', 2026, '成年居民', 450], ['220100', 2026, '学生儿童', 350]]);
  });

  it('keeps a grade of disability in the group name (3-4级残疾人员…,个人缴纳N元)', () => {
    expect(shares('2026年四平居民医保', '(二)3-4级残疾人员,财政按115元/人/年给予资助,个人缴纳306元/人/年。'))
      .toEqual([['220300', 2026, '3-4级残疾人员', 306]]);
  });

  it('keeps the head of a group list that narrows by age (A、B中N周岁以上的老年人和未成年人…)', () => {
    expect(shares('2026年曲靖居民医保', '特困家庭成员、低收入家庭中65周岁以上的老人和未成年人,个人每年缴费标准为每人每年174元。'))
      .toEqual([['530300', 2026, expect.stringMatching(/^特困家庭成员/), 174]]);
  });
});

describe('per-group list lines', () => {
  it('reads a group label with an aside in brackets (某类居民(A至B周岁):每人每年N元)', () => {
    expect(shares('2026年北京居民医保', '北京市居民医保分人群确定缴费额:\n\n1、在校学生:每人每年365元\n\n2、就业年龄段居民(18至59周岁):每人每年688元\n\n3、老年居民(满60周岁):每人每年492元'))
      .toEqual([
        ['110000', 2026, '在校学生', 365],
        ['110000', 2026, '就业年龄段居民(18至59周岁)', 688],
        ['110000', 2026, '老年居民(满60周岁)', 492],
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
    expect(shares('2026年湖北居民医保', '医疗救助定额资助重度残疾人、防返贫监测对象等,个人缴费标准为每人每年105元。'))
      .toEqual([['420000', 2026, '重度残疾人、防返贫监测对象等', 105]]);
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
    expect(shares('2026年医保缴费标准', '部分城市的标准整理如下:\n- 玉溪 :\n- 2026年度居民医保个人缴费为每人每年425元。\n- 湛江 :\n- 2026年度城乡居民医保个人缴费为每人每年447元。\n- 重庆 :\n- 2026年居民医保个人缴费标准为每人每年458元。'))
      .toEqual([['530400', 2026, '', 425], ['440800', 2026, '', 447], ['500000', 2026, '', 458]]);
  });
});

describe('the individual share beside the subsidy and the total', () => {
  it('reads a share after how fast it rises (个人缴费标准增幅适当降低,为每人每年N元), the subsidy apart', () => {
    const read = extractFacts({ title: '2026年天水居民医保', text: '天水市2026年度居民医保人均财政补助每人每年新增25元,达到每人每年695元;个人缴费标准增幅适当降低,为每人每年435元。' })
      .map((f) => [f.key, f.year, f.value]);
    expect(read).toEqual([['contribution.subsidy_annual', 2026, 695], ['contribution.individual_annual', 2026, 435]]);
  });

  it('reads a per-person share misnamed a proportion (个人缴费比例为每人每年N元)', () => {
    expect(shares('2026年兰州居民医保', '其中个人缴费比例为每人每年260元,相比上一年增长了30元。'))
      .toEqual([['620100', 2026, '', 260]]);
  });

  it('reads 个人缴费金额执行…缴费标准每人N元 under a heading with no scheme of its own', () => {
    const text = '\n各位参保居民:\n现就银川市2026年度居民基本医疗保险缴费事项通知如下:\n二、缴费金额\n个人缴费金额执行全国统一的缴费标准每人435元\n';
    expect(shares('', text)).toEqual([['640100', 2026, '', 435]]);
  });
});

describe('the year of a notice', () => {
  it('does not take the year of a document number heading its text (某医保发〔2025〕12号)', () => {
    const text = '\n- 法规标题:关于公布衢州市2026年基本医疗保险费缴纳标准的通知\n- 发布日期:2025年11月10日\n衢州市医疗保障局关于公布衢州市2026年基本医疗保险费缴纳标准的通知\n衢医保发〔2025〕12号\n各县(市、区)人民政府:\n二、城乡居民二档个人缴纳标准为1980元。';
    expect(shares('', text)).toEqual([['330800', 2026, expect.stringContaining('二档'), 1980]]);
  });
});

