/**
 * The rules that read values out of one sentence. Each rule knows the words that introduce a key
 * (缴费基数, 财政补助, 等待期, 滞纳金…) and the shape of its value; none knows any region, year
 * or figure. Scope (region, year, scheme) is decided by the caller.
 */
import { findDateRanges, findDates } from './dates';
import {
  NUMBER_PATTERN,
  RATE_PATTERN,
  durationInDays,
  durationInMonths,
  parseDuration,
  parseRate,
  parseYuan,
} from './numbers';
import type { DateRangeValue, FactKey, FactValue, Scheme, WaitingTier } from '../../domain/facts';

export interface Candidate {
  key: FactKey;
  value: FactValue;
  /** Offset of the value in the sentence: scope words nearest before it win. */
  at: number;
  variant?: string;
  /** Policy year fixed by the rule itself (a window's dates, a `2025年度` label). */
  year?: number;
  /** The scheme the rule itself implies (a newborn rule is a resident rule). */
  scheme?: Scheme;
  /** Higher wins when one scope states several values for a key (`3个月内` over `超过6个月`). */
  priority?: number;
  /** How reliably the wording that matched reads its key and value (0–1); see confidence.ts. */
  wording?: number;
}

export interface RuleContext {
  /** Labels above the sentence, nearest first: line label, inline heading, parent items. */
  labels: string[];
  /** The whole line, for rules that need the topic of a list (退休 for 男/女 years). */
  lineText: string;
  /** The policy year in force, to place dates written without a year. */
  scopeYear: number | null;
  /** The scheme in force, for rules whose wording depends on it. */
  scheme: Scheme | null;
  /** The key a previous `LABEL:VALUE` sentence of the same list used, for its siblings. */
  carriedKey: FactKey | null;
}

const N = NUMBER_PATTERN;
const MONEY = new RegExp(`(${N})\\s*(万|千)?\\s*元`, 'g');
const RATE = new RegExp(RATE_PATTERN, 'g');
const LAPSE = '(?:断缴|断保|断交|断档|停缴|停保|中断缴费|中断)';

interface Anchor {
  pattern: RegExp;
  key: FactKey | ((ctx: AnchorContext) => FactKey | null);
}

interface AnchorContext {
  sentence: string;
  anchorText: string;
  anchorStart: number;
  valueAt: number;
  valueEnd: number;
  scheme: Scheme | null;
}

/** A bare 下限/上限 is the base's only right after 缴费基数 (not 报销上限). */
function boundOfBase(ctx: AnchorContext, key: FactKey): FactKey | null {
  if (ctx.anchorText.includes('基数')) return key;
  return ctx.sentence.slice(Math.max(0, ctx.anchorStart - 20), ctx.anchorStart).includes('缴费基数') ? key : null;
}

const MONEY_ANCHORS: Anchor[] = [
  { pattern: /个人(?:缴费|缴纳|应缴|负担|承担|需缴|每年缴费)(?:标准|金额|部分|费用)?|(?:每人每年|每年每人)(?:需要|需|应)?(?:缴费|缴纳|缴|交纳|交)/g, key: 'contribution.individual_annual' },
  { pattern: /(?:财政|政府)(?:补助|补贴|资助)(?:标准|金额)?/g, key: 'contribution.subsidy_annual' },
  { pattern: /合计|总计|共计|筹资标准|筹资总额|总保障金额|总额/g, key: 'contribution.total_annual' },
  { pattern: /月缴费(?:标准|金额|额)?|每个?月(?:应|需|要)?(?:缴费|缴纳|缴|交)(?:金额|标准)?/g, key: 'contribution.monthly_amount' },
  { pattern: /(?:缴费)?基数(?:下限|最低标准|最低)|下限/g, key: (ctx) => boundOfBase(ctx, 'contribution.base_min_monthly') },
  { pattern: /(?:缴费)?基数(?:上限|最高标准|最高)|上限/g, key: (ctx) => boundOfBase(ctx, 'contribution.base_max_monthly') },
  { pattern: /缴费基数/g, key: 'contribution.base_monthly' },
  { pattern: /月(?:平)?均工资|月平均工资/g, key: 'wage.average_monthly' },
  {
    pattern: /(?:年)?平均工资|社平工资|年均工资/g,
    key: ({ sentence, valueEnd }) => (/^\s*\/\s*月|^\s*每月/.test(sentence.slice(valueEnd)) ? 'wage.average_monthly' : 'wage.average_annual'),
  },
  { pattern: /救助[^,;。]{0,6}?(?:最高)?(?:限额|封顶线|封顶)/g, key: 'aid.annual_cap' },
  {
    pattern: /提额|提高[^,;。]{0,14}?(?:限额|额度)/g,
    key: ({ sentence }) => (/连续参保/.test(sentence) ? 'incentive.cap_increase_annual' : null),
  },
  {
    // A bare 缴费标准 is a total only when it is split up right after (…标准是1050元,其中…).
    pattern: /(?<!补助|补贴|资助|基数|个人|个人缴费)(?:缴费标准|缴费金额|标准为|标准是)/g,
    key: ({ sentence, valueEnd, scheme }) => {
      const after = sentence.slice(valueEnd, valueEnd + 14);
      if (/^[^,;。]*[,;]\s*其中/.test(after)) return 'contribution.total_annual';
      if ((scheme === 'flexible' || scheme === 'employee') && /^\s*\/\s*月|^\s*每月/.test(after)) {
        return 'contribution.monthly_amount';
      }
      // What a resident is told to pay per year is the individual share.
      if (scheme === 'resident' && /^\s*(?:\/\s*人|\/\s*年|每人|每年)/.test(after)) return 'contribution.individual_annual';
      return null;
    },
  },
];

const RATE_ANCHORS: Anchor[] = [
  { pattern: /缴费(?:比例|费率|率)|费率/g, key: 'contribution.rate' },
];

/** Words that, between a key's words and a value, show the value is about something else. */
const GAP_BREAK = /起付|支付限额|报销|封顶|优惠|立减|减免|增加|提高|上涨|增长|降低|下降|减少|奖励|门诊|住院|待遇|余额|账户|工资|救助|补助|补贴|合计|基数|比例/;
const VARIANT_WORDS = /档|统筹|统账|个人账户|周岁|岁|学生|儿童|少年|婴幼儿|成年|老年|老人|居民|新生儿|低保|特困|残疾|退休|在职|大额|大病|补助|基本医疗保险|生育|护理|公务员|农村|城镇|户籍|人员|群体/;
const NOT_VARIANT = /^(?:城乡居民|居民|职工|灵活就业人员|灵活就业|居民医保|职工医保|参保人员|参保人|个人|单位)$/;
const LABEL_FILLER = /^(?:其中|为|是|:|的|按|约|每人每年|每人|每年|每月|不超过|不低于|最高|最低|达到|共|计|\s)+|(?:为|是|:|每人每年|每年|\s)+$/g;
const ALL_ANCHORS = /个人缴费|缴费标准|财政补助|政府补助|补贴|合计|总计|基数|工资|费率|比例|限额|缴费金额|缴费时间|截止|标准$/;

/** Candidates for every key a sentence states. */
export function candidatesIn(sentence: string, ctx: RuleContext): Candidate[] {
  return [
    ...moneyCandidates(sentence, ctx),
    ...rateCandidates(sentence, ctx),
    ...baseRangeCandidates(sentence),
    ...waitingCandidates(sentence),
    ...tierCandidates(sentence),
    ...lapseCandidates(sentence),
    ...backpayCandidates(sentence),
    ...lateFeeCandidates(sentence),
    ...enrollmentCandidates(sentence, ctx),
    ...newbornCandidates(sentence, ctx),
    ...incentiveCandidates(sentence),
    ...aidCandidates(sentence),
    ...retirementCandidates(sentence, ctx),
  ];
}

interface AnchorHit {
  anchor: Anchor;
  text: string;
  start: number;
  end: number;
}

/** Every key phrase of a sentence, by end offset; computed once per sentence. */
function anchorHits(anchors: Anchor[], text: string): AnchorHit[] {
  const hits: AnchorHit[] = [];
  for (const anchor of anchors) {
    for (const match of text.matchAll(anchor.pattern)) {
      hits.push({ anchor, text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  return hits.sort((a, b) => a.end - b.end || a.start - b.start);
}

function keyOf(hit: AnchorHit, sentence: string, valueAt: number, valueEnd: number, scheme: Scheme | null): FactKey | null {
  const { key } = hit.anchor;
  return typeof key === 'function' ? key({ sentence, anchorText: hit.text, anchorStart: hit.start, valueAt, valueEnd, scheme }) : key;
}

function findAnchor(
  hits: AnchorHit[],
  anchors: Anchor[],
  sentence: string,
  valueAt: number,
  valueEnd: number,
  ctx: RuleContext,
): { key: FactKey; start: number; end: number } | null {
  // The nearest key phrase ending before the value: binary search, then back over phrases
  // whose key depends on context and does not apply here.
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].end <= valueAt) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && valueAt - hits[i].end <= 40; i--) {
    const key = keyOf(hits[i], sentence, valueAt, valueEnd, ctx.scheme);
    if (!key) continue;
    // `提高至/调整为` introduce the new value itself; other change words introduce a difference.
    const gap = sentence.slice(hits[i].end, valueAt).replace(/(?:提高|增加|上调|调整|调增|提升)(?:至|到|为)/g, '为');
    if (GAP_BREAK.test(gap)) return null;
    return { key, start: hits[i].start, end: hits[i].end };
  }
  // A key phrase further back belongs to another clause: the value is not a list item's.
  for (let i = 0; i < lo; i++) if (keyOf(hits[i], sentence, valueAt, valueEnd, ctx.scheme)) return null;
  // A list item (`一档:400元/年`) takes its key from the labels above it, or from the sibling
  // before it (`缴费比例:基本医疗保险:5.8%。大额医疗费用补助:0.3%。`).
  if (valueAt > 30) return null;
  const head = sentence.slice(0, valueAt);
  if (ctx.carriedKey && /^[^,;。]{1,24}[:]\s*$/.test(head)) return { key: ctx.carriedKey, start: -1, end: -1 };
  if (GAP_BREAK.test(head)) return null;
  for (const label of ctx.labels) {
    for (const hit of anchorHits(anchors, label)) {
      const key = keyOf(hit, label, label.length, label.length, ctx.scheme);
      if (key) return { key, start: -1, end: -1 };
    }
  }
  return null;
}

/** The group a value is for, named just before it or by the labels above it. */
/** Group words that name a variant even when they come before the key (`一档个人缴费400元`). */
const GROUP_WORDS = /档|周岁|岁|学生|儿童|少年|婴幼儿|成年|老年|老人|新生儿|低保|特困|残疾|统筹|统账|^单位$|^个人$/;

function variantFor(sentence: string, anchor: { start: number; end: number }, valueAt: number, ctx: RuleContext): string | undefined {
  const anchorEnd = anchor.end;
  const local = sentence.slice(Math.max(anchorEnd, 0), valueAt).replace(/[\s:]+$/, '');
  const afterDelimiter = local.split(/[,;:]/).pop() ?? '';
  const candidates = [afterDelimiter.replace(LABEL_FILLER, '')];
  // `统账结合:缴费比例为8%;单建统筹:缴费比例为5.5%`: a clause's own label beats the line's.
  if (anchor.start > 0) {
    const clauseStart = Math.max(sentence.lastIndexOf(';', anchor.start - 1), sentence.lastIndexOf('。', anchor.start - 1)) + 1;
    const label = /^\s*([^,:]{1,16}):\s*$/.exec(sentence.slice(clauseStart, anchor.start));
    if (label) candidates.push(label[1]);
  }
  candidates.push(...ctx.labels);
  for (const raw of candidates) {
    const text = raw.trim();
    if (!text || text.length > 24) continue;
    if (NOT_VARIANT.test(text) || ALL_ANCHORS.test(text) || /\d{4}\s*年|[省市县]/.test(text)) continue;
    if (VARIANT_WORDS.test(text)) return text;
  }
  if (anchor.start > 0) {
    const lead = (sentence.slice(Math.max(0, anchor.start - 24), anchor.start).split(/[,;:。]/).pop() ?? '').replace(/[的\s]+$/, '').trim();
    if (lead && lead.length <= 16 && GROUP_WORDS.test(lead) && !/\d{4}\s*年|[省市县]/.test(lead)) return lead;
    // `…职工医保单位缴费比例`: the part is the word right before the key.
    const tail = /(单位|个人|[一二三四五六七八九十低中高]档)$/.exec(lead);
    if (tail) return tail[1];
  }
  return undefined;
}

/** True when the value is an operand of a worked sum (`5203元 × 5.5% = 286.17元`): only the result counts. */
function isOperand(sentence: string, at: number, end: number): boolean {
  const window = sentence.slice(end, end + 40);
  const clauseEnd = window.search(/[,;。]/);
  const after = clauseEnd < 0 ? window : window.slice(0, clauseEnd);
  if (/[×x*=+]/.test(after.replace(/^\s*\/\s*[人年月]+/, '').slice(0, 6))) return true;
  const before = sentence.slice(Math.max(0, at - 3), at);
  return /[×x*+]\s*$/.test(before);
}

const RANGE_BEFORE = new RegExp(`${N}\\s*(?:万|千)?\\s*元?\\s*(?:至|到|-|~)\\s*$`);

function moneyCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  const found: Candidate[] = [];
  let hits: AnchorHit[] | null = null;
  for (const match of sentence.matchAll(MONEY)) {
    const at = match.index;
    const end = at + match[0].length;
    if (isOperand(sentence, at, end)) continue;
    const before = sentence.slice(Math.max(0, at - 24), at);
    if (/(?:增加|提高|上涨|增长|降低|下降|减少|立减|优惠|减免|多|少)了?\s*(?:约)?\s*$/.test(before)) continue;
    if (RANGE_BEFORE.test(before)) continue;
    if (/^\s*(?:至|到|-|~)\s*\d/.test(sentence.slice(end, end + 8))) continue;
    const value = parseYuan(match[1], match[2]);
    if (value === null || value <= 0) continue;
    hits ??= anchorHits(MONEY_ANCHORS, sentence);
    const anchor = findAnchor(hits, MONEY_ANCHORS, sentence, at, end, ctx);
    if (!anchor) continue;
    const variant = variantFor(sentence, anchor, at, ctx);
    found.push({ key: anchor.key, value, at, ...(variant ? { variant } : {}) });
  }
  return found;
}

function isRateRange(sentence: string, at: number, end: number): boolean {
  const after = sentence.slice(end, end + 20);
  const before = sentence.slice(Math.max(0, at - 20), at);
  return new RegExp(`^\\s*(?:至|到|~|～|-|—|–)\\s*${RATE_PATTERN}`).test(after)
    || new RegExp(`${RATE_PATTERN}\\s*(?:至|到|~|～|-|—|–)\\s*$`).test(before)
    || /^\s*(?:至|到|~|-)\s*\d/.test(after);
}

function rateCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  const found: Candidate[] = [];
  let hits: AnchorHit[] | null = null;
  for (const match of sentence.matchAll(RATE)) {
    const at = match.index;
    const end = at + match[0].length;
    if (isRateRange(sentence, at, end) || isOperand(sentence, at, end)) continue;
    const value = parseRate(match[0]);
    if (value === null || value <= 0 || value >= 1) continue;
    hits ??= anchorHits(RATE_ANCHORS, sentence);
    const anchor = findAnchor(hits, RATE_ANCHORS, sentence, at, end, ctx);
    if (!anchor) continue;
    const variant = variantFor(sentence, anchor, at, ctx);
    found.push({ key: anchor.key, value, at, ...(variant ? { variant } : {}) });
  }
  return found;
}

/** `可在4113元至20564元之间自主选择缴费基数`: the bounds of the base. */
function baseRangeCandidates(sentence: string): Candidate[] {
  if (!sentence.includes('缴费基数')) return [];
  // 缴费基数为每月4500元至22500元之间
  const after = new RegExp(`缴费基数(?:为|在|可在)?(?:每月)?\\s*(${N})\\s*(万)?\\s*元?\\s*(?:至|到|-|~)\\s*(${N})\\s*(万)?\\s*元`).exec(sentence);
  if (after) {
    const low = parseYuan(after[1], after[2]);
    const high = parseYuan(after[3], after[4]);
    if (low !== null && high !== null && low < high) {
      return [
        { key: 'contribution.base_min_monthly', value: low, at: after.index },
        { key: 'contribution.base_max_monthly', value: high, at: after.index },
      ];
    }
  }
  const range = new RegExp(`(${N})\\s*(万)?\\s*元?\\s*(?:至|到|-|~)\\s*(${N})\\s*(万)?\\s*元(?:之间)?[^,;。]{0,12}缴费基数`);
  const match = range.exec(sentence);
  if (!match) return [];
  const low = parseYuan(match[1], match[2]);
  const high = parseYuan(match[3], match[4]);
  if (low === null || high === null || low >= high) return [];
  return [
    { key: 'contribution.base_min_monthly', value: low, at: match.index },
    { key: 'contribution.base_max_monthly', value: high, at: match.index },
  ];
}

const DURATION = `(${N}|半)\\s*(个月|个多月|月|天|日|年)`;

function months(numeral: string, unit: string): number | null {
  const duration = parseDuration(numeral, unit);
  return duration ? durationInMonths(duration) : null;
}

/** A duration right after a range word (`90至180天`) is the end of a range, not a value. */
function afterRangeWord(sentence: string, at: number): boolean {
  return /(?:\d|[一二三四五六七八九十])\s*(?:至|到|-|~|—)\s*$/.test(sentence.slice(Math.max(0, at - 4), at));
}

function waitingCandidates(sentence: string): Candidate[] {
  if (!/等待/.test(sentence)) return [];
  const found: Candidate[] = [];
  const bound = /(?:至少|最少|不少于|最长|最多|至多|不超过|增加|延长|再增加|减少|缩短)\s*$/;

  const forms = [
    // 固定待遇等待期3个月 / 等待期通常为90天
    new RegExp(`(固定|变动)?(?:待遇)?(?:享受)?等待期(?:为|是|通常为|一般为|设置为|:)?\\s*${DURATION}`, 'g'),
    // 3个月的待遇等待期 / 3个月的固定等待期
    new RegExp(`${DURATION}的?(固定|变动)?(?:待遇)?(?:享受)?等待期`, 'g'),
    // 需等待3个月才能享受 / 参保后要等3个月才能享受
    new RegExp(`等(?:待)?\\s*${DURATION}\\s*(?=后|才|,|。|;|再|方可|即可|$)`, 'g'),
  ];
  for (const [index, form] of forms.entries()) {
    for (const match of sentence.matchAll(form)) {
      const groups = index === 0 ? [match[1], match[2], match[3]] : index === 1 ? [match[3], match[1], match[2]] : [undefined, match[1], match[2]];
      const [kind, numeral, unit] = groups;
      if (kind === '变动') continue;
      if (!unit || /年/.test(unit)) continue;
      const numberAt = match.index + match[0].indexOf(numeral!);
      if (bound.test(sentence.slice(Math.max(0, match.index - 6), match.index)) && index !== 1) continue;
      if (index === 1 && bound.test(sentence.slice(Math.max(0, numberAt - 6), numberAt))) continue;
      if (afterRangeWord(sentence, numberAt)) continue;
      if (/^\s*(?:至|到|-|~)/.test(sentence.slice(numberAt + numeral!.length))) continue;
      const value = months(numeral!, unit);
      if (value === null || value <= 0 || value > 24) continue;
      found.push({ key: 'waiting.fixed_months', value, at: numberAt });
    }
  }

  const perYear = new RegExp(`每(?:多)?${LAPSE}\\s*(${N})\\s*年[^。;]{0,40}?(?:增加|延长|多|加)[^。;,]{0,20}?${DURATION}`, 'g');
  for (const match of sentence.matchAll(perYear)) {
    const years = Number(parseDurationYears(match[1]));
    const value = months(match[2], match[3]);
    if (!years || value === null || /年/.test(match[3])) continue;
    found.push({ key: 'waiting.per_lapsed_year_months', value: value / years, at: match.index });
  }

  const repair = new RegExp(`每(?:多|额外)?(?:补缴|缴费|缴纳|缴)\\s*(${N})\\s*年[^。;]{0,30}?(?:减少|缩短|抵扣|修复)[^。;,]{0,20}?${DURATION}`, 'g');
  for (const match of sentence.matchAll(repair)) {
    const years = Number(parseDurationYears(match[1]));
    const value = months(match[2], match[3]);
    if (!years || value === null || /年/.test(match[3])) continue;
    found.push({ key: 'waiting.repair_per_year_months', value: value / years, at: match.index });
  }

  const maximum = [
    new RegExp(`(?:最长|最多|至多|不超过)\\s*${DURATION}的?(?:待遇)?等待期`, 'g'),
    // 等待期增加1个月,最长不超过6个月
    new RegExp(`等待期[^。]{0,30}?[,;]\\s*(?:最长|最多|至多)(?:不超过)?\\s*${DURATION}`, 'g'),
    new RegExp(`等待期(?:合计|累计|总计|总共)?(?:最长|最多|不超过|不得超过|至多)(?:不超过)?(?:为)?\\s*${DURATION}`, 'g'),
  ];
  for (const form of maximum) {
    for (const match of sentence.matchAll(form)) {
      const value = months(match[1], match[2]);
      if (value === null || /年/.test(match[2]) || afterRangeWord(sentence, match.index)) continue;
      found.push({ key: 'waiting.max_months', value, at: match.index + match[0].lastIndexOf(match[1]) });
    }
  }
  return found;
}

function parseDurationYears(numeral: string): number | null {
  const duration = parseDuration(numeral, '年');
  return duration ? duration.value : null;
}

/**
 * 中断缴费60天内补缴,从缴费次月起享受…;超过60天但不超过180天补缴,…3个月后享受…;
 * 超过180天补缴,…6个月后享受…: benefits by lapse length, one tier per condition.
 */
function tierCandidates(sentence: string): Candidate[] {
  const condition = new RegExp(`(?:超过\\s*(${N})\\s*天\\s*(?:但|且|,)?\\s*(?:不超过|未超过|以内|内)?\\s*(?:(${N})\\s*天)?|(${N})\\s*天\\s*(?:以内|内|\\(含\\))|不超过\\s*(${N})\\s*天)`, 'g');
  const conditions = [...sentence.matchAll(condition)];
  if (conditions.length < 2) return [];
  const tiers: WaitingTier[] = [];
  for (const [i, match] of conditions.entries()) {
    const clauseEnd = i + 1 < conditions.length ? conditions[i + 1].index : sentence.length;
    const outcome = sentence.slice(match.index + match[0].length, clauseEnd);
    let offset: number | null = null;
    const later = new RegExp(`(${N})\\s*个?月(?:后|以后|之后)`).exec(outcome);
    if (/次月/.test(outcome)) offset = 1;
    else if (later) offset = months(later[1], '月');
    else if (/当月|即时|立即/.test(outcome)) offset = 0;
    if (offset === null) return [];
    let maxDays: number | null;
    if (match[1] !== undefined) maxDays = match[2] !== undefined ? Number(parseDuration(match[2], '天')?.value) : null;
    else maxDays = Number(parseDuration(match[3] ?? match[4], '天')?.value);
    if (maxDays !== null && !Number.isFinite(maxDays)) return [];
    tiers.push({ maxLapseDays: maxDays, startOffsetMonths: offset });
  }
  const ordered = tiers.every((tier, i) => i === 0 || (tiers[i - 1].maxLapseDays ?? Infinity) < (tier.maxLapseDays ?? Infinity));
  if (!ordered || tiers[tiers.length - 1].maxLapseDays !== null) return [];
  return [{ key: 'waiting.tiers', value: tiers, at: conditions[0].index }];
}

const CONTINUOUS = /视同连续|视为连续|次月(?:即可|起)?(?:恢复|享受)|不设(?:置)?(?:待遇)?等待期|无(?:待遇)?等待期|无缝|可追溯|不受影响|次月恢复/;
const BROKEN = /清零|清0|重新计算|重新参保|(?:视为|视作)(?:自动)?退保|才能(?:重新)?(?:恢复|享受)|需等待|需要等待/;
const CHANNEL = /线上|网上|网厅|小程序|App|APP|app|微信|支付宝|线下|窗口|经办机构|现场/;

/** `断缴3个月内…视同连续` and `断缴超过3个月…清零`: the longest lapse that still counts as continuous. */
function lapseCandidates(sentence: string): Candidate[] {
  const found: Candidate[] = [];
  if (CHANNEL.test(sentence) && !CONTINUOUS.test(sentence) && !BROKEN.test(sentence)) return found;
  const within = [
    new RegExp(`${LAPSE}(?:时间)?(?:在)?[^,;。]{0,4}?(${N})\\s*个月(?:以内|之内|内)(?:\\(含\\))?`, 'g'),
    new RegExp(`${LAPSE}(?:时间)?(?:不超过|未超过|未满|不满|少于)\\s*(${N})\\s*个月`, 'g'),
    new RegExp(`(${N})\\s*个月(?:以内|之内|内)(?:\\(含\\))?(?:补缴|续交|续缴|补交|续保)`, 'g'),
  ];
  if (CONTINUOUS.test(sentence)) {
    for (const form of within) {
      for (const match of sentence.matchAll(form)) {
        if (afterRangeWord(sentence, match.index + match[0].indexOf(match[1]))) continue;
        const value = months(match[1], '月');
        if (value === null || value <= 0 || value > 24) continue;
        found.push({ key: 'lapse.grace_months', value, at: match.index, priority: 2 });
      }
    }
  }
  const beyond = new RegExp(`${LAPSE}(?:时间)?(?:超过|超出|超|满)\\s*(${N})\\s*个月(?:\\(含\\))?`, 'g');
  if (BROKEN.test(sentence)) {
    for (const match of sentence.matchAll(beyond)) {
      const value = months(match[1], '月');
      if (value === null || value <= 0 || value > 24) continue;
      found.push({ key: 'lapse.grace_months', value, at: match.index, priority: 1 });
    }
  }
  return found;
}

function backpayCandidates(sentence: string): Candidate[] {
  const found: Candidate[] = [];
  if (/补缴|补交|续缴|补办/.test(sentence)) {
    const online = new RegExp(`(${N})\\s*个月(?:以内|之内|内)[^。;]{0,30}?(?:线上|网上|网厅|小程序|App|APP|app|掌上)`, 'g');
    for (const match of sentence.matchAll(online)) {
      const value = months(match[1], '月');
      if (value !== null && value > 0) found.push({ key: 'backpay.online_max_months', value, at: match.index });
    }
    const offline = new RegExp(`(?:超过|超出|以上)\\s*(${N})\\s*个月[^。;]{0,20}?(?:线下|窗口|现场|柜台)`, 'g');
    for (const match of sentence.matchAll(offline)) {
      const value = months(match[1], '月');
      if (value !== null && value > 0) found.push({ key: 'backpay.online_max_months', value, at: match.index });
    }
    const lookback = new RegExp(`(?:补缴|补交)[^。;]{0,16}?(?:最近|近)\\s*(${N})\\s*(个月|年)(?:以内|之内|内)?`, 'g');
    for (const match of sentence.matchAll(lookback)) {
      const value = months(match[1], match[2]);
      if (value !== null && value > 0) found.push({ key: 'backpay.max_lookback_months', value, at: match.index });
    }
  }
  return found;
}

function lateFeeCandidates(sentence: string): Candidate[] {
  if (!/滞纳金/.test(sentence)) return [];
  const daily = new RegExp(`(?:按日|每日|每天|逐日|日)(?:加收|收取|计收)?[^,;。%‰]{0,12}?(${RATE_PATTERN})`, 'g');
  const found: Candidate[] = [];
  for (const match of sentence.matchAll(daily)) {
    const value = parseRate(match[1]);
    if (value !== null && value > 0 && value < 0.05) found.push({ key: 'late_fee.daily_rate', value, at: match.index });
  }
  return found;
}

const WINDOW_WORDS = /集中(?:参保)?(?:缴费|征缴|参保|扣费|缴纳)(?:期|时间|期限|时段)?/g;
const LATE_WORDS = /(?:补缴|补交|补办|补缴费)(?:时间|期|期限|时段)/g;

/** Where the last match of `pattern` in `text` starts; -1 when none. */
function lastIndexOf(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

function enrollmentCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  const found: Candidate[] = [];
  const labelledYear = /((?:19|20)\d{2})\s*年度/.exec(sentence);
  // A resident payment period labelled with its policy year (`2025年度居民医保缴费时间为…`) is the window too.
  const isListTime = ctx.scheme === 'resident'
    && (/^(?:集中)?(?:参保)?缴费(?:时间|期)\s*:/.test(sentence) || (labelledYear !== null && /(?<!补)(?:参保)?缴费(?:时间|期|期限)(?:为|是|:)/.test(sentence)));
  const reference = ctx.scopeYear;
  for (const range of findDateRanges(sentence, reference === null ? null : reference - 1)) {
    const before = sentence.slice(Math.max(0, range.index - 16), range.index);
    const after = sentence.slice(range.index + range.length, range.index + range.length + 10);
    const value: DateRangeValue = range.range;
    // `…至…为补缴期` names the period after the dates; otherwise the words nearest before them do.
    // …or by what is done in them (`…期间补缴`); a period after the window has ended is the late one.
    const namedAfter = /^[^,;。]{0,6}?(?:补缴|补交|补办)/.test(after) ? 'late' : /^\s*(?:为|是)?\s*集中(?:参保|缴费)/.test(after) ? 'window' : null;
    const lastWindow = lastIndexOf(before, WINDOW_WORDS);
    const lastLate = lastIndexOf(before, LATE_WORDS);
    const afterWindow = lastWindow >= 0 && /结束后|截止后|之后|以后/.test(before.slice(lastWindow));
    const kind = namedAfter ?? (afterWindow ? 'late' : lastWindow > lastLate ? 'window' : lastLate > lastWindow ? 'late' : null);
    // A resident payment period for the coming year (`缴费时间为2024年9月1日至12月31日`) is the window.
    const comingYearPeriod = ctx.scheme === 'resident' && /(?<!补)(?:参保)?缴费(?:时间|期|期限)(?:为|是|:)\s*$/.test(before) && Number(range.range.start!.slice(5, 7)) >= 9;
    if (kind === 'window' || (kind === null && ((isListTime && (range.index < 12 || /缴费(?:时间|期|期限)(?:为|是|:)\s*$/.test(before))) || comingYearPeriod))) {
      const start = value.start!;
      const startYear = Number(start.slice(0, 4));
      const startMonth = Number(start.slice(5, 7));
      let year = labelledYear ? Number(labelledYear[1]) : startMonth >= 7 ? startYear + 1 : startYear;
      if (range.explicitYears.length === 0 && reference !== null && !labelledYear) {
        // `9月至12月底` says nothing of the year: it is the window before the year in scope.
        year = reference;
        const shifted = findDateRanges(sentence.slice(range.index, range.index + range.length), startMonth >= 7 ? reference - 1 : reference)[0];
        if (shifted) value.start = shifted.range.start, value.end = shifted.range.end;
      }
      found.push({ key: 'enrollment.window', value: { ...value }, at: range.index, year, scheme: 'resident' });
    } else if (kind === 'late') {
      const year = labelledYear ? Number(labelledYear[1]) : Number((value.end ?? value.start)!.slice(0, 4));
      found.push({ key: 'enrollment.late_window', value: { ...value }, at: range.index, year, scheme: 'resident' });
    }
  }
  if (found.length === 0) {
    const deadline = /(?:补缴|补交)(?:的)?(?:截止|最晚|最迟)(?:时间|日期)?(?:为|是|:)?\s*$/;
    // `可在2025年3月31日前申请补缴`
    const deadlineAfter = /^(?:前|之前|以前)[^,;。]{0,8}?(?:补缴|补交|补办)/;
    for (const date of findDates(sentence, reference)) {
      if (date.monthOnly || date.explicitYears.length === 0) continue;
      const after = sentence.slice(date.index + date.length, date.index + date.length + 12);
      // A worked example (`例如,2023年断缴的,需在2024年12月31日前补缴`) is one person's case, not the rule.
      const byDeadline = deadline.test(sentence.slice(Math.max(0, date.index - 14), date.index));
      if (!byDeadline && !(deadlineAfter.test(after) && !/例如|比如|举例|譬如/.test(sentence))) continue;
      const year = labelledYear ? Number(labelledYear[1]) : Number(date.date.slice(0, 4));
      found.push({ key: 'enrollment.late_window', value: { start: null, end: date.date }, at: date.index, year, scheme: 'resident' });
    }
  }
  return found;
}

function newbornCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  if (!/新生儿|出生/.test(sentence + ctx.lineText.slice(0, 60))) return [];
  const form = new RegExp(`出生(?:后|之日起)?\\s*(${N})\\s*(天|日|个月)(?:以内|之内|内)`, 'g');
  const found: Candidate[] = [];
  for (const match of sentence.matchAll(form)) {
    const duration = parseDuration(match[1], match[2]);
    if (!duration || duration.value <= 0) continue;
    found.push({ key: 'enrollment.newborn_days', value: durationInDays(duration), at: match.index, scheme: 'resident' });
  }
  return found;
}

function incentiveCandidates(sentence: string): Candidate[] {
  const years = new RegExp(`连续参保(?:满|达到|达)?\\s*(${N})\\s*年`).exec(sentence);
  if (!years) return [];
  const raise = new RegExp(`(?:提额|提高|增加|提升)[^。;]{0,20}?(${N})\\s*(万)?\\s*元`).exec(sentence.slice(years.index));
  if (!raise) return [];
  const value = parseDurationYears(years[1]);
  const amount = parseYuan(raise[1], raise[2]);
  if (value === null || amount === null) return [];
  return [
    { key: 'incentive.continuous_years', value, at: years.index, scheme: 'resident' },
    { key: 'incentive.cap_increase_annual', value: amount, at: years.index + raise.index, scheme: 'resident' },
  ];
}

function aidCandidates(sentence: string): Candidate[] {
  if (!/倾斜救助/.test(sentence)) return [];
  const range = new RegExp(`(${RATE_PATTERN})\\s*(?:至|到|-|~|—)\\s*(${RATE_PATTERN})`).exec(sentence);
  if (!range) return [];
  const low = parseRate(range[1]);
  const high = parseRate(range[2]);
  if (low === null || high === null || low > high) return [];
  return [
    { key: 'aid.tilted_rate_min', value: low, at: range.index },
    { key: 'aid.tilted_rate_max', value: high, at: range.index },
  ];
}

function retirementCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  if (!/退休|缴费年限|累计缴费/.test(sentence + ctx.lineText + ctx.labels.join(''))) return [];
  const found: Candidate[] = [];
  const male = new RegExp(`男(?:性|职工|方)?[^,;。女]{0,10}?(?:满|达到|不少于|不低于)?\\s*(${N})\\s*年`).exec(sentence);
  const female = new RegExp(`女(?:性|职工|方)?[^,;。男]{0,10}?(?:满|达到|不少于|不低于)?\\s*(${N})\\s*年`).exec(sentence);
  for (const [match, key] of [[male, 'retirement.min_years_male'], [female, 'retirement.min_years_female']] as const) {
    if (!match) continue;
    const value = parseDurationYears(match[1]);
    if (value !== null && value >= 5 && value <= 45) found.push({ key, value, at: match.index, scheme: 'employee' });
  }
  const local = new RegExp(`(?:在|本)[^,;。]{0,10}?(?:实际)?缴费(?:年限)?(?:不得|不能|须|需)?(?:低于|少于|不少于|满|达到)\\s*(${N})\\s*年`).exec(sentence);
  if (local) {
    const value = parseDurationYears(local[1]);
    if (value !== null && value > 0 && value <= 45) found.push({ key: 'retirement.min_local_years', value, at: local.index, scheme: 'employee' });
  }
  return found;
}
