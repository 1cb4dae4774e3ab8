import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';

/**
 * The group (variant) of a resident's yearly shares: a group's total and the parts it is split
 * into, captions of a scheme's part, lists per group and per area. Each construction is pinned with
 * a sentence of our own (other places, other figures).
 */
const SHARES = new Set(['contribution.individual_annual', 'contribution.subsidy_annual', 'contribution.total_annual']);
const shares = (title: string, text: string) =>
  extractFacts({ title, text })
    .filter((f) => SHARES.has(f.key))
    .map((f) => [f.key.replace('contribution.', ''), f.variant ?? '', f.value]);

describe("a group's total and its parts", () => {
  it('reads a group named before a total split into its parts, item by item (X每人N元/年,其中财政补助…,个人缴费…;Y…)', () => {
    expect(shares('2027年洛阳居民医保', '洛阳市2027年城乡居民医保筹资标准调整为:城乡老年人每人3150元/年,其中财政补助每人2810元/年,个人缴费每人340元/年;学生儿童每人1480元/年,其中财政补助每人1205元/年,个人缴费每人275元/年;劳动年龄内居民每人2260元/年,其中财政补助每人1655元/年,个人缴费每人605元/年。'))
      .toEqual([
        ['total_annual', '城乡老年人', 3150], ['subsidy_annual', '城乡老年人', 2810], ['individual_annual', '城乡老年人', 340],
        ['total_annual', '学生儿童', 1480], ['subsidy_annual', '学生儿童', 1205], ['individual_annual', '学生儿童', 275],
        ['total_annual', '劳动年龄内居民', 2260], ['subsidy_annual', '劳动年龄内居民', 1655], ['individual_annual', '劳动年龄内居民', 605],
      ]);
  });

  it("gives a group's 筹资标准 split after 其中 its group on every part (X筹资标准为每人N元/年,其中财政补助标准A元,个人缴费标准B元)", () => {
    expect(shares('2023年绵阳城乡居民医保筹资标准', '绵阳市2023年城乡居民医保筹资标准公布。老年居民筹资标准为每人1520元/年,其中财政补助标准1110元,个人缴费标准410元。大学生筹资标准为每人690元/年,其中财政补助标准560元,个人缴费标准130元。'))
      .toEqual([
        ['total_annual', '老年居民', 1520], ['subsidy_annual', '老年居民', 1110], ['individual_annual', '老年居民', 410],
        ['total_annual', '大学生', 690], ['subsidy_annual', '大学生', 560], ['individual_annual', '大学生', 130],
      ]);
  });

  it('names the group of 对于X而言 and 而对于X, even when the parts follow without 其中', () => {
    expect(shares('2022年赣州城乡居民医保', '赣州市今年的居民医保缴费有变化。对于老年居民而言,人均筹资总额为1590元,其中,财政补助1200元,个人需缴纳390元。而对于其他居民,筹资标准也是1610元/人,不过财政补助少一些,为1150元/人,个人需支付460元/人。'))
      .toEqual([
        ['total_annual', '老年居民', 1590], ['subsidy_annual', '老年居民', 1200], ['individual_annual', '老年居民', 390],
        ['total_annual', '其他居民', 1610], ['subsidy_annual', '其他居民', 1150], ['individual_annual', '其他居民', 460],
      ]);
  });

  it('takes the part of a scheme a caption names as the group (城镇居民医疗保险筹资标准:每人每年N元,其中个人缴纳A元,政府补助B元)', () => {
    expect(shares('宜昌市2019年城乡居民医疗保险筹资标准', '一、城镇居民医疗保险筹资标准:每人每年310元,其中个人缴纳205元,政府补助105元。\n\n二、农村居民医疗保险筹资标准:每人每年265元,其中个人缴纳180元,政府补助85元。'))
      .toEqual([
        ['total_annual', '城镇居民', 310], ['individual_annual', '城镇居民', 205], ['subsidy_annual', '城镇居民', 105],
        ['total_annual', '农村居民', 265], ['individual_annual', '农村居民', 180], ['subsidy_annual', '农村居民', 85],
      ]);
  });

  it('reads a standard with its unit in brackets (X,个人缴费(人/年)标准为A元,财政补助(人/年)标准为B元,共计C元)', () => {
    expect(shares('2026年度常州市城乡居民医保', '缴费标准\n老年居民,个人缴费(人/年)标准为580元,财政补助(人/年)标准为1310元,共计1890元;\n大学生,个人缴费(人/年)标准为285元,财政补助(人/年)标准为760元,共计1045元。'))
      .toEqual([
        ['individual_annual', '老年居民', 580], ['subsidy_annual', '老年居民', 1310], ['total_annual', '老年居民', 1890],
        ['individual_annual', '大学生', 285], ['subsidy_annual', '大学生', 760], ['total_annual', '大学生', 1045],
      ]);
  });

  it('gives the subsidy after a group\'s own share the group too, and reads past what the subsidy includes (财政补助(含省财政补助)N元)', () => {
    expect(shares('2027年度扬州市城乡居民医保', '其中,老年居民、成年居民个人缴费仍为640元,财政补助1160元;大中专院校学生个人缴费仍为345元,财政补助(含省财政补助)1370元。'))
      .toEqual([
        ['individual_annual', '老年居民、成年居民', 640], ['subsidy_annual', '老年居民、成年居民', 1160],
        ['individual_annual', '大中专院校学生', 345], ['subsidy_annual', '大中专院校学生', 1370],
      ]);
  });

  it('names the group of a label whose bracketed aside dates who it is (X周岁以下(即…以后出生)的人员:…)', () => {
    expect(shares('2027年金华城乡居民医保', '缴费标准\n16周岁以下(即2011年1月1日及以后出生)的人员:2027年度城乡居民医保筹资标准为1830元/人·年,其中财政补助1170元/人·年,个人缴费660元/人·年。'))
      .toEqual([['total_annual', '16周岁以下的人员', 1830], ['subsidy_annual', '16周岁以下的人员', 1170], ['individual_annual', '16周岁以下的人员', 660]]);
  });

  it('names the group of a traditional page in simplified script, quoting the page as written', () => {
    const text = '繳費標準\n16周歲以下(即2011年1月1日及以後出生)的人員:2027年度城鄉居民醫保籌資標準為1830元/人·年,其中財政補助1170元/人·年,個人繳費660元/人·年。';
    const facts = extractFacts({ title: '2027年金華城鄉居民醫保', text }).filter((f) => SHARES.has(f.key));
    expect(facts.map((f) => [f.variant, f.value])).toEqual([['16周岁以下的人员', 1830], ['16周岁以下的人员', 1170], ['16周岁以下的人员', 660]]);
    expect(text.slice(facts[0].evidence.start, facts[0].evidence.end)).toBe(facts[0].evidence.quote);
    expect(facts[0].evidence.quote).toContain('16周歲以下');
  });
});

describe('lists of groups after one key phrase', () => {
  it('carries a share or a subsidy to every further item of its ; list, however long (X每人每年A元;Y每人每年B元;Z…)', () => {
    expect(shares('2027年度天津城乡居民医保', '天津市2027年居民医保个人缴费调整为:城乡老年人每人每年480元;学生儿童每人每年445元;劳动年龄内居民每人每年815元。财政补助方面,城乡老年人的财政补助标准定为每人每年4410元;学生儿童每人每年1780元;劳动年龄内居民每人每年2390元。'))
      .toEqual([
        ['individual_annual', '城乡老年人', 480], ['individual_annual', '学生儿童', 445], ['individual_annual', '劳动年龄内居民', 815],
        ['subsidy_annual', '城乡老年人', 4410], ['subsidy_annual', '学生儿童', 1780], ['subsidy_annual', '劳动年龄内居民', 2390],
      ]);
  });

  it('does not take the aid an assisted group gets for its share (乙类人员资助标准为N元/人/年,个人缴纳M元)', () => {
    expect(shares('2024年度南充城乡居民医保', '南充市2024年度居民医保个人缴费标准为每人每年380元,特困人员由财政全额资助;城乡低保对象的资助标准为285元,个人缴纳95元;四级残疾人资助标准为120元,个人缴纳260元。'))
      .toEqual([['individual_annual', '', 380], ['individual_annual', '城乡低保对象', 95], ['individual_annual', '四级残疾人', 260]]);
  });
});

describe('shares per kind of area and parts of other covers', () => {
  it('names a share by the kind of area it is stated for (县每人缴费A元;市区每人缴费B元)', () => {
    expect(shares('2020年保定市城乡居民医保', '2020年城乡居民个人缴费标准为:县每人缴费235元;市区每人缴费255元。'))
      .toEqual([['individual_annual', '县', 235], ['individual_annual', '市区', 255]]);
  });

  it('does not take a part named as another cover’s fee for the share (每人每年N元,其中M元为长期护理保险费)', () => {
    expect(shares('2022年邢台市城乡居民医保', '2022年邢台市城乡居民个人缴费标准为每人每年335元,其中15元为长期护理保险费。'))
      .toEqual([['individual_annual', '', 335]]);
  });
});

describe('parts and lists without a key phrase of their own', () => {
  it('reads a bare 补助 opening its clause after a total as the subsidy (筹资标准为N元,其中补助A元,个人缴费B元)', () => {
    expect(shares('2021年镇江城乡居民医保', '镇江市2021年学生儿童的筹资标准较低,为1290元/人·年,其中补助1080元/人·年,个人缴费210元/人·年。'))
      .toEqual([['total_annual', '学生儿童', 1290], ['subsidy_annual', '学生儿童', 1080], ['individual_annual', '学生儿童', 210]]);
  });

  it('gives unnumbered lines under an opener naming the share its key (…个人缴费标准如下: then 甲从每人每年A元调整为B元;)', () => {
    const read = shares('', '2027年度杭州市城乡居民医保参保缴费启动。\n杭州市城乡居民医保的个人缴费标准如下:\n65周岁以上人员,个人缴费标准从每人每年690元调整为720元;\n50-64周岁人员从每人每年810元调整为845元;\n在校学生和婴幼儿从每人每年360元调整为395元。');
    expect(read).toEqual([
      ['individual_annual', '65周岁以上人员', 690], ['individual_annual', '65周岁以上人员', 720],
      ['individual_annual', '50-64周岁人员', 810], ['individual_annual', '50-64周岁人员', 845],
      ['individual_annual', '在校学生和婴幼儿', 360], ['individual_annual', '在校学生和婴幼儿', 395],
    ]);
  });
});

describe('groups and keys from the lines above', () => {
  it('names a sub-group under the list item naming its group (3. 低保边缘家庭成员 then • 成年人: N元/人·年)', () => {
    expect(shares('营口城乡居民医保2026年缴费标准', '一、缴费人群及标准\n\n  1. 成年人\n\n    个人缴费标准为 455元/人·年\n\n  2. 低保边缘家庭成员\n\n    • 成年人: 182元/人·年\n\n    • 未成年人: 121元/人·年\n'))
      .toEqual([['individual_annual', '成年人', 455], ['individual_annual', '低保边缘家庭成员 成年人', 182], ['individual_annual', '低保边缘家庭成员 未成年人', 121]]);
  });

  it('reads a tier whose name holds a change word (提高档:N元/年) like any tier', () => {
    expect(shares('2026年吉林省城乡居民医保', '2026年个人缴费标准为 420元/年 ,其中:\n\n    • 基础档:380元/年(适用于非试点地区居民)\n\n    • 提高档:420元/年(适用于试点地区居民)\n'))
      .toEqual([['individual_annual', '基础档', 380], ['individual_annual', '提高档', 420]]);
  });

  it('takes a sum under a caption of the subsidy for the subsidy (二、财政补助标准 then 合计:每人每年N元)', () => {
    expect(shares('2026年吉林省城乡居民医保', '二、财政补助标准\n\n  • 中央财政 :每人每年补助75元\n\n  • 合计 :每人每年约700元\n'))
      .toEqual([['subsidy_annual', '', 700]]);
  });
});

