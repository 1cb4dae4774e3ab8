/**
 * The phrasebook: every wording the extractor reads, one row each, as data. A row names the key
 * it states, the words that trigger it, the shape of its value, named capture groups (never a
 * group picked by position), scheme and variant hints, the contexts that cancel it, and how
 * reliably it reads (`wording`, 0–1, the start of a fact's confidence). No row knows a region, a
 * year or a figure; scope is decided by the caller. Adding a wording is one row here and one
 * pinned sentence in test/unit/extract-phrasebook.test.ts (README, "Extractor").
 */
import { NUMBER_PATTERN, RATE_PATTERN } from './numbers';
import { LAPSE, MULTI_YEAR_LAPSE } from './vocabulary';
import type { FactKey, Scheme } from '../../domain/facts';

const N = NUMBER_PATTERN;
/** No month's average wage is this many yuan: a wage stated without its period is a year's from here up. */
const MONTHLY_WAGE_LIMIT = 30000;
const RATE = RATE_PATTERN;
/** A duration: numeral `n` and unit `unit` (个月, 天, 年…). */
// (`7月1日` is a date: a bare 月 before a day, or a 日 after a month, is no duration.)
const DURATION = `(?<n>${N}|半)\\s*(?<unit>个月|个多月|月(?!\\s*\\d{1,2}\\s*[日号])|天|(?<!月\\s*\\d{1,2}\\s*)日|年)`;

// ---------------------------------------------------------------------------------------------
// Key phrases: words that introduce a money or rate value somewhere after them in the clause
// (`个人缴费标准为每人每年400元`). The nearest phrase before a value decides its key.

export interface KeyPhraseContext {
  sentence: string;
  /** The phrase as matched. */
  phrase: string;
  phraseStart: number;
  valueAt: number;
  valueEnd: number;
  scheme: Scheme | null;
  /** The labels and headings above the sentence, nearest first. */
  labels?: readonly string[];
}

export interface KeyPhrase {
  shape: 'money' | 'rate';
  trigger: RegExp;
  /** The key, or a choice by context; null lets an earlier phrase decide (see `stop`). */
  key: FactKey | ((ctx: KeyPhraseContext) => FactKey | null);
  /** When the key is null here, no earlier phrase may take the value either. */
  stop?: boolean;
  /** Words between the phrase and the value that make the value something else (`工资的60%…`). */
  gapCancel?: RegExp;
  wording: number;
}

/** A sentence whose bare 缴费标准 may be something other than the share (a subsidy, a total, a late payment, aid). */
const BARE_STANDARD_OTHER = /补助|补贴|筹资|合计|总额|全额|财政|资助|减免|集中(?:缴费|参保|征缴)期(?:外|后)|非集中|逾期|补缴|大病|长期护理|护理保险|职工|灵活就业/;

/** Words right after a sum that make it a cost of care (`300元的门诊起付标准`, `…元以下的医疗费用`). */
const COST_BORNE_AFTER = /^\s*(?:元)?\s*(?:以下|以内)?的?\s*(?:门诊|住院)?(?:起付|自付|医疗费用|费用)/;
/** Words right after a value that make it a monthly figure (`400元/月`, `每月`). */
const MONTHLY_AFTER = /^\s*(?:\/\s*(?:人\s*[·.]?\s*)?月|每月|\/每月)/;
const PER_PERSON_YEAR_AFTER = /^\s*(?:\/\s*人|\/\s*年|每人|每年|元\/人)/;
/** …and the same words before it (`每人每月457元`, `每人每年440元`). */
const MONTHLY_BEFORE = /(?:每人每月|每月)\s*$/;
const PER_PERSON_YEAR_BEFORE = /(?:每人每年|每年每人)\s*$/;

/** A person's own wage (`个人上年度月平均工资低于N元的`, `本人工资`): a condition on the base, not the average wage. */
const PERSONAL_WAGE = /个人|本人|职工本人|其本人/;
/** A wage figure taken as the base itself (`平均工资6000元/人·月为缴费基数`, `…元/月作为月缴费基数`). */
const AS_BASE_AFTER = /^\s*(?:\/\s*(?:人\s*[·・.]?\s*)?月)?\s*(?:作为|为)\s*(?:月)?(?:缴费|申报)?基数/;
/**
 * A short name given in brackets right after a wage phrase (`平均工资(以下简称社平工资)为N元`,
 * `年平均工资(全口径年工资)为N元`): it renames the phrase, and breaks nothing between it and its figure.
 */
export const WAGE_NAME_ASIDE = /^\s*\((?:以下简称|下称|简称)?[“”"‘’]?[^()\d,;。]{0,12}?(?:工资|收入)[“”"‘’]?\)/;
/** Between a wage phrase and a figure: a share of it, or a condition on it (`工资高于N元的`). */
const WAGE_GAP_CANCEL = /%|的|高于|低于|超过|不足|不到/;

/** The clause of a sentence before an offset (back to the last comma or stop). */
export function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  return head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('。')) + 1);
}

/** A bare 下限/上限 is the base's only in a sentence about the base (not 报销上限, 支付限额). */
function boundOfBase(ctx: KeyPhraseContext, key: FactKey): FactKey | null {
  // (`缴费保底线`, `缴费封顶线`: the floor and ceiling of what is paid on, not of benefits.)
  if (/基数|工资|缴费(?:保底|封顶)/.test(ctx.phrase)) return key;
  // `上限为36000元/月,计算依据为上年度平均工资(12000元)的300%`: a bound stated as a share of the wage.
  if (/^[^。;]{0,40}?工资[^。;]{0,24}?的\s*\d{2,3}\s*%/.test(ctx.sentence.slice(ctx.valueEnd))) return key;
  const before = ctx.sentence.slice(0, ctx.phraseStart);
  if (/报销|支付|封顶|起付|待遇|限额/.test(before.slice(-12))) return null;
  // …or under a heading about the base (`二、缴费基数调整内容` / `缴费上限调整为…`).
  return /基数|缴费工资/.test(before) || (!/报销|支付|封顶|起付|待遇|限额|救助/.test(ctx.sentence) && (ctx.labels ?? []).some((label) => /基数/.test(label))) ? key : null;
}

/** A caption of the fiscal subsidy (`二、财政补助标准`, `政府补贴`). */
const SUBSIDY_CAPTION = /(?:财政|政府)(?:补助|补贴)/;

export const KEY_PHRASES: KeyPhrase[] = [
  {
    shape: 'money',
    trigger: /(?<!个人|集中|按|补)(?:年度|每年)缴费(?=\s*\d)|(?<!个人|每|全)年缴费?(?=\s*\d)|个人(?:实际|标准)?(?:仅|只)?(?:需|要)?(?:缴费|缴纳|应缴|负担|承担|自负|需缴|每年(?:缴费|缴纳|交纳)|年缴费?|出资|筹资|占|交|支付|付|(?:每年)?缴(?=\s*\d))(?:标准|金额|部分|费用)?|(?:每人每年|每年每人)(?:需要|需|应)?(?:缴费|缴纳|缴|交纳|交)|每人(?:仅|只)?(?:需|应|须|要)?(?:缴纳|缴费)(?!每月|比例)/g,
    // `每月个人需缴纳的费用为500元`: a month's sum; a flexible worker pays all of it, an employee only a part.
    key: ({ sentence, valueEnd, phraseStart, scheme }) => {
      // `由个人承担300元的门诊起付标准`: a sum of costs a patient bears, not a share paid in.
      if (COST_BORNE_AFTER.test(sentence.slice(valueEnd))) return null;
      if (!MONTHLY_AFTER.test(sentence.slice(valueEnd)) && !MONTHLY_BEFORE.test(sentence.slice(0, phraseStart))) return 'contribution.individual_annual';
      return scheme === 'flexible' ? 'contribution.monthly_amount' : null;
    },
    stop: true,
    wording: 0.93,
  },
  {
    // `成年居民缴费460元,学生缴纳400元`: what a resident group pays, its name right before the verb.
    shape: 'money',
    trigger: /(?<=居民|学生|儿童|成年人|成人|老年人|老人|人员|婴幼儿|未成年人)(?:缴费|缴纳|交纳)(?=\s*\d)/g,
    key: ({ sentence, valueEnd, scheme }) => (scheme !== 'resident' || MONTHLY_AFTER.test(sentence.slice(valueEnd)) ? null : 'contribution.individual_annual'),
    stop: true,
    wording: 0.82,
  },
  {
    // `对于70周岁以上的居民,一年的费用为545元`: what a resident pays a year, named as the year's fee.
    shape: 'money',
    trigger: /(?:一年|每年|全年)的?(?:费用|保费|医保费)(?:而|则)?(?:为|是)?/g,
    key: ({ sentence, valueEnd, scheme }) => (scheme !== 'resident' || MONTHLY_AFTER.test(sentence.slice(valueEnd)) ? null : 'contribution.individual_annual'),
    stop: true,
    wording: 0.8,
  },
  {
    // `低保对象等特殊群体仅需缴纳160元/年`: what a resident group is left to pay, no payer named.
    shape: 'money',
    trigger: /(?<!个人|每人)(?:仅|只)(?:需|要)?(?:缴纳|缴费|交纳|缴)(?!每月|比例)/g,
    key: ({ sentence, valueEnd, scheme }) => (scheme !== 'resident' || MONTHLY_AFTER.test(sentence.slice(valueEnd)) ? null : 'contribution.individual_annual'),
    stop: true,
    wording: 0.82,
  },
  {
    shape: 'money',
    // `政府资助:低保对象20元`: aid towards a group's own share, not the fiscal subsidy.
    // (…also `各级财政对居民医保人均补助标准达到N元`, `财政补贴人均补助标准…N元`: the insurance or 人均 between.)
    trigger: /(?:各级)?(?:财政|政府|国家)(?:对(?:城乡)?(?:居民医保|居民基本医疗保险|城乡居民基本医疗保险|参保居民)(?:的)?)?(?:对应|相应|配套)?(?:人均)?(?:补助|补贴|资助)(?:人均(?:补助|补贴))?(?:标准|金额|资金)?/g,
    key: ({ sentence, valueEnd, phrase }) => (MONTHLY_AFTER.test(sentence.slice(valueEnd)) || phrase.includes('资助') ? null : 'contribution.subsidy_annual'),
    stop: true,
    wording: 0.93,
  },
  {
    // `2023年居民医保人均补助不低于640元`: the subsidy per head of the resident insurance, no payer named.
    shape: 'money',
    trigger: /(?<![财政府])人均(?:财政)?(?:补助|补贴)(?:标准)?/g,
    key: ({ sentence, valueEnd, scheme }) => (scheme !== 'resident' || MONTHLY_AFTER.test(sentence.slice(valueEnd)) ? null : 'contribution.subsidy_annual'),
    stop: true,
    wording: 0.84,
  },
  {
    // `筹资标准为N元,其中补助A元,个人缴费B元`: a bare 补助 opening its clause, after a total, is the subsidy part.
    shape: 'money',
    // (…or after a group's own figure: `其他参保人员:每人528元,补助标准为每人790元`.)
    trigger: /(?<=(?:^|[,;]|其中)\s*)补助(?=\s*(?:标准)?\s*(?:为|是)?\s*(?:每人)?\s*\d)/g,
    key: ({ sentence, valueEnd, phraseStart, scheme }) =>
      scheme !== 'flexible' && scheme !== 'employee' && !MONTHLY_AFTER.test(sentence.slice(valueEnd))
        && (/筹资|总额|合计/.test(sentence.slice(0, phraseStart)) || (scheme === 'resident' && /:\s*(?:每人)?\s*\d+\s*元\s*[,]\s*$/.test(sentence.slice(0, phraseStart))))
        ? 'contribution.subsidy_annual' : null,
    stop: true,
    wording: 0.8,
  },
  {
    // `筹资标准为N元(含财政补助A元、个人B元)`: a bare 个人 opening an item after the subsidy's is the individual part.
    shape: 'money',
    trigger: /(?<=(?:[、,;(]|其中)\s*)个人(?=\s*(?:为|是)?\s*\d)/g,
    key: ({ sentence, valueEnd, phraseStart, scheme }) =>
      scheme !== 'flexible' && scheme !== 'employee' && !MONTHLY_AFTER.test(sentence.slice(valueEnd)) && /筹资|总额|合计|补助|补贴/.test(sentence.slice(0, phraseStart)) ? 'contribution.individual_annual' : null,
    stop: true,
    wording: 0.8,
  },
  {
    // `财政按人均640元/年提供补助`: the subsidy per person, named by the words after it.
    shape: 'money',
    trigger: /(?:各级)?(?:财政|政府)(?:按|以)?(?:人均|每人|每人每年)(?=\s*\d)/g,
    key: ({ sentence, valueEnd }) =>
      !MONTHLY_AFTER.test(sentence.slice(valueEnd)) && /^[^,;。]{0,10}?(?:提供|给予|进行)?(?:补助|补贴)(?!资金)/.test(sentence.slice(valueEnd)) ? 'contribution.subsidy_annual' : null,
    stop: true,
    wording: 0.86,
  },
  {
    shape: 'money',
    trigger: /合计|总计|共计|总筹资(?:标准)?|筹资标准|筹资总额|总保障(?:金额|额度)|人均筹资(?:总额|标准)?|总缴费(?:金额|标准|额)?|总费用|总金额/g,
    // `每月总缴费金额约为N元`: a month's sum is no resident's yearly total.
    // (`二、财政补助标准` then `中央财政:…`, `合计:…`: under a caption of the subsidy, the sum is the subsidy.)
    key: ({ sentence, valueEnd, phraseStart, scheme, phrase, labels = [] }) =>
      MONTHLY_AFTER.test(sentence.slice(valueEnd)) || MONTHLY_BEFORE.test(sentence.slice(0, phraseStart)) || scheme === 'flexible' || scheme === 'employee' ? null
        : /^(?:合计|总计|共计)$/.test(phrase) && labels.some((label) => SUBSIDY_CAPTION.test(label)) && !labels.some((label) => /筹资|个人缴费|缴费标准/.test(label)) ? 'contribution.subsidy_annual'
          // (…and so is one after the parts of a subsidy in its own sentence: `各级财政分别补助A元、B元,共计每人C元`.)
          : /^(?:合计|总计|共计)$/.test(phrase) && /补助|补贴/.test(sentence.slice(0, phraseStart)) && !/个人|缴费|筹资/.test(sentence.slice(0, phraseStart)) ? 'contribution.subsidy_annual'
          : 'contribution.total_annual',
    stop: true,
    wording: 0.9,
  },
  {
    shape: 'money',
    // …also `月缴费金额最低为287元` (the floor of the payment, not of the base), `月应缴费为246元` and
    // `月缴纳职工基本医疗保险费388.5元`, `…医疗保险费为553.56元` (the insurance paid named between).
    trigger: /一个月[^,;。]{0,6}?(?:参保)?(?:费用|保费)(?:为|是)|(?<![首次当本])月(?:应|需)?缴(?!纳)费?(?:标准|金额|额)?(?:最低|最少)?(?:为|是)?|(?<![首次当本])月缴纳[^,;。\d]{0,12}?(?:医疗保险费|医保费)(?:为|是)?(?=\s*\d)|每个?月(?:最低)?(?:应|需|要)?(?:缴费|缴纳|缴|交)(?:金额|标准)?|按月(?:缴费|缴纳)(?:标准|金额)/g,
    key: 'contribution.monthly_amount',
    wording: 0.88,
  },
  {
    // `最低需缴404元/月`: what a flexible worker must pay, per month by its unit (an employee's is only a part).
    shape: 'money',
    trigger: /(?<!个人|每人|每年)(?:最低|最少|至少)?(?:需|应|须|要)(?:缴纳|缴费|缴|交)(?:金额)?(?:为|是)?(?=\s*\d)/g,
    key: ({ sentence, valueEnd, scheme }) => (scheme === 'flexible' && MONTHLY_AFTER.test(sentence.slice(valueEnd)) ? 'contribution.monthly_amount' : null),
    stop: true,
    wording: 0.8,
  },
  {
    // `按基数的8%缴纳,每月约326.4元`: about so much a month, in a payroll scheme's text only.
    shape: 'money',
    trigger: /每月(?:约|大约)(?=\s*\d)/g,
    key: ({ scheme }) => (scheme === 'flexible' || scheme === 'employee' ? 'contribution.monthly_amount' : null),
    stop: true,
    wording: 0.75,
  },
  {
    shape: 'money',
    // `月缴费基数最低不得低于4433元`, `月缴费基数不低于3650元`, `即最低4242元,最高21207元`: bare 最低/最高 in a sentence about the base.
    trigger: /(?:缴费)?(?:工资)?基数(?:下限|最低标准|最低|\s*(?:应|须|需|要)?不(?:得|应|能)?低于)|最低月?(?:缴费)?基数|缴费保底线|(?<!上)下限|最低(?:不得低于|不低于|为|是)?(?=\s*\d)/g,
    key: (ctx) => boundOfBase(ctx, 'contribution.base_min_monthly'),
    stop: true,
    wording: 0.92,
  },
  {
    shape: 'money',
    trigger: /(?:缴费)?(?:工资)?基数(?:上限|最高标准|最高|\s*(?:应|须|需|要)?不(?:得|应|能)?(?:超过|高于))|最高月?(?:缴费)?基数|缴费封顶线|上限|最高(?:不得超过|不超过|不高于|为|是)?(?=\s*\d)/g,
    key: (ctx) => boundOfBase(ctx, 'contribution.base_max_monthly'),
    stop: true,
    wording: 0.92,
  },
  // (…and `以…平均工资的60%为基数,即N元/月`: the base restated as its figure after the share it is of.)
  { shape: 'money', trigger: /缴费基数(?:和|及)[^,;。]{1,4}基数|缴费基数|以[^,;。]{0,6}为基数|(?<![上下])基数(?=\s*(?:为|是|:))|为(?:月)?(?:缴费)?基数(?=\s*,\s*(?:即|也就是|约))/g, key: 'contribution.base_monthly', wording: 0.85 },
  {
    shape: 'money',
    trigger: /月(?:平)?均工资|月平均工资/g,
    key: ({ sentence, phraseStart, valueEnd }) => {
      if (PERSONAL_WAGE.test(clauseBefore(sentence, phraseStart))) return null;
      return AS_BASE_AFTER.test(sentence.slice(valueEnd)) ? 'contribution.base_monthly' : 'wage.average_monthly';
    },
    gapCancel: WAGE_GAP_CANCEL,
    stop: true,
    wording: 0.85,
  },
  {
    // Monthly or yearly by its wording (`/月`, `年平均`), else by its size (MONTHLY_WAGE_LIMIT).
    shape: 'money',
    trigger: /(?:年)?平均工资|社平工资|社会平均工资|年均工资/g,
    key: ({ sentence, phrase, phraseStart, valueAt, valueEnd }) => {
      if (PERSONAL_WAGE.test(clauseBefore(sentence, phraseStart))) return null;
      if (AS_BASE_AFTER.test(sentence.slice(valueEnd))) return 'contribution.base_monthly';
      if (MONTHLY_AFTER.test(sentence.slice(valueEnd))) return 'wage.average_monthly';
      if (phrase.startsWith('年') || /^\s*\/\s*年|^\s*每年/.test(sentence.slice(valueEnd))) return 'wage.average_annual';
      const figure = Number(sentence.slice(valueAt, valueEnd).replace(/[^\d.]/g, ''));
      return figure > 0 && figure < MONTHLY_WAGE_LIMIT ? 'wage.average_monthly' : 'wage.average_annual';
    },
    gapCancel: WAGE_GAP_CANCEL,
    stop: true,
    wording: 0.85,
  },
  { shape: 'money', trigger: /救助[^,;。]{0,6}?(?:最高)?(?:限额|封顶线|封顶)/g, key: 'aid.annual_cap', wording: 0.85 },
  {
    shape: 'money',
    trigger: /提额|提高[^,;。]{0,14}?(?:限额|额度)/g,
    key: ({ sentence }) => (/连续参保/.test(sentence) ? 'incentive.cap_increase_annual' : null),
    // `累计提高额度不超过N万元封顶线的20%`: a bound on the sum of rises, not a year's rise.
    // (…nor `累计提高支付限额最高达N万元`: the most the rises may come to.)
    gapCancel: /不超过|不得超过|最多|至多|最高|累计|合计/,
    wording: 0.88,
  },
  {
    // A bare 缴费标准 is a total only when it is split up right after (…标准是1050元,其中…).
    shape: 'money',
    // (`财政补助(人/年)标准为…`: a unit in brackets leaves the standard its phrase's.)
    // (…and `继续按照原标准(N元/月)按月缴费`: the standard's figure in brackets right after it.)
    trigger: /(?<!(?:补助|补贴|资助|基数|个人|个人缴费|筹资|总筹资)(?:\([^()]{1,8}\))?)(?:缴费标准|缴费金额|标准为|标准是|标准(?:调整|提高|上调|提升)(?:为|至|到)|标准(?=\s*\(\s*\d))/g,
    key: ({ sentence, valueAt, valueEnd, scheme, phrase, phraseStart }) => {
      const after = sentence.slice(valueEnd, valueEnd + 14);
      const before = sentence.slice(Math.max(0, valueAt - 6), valueAt);
      // (A payroll scheme's monthly payment split right after, `每月N元,其中某类人员为M元/月`, is still the payment.)
      if (/^[^,;。]*[,;]\s*其中/.test(after) && (scheme === 'resident' || scheme === null)) return 'contribution.total_annual';
      // `以…工资的62%为缴费基数,2026年标准为4385元/月`: the standard of the base just named.
      // …and `缴费基数月标准为6795元`: the base's monthly standard.
      if ((scheme === 'flexible' || scheme === 'employee') && /基数\s*(?:[,;]\s*(?:(?:19|20)\d{2}\s*年度?)?|月)\s*$/.test(sentence.slice(0, phraseStart))) return 'contribution.base_monthly';
      // `缴费标准为每人每月457元`: a payroll scheme's monthly payment.
      if ((scheme === 'flexible' || scheme === 'employee') && (MONTHLY_AFTER.test(after) || MONTHLY_BEFORE.test(before))) return 'contribution.monthly_amount';
      // `单建统筹(R%),缴费金额为A.BC元`: in a payroll text a payment of yuan and fen, with no year named, is a month's.
      if ((scheme === 'flexible' || scheme === 'employee') && phrase === '缴费金额' && /^\d+\.\d{1,2}$/.test(sentence.slice(valueAt, valueEnd).replace(/\s*元$/, '').trim())
        && !/年/.test(sentence.slice(Math.max(0, phraseStart - 12), valueEnd))) return 'contribution.monthly_amount';
      // What a resident is told to pay per year is the individual share (`标准调整为每人每年440元`).
      if (scheme === 'resident' && (PER_PERSON_YEAR_AFTER.test(after) || PER_PERSON_YEAR_BEFORE.test(before))) return 'contribution.individual_annual';
      // `个人缴费金额执行统一的缴费标准每人400元`: the standard of the share its clause names.
      // (With no scheme in scope the clause's own 个人缴费 reads it as the resident's, as that phrase alone would.)
      if ((scheme === 'resident' || scheme === null) && /个人(?:缴费|缴纳)/.test(clauseBefore(sentence, phraseStart)) && !/补助|补贴|合计|总/.test(clauseBefore(sentence, phraseStart))
        && !MONTHLY_AFTER.test(after)) return 'contribution.individual_annual';
      // …or `缴费标准:每人每年350元`.
      if (scheme === 'resident' && /^\s*(?:为|是|:)?\s*(?:每人每年|每年每人)\s*$/.test(sentence.slice(phraseStart + phrase.length, valueAt))) return 'contribution.individual_annual';
      // `2020年缴费标准为280元`: on a resident page, a bare standard of a few hundred yuan, in a sentence naming
      // no subsidy, total or late payment, is what each person pays.
      const figure = Number(sentence.slice(valueAt, valueEnd).replace(/[^\d.]/g, ''));
      // (A later clause with a subsidy of its own phrase, `…,少年儿童390元,财政补助标准为每人每年760元`, says nothing of this one.)
      const ownPart = sentence.slice(0, valueEnd) + sentence.slice(valueEnd).replace(/[,;](?:[^,;。]*[,;])*?[^,;。]*(?:补助|补贴)(?:标准)?(?:为|是)[^。]*。?$/, '');
      if (scheme === 'resident' && phrase.startsWith('缴费标准') && figure >= 100 && figure < 1000 && !MONTHLY_AFTER.test(after)
        && !BARE_STANDARD_OTHER.test(ownPart)) return 'contribution.individual_annual';
      return null;
    },
    stop: true,
    wording: 0.85,
  },
  {
    // `个人缴费90,参保资助310元`: the aid a group gets towards its share is neither the share nor the subsidy,
    // and no phrase before it may take the figure.
    shape: 'money',
    trigger: /(?<![财政府])(?:参保|定额|分类|医疗救助)?资助(?:标准|金额|资金)?(?:为|是)?(?=\s*(?:每人)?\s*\d)/g,
    key: () => null,
    stop: true,
    wording: 0.8,
  },
  { shape: 'rate', trigger: /缴费(?:比例|费率|率)|费率|缴纳比例/g, key: 'contribution.rate', wording: 0.88 },
  {
    // A bare 比例 is the payroll rate only in a payroll scheme's text (not 报销比例, 支付比例, 救助比例).
    shape: 'rate',
    trigger: /(?<!缴费|缴纳|报销|支付|救助|资助|补助|补贴|返还|划入|计入|自付|赔付|享受)比例/g,
    // (…or where an employer pays it, `单位缴纳基本医疗保险费(含生育保险)的比例为8.5%`: only a payroll scheme has one.)
    key: ({ scheme, sentence, phraseStart }) => (scheme === 'flexible' || scheme === 'employee' || EMPLOYER_PAYS_AT_HEAD.test(clauseBefore(sentence, phraseStart)) ? 'contribution.rate' : null),
    wording: 0.8,
  },
];


/** Words that, between a key phrase and a value, show the value is about something else. */
export const GAP_BREAK = /上下限|上限|下限|起付|支付限额|报销|封顶|基准|全年|年缴费|年度缴费|累计|财政|政府|优惠|立减|减免|增加|提高|上涨|增长|降低|下降|减少|奖励|门诊|住院|待遇|余额|账户|工资|救助|补助|补贴|合计|基数|比例|费率|差额|总额|而|超出|远低于|远高于|全额|[;。]/;
/** Change words right before a value: it is a difference, not a value (`提高30元`). */
export const DIFFERENCE_BEFORE = /(?:其余|剩余|余下)\s*$|(?:增加|提高|上涨|增长|降低|下降|减少|立减|优惠|减免|多|少|提升|上调|下调|调增|调减|新增)了?\s*(?:约)?\s*$/;
/** Change words that introduce the new value itself (`提高至`, `调整为`, `降低到`). */
export const NEW_VALUE_WORDS = /(?:提高|增加|上调|调整|调增|提升|增至|升至|达到)(?:至|到|为)?|达到|(?:降低|下调|下降|降|减少|调减|缩短)(?:至|到|为)/g;

// ---------------------------------------------------------------------------------------------
// Variants: the group or tier a value is for.

/** An age group, whose figures are part of its name (`40周岁以下`, `18-59岁`, `60周岁及以上`). */
export const AGE_GROUP = /\d{1,3}\s*(?:[-—~至到]\s*\d{1,3}\s*)?周?岁(?:及?以[上下内])?/g;
/** A grade of disability, whose figures are part of its name too (`3-4级残疾人`, `一至二级`). */
export const DISABILITY_GRADE = /(?:\d|[一二三四])\s*(?:[-—~至到]\s*(?:\d|[一二三四])\s*)?级(?=[^,;。]{0,3}(?:残疾|重度|智力|精神|肢体))/g;

/** Words that make a label a group or tier (一档, 学生, 60周岁以上, 单建统筹). */
export const VARIANT_WORDS = /^\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月份?$|档|少儿|人群|对象|人口|群体|群众|普通|困难|脱贫|孤儿|优抚|重残|统筹|统账|个人账户|周岁|岁|学生|儿童|少年|婴幼儿|成年|老年|老人|居民|新生儿|低保|特困|残疾|退休|在职|大额|大病|补助|基本医疗保险|生育|护理|公务员|企业|机关|农村|城镇|户籍|人员|群体|^单位$|^个人$|用人单位|中小学|大学生|未成年/;
/** A label that is a group's short name though no group word (`成人:380元/年`). */
export const GROUP_LABEL = /^(?:成人|大人|小孩)$/;
/**
 * A kind of area, not a named place (`县`, `市区`, `其余县(市、区)`): a share stated per kind of area
 * (`县每人缴费A元;市区每人缴费B元`) is named by it.
 */
export const AREA_KIND = /^(?:其余|其他|各)?(?:县|县区|县\(市、区\)|县\(市\)|市区|城区|主城区|中心城区|郊区|县城)$/;
/** Labels that name a scheme or a payer in general, not a group, and the addressees a notice greets (`尊敬的缴费人:`). */
export const NOT_VARIANT = /^(?:(?:城乡居民|居民|职工|灵活就业人员|灵活就业|居民医保|职工医保|参保人员|参保人|参保居民|城乡居民医保|职工基本医疗保险|城乡居民基本医疗保险)(?:费用|缴费|医保费|保费|缴费金额|缴费标准)?|[一二三四五六七八九十]+、.*|[(][一二三四五六七八九十]{1,3}[)].*|\d+[.、].*|(?:尊敬的|亲爱的|各位|各).*(?:缴费人|参保人|参保单位|用人单位|市民|朋友们?)[:\s]*)$/;
/** Group words that name a variant even when they come before the key (`一档个人缴费400元`). */
export const GROUP_WORDS = /档|少儿|低保|对象|人口|群体|人群|孤儿|脱贫|周岁|岁|学生|儿童|少年|婴幼儿|成年|老年|老人|新生儿|低保|特困|残疾|统筹|统账|^单位$|^个人$|未成年|中小学/;
export const LABEL_FILLER = /^(?:其中|为|是|:|的|按|约|每人每年|每人|每年|每月|不超过|不低于|最高|最低|达到|共|计|\s)+|(?:为|是|则|:|按|以|每人每年|每年每人|每人一年|每人|每年|\s)+$/g;
/**
 * Words that make the subject of a clause a group (`低保对象…个人缴纳100元`, `少儿医保个人缴费…`):
 * the subject before a key phrase names the value's variant.
 */
export const SUBJECT_GROUP = /档|家庭成员|劳动年龄|\d\s*岁(?:人员|居民|老人|老年人)|^(?:城镇|农村)居民$|无固定收入|周岁|岁以|学生|儿童|少儿|少年|婴幼儿|成年|成人|老年|老人|新生儿|低保|特困|残疾|重残|脱贫|困难|孤儿|优抚|人群|对象|人口|群体|群众|普通|中小学|未成年|在职|退休|离休|统筹|统账|^其他/;
/** Labels of a period's two ends on lines of their own (`开始时间:…`, then `结束时间:…`). */
export const PERIOD_START_LABEL = /^(?:开始|起始)(?:时间|日期)$/;
export const PERIOD_END_LABEL = /^(?:结束|截止|终止)(?:时间|日期)$/;
/** Verbs that end a group's name at the head of a clause (`城市低保对象定额资助310元`, `定额资助对象财政资助…`). */
export const GROUP_CLAUSE_VERB = /给予|享受|按|由|实行|执行|作为|资助|补助|减半|免缴|定额|财政|政府|各级|进行|参加/g;
/** The group a clause is aimed at (`对低保对象按…给予资助`): its name after 对, up to the verb. */
export const GROUP_AIMED = /(?<![面针绝相])对(?![象于应比])(?<group>[^,;。]{2,40}?)(?:按|给予|实行|执行|进行|予以)/;
/** A clause that explains who is meant (`包括非学生身份的成年居民…`, `如低保户…`): no group's name. */
export const EXPLAINS = /^(?:包括|包含|含|如|例如|即|指)/;
/** Scheme words after a group that belong to its name (`成年居民`, `其他居民`): kept with it. */
export const GROUP_BEFORE_RESIDENT = /(?:成年|未成年|成人|老年|其他|普通|一般|城镇|农村|困难|重残|残疾|年龄内|年龄段)$/;
/**
 * Payments for making up missing retirement years (`一次性补缴…至规定年限`, `不符合…最低缴费年限规定
 * 的人员`, `趸缴`, `退休人员补缴`, `按退休时…`): a special group's sums, not the scheme's monthly base, payment or rate.
 */
export const MAKE_UP_YEARS = /一次性(?:补缴|补足|缴清|缴纳)|趸缴|退休(?:人员)?补缴|按退休时|(?:不符合|未达到|达不到|不足|不满)[^,;。]{0,16}(?:退休(?!年龄)|最低缴费年限|缴费年限)/;
/**
 * A rise named before its key phrase and figure, then the new value (`同步提高个人缴费标准40元,达到每人每年
 * 320元`): the first figure is the rise.
 */
export const RISE_THEN_VALUE = /^\s*(?:\/\s*[人年]+)?\s*[,,]?\s*(?:达到|达|提高到|提高至|增至|调整为|升至|至)\s*(?:每人每年|每人)?\s*\d/;
export const RISE_BEFORE_PHRASE = /(?:提高|增加|上调|提升|上涨|增长)[^,;。]{0,16}$/;
/** A resident figure split by the month (`按月分摊…18.33元`, `每月约33元`): no yearly share. */
export const BY_THE_MONTH = /按月分摊|按月折算|每月约|月均|折合每月|平均每月/;
/** A tier named right before a value (`一档400元`). */
export const TIER_BEFORE = /[一二三四五六七八九十低中高]档\s*(?:每人每年|每年每人|每人)?\s*$/;
/** A payroll tier list per month (`一档567元/月、二档431元/月`): the tier right before a monthly figure. */
export const PAYROLL_TIER_BEFORE = /(?:^|[,、;:\s])(?<tier>[一二三四五六七八九十低中高]档)\s*[:]?\s*$/;

/**
 * The supplementary cover paid beside the payroll medical insurance by the month (`大额医疗保险费为7元/月`,
 * `每月5元的大额医疗费用社会共济基金`): its fee is a monthly payment of its own, named by the cover.
 */
export const SUPPLEMENT = /大额(?:医疗|医保)[\u4e00-\u9fff]{0,12}/;
/** What may stand between a payer and its rate's 按 or verb (`个人需按2%缴纳`, `个人则按照…的2%`). */
const PAYER_MODAL = '需|应|须|则|均';
/** Where a cover's name ends (`大额医疗费用补助的缴费标准为…` → `大额医疗费用补助`, `…救助金年缴费金额` → `…救助金`). */
export const SUPPLEMENT_END = /(?:年缴|月缴|的|为|按|是|缴|交|每|需|另|全部|由|标准|执行|费率).*$/;
/** Payers of an employee rate as a clause names them (`用人单位`, `其从业人员`, `职工个人`); not the insurance's name (`职工医保`). */
export const CLAUSE_PAYER = /(用人单位|参保单位|单位|企业|公司)(?!职工|工作人员|缴费基数之和)|(职工个人|在职职工|从业人员|职工|个人)(?!医保|基本医疗|医疗保险|账户|帐户|身份)/g;
/** A rate split between payers right after it (`8%,其中单位缴纳6%、个人缴纳2%`): the whole, no payer's part. */
export const SPLIT_AFTER = /^\s*(?:\([^()]*\))?\s*[,]?\s*(?:其中|即)\s*[^,;。]{0,6}?(?:单位|个人)/;
/** Payers joined (`单位和个人`, `用人单位及职工`): a rate of both is neither's part. */
export const JOINED_PAYERS = /(?:单位|企业|公司)\s*(?:和|与|及|、|\+)\s*(?:职工|个人)|(?:职工|个人)\s*(?:和|与|及|、|\+)\s*(?:用人)?单位/;

/** A firm named as the payer of a rate (`公司缴费比例`, `企业缴纳比例`): the employer's part, 单位. */
export const FIRM_AS_PAYER = /(?:^|[^\u4e00-\u9fff]|参保|用人)(?:企业|公司)$/;
/** A monthly figure in brackets after a yearly one (`年缴费金额144元(每月12元)`): the fee by the month. */
export const MONTHLY_IN_BRACKET_BEFORE = /\((?:即|折合|合|平均)?每月\s*$/;
/** A grade of a flexible worker's scheme (统账结合 / 单建统筹) with its rate in brackets and its monthly sum. */
export const GRADE_WORDS = /统[帐账]结合|单建统筹|住院统筹|门诊统筹/;
/**
 * One of several rates a person may pay by, naming those who chose it (`按A%比例缴费的…缴费标准为N元/月,
 * 按B%比例缴费的…M元/月`): each clause's rate and payment are that choice's.
 */
export const RATE_CHOICE = new RegExp(`按\\s*${RATE}\\s*(?:的)?(?:比例|费率|标准)?\\s*(?:缴费|缴纳|参保)(?=的)`, 'g');
/** Key phrases listed and then their values in the same order (`A和B分别为N元和M元`). */
export const RESPECTIVELY = /分别/;
/** A resident share said to be the sum of the parts (`1100元(即个人400元+补助700元)`, `包括政府补助及个人缴费`). */
export const SUM_AFTER = /^\s*(?:\/\s*[人年]+)*\s*(?:\((?:即|含)?[^()]{0,24}?\d+(?:\.\d+)?\s*元?\s*[+＋]\s*[^()]{0,12}?\d+(?:\.\d+)?\s*元?\)|[,,]?\s*(?:包括|包含|含)(?:政府|财政)(?:补助|补贴)(?:和|及|与)个人缴费)/;
/** A resident share for those who pay late (`6月30日以后缴纳…的`, `集中缴费期外参保的`): the whole cost, not the share. */
/** `个人缴费标准+财政补助标准(不低于N元)`: both shares added before the figure make it the total. */
export const SHARES_ADDED_BEFORE = /(?:个人缴费|个人缴纳|个人|财政补助|政府补助|财政补贴)(?:标准|部分)?\s*[+＋]\s*(?:个人缴费|个人缴纳|个人|财政补助|政府补助|财政补贴)(?:标准|部分)?\s*\(?\s*(?:不低于|不少于|共|合计|为)?\s*$/;
export const LATE_PAYER = /(?:以后|之后|后)(?:缴纳|缴费|参保)[^,;。]{0,16}的|(?:缴费期|征缴期)(?:外|结束后|过后)[^,;。]{0,8}(?:缴费|参保)[^,;。]{0,4}的|之和全额缴纳|全额(?:缴纳|支付|自费|缴费)/;
/**
 * A level of government before a subsidy phrase (`中央财政补助420元、省财政补助56元`, `由市财政补助50元`):
 * the value is that level's part of the subsidy, or its help with one group's share, not the subsidy.
 */
export const SUBSIDY_PART_BEFORE = /(?:中央|省|市|县|区|州|旗|乡镇|本级|地方|省级|市级|县级|区级|同级)(?:\([^()]{0,6}\))?\s*$/;
/**
 * Another cover paid beside the medical share (`长期护理保险费:每人每年10元`, `大病保险`, `补充医疗`):
 * a value labelled with it is that cover's fee, not a resident's share or a group of it.
 */
/** Fees of two covers collected together, then summed (`合并征收,合计为…`, `一并缴纳,共计…`). */
export const COMBINED_WITH_OTHER_COVER = /(?:合并|一并|同时)(?:征收|征缴|缴纳|收取|缴费)[^。]{0,12}(?:合计|共计|总计|一共|共)[^,;。\d]{0,6}$/;
/** The long-term care cover (长期护理保险, 长护险, 照护保险): a cover of its own beside the medical insurance. */
export const LONG_TERM_CARE = /长期护理|长期照护|照护保险|长护险|护理保险/;
/** A city's commercial supplementary cover (`惠民保`, `益康保`, 城市定制型商业医疗保险): no part of the basic insurance. */
export const CITY_COMMERCIAL_COVER = /惠民保|[\u4e00-\u9fff]{1,2}康保|普惠型|城市定制|商业(?:补充)?医疗保险/;
export const OTHER_COVER = new RegExp(`${LONG_TERM_CARE.source}|${CITY_COMMERCIAL_COVER.source}|大病保险|大病医疗|大额医疗|补充医疗|补充保险|意外伤害|商业保险|互助`);
/** A share of a rate credited somewhere (`7.5%入统筹基金`, `2%划入个人账户`), right at the rate. */
export const ALLOCATED_TO = /^[\d.]+\s*%\s*(?:划入|计入|进入|存入|入|用于)\s*(?:统筹|个人[账帐]户|基金|医保基金)/;
/** An employer paying its part (`公司缴费`, `单位缴纳`): a sentence about payroll, not a resident's share. */
export const EMPLOYER_PAYS = /(?:公司|用人单位|单位|企业)(?:每月)?(?:缴费|缴纳|承担|需缴|应缴)/;
/** …at the head of a clause (`单位缴纳…的比例为N%`). */
const EMPLOYER_PAYS_AT_HEAD = new RegExp(`^\\s*(?:${EMPLOYER_PAYS.source})`);
/** The employee insurance named as the yardstick of another's rule (`与职工医保标准一致`, `参照职工医保执行`). */
export const EMPLOYEE_YARDSTICK = /(?:与|同|参照|比照)(?:城镇)?职工(?:基本)?(?:医保|医疗保险)(?:的)?(?:标准|政策|规定)?(?:一致|相同|执行)/g;
/**
 * A part a payroll rate is stated for beside the medical insurance itself (`大额医疗费用补助缴费比例为0.3%`,
 * `地方附加医疗保险`, `大病保险`): a rate whose clause names it is that part's.
 */
export const RATE_PART = new RegExp(`${SUPPLEMENT.source}|大病(?:医疗)?保险|(?:地方)?附加医疗保险|补充医疗保险|门诊大病|生育保险`);

/** A household's or several people's sum (`家庭3口人需缴纳1200元`, `全家`): not one person's share. */
export const HOUSEHOLD = /[\d一二三四五六七八九十两]\s*口(?:人|之家)|全家|一家[\d一二三四五六七八九十两]|[\d一二三四五六七八九十两]\s*个人(?:共|合计|一共|需)/;

/**
 * A rate stated as a share of the base paid (`按缴费基数的8%缴纳`, `按月缴费基数的9%+2%缴纳`): the parts
 * of a sum add up to the rate.
 */
/** `4812元/月 × 9.5%(含生育保险0.6%)`: a monthly base times the rate paid on it (no further factor). */
export const RATE_TIMES_BASE = new RegExp(`(?<base>${N})\\s*(?:元\\s*\\/\\s*月)?\\s*(?:[×x*]|乘以?)\\s*(?<rate>${RATE})(?:\\([^()]{0,16}\\))?(?<months>\\s*[×x*]\\s*12(?!\\d))?(?!\\s*[×x*÷\\d])`, 'g');
/** The part a worked product is for, captioned before it (`基本医疗保险缴费标准:B元/月×R%=…`, `大病保险:…`). */
export const PRODUCT_PART_BEFORE = new RegExp(`(?:^|[\\s、.])(?<part>基本医疗保险|${RATE_PART.source})(?:费)?(?:缴费)?(?:标准|金额)?\\s*[:]?\\s*$`);
export const RATE_OF_BASE = new RegExp(`(?:按|以)[^,;。]{0,14}?(?:(?:缴费)?(?:工资)?基数|平均工资|社平工资)\\)?的?\\s*(?<rates>${RATE}(?:\\s*[+＋]\\s*${RATE})*)\\s*(?:的)?(?:比例)?\\s*(?:全额|单独)?(?:每月|按月)?(?:缴纳|缴费|缴|计缴|扣缴|按月缴纳)`, 'g');
/** `按R%每月缴纳基本医疗保险费`: the rate the medical insurance's fee is paid at, with no base named. */
export const RATE_OF_FEE = new RegExp(`按\\s*(?<rates>${RATE})\\s*(?:的)?(?:比例|费率)?\\s*(?:每月|按月)?\\s*(?:缴纳|缴交|缴)(?:个人|职工)?(?:基本)?医疗保险费`, 'g');

/**
 * Inside a bracket after a rate, a part of it named before its own figure (`(其中基本医疗保险为5.6%,` then
 * `大额医疗保险为0.4%)`): read by its construction, which names the part.
 */
const PART_IN_BRACKET = `(?<=\\(\\s*其中[^()]*?)(?<part>[\\u4e00-\\u9fff]{2,16}?)\\s*(?:缴费)?(?:费率|比例)?\\s*(?:为|占|是|:)\\s*`;
export const PART_IN_BRACKET_BEFORE = new RegExp(`${PART_IN_BRACKET}$`);
/** A part named with its rate in brackets (`统账结合(7%+2%)`, `单建统筹(5%)`): the parts add up to the rate. */
export const PART_WITH_RATE = new RegExp(`(?<part>[\\u4e00-\\u9fff]{2,8})\\s*\\(\\s*(?<rates>${RATE}(?:\\s*[+＋]\\s*${RATE})*)\\s*\\)`, 'g');

/** A clause about choosing or dividing (`可选择两档缴费`, `分为三档`): it introduces groups, it names none. */
export const CHOICE_CLAUSE = /可选|选择|分为|分成|包括|设有|设置/;
/** `(上一年为380元)`, `去年是380元`: a value of the year before the one in scope. */
export const LAST_YEAR_BEFORE = /(?:上一年度?|上年度?|去年|前一年)(?:的)?(?:标准)?(?:为|是)?\s*$/;
/** `目前…为`, `现行标准是`: a figure in force now, before the clause names the change to come. */
export const IN_FORCE_NOW_BEFORE = /(?:目前|当前|现行|现在|眼下)[^,;。\d]{0,20}$/;
/**
 * After a figure in force now, the year a change starts in (`,2027年起调整为…`, `;自2027年1月1日起提高至…`):
 * the figure is the rule of the year before that one.
 */
export const CHANGE_FROM_YEAR_AFTER = /^[^。;]{0,30}?(?<!\d)((?:19|20)\d{2})\s*年(?:度)?(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?\s*(?:起|开始)[^。;\d]{0,12}?(?:调整|提高|上调|增加|提升|涨|下调|降)(?:为|至|到)/;
/** `下一年度`, `次年度`, `明年度`: the policy year after the one in scope, named without its number. */
export const NEXT_POLICY_YEAR = /下一?年度|次年度|明年度/;
/**
 * Words right after a value that set it aside for something else (`其中10元用于大病保险`, `其中12%进入统筹基金`,
 * `2%(99元)进入个人账户`): a part allocated, not a share or a rate paid.
 */
export const ALLOCATED_AFTER = /^\s*(?:\/\s*[人年]+)?\s*\)?\s*(?:用于|划入|划转|计入|记入|转入|进入|返还)/;
/**
 * Right after a figure, its split into the resident parts (`每人N元/年,其中财政补助…,个人缴费…`): the
 * figure is a total, and a group named before it is its parts' group too.
 */
export const SPLIT_INTO_PARTS_AFTER = /^\s*(?:\/\s*[人年·]+)*\s*[,]\s*其中\s*[,:]?\s*(?:各级)?(?:财政|政府|个人)/;
/** `1070元(400元+670元)`: a resident figure stated as the sum of two parts. */
export const SUM_OF_TWO_AFTER = new RegExp(`^\\s*(?:\\/\\s*[人年]+)*\\s*\\(\\s*${N}\\s*元\\s*[+＋]\\s*${N}\\s*元\\s*\\)`);

/** Labels that are themselves key phrases, not groups. */
export const KEY_LABEL = /个人缴费|缴费标准|财政补助|政府补助|补贴|合计|总计|基数|工资|费率|比例|限额|缴费金额|缴费时间|截止|标准$/;

// ---------------------------------------------------------------------------------------------
// Constructions: whole wordings with named groups, each yielding one or more facts.

export type ValueShape =
  | 'months' // a duration in months (`3个月`, `90天` → 3)
  | 'days' // a duration in days (`3个月` → 90)
  | 'years'
  | 'months-per-year' // `每多断保N年…增加M个月` → M / N
  | 'yuan'
  | 'rate';

export interface Yield {
  key: FactKey;
  shape: ValueShape;
  /** The group holding the numeral; `unit` and `per` are read beside it where the shape needs them. */
  group: string;
  unitGroup?: string;
  perGroup?: string;
  /** A value outside [min, max] is not this key's. */
  min?: number;
  max?: number;
  /** Added to the value read (`从第4个月起享受` waits 4 − 1 months). */
  offset?: number;
  /** The value the words state without a numeral (`不再收取滞纳金` → a rate of 0); `group` then only places it. */
  fixed?: number;
  /** The group naming the variant (`单位承担7%` → 单位). */
  variantGroup?: string;
  /** A group naming more of the variant, after it (`大额医疗互助保险:单位:1.5%` → 大额医疗互助保险 单位). */
  variantAlso?: string;
  /** An employee named in the variant group (`在职职工以本人缴费基数的2%`) is the 个人 part. */
  employeeSelf?: boolean;
  /** A firm named in the variant group (`公司`, `企业`) is the employer: the 单位 part. */
  firmAsEmployer?: boolean;
  /** Names in that group that are no variant (a scheme's general name). */
  variantUnless?: RegExp;
  /** The group whose offset places the fact (scope words nearest before it win); default `group`. */
  at?: string;
}

export interface Construction {
  /** A name for tests and diagnostics. */
  name: string;
  /** A cheap test: the sentence must contain this before the pattern is tried. */
  trigger: RegExp;
  /** The wording, global, with named groups. */
  pattern: RegExp;
  yields: Yield[];
  /** The sentence must also say this (a grace is stated with its consequence). */
  requires?: RegExp;
  /** A sentence saying this is about something else. */
  cancel?: RegExp;
  /** A sentence's comma clause holding the match saying this is about something else (`工资的60%`). */
  cancelLocal?: RegExp;
  /** Words right before the match that make it a bound or a change (`至少`, `增加`). */
  cancelBefore?: RegExp;
  /** Words right before the numeral (`不少于3个月的等待期` is a floor). */
  cancelBeforeNumber?: RegExp;
  /** Words right after the match (`4个月等待期(3个月+1个月)` is a total of parts). */
  cancelAfter?: RegExp;
  /** The match is the far end of a range (`90至180天`). */
  rangeEndCancels?: boolean;
  scheme?: Scheme;
  /** The two values are a pair (a man's and a woman's years), not the two ends of a range. */
  pair?: boolean;
  /** Higher wins when one scope states several values for a key (`3个月内` over `超过6个月`). */
  priority?: number;
  wording: number;
}

/** `至少3个月的等待期` is still the fixed wait (the variable part comes on top); `最长` is not. */
// (`超过3个月的等待期`: a heading of the case of a lapse beyond N months, not a wait of N.)
const FIXED_BOUND_BEFORE = /(?:(?<!设置)(?:至少|最少|不少于)|最长|最多|至多|不超过|(?<!不)超过|超出|增加|延长|再增加|减少|缩短|另|再)\s*(?:需要?|要|得)?\s*$/;
const BOUND_BEFORE = /(?:至少|最少|不少于|不低于|最长|最多|至多|不超过|增加|延长|再增加|减少|缩短|另|再)\s*(?:需要?|要|得)?\s*$/;
/** Consequences that show a lapse still counts as continuous. */
export const CONTINUOUS = new RegExp([
  /恢复其?(?:医疗保险|医保|基本医疗保险)?待遇|视同连续|视为连续|连续计算|连续参保|次月(?:即可|起)?(?:开始)?(?:恢复|享受)|(?:缴费|补缴|办理)[^,;。]{0,6}?当月起(?:即可)?(?:开始)?(?:恢复|享受)|不设(?:置)?(?:待遇)?等待期|无(?:待遇)?等待期|无缝/.source,
  /可追溯|追溯享受|补付|不受影响|次月恢复|恢复(?:享受|待遇)|正常享受|不影响|(?:即可|即)(?:足额|正常)?享受/.source,
  // `中断期内可享受医保统筹待遇`, `期间发生的医疗费用按规定予以支付`: the lapse itself is covered.
  /(?:中断|断缴|断保|停保|欠费|欠缴)期(?:间|内)[^,;。不无未]{0,8}?享受|期间(?:发生|产生)的[^,;。不无未]{0,16}?(?:享受|报销|支付)/.source,
  // `可享受断保期内的医疗保险待遇`: the same, the benefits named first.
  /享受(?:中断|断缴|断保|停保|欠费|欠缴)期(?:间|内)的?[^,;。]{0,8}?待遇/.source,
].join('|'));
/** Consequences that show a lapse broke continuity. */
export const BROKEN = /清零|清0|重新计算|重新参保|(?:视为|视作)(?:自动)?(?:退保|中断|断保)|暂停|自动退出|终止|才能(?:重新)?(?:恢复|享受)|需等待|需要等待|设置[^,;。]{0,12}等待期|不能(?:补缴|享受)|不予(?:补缴|报销|支付)/;
/** Channels of payment: a sentence about them states where to pay, not a grace. */
export const CHANNEL = /线上|网上|网厅|小程序|App|APP|app|微信|支付宝|线下|窗口|经办机构|现场/;

/**
 * Benefits that resume after back-paying while the lapse itself stays uncovered (`补缴后次月恢复待遇,但中断期间的
 * 费用不予报销`): the lapse broke continuity, no grace; unless the clause says it still counts (`视同连续`).
 */
const LAPSE_UNCOVERED = new RegExp(`^(?![^]*(?:视同连续|视为连续|连续计算|可追溯|追溯享受|补付))[^]*(?:${LAPSE}|中断)期(?:间|内)[^;。]{0,24}?(?:不享受|不能享受|无法享受|不予报销|无法报销|不能报销|不报销|不予支付|不纳入)`);

/** Moving between schemes (`断保3个月内转居民医保`, `在职工医保和居民医保间切换`): not a lapse's grace. */
const TRANSFER = /转(?:入|为|移|接|居民|职工|城乡)|切换|转换|之间转/;

/** A total wait (`总等待期5个月`, `共需等待4个月`) is fixed plus variable parts: not the fixed wait. */
const WAIT_TOTAL = /总(?:的)?(?:待遇)?(?:享受)?等待(?:期|时间)|共(?:需)?等待|等待期(?:共|总计|共计)/;
/** A newborn enrolled after its own window (`出生之日起90天后参保的`): that group's wait, not the fixed one. */
const LATE_NEWBORN = /出生[^,;。]{0,6}?\d+\s*(?:天|日|个月)(?:后|以后|之后)/;
/** A cover joined beside the medical insurance with a wait of its own (`初次参加补充互助保险有60天等待期`). */
const OTHER_COVER_WAIT = /(?:参加|参保|投保)[^,;。]{0,10}?(?:互助|补充|商业|惠民|护理)[^;。]{0,12}?等待期/;
const WAIT_CANCEL = new RegExp(`${MULTI_YEAR_LAPSE.source}|长期断缴|变动(?:待遇)?等待期(?:不少于|至少|最少)|合计|累计|总共|一共|${WAIT_TOTAL.source}|${LATE_NEWBORN.source}|${OTHER_COVER_WAIT.source}`);
/** `连续断缴4年及以上:等待期最多6个月`: the case of a lapse of four years or more, where the national rule sets a floor, states no cap. */
const FLOOR_CASE = new RegExp(`${LAPSE}[^,;。]{0,4}?(?:[4-9]|[四五六七八九])\\s*年(?:及|或)?以上`);
/** A bracket summing the parts right after a wait (`4个月(3个月+1个月)`, `(含3个月固定等待期+1个月…)`): the wait is their total. */
const SUM_OF_PARTS_AFTER = /^[^,;。()]{0,8}\((?:含|包括|即|其中)?[^()]*\+/;

/** A requirement that rises year by year (`逐年递增`, `每年增加1年`): the figure in force is the dated one. */
const RISING_YEARLY = /(?:逐年|每年)(?:递增|增加|提高|延长|增长)/;

/** A cohort named by when it first joined (`2016年前在本市有参保记录的,`): the rules after it are that cohort's. */
const RETIREMENT_COHORT = `(?<cohort>(?<!\\d)(?:19|20)\\d{2}\\s*年(?:以前|之前|前|以后|之后|后))[^。;,]{0,30}?的\\s*,`;

/** The years one sex must have paid by retirement; the other sex's word ends the reach back to it. */
function yearsOfOneSex(sex: '男' | '女', other: '男' | '女', key: FactKey, name: string): Construction {
  return {
    name,
    trigger: new RegExp(sex),
    // `男性设定2025年累计缴费满23年`: a year on the way is passed over.
    // (`男职工提高了5年,需要缴满30年`: the rise is passed over for the years it comes to.)
    // (`30年(男性)`: a sex in brackets names the years before it, read by its own row.)
    pattern: new RegExp(`${sex}(?:性|职工|方|满)?(?!(?:性|职工|方)?\\s*\\))(?:[^,;。${other}]{0,8}?(?:提高|增加|延长|提升)了?\\s*\\d{1,2}\\s*年\\s*[,]\\s*)?[^,;。${other}]{0,16}?(?:满|达到|不少于|不低于)?\\s*(?!(?:19|20)\\d{2}\\s*年)(?<n>${N})\\s*(?:周)?年`, 'g'),
    yields: [{ key, shape: 'years', group: 'n', min: 5, max: 45 }],
    requires: /退休|缴费年限|累计缴费|累计缴纳|缴费满|缴纳满|缴满|年限/,
    // An age (`男满60周岁`) or a near miss (`接近28年`) in the same comma clause; a sentence that also
    // names the retirement age elsewhere (`达到法定退休年龄时,男性累计缴费满30年`) still states the years.
    // …and `男和女分别为N年和M年` is a pair, read as one; `从N年逐年递增` is where a rise starts.
    cancelLocal: new RegExp(`周岁|退休年龄|接近|分别|${sex}[^,;。]{0,8}?从\\s*\\d+\\s*年\\s*(?:起)?${RISING_YEARLY.source}`),
    wording: 0.84,
  };
}

/**
 * `按5200元/月的60%(3120元/月)和300%(15600元/月)核定缴费基数的下限和上限`: two shares of a wage, each
 * with its figure in brackets, in either order; the smaller is the floor. (Two rows, one per order:
 * the engine keeps a pair only when its ends come in order.)
 */
function boundsAsTwoShares(): Construction[] {
  const share = (group: string) => `\\d{1,3}(?:\\.\\d+)?\\s*%\\s*\\(\\s*(?:即\\s*)?(?<${group}>${N})\\s*元\\s*(?:\\/\\s*月)?\\s*\\)`;
  return [['low', 'high'], ['high', 'low']].map(([first, second]) => ({
    name: `bounds as two shares with their figures in brackets, ${first} first (60%(N元/月)和300%(M元/月))`,
    trigger: /上限|下限/,
    pattern: new RegExp(`${share(first)}\\s*(?:和|、|至|-|及)\\s*${share(second)}`, 'g'),
    yields: [
      { key: 'contribution.base_min_monthly', shape: 'yuan', group: 'low', min: 1000, max: 60000 },
      { key: 'contribution.base_max_monthly', shape: 'yuan', group: 'high', min: 1000, max: 100000 },
    ],
    requires: /基数/,
    cancel: /养老|失业|工伤|公积金/,
    wording: 0.84,
  }));
}

/** An account choice a flexible worker's rate or payment is named by (`建立个人账户`, `不设个人帐户`, `无个人账户`). */
export const ACCOUNT_CHOICE = '(?:不建立|不设立|不设|不建|建立|设立|设|建|有|无|含|不含)[^,;。():]{0,8}?(?:个人)?[账帐]户';

export const CONSTRUCTIONS: Construction[] = [
  // -- waiting.fixed_months ----------------------------------------------------------------
  {
    name: 'waiting period stated after its words (固定待遇等待期3个月, 等待期通常为90天)',
    trigger: /等待期/,
    // …or as the length it was changed to (`等待期由原来的六个月缩短至三个月`).
    pattern: new RegExp(`(?<kind>固定|变动|基础|基本)?(?:待遇)?(?:享受)?等待期[”"’]?(?:为|是|通常为|一般为|设置为|设定为|:|\\(|(?:由|从)(?:原来的|原)?[^,;。\\d]{0,6}?(?:个月|天)(?:缩短|调整|减少|降低|延长|改)(?:为|至|到))?\\s*${DURATION}`, 'g'),
    yields: [{ key: 'waiting.fixed_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 24 }],
    cancel: WAIT_CANCEL,
    cancelAfter: SUM_OF_PARTS_AFTER,
    cancelBefore: BOUND_BEFORE,
    rangeEndCancels: true,
    wording: 0.92,
  },
  {
    name: 'waiting period stated before its words (3个月的待遇等待期, 设置3个月的待遇享受等待期)',
    trigger: /等待期/,
    pattern: new RegExp(`${DURATION}的?(?<kind>固定|变动|基础|基本)?(?:医保|医疗保险)?(?:待遇)?(?:享受)?(?:待遇)?等待期`, 'g'),
    yields: [{ key: 'waiting.fixed_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 24 }],
    cancel: WAIT_CANCEL,
    cancelAfter: SUM_OF_PARTS_AFTER,
    cancelBeforeNumber: FIXED_BOUND_BEFORE,
    rangeEndCancels: true,
    wording: 0.92,
  },
  {
    name: 'waiting stated as a wait (需等待3个月才能享受, 参保后要等3个月)',
    trigger: /等/,
    pattern: new RegExp(`等(?:待)?\\s*${DURATION}\\s*(?=后|才|,|。|;|再|方可|即可|$|\\(|的?待遇(?:享受)?期)`, 'g'),
    yields: [{ key: 'waiting.fixed_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 24 }],
    requires: /享受|待遇|报销|等待/,
    cancel: WAIT_CANCEL,
    cancelAfter: SUM_OF_PARTS_AFTER,
    cancelBefore: BOUND_BEFORE,
    rangeEndCancels: true,
    wording: 0.85,
  },
  {
    name: 'waiting stated as the paying period before benefits (连续缴费满3个月后享受待遇)',
    trigger: /享受|待遇/,
    // …also `缴纳医疗保险费满6个月后,享受`, `连续缴费满3个月的(不含补缴月份),按规定享受`.
    // …or `需连续缴费满6个月才能恢复医保待遇`.
    pattern: new RegExp(`(?:缴费|参保|缴纳(?:医疗保险|医保|基本医疗保险)?费|缴|交)(?:期)?(?:满|达)\\s*${DURATION}(?:\\([^)]{0,12}\\))?(?:(?:后|以后|之后|的)\\s*(?:\\([^)]{0,12}\\))?\\s*,?[^,;。]{0,10}?享受|\\s*(?:后)?(?:才能|才可|方可|才)[^,;。]{0,6}?(?:享受|恢复))`, 'g'),
    yields: [{ key: 'waiting.fixed_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 12 }],
    // Retirement years are no wait; back-paid years not counted (`不含补缴年限`) are about this one.
    // (`中断满N个月的,缴费年限重新起算,重新参保须连续缴满M个月后…享受`: years in another comma clause are no matter.)
    cancel: new RegExp(`${WAIT_CANCEL.source}|退休`),
    cancelLocal: /(?<!补缴)年限/,
    cancelAfter: SUM_OF_PARTS_AFTER,
    wording: 0.82,
  },
  {
    name: 'waiting stated in days after paying (缴费30日后享受待遇)',
    trigger: /享受/,
    pattern: new RegExp(`缴费\\s*(?<n>${N})\\s*(?<unit>日|天)(?:后|以后|之后)[^,;。]{0,8}?享受`, 'g'),
    yields: [{ key: 'waiting.fixed_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 12 }],
    cancel: WAIT_CANCEL,
    cancelAfter: SUM_OF_PARTS_AFTER,
    wording: 0.8,
  },
  {
    name: 'waiting counted from the day of payment (自缴费之日起3个月后享受待遇)',
    trigger: /享受/,
    // …or from the month of payment (`自办理缴费手续当月起N个月后(含当月)享受`).
    pattern: new RegExp(`(?:之日|次日|当日|到账|当月)起\\s*${DURATION}\\s*(?:后|以后|之后)(?:\\([^)]{0,12}\\))?[^,;。]{0,8}?享受`, 'g'),
    yields: [{ key: 'waiting.fixed_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 12 }],
    cancel: WAIT_CANCEL,
    cancelAfter: SUM_OF_PARTS_AFTER,
    wording: 0.82,
  },
  {
    name: 'waiting stated as the months without benefits after paying (缴费的3个月内无法享受医保待遇)',
    trigger: /个月/,
    pattern: new RegExp(`(?<n>${N})\\s*(?<unit>个月)(?:内|之内|以内)(?:不能|无法|不得|不可|不予)(?:享受|报销)`, 'g'),
    yields: [{ key: 'waiting.fixed_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 12 }],
    requires: /缴费|参保|补缴|续保/,
    cancel: new RegExp(`${WAIT_CANCEL.source}|${LAPSE}(?!后|期间)`),
    wording: 0.78,
  },
  {
    name: 'waiting stated as the month benefits start (从第4个月起享受待遇)',
    trigger: /第/,
    // (…or `在连续缴费的第7个月起方能享受`: the month of paying it names.)
    pattern: new RegExp(`(?:从|自|(?:缴费|参保|缴纳)的)第\\s*(?<n>${N})\\s*个月(?:起|开始)[^,;。]{0,8}?(?:享受|恢复)`, 'g'),
    yields: [{ key: 'waiting.fixed_months', shape: 'months', group: 'n', min: 2, max: 13, offset: -1 }],
    cancel: WAIT_CANCEL,
    cancelAfter: SUM_OF_PARTS_AFTER,
    wording: 0.8,
  },

  // -- waiting.max_months --------------------------------------------------------------------
  {
    name: 'longest wait before its words (最长6个月的等待期)',
    trigger: /等待期/,
    pattern: new RegExp(`(?:最长|最多|至多|不超过)\\s*${DURATION}的?(?:待遇)?等待期`, 'g'),
    yields: [{ key: 'waiting.max_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 36 }],
    rangeEndCancels: true,
    cancel: FLOOR_CASE,
    wording: 0.9,
  },
  {
    name: 'longest wait after the rule it caps (等待期增加1个月,最长不超过6个月)',
    trigger: /等待期/,
    pattern: new RegExp(`等待期[^。]{0,30}?[,;]\\s*(?:最长|最多|至多)(?:不超过)?\\s*${DURATION}`, 'g'),
    yields: [{ key: 'waiting.max_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 36 }],
    rangeEndCancels: true,
    cancel: FLOOR_CASE,
    wording: 0.9,
  },
  {
    name: 'longest wait stated of the total (等待期合计不超过6个月)',
    trigger: /等待期/,
    pattern: new RegExp(`等待期(?:合计|累计|总计|总共)?(?:最长|最多|不超过|不得超过|至多|原则上不超过)(?:不超过)?(?:为)?\\s*${DURATION}`, 'g'),
    yields: [{ key: 'waiting.max_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 36 }],
    rangeEndCancels: true,
    cancel: FLOOR_CASE,
    wording: 0.9,
  },

  // -- waiting.per_lapsed_year_months / waiting.repair_per_year_months ----------------------
  {
    name: 'extra wait per year lapsed (每多断保1年,增加1个月变动等待期)',
    trigger: /每/,
    pattern: new RegExp(`(?:每(?:多|增加)?(?:${LAPSE}|断)|${LAPSE}(?:时间)?每(?:多|增加)?)\\s*(?<per>${N})\\s*(?:个)?(?:自然|整|完整)?年[^。;]{0,40}?(?:增加|延长|多|加)[^。;,]{0,20}?${DURATION}`, 'g'),
    yields: [{ key: 'waiting.per_lapsed_year_months', shape: 'months-per-year', group: 'n', unitGroup: 'unit', perGroup: 'per', min: 0.5, max: 12 }],
    scheme: 'resident',
    wording: 0.92,
  },
  {
    // `连续断缴1年增加1个月变动待遇等待期`: the variable wait named as such, per year lapsed.
    name: 'variable wait per year lapsed (断缴1年增加1个月变动待遇等待期)',
    trigger: /等待期/,
    // …or with the wait unnamed (`断保1年额外增加1个月等待期`).
    pattern: new RegExp(`${LAPSE}\\s*(?<per>${N})\\s*年(?:的)?,?(?:额外|另|再)?(?:增加|延长)\\s*${DURATION}的?(?:变动)?(?:待遇)?(?:享受)?等待期`, 'g'),
    yields: [{ key: 'waiting.per_lapsed_year_months', shape: 'months-per-year', group: 'n', unitGroup: 'unit', perGroup: 'per', min: 0.5, max: 12 }],
    scheme: 'resident',
    wording: 0.85,
  },
  {
    name: 'wait removed per year paid back (每多缴1年,减少1个月变动等待期)',
    trigger: /每/,
    pattern: new RegExp(`每(?:多|额外)?(?:补缴|缴费|缴纳|缴|参保)\\s*(?<per>${N})\\s*年[^。;]{0,30}?(?:减少|缩短|抵扣|修复|扣减)[^。;,]{0,20}?${DURATION}`, 'g'),
    yields: [{ key: 'waiting.repair_per_year_months', shape: 'months-per-year', group: 'n', unitGroup: 'unit', perGroup: 'per', min: 0.5, max: 12 }],
    scheme: 'resident',
    wording: 0.92,
  },

  // -- lapse.grace_months --------------------------------------------------------------------
  {
    name: 'grace as a lapse within N months with its consequence (断缴3个月内补缴…视同连续)',
    trigger: /个月/,
    pattern: new RegExp(`${LAPSE}(?:时间|期间|期)?(?:在)?[^,;。]{0,4}?(?<n>${N})\\s*个月(?:\\(含\\)\\s*)?(?:以内|之内|内)(?:\\(含\\)|\\(含${N}个月\\))?`, 'g'),
    yields: [{ key: 'lapse.grace_months', shape: 'months', group: 'n', min: 1, max: 24 }],
    requires: CONTINUOUS,
    cancel: new RegExp(`${TRANSFER.source}|${LAPSE_UNCOVERED.source}`),
    rangeEndCancels: true,
    priority: 2,
    wording: 0.9,
  },
  {
    name: 'grace as a lapse of at most N months (断缴不超过3个月的,补缴后视为连续)',
    trigger: /个月/,
    pattern: new RegExp(`${LAPSE}(?:时间)?(?:不超过|未超过|未满|不满|少于|不足|在)\\s*(?<n>${N})\\s*个月`, 'g'),
    yields: [{ key: 'lapse.grace_months', shape: 'months', group: 'n', min: 1, max: 24 }],
    requires: new RegExp(`${CONTINUOUS.source}|超过?[^,;。]{0,8}?(?:则|的)?[^。]{0,16}?(?:${BROKEN.source})`),
    cancel: new RegExp(`${TRANSFER.source}|${LAPSE_UNCOVERED.source}`),
    priority: 2,
    wording: 0.88,
  },
  {
    name: 'grace as back-paying within N months (3个月内补缴的,视同连续)',
    trigger: /个月/,
    pattern: new RegExp(`(?<n>${N})\\s*个月(?:以内|之内|内)(?:\\(含\\))?(?:的)?,?(?:及时)?(?:足额)?(?:补缴|续交|续缴|补交|续保|补足|缴清|${LAPSE})`, 'g'),
    yields: [{ key: 'lapse.grace_months', shape: 'months', group: 'n', min: 1, max: 24 }],
    requires: CONTINUOUS,
    cancel: new RegExp(`${TRANSFER.source}|${LAPSE_UNCOVERED.source}`),
    // `已连续缴费满N个月且于M个月内补足的`: a longer grace for those with years paid, not the general one.
    cancelLocal: /(?:连续|累计)缴费满/,
    rangeEndCancels: true,
    priority: 2,
    wording: 0.86,
  },
  {
    name: 'grace as the lapse beyond which continuity breaks (断缴超过3个月…重新计算)',
    trigger: /超|满/,
    pattern: new RegExp(`${LAPSE}(?:时间)?(?:超过|超出|超|满|达到|在)\\s*(?<n>${N})\\s*个月(?:\\(含\\))?(?:以上)?`, 'g'),
    yields: [{ key: 'lapse.grace_months', shape: 'months', group: 'n', min: 1, max: 24 }],
    requires: BROKEN,
    cancel: TRANSFER,
    priority: 1,
    wording: 0.86,
  },

  {
    name: 'grace as a renewal within N months (停保2个月内续保的,待遇不中断)',
    trigger: /续保/,
    pattern: new RegExp(`停保(?<n>${N})\\s*个月内续保`, 'g'),
    yields: [{ key: 'lapse.grace_months', shape: 'months', group: 'n', min: 1, max: 24 }],
    requires: /待遇不中断|视同连续/,
    cancel: /养老保险/,
    priority: 2,
    wording: 0.86,
  },

  // -- backpay ------------------------------------------------------------------------------
  {
    name: 'online back-payment within N months (3个月以内的可在小程序补缴)',
    trigger: /补缴|补交|续缴|补办/,
    pattern: new RegExp(`(?<n>${N})\\s*个月(?:以内|之内|内)[^。;]{0,30}?(?:线上|网上|网厅|小程序|App|APP|app|掌上)`, 'g'),
    yields: [{ key: 'backpay.online_max_months', shape: 'months', group: 'n', min: 1, max: 60 }],
    wording: 0.88,
  },
  {
    name: 'counter back-payment beyond N months (超过3个月的到窗口办理)',
    trigger: /补缴|补交|续缴|补办/,
    pattern: new RegExp(`(?:超过|超出|以上)\\s*(?<n>${N})\\s*个月[^。;]{0,20}?(?:线下|窗口|现场|柜台)`, 'g'),
    yields: [{ key: 'backpay.online_max_months', shape: 'months', group: 'n', min: 1, max: 60 }],
    wording: 0.86,
  },
  {
    name: 'back-payment reach (可补缴最近2年内, 可补缴含当月不超过3个月)',
    trigger: /补缴|补交/,
    pattern: new RegExp(`(?:补缴|补交)[^。;]{0,16}?(?:最近|近|最多|最长|(?<=含当月)不超过)\\s*(?<n>${N})\\s*(?<unit>个月|年)(?:以内|之内|内)?`, 'g'),
    yields: [{ key: 'backpay.max_lookback_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 240 }],
    wording: 0.86,
  },

  {
    name: 'back-payment reach before the verb (最多可以补缴12个月的医保费)',
    trigger: /补缴|补交/,
    pattern: new RegExp(`(?:最多|最长|至多)\\s*(?:可以|可|能|只能)?\\s*(?:补缴|补交)\\s*(?<n>${N})\\s*(?<unit>个月|年)`, 'g'),
    yields: [{ key: 'backpay.max_lookback_months', shape: 'months', group: 'n', unitGroup: 'unit', min: 1, max: 240 }],
    cancel: /退休|年限|养老|视同/,
    wording: 0.84,
  },

  // -- late_fee.daily_rate -------------------------------------------------------------------
  {
    name: 'daily late fee (按日加收万分之五的滞纳金)',
    trigger: /滞纳金/,
    pattern: new RegExp(`(?:按日|每日|每天|逐日|日)(?:加收|收取|计收)?[^,;。%‰]{0,12}?(?<rate>${RATE})`, 'g'),
    yields: [{ key: 'late_fee.daily_rate', shape: 'rate', group: 'rate', min: 0.00001, max: 0.05 }],
    wording: 0.92,
  },

  {
    // `自某日起,个体参保人员补缴不再收取滞纳金`: no late fee at all, a rate of 0; not one waived only on a condition
    // (`三个月内补缴的,不收取滞纳金`).
    name: 'no late fee (不再收取滞纳金)',
    trigger: /滞纳金/,
    pattern: /(?<none>不再|免予?|不)(?:收取|加收|征收|计收|收|征|除)滞纳金/g,
    yields: [{ key: 'late_fee.daily_rate', shape: 'rate', group: 'none', fixed: 0 }],
    cancelLocal: /内|期间|之前|以前|前|如|若|如果|只要|超过|逾期|的$|单位|企业/,
    cancelBefore: /[内的]\s*,?\s*$/,
    wording: 0.8,
  },

  // -- enrollment.newborn_days ---------------------------------------------------------------
  {
    name: 'newborn enrolled within N days of birth (出生后90天内参保)',
    trigger: /出生/,
    pattern: new RegExp(`出生(?:后|之日起|之日后)?\\s*(?:0\\s*[-—–~至到]\\s*)?(?<n>${N})\\s*(?<unit>天|日|个月)(?:\\((?:含|不含)[^()]{0,6}\\))?(?:以内|之内|内)`, 'g'),
    yields: [{ key: 'enrollment.newborn_days', shape: 'days', group: 'n', unitGroup: 'unit', min: 1, max: 400 }],
    scheme: 'resident',
    wording: 0.92,
  },

  // -- incentive -----------------------------------------------------------------------------
  {
    name: 'continuous-enrolment incentive (连续参保满4年后,每年提高大病保险限额1000元)',
    trigger: /连续(?:参|缴费)/,
    pattern: new RegExp(`(?<!每|每多)连续(?:参保|缴费|(?:参加|缴纳)[^,;。]{0,10}?)(?:满|达到|达)?\\s*(?<years>${N})\\s*年[^。;]{0,40}?(?:提额|提高|增加|提升|(?:额度|限额)(?:增|上涨|涨))[^。;]{0,20}?(?<amount>${N})\\s*(?<wan>万)?\\s*元`, 'g'),
    yields: [
      { key: 'incentive.continuous_years', shape: 'years', group: 'years', min: 1, max: 20 },
      { key: 'incentive.cap_increase_annual', shape: 'yuan', group: 'amount', min: 100, max: 100000 },
    ],
    scheme: 'resident',
    wording: 0.88,
  },
  {
    name: 'continuous-enrolment incentive without its sum (连续参保满4年可享大病保险支付限额逐年提升)',
    trigger: /连续(?:参|缴费)/,
    pattern: new RegExp(`(?<!每|每多)连续(?:参保|缴费|参加[^,;。]{0,8}?)(?:满|达到|达)\\s*(?<years>${N})\\s*年(?:后|以上|及以上)?[^。;]{0,16}?大病保险[^。;]{0,12}?(?:提高|提升|增加)`, 'g'),
    yields: [{ key: 'incentive.continuous_years', shape: 'years', group: 'years', min: 1, max: 20 }],
    scheme: 'resident',
    wording: 0.85,
  },

  {
    // `满5年的参保人员,此后每连续参保1年,每年提高大病保险最高支付限额800元`: the years named as those who have
    // them, the yearly rise after.
    name: 'continuous-enrolment incentive after those with the years (满5年的参保人员,此后每连续参保1年,提高大病保险限额800元)',
    trigger: /大病/,
    pattern: new RegExp(`满\\s*(?<years>${N})\\s*年(?:的参保(?:人员|人|居民)|后|以后|之后)[^。;]{0,8}?每(?:多)?连续(?:参保|缴费|参加[^,;。]{0,8}?)\\s*(?:1|一)\\s*年[^。;]{0,12}?(?:提高|提升|增加)[^。;]{0,4}?大病保险[^。;]{0,10}?(?<amount>${N})\\s*(?<wan>万)?\\s*元`, 'g'),
    yields: [
      { key: 'incentive.continuous_years', shape: 'years', group: 'years', min: 1, max: 20 },
      { key: 'incentive.cap_increase_annual', shape: 'yuan', group: 'amount', min: 100, max: 100000 },
    ],
    scheme: 'resident',
    wording: 0.82,
  },
  {
    // The rise named before the cover, further on (`连续参加居民医保满N年的,此后每多连续参保1年,大病保险最高支付限额可再提高`).
    name: 'continuous-enrolment incentive, the rise before the cover (满4年的参保人员,…可提高大病保险限额)',
    trigger: /连续(?:参|缴费)/,
    pattern: new RegExp(`(?<!每|每多)连续(?:参保|缴费|参加[^,;。]{0,8}?)(?:满|达到|达)\\s*(?<years>${N})\\s*年(?:后|以上|及以上)?[^。;]{0,30}?(?:提高|提升|增加)[^。;]{0,6}?大病保险[^。;]{0,6}?(?:最高)?(?:支付)?限额`, 'g'),
    yields: [{ key: 'incentive.continuous_years', shape: 'years', group: 'years', min: 1, max: 20 }],
    scheme: 'resident',
    // Known from few pages: kept below 0.8.
    wording: 0.76,
  },

  // -- aid -----------------------------------------------------------------------------------
  {
    name: 'tilted aid share range (倾斜救助比例为50%至70%)',
    trigger: /倾斜救助/,
    pattern: new RegExp(`(?<low>${RATE})\\s*(?:至|到|-|~|—)\\s*(?<high>${RATE})`, 'g'),
    yields: [
      { key: 'aid.tilted_rate_min', shape: 'rate', group: 'low', min: 0, max: 1 },
      { key: 'aid.tilted_rate_max', shape: 'rate', group: 'high', min: 0, max: 1 },
    ],
    wording: 0.85,
  },

  // -- contribution base bounds as a range ---------------------------------------------------
  {
    // …also named as its bounds (`缴费基数上下限为4500元-22500元`, `基数上下限与职工相同(4500元/月-22500元/月)`), and a
    // list line's bare figures (`缴费基数:4500-22500`).
    name: 'base range after its words (缴费基数为每月4500元至22500元)',
    trigger: /基数/,
    pattern: new RegExp(`基数(?:范围|(?:上下限|上、下限)(?:[^,;。\\d()]{0,10}\\()?)?(?:为|在|可在|:)?(?:每月)?\\s*(?<low>${N})\\s*(?<lowWan>万)?\\s*元?(?:\\/月)?\\s*(?:\\([^)]{0,8}\\))?\\s*(?:至|到|-|~)\\s*(?<high>${N})\\s*(?<highWan>万)?\\s*(?:元(?!\\s*\\/\\s*年)|(?=\\s*$))`, 'g'),
    yields: [
      { key: 'contribution.base_min_monthly', shape: 'yuan', group: 'low', min: 500, max: 100000 },
      { key: 'contribution.base_max_monthly', shape: 'yuan', group: 'high', min: 500, max: 200000 },
    ],
    wording: 0.9,
  },
  {
    name: 'base as a share of the wage, then its figure (缴费基数:按社平工资80%计算,每月N元)',
    trigger: /基数/,
    pattern: new RegExp(`基数\\s*(?:为|是|:)?\\s*(?:按照?|以)[^,;。\\d]{0,16}?\\d{2,3}(?:\\.\\d+)?\\s*%\\s*(?:计算|确定|核定|执行)\\s*[,]\\s*(?:即|为)?\\s*(?:每月|月)?\\s*(?<n>${N})\\s*元(?!\\s*\\/\\s*年)`, 'g'),
    yields: [{ key: 'contribution.base_monthly', shape: 'yuan', group: 'n', min: 1000, max: 60000 }],
    wording: 0.85,
  },
  {
    name: 'base bounds as two shares of a wage (基数分别为平均工资的60%和300%,即4500元/月和22500元/月)',
    trigger: /基数/,
    pattern: new RegExp(`基数[^。;]{0,40}?\\d+(?:\\.\\d+)?\\s*%\\s*(?:和|至|、|-)\\s*\\d+(?:\\.\\d+)?\\s*%[^。;\\d]{0,6}?即\\s*(?<low>${N})\\s*元\\s*(?:\\/\\s*月)?\\s*(?:和|至|、|-)\\s*(?<high>${N})\\s*元`, 'g'),
    yields: [
      { key: 'contribution.base_min_monthly', shape: 'yuan', group: 'low', min: 1000, max: 100000 },
      { key: 'contribution.base_max_monthly', shape: 'yuan', group: 'high', min: 1000, max: 200000 },
    ],
    wording: 0.85,
  },
  {
    name: 'base range before its words (在4113元至20564元之间自主选择缴费基数)',
    trigger: /基数/,
    pattern: new RegExp(`(?<low>${N})\\s*(?<lowWan>万)?\\s*元?\\s*(?:至|到|-|~)\\s*(?<high>${N})\\s*(?<highWan>万)?\\s*元(?!\\s*\\/\\s*年)(?:\\/月)?(?:之间)?[^,;。]{0,12}(?:缴费)?基数`, 'g'),
    yields: [
      { key: 'contribution.base_min_monthly', shape: 'yuan', group: 'low', min: 500, max: 100000 },
      { key: 'contribution.base_max_monthly', shape: 'yuan', group: 'high', min: 500, max: 200000 },
    ],
    wording: 0.88,
  },

  {
    // `个人上年度月平均工资低于3000元的,以3000元作为缴费基数`, `低于平均工资60%的,按照60%(即2800元/月)作为缴费基数`,
    // `基数低于3100元/月(5200元的60%),则按3100元计算`.
    name: 'floor of the base as the rule for low wages (工资低于N元的,以N元作为缴费基数)',
    trigger: /低于|不足|未达到/,
    pattern: new RegExp(`(?:低于|不足|未达到)[^,;。]{0,40}?(?:的|\\))\\s*,?\\s*(?:则|均)?(?:以|按照?)\\s*(?:${RATE}\\s*\\(\\s*即\\s*)?(?<n>${N})\\s*(?<wan>万)?\\s*元`, 'g'),
    yields: [{ key: 'contribution.base_min_monthly', shape: 'yuan', group: 'n', min: 1000, max: 60000 }],
    requires: /基数/,
    cancel: /养老|失业|工伤|公积金/,
    wording: 0.86,
  },
  {
    name: 'ceiling of the base as the rule for high wages (工资高于N元的,以N元作为缴费基数)',
    trigger: /高于|超过|超出/,
    pattern: new RegExp(`(?:高于|超过|超出)[^,;。]{0,40}?(?:的|\\))\\s*,?\\s*(?:则|均)?(?:以|按照?)\\s*(?:${RATE}\\s*\\(\\s*即\\s*)?(?<n>${N})\\s*(?<wan>万)?\\s*元`, 'g'),
    yields: [{ key: 'contribution.base_max_monthly', shape: 'yuan', group: 'n', min: 1000, max: 100000 }],
    requires: /基数/,
    cancel: /养老|失业|工伤|公积金/,
    wording: 0.86,
  },
  {
    name: 'floor of the base as a share of the wage (按不低于平均工资60%(即2800元/月)作为缴费基数)',
    trigger: /不低于/,
    pattern: new RegExp(`不低于[^,;。]{0,40}?${RATE}\\s*\\(\\s*即\\s*(?<n>${N})\\s*(?<wan>万)?\\s*元`, 'g'),
    yields: [{ key: 'contribution.base_min_monthly', shape: 'yuan', group: 'n', min: 1000, max: 60000 }],
    requires: /基数/,
    cancel: /养老|失业|工伤|公积金/,
    wording: 0.84,
  },
  ...boundsAsTwoShares(),
  {
    // `按5200元/月的90%(4680元/月)执行`: the base as a share of a reference wage, its figure in brackets.
    name: 'base as a share with its figure in brackets (按N元/月的80%(M元/月)执行)',
    trigger: /基数/,
    pattern: new RegExp(`的\\s*\\d{1,3}(?:\\.\\d+)?\\s*%\\s*\\(\\s*(?:即\\s*)?(?<n>${N})\\s*元\\s*(?:\\/\\s*月)?\\s*\\)(?!\\s*(?:和|、|至|-))`, 'g'),
    yields: [{ key: 'contribution.base_monthly', shape: 'yuan', group: 'n', min: 1000, max: 60000 }],
    requires: /基数/,
    cancel: /上限|下限|养老|失业|工伤|公积金/,
    wording: 0.8,
  },
  {
    name: 'both bounds at once, upper first (上下限分别为20000元和4000元)',
    trigger: /上下限|上限和下限|上、下限/,
    pattern: new RegExp(`(?:上下限|上限和下限|上、下限)(?:分别)?(?:为|是|:)\\s*(?<high>${N})\\s*(?<highWan>万)?\\s*元?\\s*(?:\\/月)?\\s*(?:和|、|,|及)\\s*(?<low>${N})\\s*(?<lowWan>万)?\\s*元`, 'g'),
    yields: [
      { key: 'contribution.base_min_monthly', shape: 'yuan', group: 'low', min: 1000, max: 60000 },
      { key: 'contribution.base_max_monthly', shape: 'yuan', group: 'high', min: 1000, max: 100000 },
    ],
    requires: /基数/,
    wording: 0.86,
  },
  {
    name: 'both bounds at once, lower first (下限和上限分别为4000元和20000元)',
    trigger: /下限和上限|下上限|下、上限/,
    pattern: new RegExp(`(?:下限和上限|下、上限)(?:分别)?(?:为|是|:)\\s*(?<low>${N})\\s*(?<lowWan>万)?\\s*元?\\s*(?:\\/月)?\\s*(?:和|、|,|及)\\s*(?<high>${N})\\s*(?<highWan>万)?\\s*元`, 'g'),
    yields: [
      { key: 'contribution.base_min_monthly', shape: 'yuan', group: 'low', min: 1000, max: 60000 },
      { key: 'contribution.base_max_monthly', shape: 'yuan', group: 'high', min: 1000, max: 100000 },
    ],
    requires: /基数/,
    wording: 0.86,
  },

  {
    // `缴费基数:13500元(在4500元至22000元范围内)`: the bounds a chosen base lies between.
    name: 'bounds as the range a base lies in (在4500元至22000元范围内)',
    trigger: /范围|区间|之间/,
    pattern: new RegExp(`在\\s*(?<low>${N})\\s*(?<lowWan>万)?\\s*元?\\s*(?:至|到|-|~)\\s*(?<high>${N})\\s*(?<highWan>万)?\\s*元\\s*(?:\\/月)?\\s*(?:的)?(?:范围|区间|之间)`, 'g'),
    yields: [
      { key: 'contribution.base_min_monthly', shape: 'yuan', group: 'low', min: 1000, max: 60000 },
      { key: 'contribution.base_max_monthly', shape: 'yuan', group: 'high', min: 1000, max: 100000 },
    ],
    requires: /基数/,
    wording: 0.84,
  },
  {
    // `缴费比例:机关事业单位 8.2%(其中个人2%),企业 8.6%(其中个人2%),灵活就业人员 8%`: a rate per kind of payer.
    name: 'rates listed per kind of payer after a rate label (缴费比例:企业 8.6%,灵活就业人员 8%)',
    trigger: /(?:比例|费率)\s*:/,
    pattern: new RegExp(`(?<=(?:比例|费率)\\s*:(?:[^。;]*?[,;)])?)\\s*(?<group>(?:(?!比例|费率|缴|交|为|按)[\\u4e00-\\u9fff、]){2,24}?)\\s+(?<rate>${RATE})(?=\\s*(?:\\(|,|;|。|$))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'group', variantUnless: NOT_VARIANT, min: 0.001, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助/,
    wording: 0.8,
  },

  // -- contribution.individual_annual stated before its words ----------------------------------
  {
    // `集中征缴期:…,按400元/人·年标准缴费`: the standard a resident pays in the window, per person and year.
    name: 'share before its words (按400元/人·年标准缴费)',
    trigger: /标准/,
    pattern: new RegExp(`按\\s*(?<n>${N})\\s*元\\s*\\/\\s*人\\s*[·.・]?\\s*(?:\\/\\s*)?年\\s*(?:的)?(?:个人缴费)?标准(?:参保)?(?:缴费|缴纳)`, 'g'),
    yields: [{ key: 'contribution.individual_annual', shape: 'yuan', group: 'n', min: 50, max: 2000 }],
    requires: /居民|集中|征缴|参保/,
    cancel: /全额|财政|补助|补贴|期间参保|逾期|非集中|之后|以后|职工|灵活就业/,
    wording: 0.8,
  },

  {
    // `在此期间完成400元个人缴费的居民`: the share named after its sum, by the verb of paying it.
    name: 'share named after its sum (完成400元个人缴费)',
    trigger: /个人缴费/,
    pattern: new RegExp(`(?:完成|缴纳|缴清|缴足|交纳|交)\\s*(?<n>${N})\\s*元\\s*(?:的)?\\s*个人缴费(?!比例|基数)`, 'g'),
    yields: [{ key: 'contribution.individual_annual', shape: 'yuan', group: 'n', min: 50, max: 2000 }],
    requires: /居民/,
    cancel: /全额|补缴|逾期|非集中|职工|灵活就业|每月|月缴/,
    wording: 0.8,
  },

  // -- contribution.subsidy_annual stated before its words -------------------------------------
  {
    // `各级财政为每位参保居民提供的不低于700元补助`: the government's sum per resident, the grant's word after it.
    name: 'subsidy per resident before its word (财政为每位参保居民提供的不低于N元补助)',
    trigger: /补助|补贴/,
    pattern: new RegExp(`(?:各级)?(?:财政|政府)\\s*(?:为|给|向)\\s*(?:每位|每名|每个|每一位)?\\s*(?:参保)?(?:居民|参保人|参保人员)\\s*(?:提供|给予|补助)?的?\\s*(?:不低于|不少于)?\\s*(?<n>${N})\\s*元\\s*(?:的)?\\s*(?:财政)?(?:补助|补贴)`, 'g'),
    yields: [{ key: 'contribution.subsidy_annual', shape: 'yuan', group: 'n', min: 100, max: 5000 }],
    cancel: /资助|救助|减免|代缴|每月|月缴|职工|灵活就业/,
    wording: 0.82,
  },
  {
    name: 'subsidy before its words (可享受不低于670元的财政补助)',
    trigger: /补助|补贴/,
    pattern: new RegExp(`(?:享受|获得|给予)[^,;。\\d]{0,6}?(?<n>${N})\\s*元\\s*(?:\\/\\s*人)?\\s*(?:\\/\\s*年)?的\\s*(?:各级)?(?:财政|政府)(?:补助|补贴)`, 'g'),
    yields: [{ key: 'contribution.subsidy_annual', shape: 'yuan', group: 'n', min: 100, max: 5000 }],
    cancel: /资助|救助|减免|代缴|每月|月缴/,
    wording: 0.82,
  },
  {
    // `财政按人均不低于670元的标准补助`: the government subsidising by a standard per head, the verb after it.
    name: 'a subsidy by its standard, the verb after it (财政按人均不低于N元的标准补助)',
    trigger: /补助|补贴/,
    pattern: new RegExp(`(?:各级)?(?:财政|政府)\\s*(?:按|按照)\\s*(?:每人每年|人均|每人)?\\s*(?:不低于)?\\s*(?<n>${N})\\s*元\\s*(?:\\/\\s*人)?\\s*(?:\\/\\s*年)?\\s*(?:的)?\\s*(?:标准)?\\s*(?:给予)?(?:补助|补贴)`, 'g'),
    yields: [{ key: 'contribution.subsidy_annual', shape: 'yuan', group: 'n', min: 100, max: 5000 }],
    cancel: /资助|救助|减免|代缴|每月|月缴|职工|灵活就业/,
    wording: 0.82,
  },
  {
    // `成年居民:400元(基础档)或520元(高档)`: a group's shares, each named by the tier in the bracket after it.
    name: "a group's shares by the tier in brackets after each (成年居民:A元(基础档)或B元(高档))",
    trigger: /档\s*\)/,
    pattern: new RegExp(`(?<group>[\\u4e00-\\u9fff]{2,12})\\s*[:]\\s*(?<a>${N})\\s*元\\s*(?:\\/\\s*[人年]+)?\\s*\\(\\s*(?<ta>[^()\\d]{1,4}档)\\s*\\)\\s*(?:或|、|,)\\s*(?<b>${N})\\s*元\\s*(?:\\/\\s*[人年]+)?\\s*\\(\\s*(?<tb>[^()\\d]{1,4}档)\\s*\\)`, 'g'),
    yields: [
      { key: 'contribution.individual_annual', shape: 'yuan', group: 'a', variantGroup: 'group', variantAlso: 'ta', min: 50, max: 3000 },
      { key: 'contribution.individual_annual', shape: 'yuan', group: 'b', variantGroup: 'group', variantAlso: 'tb', min: 50, max: 3000 },
    ],
    cancel: /职工|灵活就业|每月|月缴|补助|补贴/,
    pair: true,
    wording: 0.82,
  },

  {
    // `月缴费基数自2023年7月起调整为33891元和6326元`: one base stated as two figures is its ceiling and floor.
    name: 'bounds as a base of two figures (缴费基数调整为A元和B元)',
    trigger: /基数/,
    pattern: new RegExp(`基数[^。;,\\d]{0,6}?(?:自[^。;,]{0,12}?起)?\\s*(?:调整为|为|是)\\s*(?<high>${N})\\s*元\\s*(?:和|、|与|及)\\s*(?<low>${N})\\s*元(?!\\s*(?:之间|之内|以内))`, 'g'),
    yields: [
      { key: 'contribution.base_min_monthly', shape: 'yuan', group: 'low', min: 1000, max: 60000 },
      { key: 'contribution.base_max_monthly', shape: 'yuan', group: 'high', min: 1000, max: 100000 },
    ],
    cancel: /养老|失业|工伤|公积金|分别/,
    wording: 0.78,
  },
  // -- contribution.base_monthly stated after its value ---------------------------------------
  {
    // `以…平均工资为84278元/年(7023元/月)作为缴费基数`: the month's figure in brackets is the base itself too.
    name: 'base as a wage\'s month figure in brackets (平均工资N元/年(M元/月)作为缴费基数)',
    trigger: /基数/,
    pattern: new RegExp(`\\(\\s*(?<n>${N})\\s*元\\s*(?:\\/\\s*月|每月)\\s*\\)\\s*(?:作为|为)\\s*(?:月)?(?:缴费|申报)?基数`, 'g'),
    yields: [{ key: 'contribution.base_monthly', shape: 'yuan', group: 'n', min: 1000, max: 60000 }],
    cancel: /养老|失业|工伤|公积金/,
    wording: 0.8,
  },

  {
    // `月缴费基数为上年度全省…月平均工资,即7177元/月`: a base set to the whole wage, its figure after 即.
    name: 'base as a whole wage, its figure after 即 (缴费基数为…月平均工资,即N元/月)',
    trigger: /基数/,
    pattern: new RegExp(`缴费基数\\s*(?:为|是|按)\\s*[^,;。%]{0,40}?(?:平均工资|社平工资)\\s*[,]\\s*即\\s*(?<n>${N})\\s*元\\s*(?:\\/\\s*月|每月)`, 'g'),
    // (The figure is the wage's too, filed under the base's year: docs/labelling.md, convention 11.)
    yields: [
      { key: 'contribution.base_monthly', shape: 'yuan', group: 'n', min: 1000, max: 60000 },
      { key: 'wage.average_monthly', shape: 'yuan', group: 'n', min: 1000, max: 60000 },
    ],
    cancel: /养老|失业|工伤|公积金|%/,
    wording: 0.8,
  },
  {
    name: 'base after its value (按4200元/月基数缴纳)',
    trigger: /基数/,
    pattern: new RegExp(`按\\s*(?<n>${N})\\s*(?<wan>万)?\\s*元\\s*(?:\\/\\s*月|每月)?\\s*(?:的)?(?:缴费)?基数`, 'g'),
    yields: [{ key: 'contribution.base_monthly', shape: 'yuan', group: 'n', min: 1000, max: 60000 }],
    wording: 0.8,
  },

  // -- contribution.rate stated after the value or by its payer ---------------------------------
  {
    name: 'rate as the share paid (按9%的比例缴纳, 按10%比例由个人缴纳, 以10%的缴费比例缴纳)',
    trigger: /按|以/,
    pattern: new RegExp(`(?<tier>[一二三四五六七八九十低中高]档)?\\s*(?:按|以)\\s*(?<rate>${RATE})\\s*(?:的)?(?:比例|费率|全额缴纳|缴纳|缴费(?!基数|工资|档次))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'tier', min: 0.001, max: 0.3 }],
    // (`未达法定退休年龄的…人员` names who pays by a condition; retirees are another matter.)
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|退休(?!年龄)|不足年限|差额|账户\s*按|返还/,
    // (Aid is its own comma clause's: `按5%的比例缴纳,大额医疗救助费N元` still states the rate.)
    cancelLocal: /救助|资助|补助/,
    rangeEndCancels: true,
    wording: 0.82,
  },
  {
    // `分为9%(建立个人账户)和5%(不设个人账户)两个档`: a rate named by the account it comes with, in brackets after it.
    name: 'a rate named by its account in brackets (9%(建立个人账户))',
    trigger: /[账帐]户/,
    pattern: new RegExp(`(?<rate>${RATE})\\s*\\((?<group>${ACCOUNT_CHOICE})\\)`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'group', min: 0.001, max: 0.2 }],
    requires: /缴费|缴纳|档|比例|费率/,
    cancel: /养老|失业|工伤|公积金|划入|计入/,
    wording: 0.8,
  },
  {
    // `每月缴费462元(不建个人账户)或575元(建账户)`: a month's payment named by the account it comes with, in brackets after it.
    name: 'a monthly payment named by its account in brackets (每月缴费462元(不建个人账户))',
    trigger: /[账帐]户/,
    pattern: new RegExp(`(?<n>${N})\\s*元\\s*(?:\\/\\s*月)?\\s*\\((?<group>${ACCOUNT_CHOICE})\\)`, 'g'),
    yields: [{ key: 'contribution.monthly_amount', shape: 'yuan', group: 'n', variantGroup: 'group', min: 30, max: 10000 }],
    requires: /每月|月缴|按月|\/\s*月/,
    cancel: /养老|失业|工伤|公积金|划入|计入|返还/,
    wording: 0.8,
  },
  {
    // `按8%缴费的建立个人账户,按4%缴费的不建立个人账户`: a rate whose payers get, or do without, an account.
    name: 'a rate named by the account its payers get (按N%缴费的不建立个人账户)',
    trigger: /[账帐]户/,
    pattern: new RegExp(`按\\s*(?<rate>${RATE})\\s*(?:的比例)?\\s*缴(?:费|纳)的\\s*,?\\s*(?:按规定|则)?\\s*(?<group>${ACCOUNT_CHOICE})`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'group', min: 0.001, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|划入|计入/,
    wording: 0.8,
  },
  {
    // `不建立个人账户,即按4.2%缴纳`, `无个人账户的按照5%缴纳`: a rate after the account choice it is for.
    name: 'a rate after the account it comes with (无个人账户的按照5%缴纳, 建立个人账户,即按8%)',
    trigger: /[账帐]户/,
    // (A bare comma is no link: `按8%缴费的建立个人账户,按4%缴费的…` goes on to another rate's payers.)
    pattern: new RegExp(`(?<group>${ACCOUNT_CHOICE})(?:的\\s*|\\s*[,]?\\s*(?:即|则)\\s*|(?=按|以))(?:按照?|以)\\s*(?<rate>${RATE})`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'group', min: 0.001, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|划入|计入/,
    wording: 0.8,
  },
  {
    // `可按A%(不建个人账户)或B%的比例缴纳`, `可选择A%或B%比例缴费`: a choice of two rates, both in force.
    name: 'a choice of two rates (按A%或B%的比例缴纳, 选择A%或B%比例)',
    trigger: /或/,
    pattern: new RegExp(`(?:按|以|选择|选)\\s*(?<a>${RATE})\\s*(?:\\([^()]{0,16}\\))?\\s*(?:或者?|或按)\\s*(?<b>${RATE})\\s*(?:\\([^()]{0,16}\\))?\\s*(?:的)?(?:缴费)?(?:比例|费率)`, 'g'),
    yields: [
      { key: 'contribution.rate', shape: 'rate', group: 'a', min: 0.001, max: 0.3 },
      { key: 'contribution.rate', shape: 'rate', group: 'b', min: 0.001, max: 0.3 },
    ],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|资助|补助|退休|不足年限|差额|返还/,
    pair: true,
    wording: 0.8,
  },
  {
    // `单位与个人分别承担A%和B%的缴费比例`, `用人单位和个人的费率分别为A%和B%`: both payers' rates in order.
    name: "both payers' rates respectively (单位和个人分别按A%和B%缴纳)",
    trigger: /分别/,
    pattern: new RegExp(`(?<employer>用人单位|单位)(?:和|与|、|及)(?:职工)?(?<own>个人)[^,;。\\d%]{0,12}?分别(?:为|是|承担|缴纳|负担|按|缴)?\\s*(?<a>${RATE})\\s*(?:和|与|、|及)\\s*(?<b>${RATE})(?!\\s*(?:至|到|-|~))`, 'g'),
    yields: [
      { key: 'contribution.rate', shape: 'rate', group: 'a', variantGroup: 'employer', min: 0.001, max: 0.2 },
      { key: 'contribution.rate', shape: 'rate', group: 'b', variantGroup: 'own', min: 0.001, max: 0.2 },
    ],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|资助|补助/,
    // An employer's part makes it the employee scheme's rate, whoever else the page is about (flexible workers pay it all).
    scheme: 'employee',
    pair: true,
    wording: 0.82,
  },
  {
    name: 'rate by its payer (单位承担7%, 个人缴纳2%)',
    trigger: /单位|个人/,
    pattern: new RegExp(`(?<part>用人单位|单位|个人|职工)(?:${PAYER_MODAL})?(?:承担|缴纳|负担|缴|交)\\s*[:]?\\s*(?<rate>${RATE})(?!\\s*(?:至|到|-|~))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', min: 0.001, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|资助|补助/,
    cancelLocal: /工资的|比例|生育/,
    rangeEndCancels: true,
    wording: 0.82,
  },
  {
    // `职工大额医疗互助保险:单位:1.5%,个人:5元/月`: a supplementary cover's payers after its name, one a rate, one a fee.
    name: "a supplementary cover's payer's rate after its name (大额医疗互助保险:单位:1.5%)",
    trigger: /大额|大病/,
    pattern: new RegExp(`(?<part>${SUPPLEMENT.source}|大病(?:医疗)?保险)(?:费)?\\s*[:]\\s*(?<payer>用人单位|单位|个人)\\s*[:]?\\s*(?:缴费|缴纳)?\\s*(?<rate>${RATE})(?!\\s*(?:至|到|-|~))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', variantAlso: 'payer', min: 0.0005, max: 0.05 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|划入|计入/,
    scheme: 'employee',
    wording: 0.8,
  },
  {
    name: "a supplementary cover's fee a month after its payer (大额医疗互助保险:…个人:5元/月)",
    trigger: /大额|大病/,
    pattern: new RegExp(`(?<part>${SUPPLEMENT.source}|大病(?:医疗)?保险)(?:费)?\\s*[:][^。;]{0,24}?(?<payer>个人|单位)\\s*[:]?\\s*(?:每月)?(?:缴费|缴纳)?\\s*(?<fee>${N})\\s*元\\s*\\/\\s*(?:月|人\\s*\\/\\s*月|人·月)`, 'g'),
    yields: [{ key: 'contribution.monthly_amount', shape: 'yuan', group: 'fee', variantGroup: 'part', variantAlso: 'payer', min: 1, max: 200 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|划入|计入/,
    scheme: 'employee',
    wording: 0.78,
  },
  {
    // `缴费基数都不得低于6326元,也不得高于33891元`: the base's floor and ceiling stated as what it may not pass.
    name: "a base's bounds as what it may not pass (基数不得低于A元,也不得高于B元)",
    trigger: /低于|高于|超过/,
    pattern: new RegExp(`基数[^。;\\d]{0,12}?(?:不得|不应|不能|不)\\s*低于\\s*(?<low>${N})\\s*元(?:\\s*\\/\\s*月)?[,、]?\\s*(?:也|且|并且|同时)?\\s*(?:不得|不应|不能|不)\\s*(?:高于|超过)\\s*(?<high>${N})\\s*元`, 'g'),
    yields: [
      { key: 'contribution.base_min_monthly', shape: 'yuan', group: 'low', min: 1000, max: 60000 },
      { key: 'contribution.base_max_monthly', shape: 'yuan', group: 'high', min: 1000, max: 100000 },
    ],
    cancel: /养老|失业|工伤|公积金|个人账户|划入|划账/,
    priority: 1,
    wording: 0.82,
  },
  {
    // `职工基本医疗保险缴费金额241.14元,大额医疗费用补助23.44元,共计264.58元/月`: a month's payment summed from its parts.
    name: "a month's payment summed from its parts (…,共计N元/月)",
    trigger: /共计|合计|总计/,
    pattern: new RegExp(`\\d\\s*元[^。;]{0,30}?[,]\\s*(?:共计|合计|总计)\\s*(?:为)?\\s*(?<month>${N})\\s*元\\s*\\/\\s*月`, 'g'),
    yields: [{ key: 'contribution.monthly_amount', shape: 'yuan', group: 'month', min: 30, max: 10000 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|补缴|居民/,
    requires: /医疗|医保/,
    wording: 0.78,
  },
  // `缴费基数下限为全省平均工资60%(2024年暂定为4019元/月)`, `最高不超过300%(即12057元/月)`: a base's floor or ceiling
  // as a share of the wage, its figure in the bracket after.
  ...([
    ['contribution.base_min_monthly', '下限|最低|保底', 'floor', 60000],
    ['contribution.base_max_monthly', '上限|最高|封顶', 'ceiling', 100000],
  ] as const).map(([key, bound, name, max]) => ({
    name: `a base's ${name} as a share of the wage, its figure in brackets (${bound.slice(0, 2)}为…工资N%(Y年为M元/月))`,
    trigger: /%\s*\(/,
    pattern: new RegExp(`(?:${bound})(?:缴费)?(?:基数)?\\s*(?:为|是|按|不低于|不超过|不高于)?[^,;。\\d]{0,16}?\\d{2,3}\\s*%\\s*\\(\\s*(?:即|约|如?\\s*(?:19|20)\\d{2}\\s*年度?\\s*(?:暂定|暂按)?\\s*(?:为|是)?)\\s*(?<n>${N})\\s*元\\s*(?:\\/\\s*月)?\\s*\\)`, 'g'),
    yields: [{ key, shape: 'yuan' as const, group: 'n', min: 1000, max }],
    requires: /基数|工资/,
    cancel: /养老|失业|工伤|公积金|个人账户|划入|划账|报销|支付/,
    wording: 0.8,
  })),
  {
    // `最低按4019元/月计算`: the floor of the base as what the lowest is counted on.
    name: "a base's floor as what the lowest is counted on (最低按N元/月计算)",
    trigger: /最低按/,
    pattern: new RegExp(`最低\\s*按\\s*(?<n>${N})\\s*元\\s*(?:\\/\\s*月)?\\s*(?:计算|核定|缴纳|执行)`, 'g'),
    yields: [{ key: 'contribution.base_min_monthly', shape: 'yuan', group: 'n', min: 1000, max: 60000 }],
    requires: /基数/,
    cancel: /养老|失业|工伤|公积金|个人账户|划入|划账/,
    wording: 0.78,
  },
  {
    // `3586×5.6%×12=2409.8元/年(200.8元/月)`: a year's payment worked out, and the month's in the bracket after it.
    name: "a month's payment in a bracket after a year's worked out (=N元/年(M元/月))",
    trigger: /元\s*\/\s*年\s*\(/,
    pattern: new RegExp(`[×x*]\\s*12\\s*[=＝]\\s*${N}\\s*元\\s*\\/\\s*年\\s*\\(\\s*(?<month>${N})\\s*元\\s*\\/\\s*月\\s*\\)`, 'g'),
    yields: [{ key: 'contribution.monthly_amount', shape: 'yuan', group: 'month', min: 30, max: 10000 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|补缴/,
    wording: 0.75,
  },
  {
    // `个人按2%缴纳`, `单位需按8%的比例缴费`: a payer's rate after 按, the verb after the rate.
    name: "a payer's rate after 按 (个人按2%缴纳, 单位按8%比例缴纳)",
    trigger: /按/,
    pattern: new RegExp(`(?<part>用人单位|单位|个人|(?:在职)?职工)(?:${PAYER_MODAL})?按照?\\s*(?<rate>${RATE})\\s*(?:的)?(?:缴费)?(?:比例|费率)?\\s*(?:按月)?(?:缴纳|缴费|缴交|承担|负担|缴|交)(?!\\s*(?:${SUPPLEMENT.source}))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', employeeSelf: true, min: 0.001, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|资助|补助|划入|计入/,
    rangeEndCancels: true,
    wording: 0.82,
  },

  {
    // LABELLING: maternity insurance merged into the medical rate is labelled where the text states its part of it.
    name: 'the maternity part inside a medical rate (9.5%(含生育保险0.6%))',
    trigger: /生育保险/,
    pattern: new RegExp(`\\d\\s*%\\s*\\(\\s*(?:其中)?含\\s*(?<part>生育保险)(?:费)?(?:费率|比例)?\\s*(?:为)?\\s*(?<rate>${RATE})\\s*\\)`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', min: 0.001, max: 0.05 }],
    cancel: /养老|失业|工伤|公积金/,
    wording: 0.8,
  },
  {
    name: "a group's monthly payment inside the payment (每月N元,其中持某证的人员为M元/月)",
    trigger: /其中/,
    pattern: new RegExp(`\\d\\s*元\\s*(?:\\/\\s*月)?\\s*[,]\\s*其中\\s*(?<group>[^,;。\\d]{2,40}?)\\s*(?:为|是|按|缴纳|需缴纳|每月缴纳)\\s*(?<n>${N})\\s*元\\s*\\/\\s*月`, 'g'),
    yields: [{ key: 'contribution.monthly_amount', shape: 'yuan', group: 'n', variantGroup: 'group', variantUnless: NOT_VARIANT, min: 30, max: 10000 }],
    // (Nor the sums of those making up missing years.)
    cancel: new RegExp(`养老|失业|工伤|公积金|${MAKE_UP_YEARS.source}`),
    wording: 0.8,
  },
  {
    // `单位缴纳部分:缴费基数的7%(含生育保险)`, `个人缴纳部分:缴费基数的2%`: a payer's part labelled, as a share of the base.
    name: "a payer's part as a share of the base after its label (个人缴纳部分:缴费基数的2%)",
    trigger: /基数的/,
    // (`在职职工:缴费基数的2%+3元`: a fixed sum on top is no second rate.)
    pattern: new RegExp(`(?<part>用人单位|单位|个人|在职职工)(?:缴纳|缴费|承担|负担)?(?:部分)?\\s*[:]\\s*(?:按)?(?:缴费)?(?:工资)?基数的\\s*(?<rate>${RATE})(?!\\s*(?:至|到|-|~|[+＋](?!\\s*${N}\\s*元)))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', employeeSelf: true, min: 0.001, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|划入|计入/,
    scheme: 'employee',
    wording: 0.82,
  },
  {
    // `本市职工医保单位缴费继续执行8%的缴费比例`: a payer's rate named before the figure, the key after it.
    name: "a payer's rate carried on (单位缴费继续执行8%的缴费比例)",
    trigger: /执行/,
    pattern: new RegExp(`(?<part>用人单位|单位|个人)(?:缴费|缴纳)?(?:继续|仍|统一)?执行\\s*(?<rate>${RATE})\\s*(?:的)?(?:缴费)?(?:比例|费率)`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', min: 0.001, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|划入|计入/,
    wording: 0.82,
  },
  {
    // `在职职工以本人缴费基数的2.5%按月缴纳`, `灵活就业人员以缴费基数的6.5%缴纳`: a share of the base its payer pays.
    // (…or with the verb first: `单位缴纳缴费基数的9%`; or as the standard, `月缴费标准为基数的8%`.)
    name: 'rate as a share of the base paid (职工以本人缴费基数的2%缴纳, 参保单位按职工缴费基数总额的8%缴纳)',
    trigger: /基数(?:之和|总额)?(?:\([^()]{0,20}\))?的?\s*\d/,
    pattern: new RegExp(`(?<part>(?:用人|参保)?单位|(?:单位|在职|参保)?职工|个人)?(?:部分)?\\s*:?\\s*(?:${PAYER_MODAL})?(?:以|按照?|缴纳|承担|负担|(?:缴费)?标准为)[^,;。]{0,16}?(?:缴费|保险|工资)?基数(?:之和|总额)?(?:\\([^()]{0,20}\\))?的?\\s*(?<rate>${RATE})(?!\\s*(?:至|到|-|~|[+＋])|\\s*(?:按月)?缴纳?\\s*(?:${SUPPLEMENT.source}))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', employeeSelf: true, min: 0.001, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|划入|计入|补缴|补足|退休前/,
    wording: 0.82,
  },
  {
    // `职工按本人工资的2%缴纳`, `用人单位按职工工资总额的7%缴纳`: a share of the payer's own wages (never an average wage's).
    name: 'rate as a share of the payer\'s wages (职工按本人工资的2%缴纳, 用人单位按职工工资总额的7%缴纳)',
    trigger: /工资(?:总额|收入)?(?:之和)?的/,
    pattern: new RegExp(`(?<part>(?:用人|参保)?单位|(?:单位|在职|参保)?职工|个人)?\\s*:?\\s*(?:${PAYER_MODAL})?(?:以|按照?)\\s*(?:当月|每月)?\\s*(?:(?:上一?年度)?(?:其)?(?:本人|个人|(?:全部)?(?:在职)?职工|本单位|单位)?(?:上一?年度?)?(?:月)?(?:平均)?(?:缴费)?工资(?:总额|收入)?|(?:月)?工资总额)(?:之和)?的\\s*(?<rate>${RATE})(?!\\s*(?:至|到|-|~|[+＋]))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', employeeSelf: true, min: 0.001, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|划入|计入|补缴|补足|退休前/,
    wording: 0.82,
  },
  // `按6520元(全省平均工资)的6%缴纳`, `71000元(上年度全省就业人员平均工资)×60%`: a figure the bracket after it names
  // as the average wage; a month's or a year's by its size.
  ...(['wage.average_monthly', 'wage.average_annual'] as const).map((key) => ({
    name: `an average wage named in the bracket after its figure (6520元(全省平均工资)), ${key === 'wage.average_monthly' ? 'monthly' : 'yearly'} by its size`,
    trigger: /元\s*(?:\/\s*月)?\s*\([^()]{0,40}(?:平均工资|社平工资)\)/,
    pattern: new RegExp(`(?<wage>${N})\\s*元\\s*(?:\\/\\s*月)?\\s*\\((?![^()]*(?:个人|本人|职工本人))[^()]{0,40}?(?:平均工资|社平工资)\\)`, 'g'),
    yields: [key === 'wage.average_monthly'
      ? { key, shape: 'yuan' as const, group: 'wage', min: 1000, max: MONTHLY_WAGE_LIMIT - 1 }
      : { key, shape: 'yuan' as const, group: 'wage', min: MONTHLY_WAGE_LIMIT, max: 700000 }],
    cancel: /养老|失业|工伤|公积金/,
    wording: 0.8,
  })),
  {
    // `按全部职工缴费基数之和的1%缴纳大额医疗费用互助资金`: the share of the base paid for a supplementary cover, named by it.
    name: "a supplementary cover's rate as a share of the base (按缴费基数之和的1%缴纳大额医疗费用互助资金)",
    trigger: /大额/,
    pattern: new RegExp(`(?:以|按)[^,;。]{0,16}?(?:缴费|保险|工资)基数(?:之和|总额)?的\\s*(?<rate>${RATE})\\s*(?:按月)?缴纳?\\s*(?<cover>大额(?:医疗|医保)[\\u4e00-\\u9fff]{0,12}(?:费|金|助|险))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'cover', min: 0.0005, max: 0.05 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|划入|计入|补缴/,
    wording: 0.8,
  },
  {
    // `单位费率为6%(其中基本医疗保险为5.6%,大额医疗费用补充医疗保险为0.4%)`: the parts of a rate named in its bracket.
    name: 'the parts of a rate named in its bracket (6%(其中基本医疗保险为5.6%,大额医疗保险为0.4%))',
    trigger: /\(\s*其中/,
    pattern: new RegExp(`${PART_IN_BRACKET}(?<rate>${RATE})(?=\\s*(?:[,、;)]|和|及|$))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', min: 0.0005, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|划入|计入|进入|统筹基金|个人账户/,
    wording: 0.8,
  },
  {
    // `用人单位以职工缴费基数之和作为缴费基数,以7%按月缴纳`: the employer's rate after its base is named.
    name: "an employer's rate after its base (单位以…之和作为缴费基数,以7%按月缴纳)",
    trigger: /之和/,
    pattern: new RegExp(`(?<part>用人单位|单位)以[^。;]{0,30}?之和(?:作为|为)(?:单位)?(?:的)?缴费基数\\s*,\\s*(?:并)?(?:以|按)\\s*(?<rate>${RATE})(?!\\s*(?:至|到|-|~|[+＋]))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', min: 0.001, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|划入|计入/,
    scheme: 'employee',
    wording: 0.82,
  },
  {
    // `单位缴纳部分为:保险基数×6.8%`: a payer's part written as a formula on the base.
    name: "a payer's part as a formula on the base (个人缴纳部分为:缴费基数×2%)",
    trigger: /基数\s*[×xX*]/,
    pattern: new RegExp(`(?<part>用人单位|单位|个人)?(?:缴纳|缴费|承担|负担)?(?:部分)?(?:为)?\\s*[:]?\\s*(?:缴费|保险)?(?:工资)?基数\\s*[×xX*]\\s*(?<rate>${RATE})(?!\\s*(?:至|到|-|~|[+＋]))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', min: 0.001, max: 0.2 }],
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|划入|计入/,
    wording: 0.8,
  },
  {
    // `医疗保险:单位8.8%,个人2%`, `单位按6.8%缴纳、个人按2%缴纳`: the employer's and the employee's parts side by side.
    name: 'rates split between payers (单位8%,个人2%; 个人2%+单位8%)',
    // (`公司缴费10%,个人缴费2%`, `企业=8%;个人=2%`: a firm is the employer; its part is 单位's.)
    trigger: /单位|公司|企业/,
    pattern: new RegExp(`(?<part>用人单位|单位|公司|企业|个人)\\s*(?:缴费|缴纳|承担|负担|缴|交|部分)?\\s*(?:按|为|:|=)?\\s*(?<rate>${RATE})(?!\\s*(?:至|到|-|~|\\((?!含)))`, 'g'),
    yields: [{ key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'part', firmAsEmployer: true, min: 0.001, max: 0.2 }],
    requires: new RegExp(`(?:单位|公司|企业)[^,;。]{0,6}?${RATE}[^。]{0,30}?个人[^,;。]{0,6}?${RATE}|个人[^,;。]{0,6}?${RATE}[^。]{0,30}?(?:单位|公司|企业)[^,;。]{0,6}?${RATE}`),
    cancel: /养老|失业|工伤|公积金|滞纳金|报销|支付|救助|资助|补助|工资的|划入|计入/,
    scheme: 'employee',
    wording: 0.84,
  },

  {
    // `统账结合参保人员(8.5%缴费):5100元/年(425元/月)`: a grade, its rate in brackets, its yearly and monthly sums.
    name: 'a grade with its rate in brackets and its monthly sum (统账结合(9%缴费):…(489元/月))',
    trigger: /统[帐账]结合|单建统筹/,
    pattern: new RegExp(`(?<grade>统[帐账]结合|单建统筹)[\\u4e00-\\u9fff]{0,6}\\s*\\(\\s*(?<rate>${RATE})\\s*(?:缴费|费率|比例)?\\s*\\)\\s*[:]?\\s*(?:${N}\\s*元\\s*\\/\\s*年\\s*)?\\(?\\s*(?<n>${N})\\s*元\\s*\\/\\s*月`, 'g'),
    yields: [
      { key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'grade', min: 0.001, max: 0.2 },
      { key: 'contribution.monthly_amount', shape: 'yuan', group: 'n', variantGroup: 'grade', min: 30, max: 10000 },
    ],
    cancel: /养老|失业|工伤|公积金/,
    wording: 0.8,
  },

  {
    // `统账结合比例为A%即X元/月,单建统筹为B%即Y元/月`: a grade's rate and what it comes to.
    name: 'a grade with its rate and its monthly sum after 即 (单建统筹为6.5%即263元/月)',
    trigger: /统[帐账]结合|单建统筹/,
    pattern: new RegExp(`(?<grade>统[帐账]结合|单建统筹)(?:\\([^()]{0,12}\\))?\\s*(?:缴费)?(?:比例|费率)?\\s*(?:为|是|:)?\\s*(?<rate>${RATE})\\s*,?\\s*(?:即|为|折合)\\s*(?<n>${N})\\s*元\\s*\\/\\s*月`, 'g'),
    yields: [
      { key: 'contribution.rate', shape: 'rate', group: 'rate', variantGroup: 'grade', min: 0.001, max: 0.2 },
      { key: 'contribution.monthly_amount', shape: 'yuan', group: 'n', variantGroup: 'grade', min: 30, max: 10000 },
    ],
    cancel: /养老|失业|工伤|公积金/,
    wording: 0.8,
  },

  // -- retirement ----------------------------------------------------------------------------
  yearsOfOneSex('男', '女', 'retirement.min_years_male', 'years for men (男性累计缴费满25年)'),
  yearsOfOneSex('女', '男', 'retirement.min_years_female', 'years for women (女性满20年)'),
  {
    // `缴费满30年(男性)或25年(女性)后`: each sex named in brackets after its years.
    name: "years with each sex in brackets after them (满30年(男)或25年(女))",
    trigger: /\(\s*[男女]/,
    pattern: new RegExp(`(?<male>${N})\\s*年\\s*\\(\\s*男(?:性|职工|方)?\\s*\\)\\s*[,、或和及与/]*\\s*(?<female>${N})\\s*年\\s*\\(\\s*女(?:性|职工|方)?\\s*\\)`, 'g'),
    yields: [
      { key: 'retirement.min_years_male', shape: 'years', group: 'male', min: 5, max: 45 },
      { key: 'retirement.min_years_female', shape: 'years', group: 'female', min: 5, max: 45 },
    ],
    requires: /退休|缴费年限|累计缴费|缴费满|缴满|年限|终身/,
    cancelLocal: /周岁|退休年龄|接近/,
    pair: true,
    wording: 0.84,
  },
  {
    // `2028年男性和女性分别为25年和21年`, one pair a year down a phase-in; under a cohort named at the head of
    // the sentence (`一是2016年前在本市有参保记录的,…`) the pair is that cohort's.
    name: "both sexes' years respectively (男职工和女职工分别为24年和22年)",
    trigger: /分别/,
    pattern: new RegExp(`(?<=${RETIREMENT_COHORT}[^。;]{0,160}?|)男(?:性|职工|方)?(?:和|与|、|及)女(?:性|职工|方)?[^,;。\\d]{0,12}?分别(?:为|是|满|需满|达到)?\\s*(?<male>${N})\\s*年\\s*(?:和|与|、|及)\\s*(?<female>${N})\\s*年`, 'g'),
    yields: [
      { key: 'retirement.min_years_male', shape: 'years', group: 'male', variantGroup: 'cohort', min: 5, max: 45 },
      { key: 'retirement.min_years_female', shape: 'years', group: 'female', variantGroup: 'cohort', min: 5, max: 45 },
    ],
    requires: /退休|缴费年限|累计缴费|年限/,
    cancelLocal: /周岁|退休年龄|接近/,
    pair: true,
    wording: 0.82,
  },
  {
    // `2027年至2031年男性从27年逐年递增至31年`: the first figure is the span's first year's, the last its last year's.
    name: "men's years rising across a span of years (2027年至2031年男性从27年逐年递增至31年)",
    trigger: /递增|增加|提高|延长/,
    pattern: new RegExp(`(?<=${RETIREMENT_COHORT}[^。;]{0,160}?|)(?<first>(?:19|20)\\d{2})\\s*年\\s*(?:至|到|-|—)\\s*(?<last>(?:19|20)\\d{2})\\s*年\\s*男(?:性|职工)?[^,;。女\\d]{0,6}?从\\s*(?<from>${N})\\s*年\\s*(?:起)?(?:逐年|每年)?(?:递增|增加|提高|延长)(?:至|到)\\s*(?<to>${N})\\s*年`, 'g'),
    yields: [
      { key: 'retirement.min_years_male', shape: 'years', group: 'from', at: 'first', variantGroup: 'cohort', min: 5, max: 45 },
      { key: 'retirement.min_years_male', shape: 'years', group: 'to', at: 'last', variantGroup: 'cohort', min: 5, max: 45 },
    ],
    requires: /退休|缴费年限|累计缴费|年限/,
    wording: 0.8,
  },
  {
    // `对男性设置过渡期,2027年底前退休的累计缴费满26年即可`: the men's years of a transition, dated by its year.
    name: "men's years in a transition period (男性过渡期…满26年)",
    trigger: /过渡期/,
    pattern: new RegExp(`男(?:性|职工)?[^。;女]{0,12}?过渡期[^。;女]{0,40}?(?:满|为|达到)\\s*(?:累计)?(?:满)?\\s*(?!(?:19|20)\\d{2}\\s*年)(?<n>${N})\\s*年`, 'g'),
    yields: [{ key: 'retirement.min_years_male', shape: 'years', group: 'n', min: 5, max: 45 }],
    requires: /退休|缴费年限|累计缴费/,
    cancelLocal: /周岁|退休年龄|接近/,
    wording: 0.8,
  },
  {
    // `…此后每年递增1年,至2033年达30年`: where a rising requirement ends, dated by that year.
    name: "men's years where a yearly rise ends (每年递增1年,至2032年达30年)",
    trigger: /至|到/,
    pattern: new RegExp(`(?:逐年|每年)(?:递增|增加|提高|延长|增长)\\s*(?:${N}\\s*年)?[^。;女]{0,6}?(?:至|到|直至)\\s*(?:19|20)\\d{2}\\s*年(?:底)?(?:达到|达|为|时为|时)?\\s*(?<n>${N})\\s*年`, 'g'),
    yields: [{ key: 'retirement.min_years_male', shape: 'years', group: 'n', min: 5, max: 45 }],
    requires: /男[^。;女]{0,40}(?:过渡期|逐年|每年)/,
    cancel: /女/,
    wording: 0.78,
  },
  {
    // `本省实际缴费年限逐年递增,2026年需13年`: the local years in force in the year named.
    name: 'local years of a rising floor in a named year (实际缴费年限逐年递增,2026年需13年)',
    trigger: /逐年|每年/,
    pattern: new RegExp(`(?:实际|本地|本市|本省|当地)缴费年限[^。;]{0,12}?(?:逐年|每年)(?:递增|增加|提高|延长|增长)[^。;\\d]{0,4}[,]?\\s*(?:19|20)\\d{2}\\s*年(?:退休(?:的|者)?)?(?:需|为|要求|应|须)?(?:满|达到)?\\s*(?<n>${N})\\s*年`, 'g'),
    yields: [{ key: 'retirement.min_local_years', shape: 'years', group: 'n', min: 1, max: 45 }],
    requires: /退休|缴费年限|累计缴费|年限/,
    wording: 0.8,
  },
  {
    name: 'years paid locally (在本市实际缴费不少于10年)',
    trigger: /缴费/,
    pattern: new RegExp(`(?:在|本)[^,;。]{0,10}?(?:实际)?缴费(?:年限)?(?:累计)?(?:不得|不能|须|需|应)?(?:低于|少于|不少于|不低于|至少|满|达到)\\s*(?<n>${N})\\s*年`, 'g'),
    yields: [{ key: 'retirement.min_local_years', shape: 'years', group: 'n', min: 1, max: 45 }],
    requires: /退休|缴费年限|累计缴费|年限/,
    // `满10年或12年不等`: alternatives, no one rule; `至少10年,但…逐年递增`: a floor that rises, not the one in force.
    cancelLocal: /不等|或\s*\d/,
    cancel: RISING_YEARLY,
    wording: 0.84,
  },
];

// ---------------------------------------------------------------------------------------------
// Enrolment periods: the words that name a period whose dates follow (or precede) them.

/** The central enrolment window (集中参保期, 集中缴费期). */
// (…or the ordinary one, `正常征缴期为…`: the window as against the late period.)
export const WINDOW_WORDS = /集中(?:参保)?(?:缴费|征缴|征收|参保|扣费|缴纳|办理|筹资|预缴)(?:期|时间|期限|时段)?|(?:缴费|参保)集中期|正常(?:征缴|缴费|参保)期/g;
/** The period after it (补缴期, 零星参保期). */
export const LATE_WORDS = /(?:补缴|补交|补办|补缴费|零星参保|零星缴费|零星征缴|补充参保(?:缴费)?)(?:窗口)?(?:时间|期|期限|时段)/g;
/** Words right after the dates naming the period they bound. */
export const LATE_AFTER = /^[^,;。]{0,6}?(?:补缴|补交|补办)/;
// (`…为Y年某市居民医保集中参保期`: the policy year and the insurance may stand between.)
export const WINDOW_AFTER = /^\s*(?:为|是)?\s*(?:(?:19|20)\d{2}\s*年度?)?[^,;。\d]{0,14}?集中(?:参保|缴费|筹资|征缴)/;
/** The window is over: what follows it is the late period. */
export const AFTER_WINDOW = /结束后|截止后|之后|以后/;
/** Captions above a bare period that name it the late one (`补缴期`, `零星征缴期`, `非集中缴费期`)… */
export const LATE_CAPTION = /非集中|零星|补缴|补交|补充参保|延长缴费|延迟|延期|推迟|逾期|(?:缴费期|征缴期|参保期)(?:结束)?(?:后|外)/;
/** A caption of a payment period that names no kind (`缴费时间`, `缴纳期:`): the window when it opens in autumn. */
// (…or asked: `某市城乡居民医保缴费时间是多久`.)
export const PAYMENT_CAPTION = /(?<!补|截止|缴费)(?:缴费|缴纳|参保缴费)(?:时间|期)(?:是|为)?(?:多久|什么时候|何时)?\s*[?？]?\s*:?\s*$/;
/** …or the central window (`集中缴费时间:`, `一、集中征缴期`). */
export const WINDOW_CAPTION = /集中(?:参保)?(?:缴费|征缴|参保|缴纳|筹资|办理)|正常(?:征缴|缴费|参保)(?:期|时间)/;
/** Words right after a period that make it the benefit period (`1月1日至12月31日享受待遇`), not a payment window. */
// (A bracket of what a payment period buys is no benefit period: `缴费期:A-B(享受2025全年待遇)`.)
export const BENEFIT_AFTER = /^(?!\s*\(\s*(?:可)?享受(?:19|20)\d{2}\s*(?:年度?)?全年)[^,;。]{0,4}(?:享受|报销|待遇)/;
/** …or right before it (`待遇享受期:…`, `可享全年待遇(…)`, `才可在次年1月1日至12月31日` then 享受 on the next line). */
export const BENEFIT_BEFORE = /(?:待遇|享受期|享受)[^,;。]{0,6}$|(?:待遇享受期|享受期)(?:为|是|:)[^,;。]{0,16}$|(?:才可|方可)(?:在)?\s*(?:次年)?\s*$/;
/** A deadline for back-payment written before a date (`补缴截止时间为…`). */
export const LATE_DEADLINE_BEFORE = /(?:补缴|补交)(?:的)?(?:截止|最晚|最迟)(?:时间|日期)?(?:为|是|:)?\s*$/;
/** …and after a date (`可在2025年3月31日前申请补缴`). */
export const LATE_DEADLINE_AFTER = /^(?:前|之前|以前)[^,;。]{0,8}?(?:补缴|补交|补办)/;
/** A deadline moved later (`缴费期限延长至2024年6月30日`, `截止日期…延长至…`): the time it adds is the late period… */
export const EXTENDED_TO_BEFORE = /(?:延长|延期|顺延|推迟|延)(?:至|到)\s*$/;
/** …unless only some people or places may use it (`外出务工人员可延长至…`, `部分地区可能延长至…`). */
export const EXTENSION_FOR_SOME = /可|部分|个别|务工|农民工|返乡|群体|人员|新生儿|学生|特殊|困难/;
/** …a clause of the purpose it serves, which names whom it helps (`为方便外出务工人员返乡缴费,`). */
export const EXTENSION_PURPOSE = /(?:为了?|为)(?:便利|方便|便于|照顾)[^,;。]{0,30}[,，]/g;
/** A window stated in phases (`第一阶段:…`, `第二阶段:…`): the phases together are the one window. */
export const WINDOW_PHASE = /第\s*[一二三四五1-5]\s*(?:阶段|批次|批|期)|[一二三四五]阶段/;
/** A resident payment period for the coming year: `缴费时间为…`, `2025年度参保需在…内完成`. */
// (`…参保缴费工作,自…开始`: the campaign's own period.)
export const COMING_YEAR_BEFORE = /(?<!补)(?:参保)?缴费(?:时间|期|期限)(?:原则上|一般|统一)?(?:为|是)?\s*:?\s*$|(?<!补)(?:参保|缴费)(?:需|应|须|要|将)?(?:在|于)\s*$|(?<!补)(?:参保缴费|参保登记缴费|征缴|缴费)工作\s*[,，]?\s*(?:自|从|于)\s*$/;
/** A period whose own words open a payment campaign (`…起开始缴费,截止时间为…`, `…缴费工作启动,至…`). */
export const CAMPAIGN_IN_PERIOD = /(?:开始|启动|开启)(?:集中)?(?:缴费|征缴|参保)|(?:缴费|征缴|参保)(?:工作)?(?:正式)?(?:启动|开始|开启)/;
/** Payment periods of the monthly schemes, not an enrolment window. */
export const NOT_A_WINDOW = /按月|每月|当月|次月|每季|按季/;
/** A period a price or a wait is conditioned on (`在…至…期间缴费的,只需缴纳…`): no window of its own. */
export const PERIOD_AS_CONDITION = /(?:期间|之间|内|以内|之内)(?:参保)?(?:缴费|缴纳|参保)的\s*$/;

/** Wordings of a lapse's tiers (`中断缴费60天内…次月起享受`), read as one list per sentence. */
export const TIER_CONDITION = new RegExp(
  `(?:超过\\s*(?<over>${N})\\s*天\\s*(?:但|且|,)?\\s*(?:不超过|未超过|以内|内)?\\s*(?:(?<upTo>${N})\\s*天)?|(?<within>${N})\\s*天\\s*(?:以内|内|\\(含\\))|不超过\\s*(?<atMost>${N})\\s*天)`,
  'g',
);
export const TIER_LATER = new RegExp(`(?<n>${N})\\s*个?月(?:后|以后|之后|起)`);
export const TIER_NEXT_MONTH = /次月/;
export const TIER_SAME_MONTH = /当月|即时|立即/;
