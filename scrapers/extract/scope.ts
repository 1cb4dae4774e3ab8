/**
 * What a piece of text is about: the regions it names, its policy year, its scheme and whether it
 * hedges. A fact takes each of these from the innermost scope that states it: its own sentence,
 * then the list item and labels above it, the section heading, the question or snippet it
 * answers, and finally the article.
 */
import {
  NATIONAL_CODE,
  findRegionMentions,
  isAncestorOrSelf,
  resolveMention,
} from '../../domain/gazetteer/index';
import type { Scheme } from '../../domain/facts';
import { ADVICE, CAMPAIGN_OPENS_AFTER, EXAMPLE, EXAMPLE_ASIDE, HEDGES, HYPOTHETICAL, MEDICAL, OFF_TOPIC } from './vocabulary';

export interface Positioned<T> {
  /** Offset inside the scanned text. */
  at: number;
  end: number;
  value: T;
  /** Stated in brackets (`(2024年为8000元)`): it scopes nothing after the closing bracket at this offset. */
  asideUntil?: number;
  /** A year that dates a wage (`2023年全省平均工资的60%`): it scopes the wage, not the base or rate set from it. */
  ofWage?: boolean;
}

export interface TextScope {
  regions: Positioned<string>[];
  /**
   * Places named in an example aside (`(如某市低档400元/高档900元)`): they scope only the figures of
   * that aside (`asideUntil`), never the sentence.
   */
  exampleRegions: Positioned<string>[];
  years: Positioned<number>[];
  schemes: Positioned<Scheme>[];
  hedged: boolean;
  /** Pension, unemployment and the like: not medical insurance. */
  offTopic: boolean;
  /** A hypothetical ("某城市…") that states no real region's rule. */
  hypothetical: boolean;
  /** An example sentence ("例如…"): its regions do not make an article's default region. */
  example: boolean;
}

const SCHEME_CUES: [RegExp, Scheme][] = [
  [/灵活就业|个体工商户|自由职业|个体户|个体参保|个体(?:缴费)?人员|以个人身份(?:参加|参保|参|缴费)|(?<!职工|单位)个人参加(?=(?:城镇)?职工)/g, 'flexible'],
  [/职工(?:基本)?医保(?!个人[账帐]户)|职工基本医疗|职工医疗|在职职工|单位职工|职工参保|单位参保|用人单位|企业职工|职工个人(?![账帐]户)|职工[一二三四]档/g, 'employee'],
  [/城乡居民|居民医保|居民医疗|居民保险|居民基本医疗|城镇居民|城乡医疗|城乡医保|新农合|农村合作医疗|居民参保|少儿医保|学生医保|居民(?:少儿|成人|学生|儿童|大学生)医保/g, 'resident'],
];
const YEAR_WITH_NIAN = /(?<!\d)((?:199|20\d)\d)\s*年(?:度)?(?!\s*的?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)(?!的?基础上)/g;
const YEAR_SPAN = /(?<!\d)((?:199|20\d)\d)\s*[-—–~至到]\s*((?:199|20\d)\d)\s*年/g;
// (The year of a document number, `某医保发〔2024〕68号`, dates its issue, not the rule.)
const BARE_YEAR = /(?<![\d\-/.])(20\d{2})(?![\d\-/.:年元人个号万%])(?!\s*[〕\]]\s*\d{1,4}\s*号)/g;
/** A bare year right before a place or scheme and the insurance's name (`2021某市居民医保`, `2022城乡居民医保`). */
const BARE_YEAR_BEFORE_INSURANCE = /(?<![\d\-/.:])(20\d{2})(?![\d年多余名人个万])(?=[\u4e00-\u9fff]{0,8}?(?:医保|医疗保险))/g;
/** A bracketed remark that is a clause of its own: a comma inside (`(2020年1月1日起,…合并)`). */
const REMARK_ASIDE = /\([^(),]{0,60},[^()]{0,160}\)/g;
/** A cited document's title (`《关于做好2024年…工作的通知》`). */
const DOCUMENT_TITLE = /《[^《》]{1,60}》/g;
const QUOTED = /[“"「『《【][^”"」』》】]{0,30}[”"」』》】]/g;
/** An aside after a place (`某县(属某市代管)`, `某省(含某市)`): the place before it is the scope. */
const ASIDE = /(?<=[省市县区州旗盟])\([^()]{1,16}\)/g;
const INCLUDED_ASIDE = /\((?:包括|包含|含)[^()]{0,40}\)/g;
/** `(根据2024年标准)`, `(按2023年度标准)`: the year of the standard the figures around the bracket follow. */
const STANDARD_YEAR_ASIDE = /^\(\s*(?:根据|按照?|参照|执行|依据)?\s*(?:19|20)\d{2}\s*年度?\s*(?:的)?\s*(?:标准|政策|规定)\s*\)$/;
const COMPARED = /(?:较|比|相比|相较|对比)\s*$/;
const CHANGED_FROM_YEAR = /(?:由|从)\s*$/;
const FROM_FIGURE = /^(?:度)?的\s*(?:每人每年|每年每人|每人|每年)?\s*[\d.,]+\s*(?:万)?\s*元/;
const OWN_FIGURE = /^(?:的|时)?\s*[\d.,]+\s*(?:万)?\s*(?:元|%)/;
/** A year that dates the wage a base is a share of (`2023年全省平均工资的60%`), not the rule. */
// (`2025年缴费基数为…上年度平均工资的80%`: a year of the base named before the wage dates the base.)
const WAGE_YEAR = /^(?![^,;。工]{0,12}?基数)[^,;。]{0,24}?(?:平均工资|社平|省平|市平|工资)/;
/**
 * A flexible worker's cue beside the employee scheme it joins (`参加职工医保的灵活就业人员`,
 * `灵活就业人员参加职工医保`, `职工医保灵活就业人员`): one scheme, the flexible one.
 */
const FLEXIBLE_JOINS = /^(?:的|人员|人员参加|人员参保|参加|参保|按|以)?[^,;。、和与及或]{0,10}$/;
/** …or the employee insurance a flexible worker named earlier pays or joins, clauses later (`灵活就业人员以N元为基数,按8%缴纳职工基本医疗保险费`). */
/** How far apart a flexible cue and the employee insurance it joins may stand (INSURANCE_JOINED's reach and more). */
const JOIN_REACH = 100;
const INSURANCE_JOINED = /^[^。;]{0,80}?(?:缴纳|参加|加入)(?:(?:19|20)\d{2}\s*年度?)?$/;
const COMPARED_BEFORE = /(?:与|和|同|较|比)\s*$/;
// (…or `比2020年度高30元`: the year a rise is counted from.)
const COMPARED_AFTER = /^(?:度)?(?:的标准|标准)?(?:相比|相较|持平|相同|一致|同期|基本持平|保持一致|(?:提高|增加|上涨|高|多|低|少|减少|下降)了?\s*\d)/;
/** `至2030年1月1日逐步统一为…`: the date a rising requirement reaches its figure dates that figure. */
const TARGET_BY = /(?:至|到|直至)\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:前|底)?\s*(?:逐步|逐年|分步)?(?:统一|调整|提高|过渡|达到|增加|延长)(?:为|至|到)/g;
/** The day a rule takes effect (`自2022年1月1日起`, `2023年7月执行`): its year is the rule's. */
/** Words of paying or enrolling right before a date that opens a period (`缴费将于`, `参保登记自`). */
const PAYMENT_OPENS_BEFORE = /(?:缴费|征缴|缴纳|参保|登记|集中)[^,;。\d]{0,6}$/;
/** A span a rule is in force over (`自2024年1月1日至12月31日`). */
const EFFECTIVE_SPAN = /(?:自|从)\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到)/g;
// (…not the start of a rule the text only cites, `自2013年7月1日起施行的某规定`: that dates the rule, not the text's year;
// `2025年7月执行的缴费标准` still dates the figures that follow.)
const EFFECTIVE_FROM = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:起|开始|执行|实施|施行|生效)(?!\s*(?:施行|实施|执行|生效)?的\s*(?:《|[^,;。]{0,12}?(?:办法|规定|通知|条例|意见|细则|文件)))/g;

/**
 * Reads the scope a text states. `context` holds the codes already in force, to resolve names
 * shared by several places (吉林 the province or the city).
 */
export function scopeOf(text: string, context: readonly string[], options: { bareYears?: boolean } = {}): TextScope {
  const quoted = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of text.matchAll(ASIDE)) quoted.push([m.index, m.index + m[0].length]);
  const examples = [...text.matchAll(EXAMPLE_ASIDE)].map((m) => [m.index, m.index + m[0].length] as const);
  quoted.push(...examples);
  const insideQuote = (at: number) => quoted.some(([from, to]) => at >= from && at < to);

  const regions: Positioned<string>[] = [];
  const exampleRegions: Positioned<string>[] = [];
  for (const mention of findRegionMentions(text)) {
    if (/^(银行|农商|日报|晚报|大学)/.test(text.slice(mention.end, mention.end + 2))) continue;
    const example = examples.find(([from, to]) => mention.start >= from && mention.start < to);
    if (example && !quoted.some(([from, to]) => mention.start >= from && mention.start < to && (from !== example[0] || to !== example[1]))) {
      exampleRegions.push({ at: mention.start, end: mention.end, value: resolveMention(mention, context), asideUntil: example[1] });
    }
    if (insideQuote(mention.start)) continue;
    regions.push({ at: mention.start, end: mention.end, value: resolveMention(mention, context) });
  }
  if (/全国|国家医保局|国家医疗保障局|国务院|国办发/.test(text) && regions.length === 0) {
    const at = text.search(/全国|国家医保局|国家医疗保障局|国务院|国办发/);
    regions.push({ at, end: at + 2, value: NATIONAL_CODE });
  }

  const years: Positioned<number>[] = [];
  for (const match of text.matchAll(YEAR_WITH_NIAN)) {
    // `与2024年度持平`, `较2024年相比`: a year compared with is no scope of the value.
    if (COMPARED_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index)) && COMPARED_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 6))) continue;
    years.push({ at: match.index, end: match.index + match[0].length, value: Number(match[1]) });
  }
  // `公布2021某市居民医保缴费标准`: a bare year written before a place and the insurance, as titles write it.
  for (const match of text.matchAll(BARE_YEAR_BEFORE_INSURANCE)) {
    if (!years.some((y) => y.at === match.index)) years.push({ at: match.index, end: match.index + 4, value: Number(match[1]) });
  }
  const payroll = schemesIn(text).some((s) => s.value !== 'resident');
  for (const match of text.matchAll(EFFECTIVE_FROM)) {
    const end = match.index + match[0].length;
    // `自Y年11月N日起启动缴费,个人…`: a resident campaign opening in the autumn pays for the
    // policy year after it.
    const opens = PAYMENT_OPENS_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))
      || (/(?:起|开始)$/.test(match[0]) && CAMPAIGN_OPENS_AFTER.test(text.slice(end)));
    if (opens && !payroll && Number(match[2]) >= 9) {
      if (!years.some((y) => y.at === match.index)) years.push({ at: match.index, end, value: Number(match[1]) + 1 });
      continue;
    }
    // `2026年度居民医保缴费于2025年9月1日开始`: the day a payment period opens dates no rule.
    if (PAYMENT_OPENS_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (!years.some((y) => y.at === match.index)) years.push({ at: match.index, end, value: Number(match[1]) });
  }
  // `自2024年1月1日至12月31日,用人单位…缴费率…`: a payroll rule in force over a span dates from its start.
  if (payroll) for (const match of text.matchAll(EFFECTIVE_SPAN)) {
    if (!years.some((y) => y.at === match.index + match[0].indexOf(match[1]))) years.push({ at: match.index + match[0].indexOf(match[1]), end: match.index + match[0].length, value: Number(match[1]) });
  }
  for (const match of text.matchAll(TARGET_BY)) {
    const at = match.index + match[0].indexOf(match[1]);
    if (!years.some((y) => y.at === at)) years.push({ at, end: at + 5, value: Number(match[1]) });
  }
  // A span of years (`2024-2025年`, a base year from July to June) is the year it starts in.
  for (const match of text.matchAll(YEAR_SPAN)) {
    const second = match.index + match[0].lastIndexOf(match[2]);
    const kept = years.filter((y) => y.at !== second);
    years.length = 0;
    years.push(...kept);
    if (!years.some((y) => y.at === match.index)) years.push({ at: match.index, end: match.index + match[0].length, value: Number(match[1]) });
  }
  years.sort((a, b) => a.at - b.at);
  for (const year of years) {
    if (WAGE_YEAR.test(text.slice(year.end, year.end + 30))) year.ofWage = true;
    // A year compared against (`较2024年上涨20元至400元`) scopes only its own figure (`比2024年的350元`).
    if (COMPARED.test(text.slice(Math.max(0, year.at - 2), year.at))) year.asideUntil = year.end + (OWN_FIGURE.exec(text.slice(year.end))?.[0].length ?? 0);
    // `由2024年的每人每年380元提高至400元`: the year a change started from dates only that figure.
    const fromFigure = CHANGED_FROM_YEAR.test(text.slice(Math.max(0, year.at - 2), year.at)) ? FROM_FIGURE.exec(text.slice(year.end)) : null;
    if (fromFigure) year.asideUntil = year.end + fromFigure[0].length;
  }
  for (const m of text.matchAll(/\([^()]{0,40}\)/g)) {
    // `基数为N元,比例为6.8%(根据2024年标准),…`: the only year of a sentence, given as the standard its figures
    // follow, dates them all, before the bracket and after it.
    if (STANDARD_YEAR_ASIDE.test(m[0]) && years.length === 1 && years[0].at > m.index && years[0].at < m.index + m[0].length) {
      years[0].at = 0;
      continue;
    }
    for (const year of years) if (year.at > m.index && year.at < m.index + m[0].length) year.asideUntil = m.index + m[0].length;
  }
  // `甲省2030年将统一为…;乙市则执行…`: a year stated of one place does not date the next clause, which opens
  // with another place of its own.
  for (const year of years) {
    const clauseStart = Math.max(text.lastIndexOf(';', year.at), text.lastIndexOf('。', year.at), text.lastIndexOf(',', year.at)) + 1;
    const ownPlace = regions.some((r) => r.at >= clauseStart && r.end <= year.at && /^\s*$/.test(text.slice(r.end, year.at)));
    if (!ownPlace) continue;
    const stop = text.indexOf(';', year.end);
    if (stop < 0) continue;
    const next = regions.find((r) => r.at > stop);
    if (next && /^\s*$/.test(text.slice(stop + 1, next.at)) && next.value !== regions.find((r) => r.end <= year.at && r.at >= clauseStart)?.value) {
      year.asideUntil = Math.min(year.asideUntil ?? Infinity, stop);
    }
  }
  // `…缴纳医疗保险和生育保险费(2020年1月1日起,两项保险合并…),按…的1%缴纳…`: the day a bracketed remark of
  // its own (a clause with a comma) says something began dates that remark, not the figures after it.
  for (const m of text.matchAll(REMARK_ASIDE)) {
    for (const year of years) if (year.at > m.index && year.at < m.index + m[0].length && year.asideUntil === undefined && /^\d{4}\s*年\s*\d{1,2}\s*月/.test(text.slice(year.at))) year.asideUntil = m.index + m[0].length;
  }
  // `按照《关于做好2020年…的通知》"…280元"的要求,将2021年度…调整为`: a year in a cited document's title dates
  // that document; where the text states a year of its own outside titles, the title's year scopes only the title.
  const titles = [...text.matchAll(DOCUMENT_TITLE)].map((m) => [m.index, m.index + m[0].length]);
  const inTitle = (at: number) => titles.some(([from, to]) => at > from && at < to);
  if (titles.length && years.some((y) => !inTitle(y.at))) {
    for (const year of years) {
      const title = titles.find(([from, to]) => year.at > from && year.at < to);
      if (title) year.asideUntil = title[1];
    }
  }
  if (options.bareYears) {
    for (const match of text.matchAll(BARE_YEAR)) {
      if (!years.some((y) => y.at === match.index)) {
        years.push({ at: match.index, end: match.index + 4, value: Number(match[1]) });
      }
    }
    years.sort((a, b) => a.at - b.at);
  }

  return {
    regions,
    exampleRegions,
    years,
    schemes: schemesIn(text),
    hedged: HEDGES.test(text),
    offTopic: OFF_TOPIC.test(text) && !MEDICAL.test(text.replace(OFF_TOPIC, '')),
    hypothetical: HYPOTHETICAL.test(text),
    example: EXAMPLE.test(text),
  };
}

/** The policy years a text states (no places, schemes or hedges): for counting years cheaply. */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  // (A year dating a wage, `2023年全省平均工资`, is no year the text is about.)
  for (const match of text.matchAll(YEAR_WITH_NIAN)) if (!WAGE_YEAR.test(text.slice(match.index + match[0].length, match.index + match[0].length + 30))) years.push(Number(match[1]));
  for (const match of text.matchAll(EFFECTIVE_FROM)) years.push(Number(match[1]));
  return years;
}

/** Keeps the most specific of the codes: drops any that is an ancestor of another. */
export function mostSpecific(codes: readonly string[]): string[] {
  const unique = [...new Set(codes)];
  return unique.filter((code) => !unique.some((other) => other !== code && isAncestorOrSelf(code, other)));
}

/**
 * Narrows the regions in force by the ones a text names. A name that only restates a broader
 * place (广西 inside a section about 柳州) keeps the narrower one.
 */
export function narrowRegions(current: readonly string[], named: readonly string[]): string[] {
  if (named.length === 0) return [...current];
  const specific = mostSpecific(named);
  const fresh = specific.filter((code) => !current.some((c) => isAncestorOrSelf(code, c)));
  if (fresh.length) return fresh;
  // A name that picks some of several places in force (a round-up's title lists three cities, a
  // section names one of them) narrows to those.
  const picked = current.filter((c) => specific.some((code) => isAncestorOrSelf(code, c)));
  return picked.length && picked.length < current.length ? picked : [...current];
}

/** The scheme a text states, when it states exactly one. */
export function singleScheme(scope: TextScope): Scheme | null {
  const distinct = new Set(scope.schemes.map((s) => s.value));
  return distinct.size === 1 ? scope.schemes[0].value : null;
}

/** The schemes a text names, in order; the employee scheme a flexible worker joins is not one of them. */
export function schemesIn(text: string): Positioned<Scheme>[] {
  const schemes: Positioned<Scheme>[] = [];
  // `用人单位及其职工(含有雇工的个体工商户…)`: who a bracket says is included is not the subject either.
  const included = [...text.matchAll(INCLUDED_ASIDE)].map((m) => [m.index, m.index + m[0].length]);
  for (const [cue, scheme] of SCHEME_CUES) {
    for (const match of text.matchAll(cue)) {
      // `职工医保含灵活就业人员缴费基数…`: a scheme named in an aside of what is included is not the subject.
      if (/(?:含|包括|包含)$/.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
      if (included.some(([from, to]) => match.index > from && match.index < to)) continue;
      // `…当月起享受职工医保待遇`: the benefits named after the insurance, not whose rule it is.
      if (scheme === 'employee' && /享受$/.test(text.slice(Math.max(0, match.index - 2), match.index))
        && /^[^,;。]{0,6}?待遇/.test(text.slice(match.index + match[0].length))) continue;
      schemes.push({ at: match.index, end: match.index + match[0].length, value: scheme });
    }
  }
  schemes.sort((a, b) => a.at - b.at);
  // (Only a flexible cue near the insurance can join it, `FLEXIBLE_JOINS`/`INSURANCE_JOINED` being short:
  // the cues are walked in order with a moving start, so a long line costs what its nearby pairs do.)
  const flexible = schemes.filter((f) => f.value === 'flexible');
  let from = 0;
  const joined = schemes.filter((s) => {
    if (s.value !== 'employee') return false;
    while (from < flexible.length && flexible[from].end < s.at - JOIN_REACH) from++;
    for (let i = from; i < flexible.length && flexible[i].at <= s.end + JOIN_REACH; i++) {
      const f = flexible[i];
      if (f.at >= s.end ? FLEXIBLE_JOINS.test(text.slice(s.end, f.at))
        : f.end <= s.at && (FLEXIBLE_JOINS.test(text.slice(f.end, s.at)) || INSURANCE_JOINED.test(text.slice(f.end, s.at)))) return true;
    }
    return false;
  });
  if (!joined.length) return schemes;
  // …and once a flexible worker is said to join the employee insurance, the insurance named again later
  // (`其中:职工医保费按10%缴纳`) is still the one they pay; its members (在职职工, 用人单位) are another matter.
  const firstJoined = Math.min(...joined.map((s) => s.at));
  const renamed = schemes.filter((s) => s.value === 'employee' && s.at > firstJoined && INSURANCE_NAME.test(text.slice(s.at, s.end)));
  return schemes.filter((s) => !joined.includes(s) && !renamed.includes(s));
}

/** The employee insurance by its name (`职工医保`, `职工基本医疗`), not its members. */
const INSURANCE_NAME = /^职工(?:基本)?(?:医保|医疗)/;

/**
 * The scheme a text names, when it names exactly one: without reading places or years
 * (`灵活就业人员参加职工医保` names one, the flexible scheme).
 */
export function schemeNamedIn(text: string): Scheme | null {
  const distinct = new Set(schemesIn(text).map((s) => s.value));
  return distinct.size === 1 ? [...distinct][0] : null;
}

/** The first policy year a text states. */
export function firstYear(scope: TextScope): number | null {
  return scope.years.length ? scope.years[0].value : null;
}

/** The clause of `text` holding offset `at`: semicolons separate rules stated side by side. */
export function clauseAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf('；', at - 1)) + 1;
  const ends = [text.indexOf(';', at), text.indexOf('；', at)].filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/**
 * Whether the clause holding offset `at` hedges: a sentence that states one rule firmly and,
 * after a semicolon, another one "in principle" hedges only the second.
 */
export function hedgedAt(text: string, at: number): boolean {
  // (A hedge in a later comma clause is about what that clause says: `工资为N元,因此基数通常为…` states the wage plainly.)
  const clause = clauseAt(text, at);
  const start = Math.max(0, text.indexOf(clause));
  const rest = text.slice(at, start + clause.length).search(/[,;。]/);
  return HEDGES.test(exampleClause(rest < 0 ? clause : text.slice(start, at + rest), text, at));
}

/**
 * `多数地区按固定基数计算,例如某省按…`: the usual practice is hedged, the example after `例如` states one
 * place's rule and stands alone.
 */
function exampleClause(clause: string, text: string, at: number): string {
  const start = text.indexOf(clause);
  const head = text.slice(Math.max(0, start), at);
  const marker = /(?:(?<!比)例如|比如|譬如)/g;
  let last = -1;
  for (const m of head.matchAll(marker)) last = m.index + m[0].length;
  return last < 0 ? clause : head.slice(last) + text.slice(at, start + clause.length);
}

/** Hedges of general advice ("通常…", "部分地区…"), as opposed to a regulation's 原则上. */
export function adviceAt(text: string, at: number): boolean {
  return ADVICE.test(exampleClause(clauseAt(text, at), text, at));
}
