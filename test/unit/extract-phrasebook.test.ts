/**
 * One pinned sentence for every construction the phrasebook reads (scrapers/extract/phrasebook.ts),
 * grouped by key. The constructions were found on real policy pages; every sentence here is
 * written for this file, with other places and figures. Adding a wording is one phrasebook row
 * and one `it` here.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';
import { CONSTRUCTIONS, KEY_PHRASES } from '../../scrapers/extract/phrasebook';

type Row = [region: string, scheme: string, year: number, key: string, variant: string, value: unknown];
/** The facts of an article, as tuples easy to compare. */
const facts = (title: string, text: string): Row[] =>
  extractFacts({ title, text }).map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
const ofKey = (key: string, title: string, text: string) => facts(title, text).filter((f) => f[3] === key);

describe('the phrasebook as data', () => {
  it('names every capture group it reads a value from, and never picks a group by position', () => {
    for (const row of CONSTRUCTIONS) {
      const names = [...row.pattern.source.matchAll(/\(\?<([a-zA-Z]+)>/g)].map((m) => m[1]);
      for (const y of row.yields) {
        expect(names, row.name).toContain(y.group);
        if (y.unitGroup) expect(names, row.name).toContain(y.unitGroup);
        if (y.perGroup) expect(names, row.name).toContain(y.perGroup);
      }
      expect(row.pattern.flags, row.name).toContain('g');
      expect(row.wording, row.name).toBeGreaterThan(0);
      expect(row.wording, row.name).toBeLessThanOrEqual(1);
    }
  });

  it('gives every key phrase a reliability and a global trigger', () => {
    for (const phrase of KEY_PHRASES) {
      expect(phrase.trigger.flags).toContain('g');
      expect(phrase.wording).toBeGreaterThan(0.5);
    }
  });
});

describe('contribution.individual_annual', () => {
  it('reads a resident tier list under a caption line (档 labels, 元/人)', () => {
    const text = ['一、缴费档次', '成年居民', '高档:860元/人', '低档:350元/人', '学生和婴幼儿', '学生档:310元/人'].join('\n');
    expect(ofKey('contribution.individual_annual', '2026年绵阳市城乡居民医保缴费标准', text)).toEqual([
      ['510700', 'resident', 2026, 'contribution.individual_annual', '高档', 860],
      ['510700', 'resident', 2026, 'contribution.individual_annual', '低档', 350],
      ['510700', 'resident', 2026, 'contribution.individual_annual', '学生档', 310],
    ]);
  });

  it('reads 每人每年 after a tier label, and the caption line switches the key to the subsidy', () => {
    const text = ['- 缴费档次与金额', '-', '一档 :每人每年410元', '-', '二档 :每人每年980元', '- 财政补助标准', '-', '一档 :每人每年690元', '-', '二档 :每人每年1120元。'].join('\n');
    expect(facts('2026年遵义市城乡居民医保缴费标准', text)).toEqual([
      ['520300', 'resident', 2026, 'contribution.individual_annual', '一档', 410],
      ['520300', 'resident', 2026, 'contribution.individual_annual', '二档', 980],
      ['520300', 'resident', 2026, 'contribution.subsidy_annual', '一档', 690],
      ['520300', 'resident', 2026, 'contribution.subsidy_annual', '二档', 1120],
    ]);
  });

  it('gives the value a change started from to the year before (由…提高至…)', () => {
    expect(ofKey('contribution.individual_annual', '曲靖居民医保', '2026年曲靖市城乡居民医保个人缴费标准由每人每年400元提高至430元。')).toEqual([
      ['530300', 'resident', 2025, 'contribution.individual_annual', '', 400],
      ['530300', 'resident', 2026, 'contribution.individual_annual', '', 430],
    ]);
  });

  it('reads the new value after a stated rise (比上年提高30元达到430元), not the rise', () => {
    expect(ofKey('contribution.individual_annual', '2026年赣州居民医保', '赣州市居民医保个人缴费标准比上年提高30元,达到每人每年430元。')).toEqual([
      ['360700', 'resident', 2026, 'contribution.individual_annual', '', 430],
    ]);
  });

  it('takes a yearly share stated in a payroll scheme\'s text for nobody\'s', () => {
    expect(ofKey('contribution.individual_annual', '2026年榆林职工医保', '榆林市职工医保个人缴费金额为月工资的2%,如月薪6000元,个人缴费为6000×2%=120元。')).toEqual([]);
  });

  it('does not read the rest paid by the government as the individual share (其余…由政府资助)', () => {
    expect(ofKey('contribution.individual_annual', '2026年包头居民医保', '特困人员个人缴费50元,其余380元由政府资助。').map((f) => f[5])).not.toContain(380);
  });
});

describe('contribution.subsidy_annual and contribution.total_annual', () => {
  it('reads 总筹资 as the total and the subsidy beside it', () => {
    const rows = facts('2026年常德市居民医保', '常德市2026年财政补贴:700元/年(总筹资1110元)。');
    expect(rows).toContainEqual(['430700', 'resident', 2026, 'contribution.subsidy_annual', '', 700]);
    expect(rows).toContainEqual(['430700', 'resident', 2026, 'contribution.total_annual', '', 1110]);
  });

  it('reads no yearly total from a monthly sum (合计:1200元/月)', () => {
    expect(ofKey('contribution.total_annual', '2026年岳阳灵活就业', '岳阳市灵活就业人员医保每月合计:1200元/月。')).toEqual([]);
  });
});

describe('contribution.rate', () => {
  it('reads a rate by its payer (单位承担7%, 个人缴纳2%)', () => {
    expect(ofKey('contribution.rate', '2026年芜湖职工医保', '芜湖市职工医保单位承担7.5%,个人缴纳2%。')).toEqual([
      ['340200', 'employee', 2026, 'contribution.rate', '单位', 0.075],
      ['340200', 'employee', 2026, 'contribution.rate', '个人', 0.02],
    ]);
  });

  it('reads a rate stated as the share paid (按9%比例缴纳)', () => {
    expect(ofKey('contribution.rate', '2026年柳州灵活就业医保', '柳州市灵活就业人员以当地社平工资的60%为基数,按8.5%比例由个人缴纳基本医疗保险费。')).toEqual([
      ['450200', 'flexible', 2026, 'contribution.rate', '', 0.085],
    ]);
  });

  it('reads no rate from a retirement top-up (按0.8%的费率补缴不足年限的差额)', () => {
    expect(ofKey('contribution.rate', '2026年益阳灵活就业', '益阳市灵活就业人员办理医保退休时,需按0.9%的费率补缴不足年限的差额。')).toEqual([]);
  });

  it('reads no medical rate from a maternity-insurance line (生育保险:单位缴纳1%)', () => {
    expect(ofKey('contribution.rate', '2026年怀化职工医保', '生育保险:单位缴纳1%,个人无需缴纳。')).toEqual([]);
  });

  it('names the payer only where the key phrase follows it (单位缴费比例:7%)', () => {
    const text = ['一、职工基本医疗保险', '单位缴费比例:7%', '个人缴费比例:2%'].join('\n');
    expect(ofKey('contribution.rate', '2026年株洲医保缴费', text)).toEqual([
      ['430200', 'employee', 2026, 'contribution.rate', '单位', 0.07],
      ['430200', 'employee', 2026, 'contribution.rate', '个人', 0.02],
    ]);
  });

  it('keeps a rate stated for employees before a flexible-employment clause with the employees', () => {
    const rows = ofKey('contribution.rate', '2026年襄阳职工医保', '襄阳市职工医保个人缴费比例为2%;灵活就业人员缴费费率按照8%执行。');
    expect(rows).toContainEqual(['420600', 'employee', 2026, 'contribution.rate', '个人', 0.02]);
    expect(rows).toContainEqual(['420600', 'flexible', 2026, 'contribution.rate', '', 0.08]);
  });
});

describe('contribution.base_min_monthly / base_max_monthly', () => {
  it('reads a bare 上限/下限 in a sentence about the base, each to its own bound', () => {
    expect(facts('2026年宜昌职工医保', '2026年宜昌市职工医保基数上限为25100元,下限5020元。')).toEqual([
      ['420500', 'employee', 2026, 'contribution.base_max_monthly', '', 25100],
      ['420500', 'employee', 2026, 'contribution.base_min_monthly', '', 5020],
    ]);
  });

  it('reads a range with notes at its ends (3500元(最低档)至21000元(最高档)) as the bounds only', () => {
    expect(facts('2026年荆州职工医保', '荆州市职工医保缴费基数范围:3500元(最低档)至21000元(最高档)。')).toEqual([
      ['421000', 'employee', 2026, 'contribution.base_min_monthly', '', 3500],
      ['421000', 'employee', 2026, 'contribution.base_max_monthly', '', 21000],
    ]);
  });

  it('ends a bound at the clause: a figure after `;` is another rule\'s', () => {
    const rows = facts('2026年镇江职工医保', '镇江市职工医保缴费工资基数上限暂按24500元执行;大额医疗费用补助按每人每月6元缴纳。');
    expect(rows).toContainEqual(['321100', 'employee', 2026, 'contribution.base_max_monthly', '', 24500]);
    expect(rows.filter((r) => r[5] === 6 && r[3] === 'contribution.base_max_monthly')).toEqual([]);
  });
});

describe('a base stated as a share of a wage', () => {
  it('reads the figure after 即 as the bound, not as the wage', () => {
    expect(facts('2027年永州灵活就业', '永州市灵活就业人员缴费基数下限为社平工资的60%,即3810元。')).toEqual([
      ['431100', 'flexible', 2027, 'contribution.base_min_monthly', '', 3810],
    ]);
  });
});

describe('wage.average_monthly / wage.average_annual', () => {
  it('tells a monthly wage from a yearly one by its size when the wording does not say', () => {
    expect(ofKey('wage.average_monthly', '2026年开封灵活就业', '2025年度开封市社会平均工资暂按5920元核定。').map((f) => f[5])).toEqual([5920]);
    expect(ofKey('wage.average_annual', '2026年开封灵活就业', '2025年度开封市社会平均工资为71040元。').map((f) => f[5])).toEqual([71040]);
  });

  it('does not read a share of the wage as the wage (平均工资的60%(即3900元))', () => {
    expect(facts('2026年晋中职工医保', '下限:全市上年度职工平均工资的60%(如2025年为3900元)。').filter((f) => f[3].startsWith('wage.'))).toEqual([]);
  });
});

describe('waiting.fixed_months', () => {
  it('reads the paying period before benefits (连续缴费满6个月后享受待遇)', () => {
    expect(ofKey('waiting.fixed_months', '2026年南充灵活就业医保', '首次参保的南充市灵活就业人员,连续缴费满6个月后方可享受职工医保待遇。')).toEqual([
      ['511300', 'flexible', 2026, 'waiting.fixed_months', '', 6],
    ]);
  });

  it('reads a wait in days after paying (缴费30日后享受待遇) in months', () => {
    expect(ofKey('waiting.fixed_months', '2027年郴州职工医保', '郴州市新参保职工缴费30日后享受医保待遇。')).toEqual([
      ['431000', 'employee', 2027, 'waiting.fixed_months', '', 1],
    ]);
  });

  it('reads the month benefits begin (从第四个月起享受) as the months before it', () => {
    expect(ofKey('waiting.fixed_months', '2026年达州灵活就业医保', '达州市灵活就业人员中断缴费超过3个月的,从第四个月起享受待遇。').map((f) => f[5])).toEqual([3]);
  });

  it('reads a paying period with a note in brackets (缴费满N个月(含缴费当月)后才能恢复享受)', () => {
    expect(ofKey('waiting.fixed_months', '2026年黄山灵活就业医保', '黄山市灵活就业人员停缴超过2个月的,要在重新缴费满4个月(含缴费当月)后才能恢复享受待遇。').map((f) => f[5])).toEqual([4]);
  });

  it('reads 3个月的医保等待期 and a regulation\'s 设置至少3个月的待遇等待期', () => {
    expect(ofKey('waiting.fixed_months', '2026年安庆灵活就业医保', '安庆市灵活就业人员断缴超过3个月的,重新参保后需设置2个月的医保等待期。').map((f) => f[5])).toEqual([2]);
    expect(ofKey('waiting.fixed_months', '2026年锦州居民医保', '锦州市居民医保断缴后再参保,需设置至少3个月的待遇等待期。').map((f) => f[5])).toEqual([3]);
  });

  it('does not read the total wait after a lapse of years as the fixed one (断缴4年及以上…等待6个月)', () => {
    expect(ofKey('waiting.fixed_months', '2026年衢州居民医保', '衢州市居民连续断缴4年及以上的,修复后仍需等待6个月才能享受待遇。')).toEqual([]);
    expect(ofKey('waiting.fixed_months', '2026年衢州居民医保', '衢州市居民长期断缴的,需预留6个月等待期。')).toEqual([]);
  });

  it('reads a wait bounded only by 至少 in advice as no rule (若断缴将面临至少3个月的等待期)', () => {
    expect(ofKey('waiting.fixed_months', '2026年职工医保', '2026年医保缴费截止后,若断缴将面临至少3个月的待遇等待期')).toEqual([]);
  });
});

describe('lapse.grace_months', () => {
  it('reads a grace stated with its consequence (欠缴N个月内(含)补足后恢复, 待遇可追溯)', () => {
    expect(ofKey('lapse.grace_months', '2026年娄底灵活就业医保', '娄底市灵活就业人员欠缴在2个月内(含)补足的,自费用到账之日起恢复待遇,欠缴那段时间的待遇可以追溯。')).toEqual([
      ['431300', 'flexible', 2026, 'lapse.grace_months', '', 2],
    ]);
  });

  it('reads 不超过N个月(含),超过则需重新计算 as the grace', () => {
    expect(ofKey('lapse.grace_months', '2026年枣庄职工医保', '枣庄市职工医保停缴不超过2个月(含)的可以补缴,超过则需重新计算等待期。').map((f) => f[5])).toEqual([2]);
  });

  it('reads N个月内断缴 in a list of lapse lengths', () => {
    expect(ofKey('lapse.grace_months', '2026年泸州职工医保', '泸州市职工医保:4个月内断缴的,补齐费用即恢复待遇,从下个月起生效,中断那几个月的待遇也能追溯。').map((f) => f[5])).toEqual([4]);
  });

  it('reads the lapse beyond which a wait is set (中断缴费超过3个月的,设置待遇等待期)', () => {
    expect(ofKey('lapse.grace_months', '2026年铁岭灵活就业', '铁岭市灵活就业人员中断缴费时间超过3个月的设置待遇等待期。')).toEqual([
      ['211200', 'flexible', 2026, 'lapse.grace_months', '', 3],
    ]);
  });

  it('reads a grace stated as a renewal (停保N个月内续保的,待遇不中断)', () => {
    expect(ofKey('lapse.grace_months', '2026年南平灵活就业医保', '南平市灵活就业人员停保2个月内续保的,待遇不中断。'))
      .toEqual([['350700', 'flexible', 2026, 'lapse.grace_months', '', 2]]);
  });

  it('reads the lapse beyond which a wait of its own length is set (超过N个月的,设置 N个月的待遇享受等待期)', () => {
    const text = '参保人停缴职工医保费的,从停缴后的下个月起暂停享受职工医保待遇。中断缴费超过2个月的,设置 2个月的待遇享受等待期。';
    const rows = extractFacts({ title: '张家界医疗保障:致灵活就业人员', text, publishedAt: '2026-03-18' })
      .map((f) => [f.region, f.scheme, f.year, f.key, f.variant ?? '', f.value]);
    // In a letter to flexible workers, the 职工医保 they join is their scheme.
    expect(rows).toContainEqual(['430800', 'flexible', 2026, 'lapse.grace_months', '', 2]);
    expect(rows).toContainEqual(['430800', 'flexible', 2026, 'waiting.fixed_months', '', 2]);
  });

  it('gives a grace with no scheme in sight to the payroll schemes', () => {
    expect(ofKey('lapse.grace_months', '2026年孝感医保断缴', '孝感市医保断缴3个月以内补缴的,视同连续参保。').map((f) => f[1])).toEqual(['employee']);
  });
});

describe('enrollment.window and enrollment.late_window', () => {
  it('reads a window stated as its start and its end (自…启动,至…结束), across two years', () => {
    expect(ofKey('enrollment.window', '2027年度怀化市居民医保', '2027年度居民医保集中参保缴费自2026年9月5日启动,至12月25日结束。')).toEqual([
      ['431200', 'resident', 2027, 'enrollment.window', '', { start: '2026-09-05', end: '2026-12-25' }],
    ]);
    expect(ofKey('enrollment.window', '2027年度怀化市居民医保', '2027年度集中参保缴费期为2026年10月10日至2027年1月20日。')).toEqual([
      ['431200', 'resident', 2027, 'enrollment.window', '', { start: '2026-10-10', end: '2027-01-20' }],
    ]);
  });

  it('reads a period for late enrolment (零星参保期) as the late window', () => {
    expect(ofKey('enrollment.late_window', '2027年娄底居民医保', '娄底市居民医保零星参保期为2027年3月1日至6月30日。')).toEqual([
      ['431300', 'resident', 2027, 'enrollment.late_window', '', { start: '2027-03-01', end: '2027-06-30' }],
    ]);
  });

  it('reads no resident window from a monthly payment period (按月缴费…1月1日至4月30日)', () => {
    expect(ofKey('enrollment.window', '2026年泉州灵活就业', '泉州市灵活就业人员按月缴费:在2026年1月1日至2026年4月30日内也可选择按月缴费。')).toEqual([]);
  });
});

describe('enrollment.newborn_days', () => {
  it('takes the year of a rule from the day it takes effect (D起,新生儿出生N天内)', () => {
    expect(ofKey('enrollment.newborn_days', '汉中新生儿参保', '2023年7月1日起,汉中市新生儿出生180天内办好参保缴费的,从出生当天起享受待遇。')).toEqual([
      ['610700', 'resident', 2023, 'enrollment.newborn_days', '', 180],
    ]);
  });
});

describe('scope', () => {
  it('takes the place before an aside, not the one inside it (某县(属某市代管))', () => {
    expect(ofKey('waiting.fixed_months', '2026年居民医保', '2026年梅河口市(属通化市代管)的居民逾期参保将进入3个月的待遇等待期。').map((f) => f[0])).toEqual(['220581']);
  });

  it('keeps a place named inside a heading\'s example note (缴费标准(以北京为例))', () => {
    const text = ['二、缴费标准(以天津为例)', '个人缴费 :', '城乡老年人:460元/年'].join('\n');
    expect(ofKey('contribution.individual_annual', '2026年城乡居民医保缴费标准', text).map((f) => f[0])).toEqual(['120000']);
  });

  it('reads a worked example without a place as nobody\'s rule, and one that names a place as that place\'s', () => {
    expect(facts('2026年盐城灵活就业医保', '例如,按最低基数5100元计算,月缴费金额为408元。')).toEqual([]);
    expect(ofKey('contribution.individual_annual', '2026年居民医保', '例如,延安市的个人缴费标准为每人每年410元。')).toEqual([
      ['610600', 'resident', 2026, 'contribution.individual_annual', '', 410],
    ]);
  });
});

describe('confidence', () => {
  it('is between 0 and 1 on every fact and lower when the rule is hedged', () => {
    const firm = extractFacts({ title: '2026年南平居民医保', text: '南平市设置参保后固定待遇等待期3个月。' })[0];
    const hedged = extractFacts({ title: '2026年南平居民医保', text: '南平市一般设置参保后固定待遇等待期3个月。' })[0];
    expect(firm.confidence).toBeGreaterThan(0.3);
    expect(firm.confidence).toBeLessThanOrEqual(1);
    expect(hedged.confidence).toBeGreaterThan(0);
    expect(hedged.confidence).toBeLessThan(firm.confidence);
  });

  it('is under 0.8 for the share of an assisted group (低保对象…个人仅需缴费N元)', () => {
    const facts = extractFacts({ title: '2026年张家界居民医保', text: '张家界市低保对象给予80%资助,个人仅需缴费80元。' });
    for (const fact of facts.filter((f) => f.key === 'contribution.individual_annual')) expect(fact.confidence).toBeLessThan(0.8);
  });

  // (On eight labelled batches the two are about equally right: the fit puts a body guess a little above the
  // title, and confidence.ts holds it to the title's.)
  it('is never higher when the region is only guessed from the body than when the title names it', () => {
    const named = extractFacts({ title: '2026年三明居民医保', text: '居民医保个人缴费标准为每人每年400元。' })[0];
    const guessed = extractFacts({ title: '2026年居民医保缴费标准', text: '三明市医保局发布通知。\n居民医保个人缴费标准为每人每年400元。' });
    expect(guessed.length).toBeGreaterThan(0);
    for (const fact of guessed) expect(fact.confidence).toBeLessThanOrEqual(named.confidence);
  });
});
