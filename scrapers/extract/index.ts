/**
 * The fact extractor: an article's title and text in, normalised policy facts out, each with the
 * sentence it came from. Pure and deterministic; runs in Node and in workerd.
 */
import { NATIONAL_CODE, findRegionMentions, isAncestorOrSelf, provinceOfDocumentNumber } from '../../domain/gazetteer/index';
import { MONTHLY_AFTER_VALUE, candidatesIn, tableCells, type Candidate } from './rules';
import { readingOf } from './reading';
import { CAMPAIGN_OF_YEAR, EMPLOYEE_CUE, EMPLOYEE_INSURANCE_NAME, EXAMPLE, EXAMPLE_ASIDE, FLEXIBLE_CUE, HYPOTHETICAL, INSURANCE_NAMED, INSURANCE_WORD, MEDICAL, OFF_TOPIC, OTHER_INSURANCE_WORD, PAST_RECORD, PAYROLL_CUE, RESIDENT_CUE, RULE_AND_EXAMPLE, YEAR_INSTANCE_ASIDE } from './vocabulary';
import { ALLOCATED_TO, CITY_COMMERCIAL_COVER, CLAUSE_PAYER, EMPLOYEE_YARDSTICK, EMPLOYER_PAYS, JOINED_PAYERS, KEY_LABEL, LONG_TERM_CARE, NOT_VARIANT, OTHER_COVER, PERIOD_END_LABEL, PERIOD_START_LABEL, RATE_PART, SPLIT_AFTER, SUBJECT_GROUP, VARIANT_WORDS, WINDOW_PHASE, clauseBefore } from './phrasebook';
export { normaliseWidth } from './reading';
import { MIN_CONFIDENCE, confidenceOf, type ConfidenceSignals, type RegionSource, type SchemeSource, type YearSource } from './confidence';
import {
  adviceAt,
  clauseAt,
  firstYear,
  hedgedAt,
  mostSpecific,
  narrowRegions,
  schemeNamedIn,
  scopeOf,
  yearsIn,
  singleScheme,
  type Positioned,
  type TextScope,
} from './scope';
import { parseStructure, sentencesOf, type Line, type Section, type Sentence } from './structure';
import type { DateRangeValue, Fact, FactKey, Scheme } from '../../domain/facts';
import type { ArticleInput } from './types';

export type { Fact, FactKey, FactValue, Scheme, Evidence, DateRangeValue, WaitingTier } from '../../domain/facts';
export type { ArticleInput } from './types';
export { FACT_KEYS, SCHEMES } from '../../domain/facts';

/** Longest text the extractor reads; beyond it an article is not a policy article. */
export const MAX_TEXT_LENGTH = 2_000_000;

const RESIDENT_ONLY = new Set<FactKey>([
  'contribution.individual_annual', 'contribution.subsidy_annual', 'contribution.total_annual',
  'enrollment.window', 'enrollment.late_window', 'enrollment.newborn_days',
  'incentive.continuous_years', 'incentive.cap_increase_annual',
  'waiting.per_lapsed_year_months', 'waiting.repair_per_year_months',
]);
/** Of those, the lapse rules a flexible workers' page states for them too (their window is read as such, rules.ts). */
const FLEXIBLE_TOO = new Set<FactKey>(['waiting.per_lapsed_year_months', 'waiting.repair_per_year_months']);
const PAYROLL_ONLY = new Set<FactKey>([
  'contribution.rate', 'contribution.monthly_amount', 'contribution.base_monthly',
  'contribution.base_min_monthly', 'contribution.base_max_monthly', 'wage.average_monthly',
  'wage.average_annual', 'late_fee.daily_rate', 'backpay.online_max_months',
  'backpay.max_lookback_months', 'waiting.tiers',
  'retirement.min_years_male', 'retirement.min_years_female', 'retirement.min_local_years',
]);
const NUMERAL = /[\d一二三四五六七八九十两半百千万]/;

/** The payer a rate's part is for (`单位`, `个人`). */
const PAYER_PART = /^(?:用人单位|单位|个人)$/;

/** A line that introduces the lines after it (`具体缴费标准如下:`). */
const INTRODUCES_LIST = /(?:如下|以下|下列)[^,;。]{0,4}[:：]\s*$/;

/** Groups whose share is paid for in part by assistance funds. */
const ASSISTED_GROUP = /低保|最低生活保障|特困|脱贫|资助|救助|优抚|残疾|孤儿|易致贫|监测对象|困难|贫困|建档立卡|边缘|计生|计划生育|特殊群体|特定群体|减免|代缴/;
/** Resident shares per year: never the result of a payroll sum (`8000×2%=160元`). */
const RESIDENT_SHARES = new Set<FactKey>(['contribution.individual_annual', 'contribution.subsidy_annual', 'contribution.total_annual']);

interface Level {
  scope: TextScope;
  /** The label or caption the scope was read from. */
  text?: string;
  /** True for the sentence itself: regions and years are read nearest the value. */
  local?: boolean;
}

interface ArticleDefaults {
  regions: string[];
  /** The regions were read from the body because the title names none. */
  regionsInferred: boolean;
  regionSource: RegionSource;
  year: number | null;
  yearSource: YearSource;
  scheme: Scheme | null;
  /** The title when it names the resident share (`…城乡居民医保缴费标准…`): the caption of last resort for a round-up's bare figures. */
  shareTopic: string | null;
  groupTopic: string | null;
}

/** The floor of the extraction under way (extractFacts is synchronous: one at a time). */
let minConfidence = MIN_CONFIDENCE;
/** Whether the page under way names the resident insurance anywhere: a rule of no named scheme on a page that never does is no resident's. */
let pageNamesResident = true;
/** Whether the page under way speaks of flexible workers only (no employees, no residents): a payroll figure of no named scheme is theirs. */
let pageFlexibleOnly = false;

export interface ExtractOptions {
  /** Facts below this confidence are not stated (default MIN_CONFIDENCE); calibration reads them all with 0. */
  minConfidence?: number;
}

export function extractFacts(article: ArticleInput, options: ExtractOptions = {}): Fact[] {
  const original = article.text ?? '';
  if (original.length > MAX_TEXT_LENGTH) return [];
  labelScopes = new Map();
  minConfidence = options.minConfidence ?? MIN_CONFIDENCE;
  const reading = readingOf(original);
  const text = reading.text;
  const title = readingOf(article.title ?? '').text;
  // A variant is a label, named as the reading names it (用人单位 on a traditional page too, without the
  // pinyin glosses a copy left in it); only the evidence quotes the page as written.
  const evidenceOf = (sentence: Sentence) => {
    const start = reading.toOriginal(sentence.start);
    const end = reading.toOriginal(sentence.end - 1) + 1;
    return { quote: original.slice(start, end), start, end };
  };
  const { lines, sections } = parseStructure(text, title);
  const body = sections.filter((section) => section.kind !== 'snippet').flatMap((section) => section.lines.map((line) => line.text)).join('\n');
  pageNamesResident = RESIDENT_CUE.test(title) || RESIDENT_CUE.test(body) || !PAYROLL_CUE.test(`${title}\n${body}`);
  pageFlexibleOnly = !pageNamesResident && FLEXIBLE_CUE.test(`${title}\n${body}`) && !EMPLOYEE_CUE.test(`${title}\n${body}`);
  const defaults = articleDefaults(title, text, lines, article.publishedAt);
  const headingScopes = new Map<Line, TextScope>();
  const headingScope = (line: Line) => {
    let scope = headingScopes.get(line);
    if (!scope) headingScopes.set(line, (scope = scopeOf(line.text, defaults.regions, { bareYears: true })));
    return scope;
  };

  const facts: Fact[] = [];
  // The last numbered heading (`二、灵活就业人员`, `(二)…`): an unnumbered heading after it is its sub-heading.
  let numbered: Section | null = null;
  for (const section of sections) {
    if (section.heading && NUMBERED_HEADING.test(section.heading.text)) numbered = section;
    if (section.kind !== 'article') numbered = null;
    const outer = sectionLevels(section, defaults, headingScope, numbered !== section ? numbered : null);
    if (outer.offTopic) continue;
    // A line introducing a list (`…灵活就业人员的具体缴费标准如下:`) names the scheme of the lines after it.
    let listScheme: Scheme | null = null;
    // A round-up's entry (`- 某市:` then its lines) whose first sentence states a year dates the lines after
    // it that state none, where the article's year is only a guess.
    const entryDated = outer.regionSource === 'section' && GUESSED_YEAR.has(outer.yearSource);
    let entry = outer;
    for (const line of section.lines) {
      // A heading is read too: a short line without a full stop may be the only one stating a rule.
      if (line.kind !== 'item' && line.kind !== 'paragraph' && line.kind !== 'heading') continue;
      let carriedKey: FactKey | null = null;
      let leadScheme: Scheme | null | undefined;
      let lastScheme: Scheme | null = null;
      const period = periodOfTwoLines(line, section.lines);
      // `某市落户政策中,N倍社保基数为…。个人每月需缴纳…`: the sentences after one about another insurance or policy
      // go on about it until one names medical insurance again.
      let aside: boolean = false;
      for (const sentence of period ? [period] : sentencesOf(line)) {
        // (Read only where it matters: most sentences name no other policy and follow none.)
        const other = OFF_TOPIC.test(sentence.text) && scopeAbout(sentence.text) === 'other';
        const goesOn: boolean = !other && aside && scopeAbout(sentence.text) === null;
        aside = other || goesOn;
        if (goesOn) continue;
        const produced = factsOfSentence(sentence, entry, carriedKey, leadScheme ?? listScheme, evidenceOf, lines);
        facts.push(...produced.facts);
        if (entryDated) {
          const stated = new Set((produced.facts as Ranked[]).filter((f) => f.signals?.year === 'sentence').map((f) => f.year));
          if (stated.size === 1) entry = { ...outer, year: [...stated][0], yearSource: 'section' };
        }
        carriedKey = produced.lastKey ?? carriedKey;
        // A paragraph's lead sentence sets the scheme for the rest of it (a snippet's answer line).
        if (leadScheme === undefined) leadScheme = produced.scheme;
        lastScheme = produced.scheme;
      }
      if (INTRODUCES_LIST.test(line.content.text)) listScheme = lastScheme;
      else if (leadScheme) listScheme = null;
    }
  }
  const campaign = campaignYearOf(text, facts);
  if (campaign !== null) {
    for (const fact of facts as Ranked[]) {
      if (fact.scheme === 'resident' && fact.year === campaign && fact.signals?.year !== 'rule' && !fact.signals?.snippet) fact.year = campaign + 1;
    }
  }
  return settle(facts);
}

/** Whether a sentence is about another insurance or policy alone (`other`), names medical insurance or a scheme (`medical`), or neither. */
function scopeAbout(text: string): 'other' | 'medical' | null {
  if (OFF_TOPIC.test(text) && !MEDICAL.test(text.replace(new RegExp(OFF_TOPIC.source, 'g'), ''))) return 'other';
  return MEDICAL.test(text) || schemeNamedIn(text) !== null ? 'medical' : null;
}

/**
 * The year a page names its resident campaign by, when that is the calendar year the campaign runs
 * in rather than the policy year it pays for: the page's central window opens in the autumn of that
 * year (`Y年居民医保集中缴费…`, its window `Y年9月…至12月…`), it names the campaign by the bare
 * year, and it states neither that year's 年度 nor the year after as a year of its own. Its resident rules
 * dated by that year are the next policy year's.
 */
function campaignYearOf(text: string, facts: readonly Fact[]): number | null {
  const autumn = new Set(facts.filter((f) => f.key === 'enrollment.window' && !(f as Ranked).signals?.snippet).map((f) => (f.value as DateRangeValue).start)
    .filter((start): start is string => start !== null && Number(start.slice(5, 7)) >= 9).map((start) => Number(start.slice(0, 4))));
  if (autumn.size !== 1) return null;
  const [year] = autumn;
  const named = [...text.matchAll(CAMPAIGN_OF_YEAR)].some((m) => Number(m[1] ?? m[2]) === year);
  if (!named) return null;
  const statesPolicyYear = new RegExp(`(?<!\\d)(?:${year}\\s*年\\s*度|${year + 1}\\s*年(?!\\s*的?\\s*\\d{1,2}\\s*月))`);
  return statesPolicyYear.test(text) ? null : year;
}

/**
 * A period stated on two label lines (`开始时间:2024年9月26日`, then `结束时间:2024年12月20日`) is read
 * as one, from the start line to the end line: the caption above the start line names its kind.
 */
function periodOfTwoLines(line: Line, sectionLines: readonly Line[]): Sentence | null {
  if (!line.label || !PERIOD_START_LABEL.test(line.label.text.trim())) return null;
  const at = sectionLines.indexOf(line);
  const end = sectionLines.slice(at + 1, at + 5).find((other) => other.label && PERIOD_END_LABEL.test(other.label.text.trim()));
  if (!end) return null;
  // (…each date closing its line with a stop or a semicolon: `开始时间:2022年11月15日;`.)
  const unclosed = (text: string) => text.replace(/[\s;。,]+$/, '');
  const dateOf = (l: Line) => unclosed(l.content.text.slice(l.label!.end - l.content.start).replace(/^\s*[:：]\s*/, '')).trim();
  const [from, to] = [dateOf(line), dateOf(end)];
  if (!/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(from) || !/^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(to)) return null;
  return { text: `${unclosed(line.content.text.trim())}至${to}`, start: line.content.start, end: end.end, line, inlineHeading: null };
}

interface OuterScope {
  /** Scopes from the section heading outwards, nearest first. */
  levels: TextScope[];
  /** Regions only guessed from the article body: a hedged rule there is general advice. */
  inferredRegions: string[] | null;
  regions: string[];
  regionSource: RegionSource;
  year: number | null;
  yearSource: YearSource;
  scheme: Scheme | null;
  offTopic: boolean;
  /** The section is a worked case: only a sentence naming a place of its own states a rule. */
  example: boolean;
  snippet: boolean;
  /** The numbered heading an unnumbered section heading sits under (`一、退休人员补缴` above `缴费比例`). */
  outline?: string;
  /** The title, when it names the resident share (ArticleDefaults.shareTopic). */
  topic?: string;
  /** The one group a page is about (`某市高校大学生医保参保指南`): its shares' group where a sentence names none. */
  groupTopic?: string;
}

const BASE_BOUNDS = new Set<FactKey>(['contribution.base_min_monthly', 'contribution.base_max_monthly']);
/** An employer or its staff (`单位缴费比例`, `在职职工`): flexible workers have neither. */
const EMPLOYER_OR_STAFF = /单位|企业|雇主|在职职工|职工个人|退休职工/;

/** A numbered heading (`二、…`, `(二)…`, `第二部分`). */
const NUMBERED_HEADING = /^[\s\-•·]*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|第[一二三四五六七八九十]{1,3}[部分章节条])/;
/** A heading that is only the employee insurance's name (`职工医疗保险:`, `二、职工基本医疗保险`, `职工社会医疗保险`). */
const INSURANCE_NAME_ONLY = /^[\s\-•·]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])?\s*(?:城镇)?职工(?:基本|社会)?(?:医疗保险|医保)\s*[:]?\s*$/;

/**
 * The scheme a heading or label names. Under a page for flexible workers, one that is only the
 * insurance's name (`- 职工医疗保险:`) names the insurance they join, not the employee scheme.
 */
function schemeOfCaption(named: Scheme | null, text: string | undefined, pageScheme: Scheme | null): Scheme | null {
  return named === 'employee' && pageScheme === 'flexible' && text !== undefined && INSURANCE_NAME_ONLY.test(text) ? 'flexible' : named;
}

/**
 * A headline of another page left in a copy (`某市地铁3号线站台门启用`): a heading of some length, no
 * caption's colon, and no word of insurance or policy names no place the rules below it are for.
 */
const STRAY_HEADLINE = /^[^:]{9,}$/;
const POLICY_WORD = /医保|医疗|参保|缴费|缴纳|社保|保险|待遇|补缴|断缴|断保|筹资|基数|费率|政策|标准|居民|职工|灵活就业|新生儿|报销|通知|办法/;

function sectionLevels(
  section: Section,
  defaults: ArticleDefaults,
  headingScope: (line: Line) => TextScope,
  numbered: Section | null,
): OuterScope {
  const levels: TextScope[] = [];
  const texts: string[] = [];
  const push = (heading: Line) => (levels.push(headingScope(heading)), texts.push(heading.text));
  if (section.heading) push(section.heading);
  if (section.parent?.heading) push(section.parent.heading);
  // `二、灵活就业人员` then `缴费比例差异`, `(二)灵活就业人员` then `职工社会医疗保险`: an unnumbered heading
  // under a numbered one is its sub-heading, scoped by it too.
  const outline = !section.parent?.heading && section.heading && numbered?.heading && !NUMBERED_HEADING.test(section.heading.text) ? numbered.heading : null;
  if (outline) push(outline);
  const topic = section.topic;
  if (topic && topic !== section && topic.heading) push(topic.heading);

  const inSnippet = section.kind === 'snippet';
  let regions = inSnippet ? [NATIONAL_CODE] : defaults.regions;
  let regionSource: RegionSource = inSnippet ? 'none' : defaults.regionSource;
  const footerYear = inSnippet ? snippetYear(section) : null;
  let year = footerYear ?? defaults.year;
  let yearSource: YearSource = footerYear !== null ? 'published' : defaults.yearSource;
  let scheme = defaults.scheme;
  let namedAbove = false;
  for (const [i, scope] of [...levels.entries()].reverse()) {
    const named = STRAY_HEADLINE.test(texts[i]) && !POLICY_WORD.test(texts[i]) ? [] : scope.regions.map((r) => r.value);
    const narrowed = narrowRegions(regions, named);
    // A heading naming the place in force (`- 某市:` when the title names none) states it too.
    const restated = named.length > 0 && narrowed.every((code) => named.some((n) => isAncestorOrSelf(n, code)));
    if (!sameCodes(narrowed, regions) || restated) regionSource = 'section', namedAbove = true;
    regions = narrowed;
    const stated = firstYear(scope);
    if (stated !== null) year = stated, yearSource = 'section';
    scheme = schemeOfCaption(singleScheme(scope) ?? (scope.schemes.length ? scope.schemes[0].value : scheme), texts[i], scheme);
  }
  const offTopic = levels.some((scope) => scope.offTopic);
  // A section headed as a worked case (`四、示例计算`, `【案例】`) with no place of its own is one person's sums.
  // (…not one headed as a rule and its case together, `缴费比例与计算示例`: its example sentences are cases themselves.)
  const example = levels.some((scope, i) => scope.example && scope.regions.length === 0 && !RULE_AND_EXAMPLE.test(texts[i]));
  const inferredRegions = !inSnippet && !namedAbove && defaults.regionsInferred && sameCodes(regions, defaults.regions) ? regions : null;
  return { levels, inferredRegions, regions, regionSource, year, yearSource, scheme, offTopic, example, snippet: inSnippet, ...(outline ? { outline: outline.text } : {}), ...(defaults.shareTopic && !inSnippet ? { topic: defaults.shareTopic } : {}), ...(defaults.groupTopic && !inSnippet ? { groupTopic: defaults.groupTopic } : {}) };
}

/** A related-article snippet carries its own date line (`健康新闻 2025-03-11`). */
function snippetYear(section: Section): number | null {
  const footer = section.lines.find((line) => line.kind === 'footer');
  const match = footer && /(\d{4})[-/.]\d{1,2}[-/.]\d{1,2}/.exec(footer.text);
  return match ? Number(match[1]) : null;
}

/** A page about one group's insurance (`高校大学生医保`, `中小学生参保`). */
const GROUP_TOPIC = /(高校大学生|大学生|中小学生|在校学生)(?:医保|医疗保险|参保)/;

/** A central enrolment window opening in autumn, with its year (`集中参保期:2024年9月1日至…`). */
const AUTUMN_WINDOW = /集中(?:参保|缴费|征缴)(?:缴费)?(?:期|时间)\s*(?:为|是|:)?\s*((?:19|20)\d{2})\s*年\s*(?:9|10|11|12)\s*月/;

/** The date a page gives itself (`更新时间:2022-03-21`, `发布日期:2024年5月6日`, a line opening `时间:2023-05-10`). */
const PAGE_DATE_LINE = /(?:(?:更新|发布|发表|印发)(?:时间|日期)\s*[:]?|(?:^|\n)\s*(?:时间|日期)\s*[:])\s*(20\d{2})\s*[-/.年]\s*\d{1,2}/;

function articleDefaults(title: string, text: string, lines: Line[], publishedAt?: string): ArticleDefaults {
  const scope = scopeOf(title, [], { bareYears: true });
  let regions = mostSpecific(scope.regions.map((r) => r.value));
  let regionsInferred = false;
  let regionSource: RegionSource = 'title';
  if (regions.length === 0) {
    const inferred = bodyRegion(lines);
    regionsInferred = inferred !== null && !inferred.issuer;
    regions = inferred?.regions ?? [NATIONAL_CODE];
    regionSource = inferred ? (inferred.issuer ? 'issuer' : 'body') : 'none';
  }
  // A search result's excerpt has no title: its first line (the answer line) stands in for one.
  // (…not a picture's caption or a line all in brackets above it: `(资料图片)`.)
  const lead = lines.find((line) => line.text.trim() !== '' && !SOURCE_LINE.test(line.text) && !BRACKETED_LINE.test(line.text));
  const untitled = title.trim() === '' && lead !== undefined && lead.section.kind !== 'snippet';
  if (untitled && regionSource === 'body' && scopeOf(lead.text, []).regions.some((r) => r.value === regions[0])) regionSource = 'lead';

  let year = firstYear(scope);
  let yearSource: YearSource = 'title';
  if (year === null) {
    year = bodyYear(lines), yearSource = 'body';
    // (An untitled excerpt's first line stating a year, `根据某省2024年社保缴费政策,…如下:`, dates it as a title would.)
    // (…not a year of an aside in it: `…标准如下(该标准执行至2025年6月,2025年新标准待公布):`.)
    const leadYear = untitled ? yearsIn(lead.text.replace(/\([^()]*\)/g, ''))[0] : undefined;
    if (leadYear !== undefined) year = leadYear, yearSource = 'lead';
    // An untitled excerpt's first line is read as a title: its year may stand bare (`2021某市医保缴费比例`).
    if (year === null && untitled) year = firstYear(scopeOf(lead.text, [], { bareYears: true })), yearSource = 'lead';
  }
  if (year === null && publishedAt) {
    const match = /^(\d{4})/.exec(publishedAt);
    if (match) year = Number(match[1]), yearSource = 'published';
  }
  if (year === null) {
    // (A date the page labels its own, `更新时间:2022-03-21`, outranks a related link's bare date above it.)
    // (…or a date run into the page's view count, `2024-03-150次浏览`: the day has two digits.)
    const dated = PAGE_DATE_LINE.exec(text) ?? /(?<!\d)(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(text) ?? /(?<!\d)(20\d{2})[-/.](\d{2})[-/.](\d{2})(?=\d+\s*次(?:浏览|阅读))/.exec(text);
    if (dated) year = Number(dated[1]), yearSource = 'published';
  }
  if (year === null) year = mostFrequentYear(text), yearSource = 'guessed';
  // A page dated only by its date line that states an autumn enrolment window (`集中参保期:2024年9月1日至12月31日`)
  // is about the policy year that window pays for.
  if (yearSource === 'published' || yearSource === 'guessed') {
    const window = AUTUMN_WINDOW.exec(text);
    if (window && (year === null || Number(window[1]) + 1 >= year)) year = Number(window[1]) + 1, yearSource = 'body';
  }
  // A title naming no scheme (or no title: a search result's excerpt) leaves it to the first line.
  const scheme = scope.schemes.length ? scope.schemes[0].value : lead ? schemeNamedIn(lead.text) ?? (untitled ? schemeBelowPageChrome(lines, lead) : null) : null;
  // (An untitled excerpt's first heading stands in for its title: `2026城乡居民医保缴费标准全国统一吗`.)
  const topicOf = (text: string) => SHARE_TOPIC.test(text) && !/补助|补贴|筹资|养老/.test(text);
  const shareTopic = topicOf(title) ? title : title.trim() ? null : lines.slice(0, 12).find((line) => line.kind === 'heading' && topicOf(line.text))?.text ?? null;
  // A page about one group (`某市高校大学生医保参保指南`), by its title or an untitled excerpt's first line.
  const groupTopic = GROUP_TOPIC.exec(title.trim() ? title : untitled ? lead.text : '')?.[1] ?? null;
  return { regions, regionsInferred, regionSource, year, yearSource, scheme, shareTopic, groupTopic };
}

/**
 * An excerpt opening with a page's chrome (`某地本地生活`, `文章插图`: a short line naming nothing of insurance)
 * before its title: the scheme the first title-like line of the next few names.
 */
function schemeBelowPageChrome(lines: Line[], lead: Line): Scheme | null {
  // (…or with the issuer's name on a line of its own, `某州医疗保障局`, above a notice's title.)
  // (…or a headline's fragment of shares of costs, `一档60%、二档70%`: a sum of money is a statement, no chrome.)
  // (…or a bare date or span of dates above the text: `2024年12月20日至2025年3月31日`.)
  const dateOnly = /^(?:19|20)\d{2}\s*[年\-\/.][\d年月日至到\-—~\s:.\/]*$/.test(lead.text.trim());
  if ((lead.text.trim().length > 16 && !dateOnly) || (MEDICAL.test(lead.text) && !ISSUER_LINE.test(lead.content.text)) || /\d\s*(?:万|千)?\s*元/.test(lead.text)) return null;
  const next = lines.filter((line) => line.index > lead.index && line.text.trim() !== '' && line.section.kind !== 'snippet').slice(0, 3);
  // (Below a bare date, the first sentence of the line after it is the text's own opening.)
  if (dateOnly && next[0]) return schemeNamedIn(next[0].text.split('。')[0]);
  for (const line of next) {
    const text = line.text.trim();
    if (text.length > 60 || /。/.test(text)) return null;
    const named = schemeNamedIn(text);
    if (named) return named;
  }
  return null;
}

/** A page's source or date line (`来源: … 最后更新:…`): no answer line. */
const SOURCE_LINE = /^\s*(?:来源|发布时间|发布日期|更新时间|最后更新|作者|编辑)\s*[:]/;
/** A line all in brackets (`(资料图片)`, `【图】`): a caption or a note, never an excerpt's title. */
const BRACKETED_LINE = /^\s*(?:\([^()]*\)|【[^【】]*】|\[[^\[\]]*\])\s*$/;

/**
 * The policy year an undated title's article is about: the year its own text states most often
 * (dates excluded; related-article snippets are other articles).
 */
function bodyYear(lines: Line[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (line.section.kind === 'snippet') break;
    // A worked case (`例1:张三2021年7月起断缴…`) dates one person's story, not the rule.
    for (const sentence of sentencesOf(line)) {
      if (EXAMPLE.test(sentence.text)) continue;
      for (const year of yearsIn(sentence.text)) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  return best;
}

const ISSUER_LINE = /^[\u4e00-\u9fff]{2,14}(?:医疗保障局|医保局|人力资源和社会保障局|人民政府办公室|人民政府|税务局|医疗保障事务中心)$/;

/** An article whose title names no place is about its issuer's, else the first place its own text names. */
function bodyRegion(lines: Line[]): { regions: string[]; issuer: boolean } | null {
  // A notice signed by its issuer (`某市医疗保障局` on a line of its own) is that place's.
  for (const line of lines) {
    if (line.section.kind === 'snippet') break;
    if (!ISSUER_LINE.test(line.content.text)) continue;
    const mentions = findRegionMentions(line.content.text);
    if (mentions.length && mentions[0].start === 0) return { regions: [mentions[0].candidates[0]], issuer: true };
  }
  // (A page's chrome before the text, `某地妇幼保健院挂号流程`, a short line naming nothing of insurance among
  // the first, names no place of the text.)
  const chrome = new Set(lines.filter((line) => line.text.trim() !== '').slice(0, 3).filter((line) => line.text.trim().length <= 30 && !INSURANCE_WORD.test(line.text)));
  for (const line of lines) {
    if (line.section.kind === 'snippet') break;
    if (line.kind === 'footer' || chrome.has(line)) continue;
    for (const sentence of sentencesOf(line)) {
      if (EXAMPLE.test(sentence.text) || HYPOTHETICAL.test(sentence.text)) continue;
      const mentions = findRegionMentions(sentence.text);
      if (mentions.length) return { regions: [nestedPlace(sentence.text, mentions)], issuer: false };
    }
  }
  // A notice that names no place but its document number (`沪医保规〔2024〕4号`, `本市…`) is its issuer's.
  for (const line of lines) {
    if (line.section.kind === 'snippet') break;
    const province = provinceOfDocumentNumber(line.content.text);
    if (province) return { regions: [province], issuer: true };
  }
  return null;
}

/** `湖北荆门…`, `广东省佛山市…`: a place written right after the province holding it is the more specific one. */
function nestedPlace(text: string, mentions: ReturnType<typeof findRegionMentions>): string {
  let code = mentions[0].candidates[0];
  for (let i = 1; i < mentions.length; i++) {
    const next = mentions[i].candidates.find((c) => c !== code && isAncestorOrSelf(code, c));
    if (!next || !/^(?:省|市|自治区)?$/.test(text.slice(mentions[i - 1].end, mentions[i].start))) break;
    code = next;
  }
  return code;
}

/** A date a sentence bounds something by (`Y年M月D日以前`, `截止时间为Y年M月`). */
const CUTOFF_AFTER = /^\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:以前|之前|前|为止|止|底)/;
const COHORT_AFTER = /^\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:\(含\))?\s*(?:以前|之前|前|以后|之后|后)\s*(?:首次)?(?:参加工作|参保|参加|从外地|转入|出生|入职|退休|在本市)/;
const CUTOFF_BEFORE = /(?:截止|截至)(?:到|至)?(?:时间|日期)?(?:为|是|到|至)?\s*$/;

function mostFrequentYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/(?<!\d)(20\d{2})\s*年/g)) {
    // The end of a past record counted towards retirement (`…以前的连续工龄视同缴费年限`) dates no rule.
    const end = match.index + match[0].length;
    const cutoff = CUTOFF_AFTER.test(text.slice(end, end + 12)) || CUTOFF_BEFORE.test(text.slice(Math.max(0, match.index - 10), match.index));
    if (cutoff && PAST_RECORD.test(sentenceAround(text, match.index))) continue;
    // …nor does a cohort's boundary (`2017年1月1日前参加工作者`, `…日后从外地转入的`).
    if (COHORT_AFTER.test(text.slice(end, end + 24))) continue;
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > counts.get(best)!) best = year;
  return best;
}

/** The sentence of `text` holding offset `at` (between full stops). */
function sentenceAround(text: string, at: number): string {
  const start = text.lastIndexOf('。', at) + 1;
  const stop = text.indexOf('。', at);
  return text.slice(start, stop < 0 ? text.length : stop);
}

/** Labels repeat down a list (the same caption, the same parent item): read each once per article. */
let labelScopes = new Map<string, TextScope>();
function labelScope(text: string, context: readonly string[]): TextScope {
  const id = `${context.join(',')}|${text}`;
  let scope = labelScopes.get(id);
  if (!scope) labelScopes.set(id, (scope = scopeOf(text, context)));
  return scope;
}

/** Scopes between the sentence and its section: inline heading, labels, parent list items. */
function innerLevels(sentence: Sentence, context: readonly string[]): { levels: Level[]; labels: string[] } {
  const levels: Level[] = [];
  const labels: string[] = [];
  const { line } = sentence;
  if (sentence.inlineHeading?.text) {
    levels.push({ scope: labelScope(sentence.inlineHeading.text, context), text: sentence.inlineHeading.text });
    labels.push(sentence.inlineHeading.text);
  }
  if (line.label && sentence.start > line.label.end) {
    levels.push({ scope: labelScope(line.label.text, context), text: line.label.text });
    labels.push(line.label.text);
  } else if (line.label) {
    labels.push(line.label.text);
  }
  for (let parent = line.parent; parent; parent = parent.parent) {
    // (A long paragraph the items hang under is read by the sentence that opens them: `…达到N元/人。某市2026年度个人缴费标准为:`.)
    const opener = /:\s*$/.test(parent.content.text) ? lastSentence(parent.content.text) : '';
    const text = parent.label?.text ?? (parent.content.text.length <= 40 ? parent.content.text : opener.length >= 4 && opener.length <= 60 ? opener : null);
    if (!text) continue;
    levels.push({ scope: labelScope(text, context), text });
    labels.push(text);
  }
  // A caption line before a list of `label:value` lines (`财政补助标准`, then `一档:670元`).
  // (A long paragraph a list hangs under is no label of its own: the caption still leads the list.)
  if ((line.kind === 'item' || line.kind === 'paragraph') && (!line.parent || line.parent.content.text.length > 40) && line.label) {
    const caption = captionBefore(line);
    if (caption) {
      levels.push({ scope: labelScope(caption, context), text: caption });
      labels.push(caption);
    } else {
      // `2025年各档个人缴费标准提高30元,具体为:` then `一档:410元/人`: a list's year stated once, in the line that opens it.
      const opener = datedListOpener(line);
      if (opener) levels.push({ scope: { ...labelScope(opener, context), regions: [] }, text: opener });
    }
  }
  // `…个人缴费标准如下:` then unnumbered lines (`甲从每人每年A元调整为B元;`): the opener names the key of each.
  if (line.kind === 'paragraph' && !line.label && !line.parent) {
    const opener = listOpenerAbove(line);
    if (opener) labels.push(opener);
  }
  // A list right under a heading (`个人缴费标准` then `一档:400元/年`) takes its key from it.
  const heading = line.section.heading;
  if ((line.kind === 'item' || (line.kind === 'paragraph' && line.label)) && heading && !line.parent) labels.push(heading.text);
  // …and so does the first paragraph under a short caption (`个人缴费标准` then `每人每年400元…`).
  else if (line.kind === 'paragraph' && heading && heading.text.length <= 12 && line.section.lines.find((l) => l.kind !== 'heading') === line) labels.push(heading.text);
  return { levels, labels };
}

/** The non-empty lines above a line in its section, nearest first, with their trimmed text; at most the 12 lines above it. */
function* nonEmptyLinesAbove(line: Line): Generator<[Line, string]> {
  const lines = line.section.lines;
  const first = lines[0]?.index ?? 0;
  for (let i = line.index - first - 1, seen = 0; i >= 0 && seen < 12; i--, seen++) {
    const text = lines[i].content.text.trim();
    if (text) yield [lines[i], text];
  }
}

/** The line introducing a run of lines that each state a figure (`…标准如下:`), above a line of the run; null otherwise. */
function listOpenerAbove(line: Line): string | null {
  for (const [other, text] of nonEmptyLinesAbove(line)) {
    if (INTRODUCES_LIST.test(text)) return text;
    if (other.kind === 'heading' || !/\d\s*元/.test(text)) return null;
  }
  return null;
}

/** The line opening a run of `label:value` lines when it states a year and introduces them (`…标准如下:`, `具体为:`, `2024年各档缴费标准按…执行`). */
const LIST_OPENER = /[:]\s*$|如下|具体|分别/;
function datedListOpener(line: Line): string | null {
  for (const [other, text] of nonEmptyLinesAbove(line)) {
    if (other.label && !yearsIn(other.label.text).length) continue;
    return other.kind !== 'heading' && !other.label && (LIST_OPENER.test(text) || (/标准/.test(text) && !/\d\s*元/.test(text))) && yearsIn(text).length ? text : null;
  }
  return null;
}

/** The group a labelled line's parent item names (`3. 低保边缘家庭成员` above `• 成年人: N元`), without its number. */
function parentGroupOf(line: Line): string | undefined {
  if (!line.label || !line.parent || line.parent.label) return undefined;
  const text = line.parent.content.text.trim().replace(/^(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,2}[)）])\s*/, '').replace(/[:\s]+$/, '');
  // (`缴费档次与金额`, `缴费标准`: a caption of tiers or of the share names no group.)
  if (!text || text.length > 16 || /\d|档|金额|缴费|标准/.test(text) || !SUBJECT_GROUP.test(text) || KEY_LABEL.test(text) || NOT_VARIANT.test(text)) return undefined;
  return text;
}

/** A short heading above a line that names a group (`在校学生群体`, `少儿医保`), without its `政策`. */
function groupCaptionOf(line: Line): string | undefined {
  const text = line.section.heading?.content.text.replace(/[:\s]+$/, '').replace(/(?:政策|标准|规定|说明)$/, '');
  if (!text || text.length > 12 || /\d/.test(text) || line.section.kind === 'snippet') return undefined;
  return SUBJECT_GROUP.test(text) && !KEY_LABEL.test(text) && !NOT_VARIANT.test(text) ? text : undefined;
}

/** The line before a sentence's line that introduces it: a short caption, or one ending in `:`. */
function leadLine(sentence: Sentence, lines: readonly Line[]): string | undefined {
  const within = sentence.line.content.text.indexOf(sentence.text);
  if (sentence.start !== sentence.line.content.start && within > 0) {
    // `3缴费标准是多少?每人每年120元。`: an answer after its question on one line is led by the question.
    const question = /(?:^|[。;!])\s*(?:\d{1,2}[.、]?)?([^。;!?]{2,24}[?？])\s*$/.exec(sentence.line.content.text.slice(0, within));
    return question ? question[1] : undefined;
  }
  for (let i = sentence.line.index - 1; i >= 0 && i >= sentence.line.index - 4; i--) {
    const text = lines[i].content.text.trim();
    if (!text || /^[-•·]$/.test(text)) continue;
    // (…or a line that ends on the subject of the lines below it: `某市2021年度…参保职工社保缴费基数。`)
    return (text.length <= 24 && !/\d{1,2}\s*月/.test(text)) || /[:]\s*$/.test(text) || SUBJECT_LEAD.test(text) ? text : undefined;
  }
  return undefined;
}

/** What a wage sets after it (`…计算,确定2021年…缴费基数`): the base of a year of its own. */
const WAGE_SETS_BASE_OF = /^[^。;]{0,16}?(?:计算|核定|为基础|为依据)?[,]?\s*(?:确定|核定|作为|用于|据此确定|调整)[^。;\d]{0,8}?((?:19|20)\d{2})\s*年(?:度)?[^。;]{0,30}?基数/;
/** …or a wage taken as the base of the year its sentence opens with (`2021年…以2020年…平均工资…作为缴费基数`). */
const WAGE_AS_BASE_AFTER = /^[^。;,]{0,24}?(?:作为|为)\s*(?:月)?(?:缴费|申报)?基数/;
const BASE_YEAR_OPENING = /^[^。;]{0,20}?((?:19|20)\d{2})\s*年(?:度)?[^。;\d]{0,30}?(?:以|按)/;

/** Payroll figures another social insurance states the same way (养老保险 20%, 缴费基数). */
const PAYROLL_FIGURES = new Set<FactKey>(['contribution.rate', 'contribution.base_monthly', 'contribution.base_min_monthly', 'contribution.base_max_monthly', 'contribution.monthly_amount']);
const MATERNITY_ONLY = /生育保险/;
const MEDICAL_INSURANCE_NAMED = /医疗保险|医保|基本医疗/;

/**
 * Whether a sentence that names no medical insurance stands under a caption of another one: the
 * nearest heading or list item above it (`一、以个人身份参加企业职工基本养老保险`) names only that.
 */
function underOtherInsurance(sentence: Sentence, lines: readonly Line[]): boolean {
  if (MEDICAL.test(sentence.text)) return false;
  for (let i = sentence.line.index - 1; i >= 0 && i >= sentence.line.index - 6; i--) {
    const line = lines[i];
    const text = line.content.text.trim();
    if (!text || /^[-—•·]$/.test(text)) continue;
    // (A sibling item stating its own figure, `- 单位:16%` above `- 个人:8%`, is no caption: the one above them is.)
    if (line.kind === 'item' && line.label && /\d/.test(text) && !OFF_TOPIC.test(text)) continue;
    // (…and so is a line opening the list, `灵活就业人员养老保险可选择以下五档缴费基数:`.)
    const opener = line.kind === 'paragraph' && /:\s*$/.test(text);
    if (line.kind !== 'heading' && line.kind !== 'item' && !opener) continue;
    return OFF_TOPIC.test(text) && !MEDICAL.test(text) && !MATERNITY_ONLY.test(text);
  }
  return false;
}

/** A title about the resident share (`2026城乡居民医保缴费标准…`, `…个人缴费标准汇总`). */
const SHARE_TOPIC = /缴费标准|个人缴费/;

/** A line that ends on the subject of the label lines below it (`…参保职工社保缴费基数。`, `…缴费标准如下`). */
const SUBJECT_LEAD = /(?:缴费基数|缴费标准|缴费比例|缴费费率)(?:如下)?\s*[。:]?\s*$/;

/** The line naming the subject above a run of label lines (`…缴费基数。` over `下限:…`, `上限:…`), if it is one. */
function subjectLeadOf(line: Line): string | undefined {
  for (const [other, text] of nonEmptyLinesAbove(line)) {
    if (other.label) continue;
    return other.kind === 'paragraph' && SUBJECT_LEAD.test(text) ? text : undefined;
  }
  return undefined;
}

/** Whether the nearest non-empty line above `line` in its section is its sibling: the same parent, the same depth. */
function siblingAbove(line: Line): boolean {
  for (const [other] of nonEmptyLinesAbove(line)) return other.parent === line.parent && other.depth === line.depth;
  return false;
}

/**
 * The nearest short line without figures above a `label:value` item, across the item's siblings
 * (other `label:value` lines and empty list markers); null at a heading or a sentence.
 */
function captionBefore(line: Line): string | null {
  for (const [other, text] of nonEmptyLinesAbove(line)) {
    if (other.kind === 'heading') return null;
    if (/\d/.test(text)) {
      if (other.label) continue;
      return null;
    }
    return text.length <= 24 && !/[。;]/.test(text) ? text.replace(/[:\s]+$/, '') : null;
  }
  return null;
}

function factsOfSentence(
  sentence: Sentence,
  outer: OuterScope,
  carriedKey: FactKey | null,
  lineScheme: Scheme | null,
  evidenceOf: (sentence: Sentence) => Fact['evidence'],
  allLines: readonly Line[],
): { facts: Fact[]; lastKey: FactKey | null; scheme: Scheme | null } {
  // A sentence without a numeral states no value: only the scheme it names matters (to the next).
  if (!NUMERAL.test(sentence.text)) return { facts: [], lastKey: null, scheme: schemeNamedIn(sentence.text) };
  const own = scopeOf(sentence.text, outer.regions);
  // On a page for flexible workers, a sentence naming only the employee insurance (`职工基本医疗保险月缴费基数为…`)
  // names the insurance they join; employees as people (`在职职工`, `用人单位`) are another scheme.
  const insuranceNamed = outer.scheme === 'flexible' && own.schemes.length > 0
    && own.schemes.every((s) => s.value === 'employee' && EMPLOYEE_INSURANCE_NAME.test(sentence.text.slice(s.at, s.end)))
    && !EMPLOYER_OR_STAFF.test(sentence.text);
  if (insuranceNamed) own.schemes = own.schemes.map((s) => ({ ...s, value: 'flexible' as Scheme }));
  const ownScheme = singleScheme(own);
  if (own.hypothetical || own.offTopic) return { facts: [], lastKey: null, scheme: ownScheme };
  // A worked example (`例如,按最低基数计算…`) states one person's case; one that names a place
  // (`例如,某省的补缴时间为…`) states that place's rule.
  if ((own.example || outer.example) && own.regions.length === 0) return { facts: [], lastKey: null, scheme: ownScheme };
  const { levels, labels } = innerLevels(sentence, outer.regions);
  const lead = leadLine(sentence, allLines);
  // A caption line of its own before a paragraph or an indented line of its depth (`灵活就业人员超过3个月未缴费:`
  // then `…不超过3个月的等待期`), its sibling under the same parent, scopes it like a label.
  if (lead && /:\s*$/.test(lead) && !sentence.line.label && sentence.line.kind !== 'heading' && (!sentence.line.parent || siblingAbove(sentence.line))) {
    // (A document the lead cites, `根据《…关于做好2025年…工作的通知》,现调整如下:`, is not what it dates or places.)
    // (…and only its last sentence introduces the lines below: `…补助标准达到N元/人。某市2026年度个人缴费标准为:`.)
    const caption = lastSentence(lead);
    levels.push({ scope: labelScope(caption.replace(/《[^《》]*》/g, '《》'), outer.regions) });
    labels.push(caption);
  } else if (sentence.line.label && !sentence.line.parent) {
    // `某市2021年度…缴费基数。` then `下限:3699元`, `上限:18495元`: the line naming the subject scopes the label lines below it.
    const subject = subjectLeadOf(sentence.line);
    if (subject) {
      levels.push({ scope: labelScope(subject, outer.regions) });
      labels.push(subject);
    }
  }

  // Scope above the sentence: inner levels narrow what the section says.
  let regions = outer.regions;
  let year: number | null = null;
  let scheme: Scheme | null = null;
  for (const { scope } of [...levels].reverse()) regions = narrowRegions(regions, scope.regions.map((r) => r.value));
  const labelRegion = !sameCodes(regions, outer.regions);
  for (const { scope, text } of levels) {
    year ??= firstYear(scope);
    scheme ??= schemeOfCaption(singleScheme(scope), text, outer.scheme);
  }
  // `3.自2026年1月1日起,某市…维持N元不变。某市…下限为A元,上限为B元`: a start date opening a paragraph dates the
  // sentences after it in that paragraph.
  if (year === null && sentence.start > sentence.line.content.start) {
    const opening = PARAGRAPH_START_DATE.exec(sentence.line.content.text);
    if (opening && sentence.line.content.start + opening[0].length <= sentence.start) year = Number(opening[1]);
  }
  const innerYear = year;
  const innerScheme = scheme;
  year ??= outer.year;
  // An earlier sentence of the same paragraph that names the scheme scopes the ones after it.
  // In an article for flexible workers, the 职工医保 an earlier sentence names is the insurance
  // they join, not another scheme.
  if (scheme === null && lineScheme === 'employee' && outer.scheme === 'flexible') scheme = 'flexible';
  scheme ??= lineScheme ?? outer.scheme;
  const hedgedAbove = levels.some(({ scope }) => scope.hedged);

  const tableHeaderCells = tableHeader(sentence.line, allLines);
  // A table's header naming a scheme (`某市灵活就业人员缴费标准费基数 | …`) scopes its rows.
  const headerScheme = tableHeaderCells ? schemeNamedIn(tableHeaderCells.join(' ')) : null;
  if (headerScheme && own.schemes.length === 0) scheme = headerScheme;
  const candidates = candidatesIn(sentence.text, {
    labels,
    lineText: sentence.line.content.text,
    scopeYear: nearestBefore(yearsAt(own.years, sentence.text.length), sentence.text.length)?.value ?? year,
    scheme: own.schemes.length ? own.schemes[0].value : scheme,
    carriedKey,
    lead,
    groupCaption: groupCaptionOf(sentence.line) ?? outer.groupTopic,
    parentGroup: parentGroupOf(sentence.line),
    headings: [sentence.line.section.heading?.text, sentence.line.section.parent?.heading?.text, outer.outline, outer.topic].filter((h): h is string => !!h),
    tableHeader: tableHeaderCells,
  });

  const facts: Fact[] = [];
  let lastKey: FactKey | null = null;
  let otherInsurance: boolean | undefined;
  const header = sentence.line.text.startsWith('|') ? tableHeaderCells ?? null : null;
  for (const candidate of candidates) {
    // A row of a pipe table (`| 财政补贴金额 | 640元 | 1020元 |`) names its key; the header names each column's group.
    if (header && !candidate.variant) {
      const column = (sentence.text.slice(0, candidate.at).match(/\|/g) ?? []).length - (sentence.text.startsWith('|') ? 1 : 0);
      const group = header[column];
      if (group && VARIANT_WORDS.test(group) && !NOT_VARIANT.test(group) && !KEY_LABEL.test(group)) candidate.variant = group;
    }
    // `多地设高低档(如某市低档400元/高档900元)`: a figure inside an example aside is the place the aside names.
    const example = own.exampleRegions.filter((r) => r.end <= candidate.at && candidate.at < (r.asideUntil ?? 0)).pop();
    // (…and one inside an aside naming no place, `2%(如基数6000元,个人月缴120元)`, is one person's case.)
    if (!example && inExampleAside(sentence.text, candidate.at)) continue;
    let factRegions = example ? narrowRegions(regions, [example.value]) : regionsFor(candidate, sentence.text, own, regions);
    // `全省全口径…平均工资`, `自治区全口径…平均工资`: the province's wage, whatever city the page is about.
    if (candidate.key.startsWith('wage.') && /全省|自治区/.test(sentence.text.slice(0, candidate.at)) && own.regions.every((r) => r.at > candidate.at || r.value.endsWith('0000'))) {
      factRegions = [...new Set(factRegions.map((code) => (code === NATIONAL_CODE ? code : `${code.slice(0, 2)}0000`)))];
    }
    let factYear = yearFor(candidate, own, innerYear, year, outer.year, sentence.text, sentence.line.section.heading?.content.text ?? '');
    if (factYear === null) continue;
    // `据悉,明年初,某市…费率由A%调整为B%` on a page dated only by its publication: the year after it.
    if (outer.yearSource === 'published' && innerYear === null && own.years.length === 0 && candidate.year === undefined && !candidate.yearOffset
      && /明年|下一?年度/.test(sentence.text.slice(0, candidate.at))) factYear += 1;
    // `按2020年…平均工资N元计算,确定2021年…缴费基数上限…`: a wage that sets a later year's base is filed under that year.
    if (candidate.key.startsWith('wage.')) {
      const later = WAGE_SETS_BASE_OF.exec(sentence.text.slice(candidate.at))
        ?? (WAGE_AS_BASE_AFTER.test(sentence.text.slice(candidate.at)) ? BASE_YEAR_OPENING.exec(sentence.text) : null);
      if (later && Number(later[1]) > factYear && Number(later[1]) - factYear <= 2) factYear = Number(later[1]);
    }
    const regionSource: RegionSource = own.regions.length || example ? 'sentence' : labelRegion ? 'label' : outer.regionSource;
    const yearSource: YearSource = candidate.year !== undefined ? 'rule'
      : nearestBefore(yearsAt(own.years, candidate.at, candidate.key), candidate.at) ? 'sentence' : innerYear !== null ? 'label' : outer.yearSource;
    let factScheme = schemeFor(candidate, own, scheme, innerScheme, sentence.text);
    // `单位缴费比例为8%`: an employer's part is the employee insurance's; flexible workers have no employer.
    if (factScheme === 'flexible' && candidate.key === 'contribution.rate' && /^(?:用人)?单位$/.test(candidate.variant ?? '')) factScheme = 'employee';
    // `用人单位以…作为单位缴费基数,按9.9%的比例缴纳`, `其从业人员按本人月工资总额的2%缴纳`: an employee rate no rule named
    // is the part of the payer its clause names last.
    if (candidate.key === 'contribution.rate' && factScheme === 'employee' && !candidate.variant) {
      const payer = payerOfClause(sentence.text, candidate.at);
      if (payer) candidate.variant = payer;
    }
    const schemeSource: SchemeSource = candidate.scheme || RESIDENT_ONLY.has(candidate.key) ? 'rule'
      : own.schemes.length ? 'sentence' : scheme !== null ? 'context' : 'default';
    // `生育保险中断3个月以上…设置3个月等待期`: the maternity cover's own lapse rules are no medical insurance's.
    if (/^(?:lapse|waiting|backpay)\./.test(candidate.key) && MATERNITY_ONLY.test(sentence.text) && !MEDICAL_INSURANCE_NAMED.test(sentence.text)) continue;
    // `一、参加企业职工基本养老保险` then `…缴费比例为20%`: a payroll figure under another insurance's caption is its.
    if (PAYROLL_FIGURES.has(candidate.key) && otherInsurance === undefined) otherInsurance = underOtherInsurance(sentence, allLines);
    if (PAYROLL_FIGURES.has(candidate.key) && otherInsurance) continue;
    // `统筹基金年累计最高支付限额为15万元`: no resident pays or is granted such a sum a year; a cap of benefits.
    if (RESIDENT_SHARES.has(candidate.key) && (candidate.value as number) > (candidate.key === 'contribution.total_annual' ? 12000 : 6000)) continue;
    // `其他险种(如失业、工伤、生育保险)单位缴费率分别为1%、0.5%`: the rates of other insurances, named in the value's clause.
    // (…not one the value's own bracket names medical: `16%(养老保险) + 8.5%(医疗保险)`.)
    if (candidate.key === 'contribution.rate' && OTHER_INSURANCE_WORD.test(clauseBefore(sentence.text, candidate.at))
      && !/医疗|医保/.test(clauseBefore(sentence.text, candidate.at) + sentence.text.slice(candidate.at, candidate.at + 16))) continue;
    // `养老保险缴费比例为:单位:16%;个人:8%;医疗保险…`: a payroll figure after another insurance's name, and no
    // medical one's since, is that insurance's.
    const insurance = candidate.key === 'contribution.rate' || candidate.key === 'contribution.monthly_amount' ? lastInsuranceBefore(sentence.text, candidate.at) : '';
    if (OTHER_INSURANCE_WORD.test(insurance)) continue;
    // `一、职工一档医保` then `单位缴纳比例:6%`: a rate under a heading naming a grade of the payroll insurance is that grade's.
    if (candidate.key === 'contribution.rate' && (!candidate.variant || PAYER_PART.test(candidate.variant)) && factScheme !== 'resident') {
      const grade = [sentence.line.section.heading?.text, sentence.line.section.parent?.heading?.text, outlineAbove(sentence.line, allLines)]
        .map((text) => text?.replace(/\([^()]*\)/g, ''))
        .map((text) => (text && text.length <= 20 && !/\d\s*[%元]/.test(text) ? GRADE_IN_CAPTION.exec(text)?.[1] : undefined)).find(Boolean);
      if (grade && !sentence.text.includes(grade)) candidate.variant = candidate.variant ? `${grade} ${candidate.variant}` : grade;
    }
    // `5. 生育保险` then `- 单位:0.7%`: a payer's rate under a caption naming a part of the insurance is that part's.
    if (candidate.key === 'contribution.rate' && candidate.variant && PAYER_PART.test(candidate.variant)) {
      const part = labels.slice(1).map((label) => label.replace(LIST_NUMBER, '').replace(/[\s:]+$/, '')).find((label) => PART_CAPTION.test(label));
      if (part) candidate.variant = `${part} ${candidate.variant}`;
    }
    // (…and a payer's rate after the maternity insurance's name, `生育保险缴费比例为:单位:1%`, is that part's.)
    // (Not one merged with the medical insurance: `职工医保与生育保险合并征收,单位按7%缴纳`.)
    if (insurance === '生育保险' && candidate.key === 'contribution.rate' && (!candidate.variant || PAYER_PART.test(candidate.variant)) && !/合并|合一|并入|[与和及、]\s*生育保险/.test(sentence.text)
      && !/大额|大病|补助|补充|护理/.test(sentence.text.slice(sentence.text.lastIndexOf('生育保险', candidate.at), candidate.at))) {
      candidate.variant = candidate.variant ? `${insurance} ${candidate.variant}` : insurance;
    }
    // (`首次缴费须缴纳大病保险费180元`: a supplementary cover's fee stated with no month is no monthly payment.)
    if (candidate.key === 'contribution.monthly_amount' && SUPPLEMENT_FEE.test(clauseBefore(sentence.text, candidate.at))
      && !MONTHLY_AFTER_VALUE.test(sentence.text.slice(candidate.at, candidate.at + 20).replace(/^[\d.,]+\s*(?:万|千)?\s*元?/, ''))) continue;
    // (`其中基本医疗保险缴费基数为N元/月`: a figure its own words name the base is no payment, whatever phrase led to it.)
    if (candidate.key === 'contribution.monthly_amount' && /基数$/.test(candidate.variant ?? '')) continue;
    // `单位缴费:4,600元 × 9% = 414元`: one payer's part worked out on one base is a case, no rule (not the
    // month's sum a label names, `月缴费金额:基数 × 比例 = N元`).
    if (candidate.key === 'contribution.monthly_amount' && /^(?:用人单位|单位|个人|职工个人|企业|公司)$/.test(candidate.variant ?? '') && WORKED_RESULT_BEFORE.test(sentence.text.slice(Math.max(0, candidate.at - 24), candidate.at))) continue;
    // `缴费比例9.5%(7.5%入统筹基金,2%入个人账户)`: where a part of the rate goes is no rate of its own.
    if (candidate.key === 'contribution.rate' && ALLOCATED_TO.test(sentence.text.slice(candidate.at, candidate.at + 16))) continue;
    // `长期护理保险费参照…按0.25%的比例缴纳,…个人负担部分按0.125%`: the long-term care cover's rates or payments,
    // named before them in the value's part of the sentence (up to a semicolon).
    if ((candidate.key === 'contribution.rate' || candidate.key === 'contribution.monthly_amount')
      && LONG_TERM_CARE.test(sentence.text.slice(Math.max(sentence.text.lastIndexOf(';', candidate.at), sentence.text.lastIndexOf('。', candidate.at)) + 1, candidate.at).replace(/\([^()]*\)/g, ''))) continue;
    if (RESIDENT_SHARES.has(candidate.key)) {
      // A resident's yearly share stated in a payroll scheme's text is someone's payroll figure.
      // Only a scheme named before the value scopes it (a table line may run into the next heading).
      const named = own.schemes.filter((s) => s.at <= candidate.at);
      const inForce = named.length ? (named.some((s) => s.value === 'resident') ? 'resident' : named[named.length - 1].value) : scheme;
      if (inForce === 'employee' || inForce === 'flexible') continue;
      // `医疗保险:个人缴费146.2元,公司缴费731元`: a share beside an employer's is a payroll figure, whatever the page.
      if (!own.schemes.some((s) => s.value === 'resident') && EMPLOYER_PAYS.test(sentence.text)) continue;
      if (candidate.key === 'contribution.individual_annual' && /[×*=]/.test(sentence.text)) continue;
      // `城乡居民长期护理保险2022年度个人缴费标准为10元`: another cover's share, named in the value's own clause.
      if (OTHER_COVER.test(clauseBefore(sentence.text, candidate.at))) continue;
      // `2024年度益康保缴费标准为100元/人,学生缴费标准为50元/人`: a city's commercial cover named earlier in the sentence
      // is still the subject, until the basic insurance is named again.
      const commercial = sentence.text.slice(0, candidate.at).search(CITY_COMMERCIAL_COVER);
      if (commercial >= 0 && !/基本医疗|居民医保|城乡居民医疗/.test(sentence.text.slice(commercial, candidate.at))) continue;
    }
    const hedged = hedgedAt(sentence.text, candidate.at) || hedgedAbove;
    // General advice in an article whose title names no place describes no region; a
    // regulation's 原则上 still binds the region it was found in.
    if (hedged && !example && outer.inferredRegions && sameCodes(factRegions, outer.inferredRegions) && adviceAt(sentence.text, candidate.at)) continue;
    // `(部分地区可能允许补缴…)`: a rule of unnamed other places, not of the one in scope.
    const clause = someOtherPlaces(sentence.text, candidate.at);
    if (clause !== null && !own.regions.some((r) => clause.includes(sentence.text.slice(r.at, r.end)))) continue;
    const signals: ConfidenceSignals = {
      wording: candidate.wording ?? 0.9,
      key: candidate.key,
      region: regionSource,
      year: yearSource,
      scheme: schemeSource,
      hedged,
      snippet: outer.snippet,
      foreignRegion: !outer.snippet && regionSource === 'sentence' && !factRegions.some((r) => outer.regions.some((o) => isAncestorOrSelf(o, r))),
      regions: factRegions.length,
      changedFrom: (candidate.yearOffset ?? 0) < 0,
      payerPart: candidate.key === 'contribution.rate' && factScheme === 'employee' && PAYER_PART.test(candidate.variant ?? ''),
      assistedGroup: RESIDENT_SHARES.has(candidate.key) && (ASSISTED_GROUP.test(candidate.variant ?? '') || ASSISTED_GROUP.test(clauseAt(sentence.text, candidate.at)) || ASSISTED_GROUP.test(labels[0] ?? '')),
      values: candidates.length,
      worked: WORKED_SUM.test(sentence.text),
      named: !!candidate.variant,
    };
    if (confidenceOf(signals) < minConfidence) continue;
    // `企业职工及灵活就业人员缴费基数上限为…`: a payroll rule named for both payroll schemes at once.
    // The bounds of the employee insurance's base (`全市职工基本医疗保险缴费基数上下限…`) bind its members and
    // the flexible workers who join it alike.
    const bothBound = insuranceNamed && factScheme === 'flexible' && BASE_BOUNDS.has(candidate.key) && !candidate.scheme;
    const factSchemes = bothBound ? ['employee', 'flexible'] as Scheme[]
      : PAYROLL_ONLY.has(candidate.key) && !candidate.scheme ? jointSchemes(own, sentence.text, candidate.at) ?? [factScheme]
      : !RESIDENT_ONLY.has(candidate.key) && !candidate.scheme ? sharedRule(own, sentence.text, candidate.at) ?? [factScheme] : [factScheme];
    // `2026年个人缴费400元(与2025年持平)`: the figure is the earlier year's as well.
    // (`低档每人每年380元`: the tier, not the words of its unit.)
    if (candidate.variant) candidate.variant = candidate.variant.replace(/\s*(?:每人每年|每年每人|每人|每年)$/, '') || undefined;
    const sameAs = RESIDENT_SHARES.has(candidate.key) ? SAME_AS_YEAR.exec(sentence.text.slice(candidate.at, candidate.at + 40)) : null;
    const sameYear = sameAs ? (sameAs.groups!.year ? Number(sameAs.groups!.year) : factYear - 1) : null;
    const factYears = sameYear !== null && sameYear < factYear && factYear - sameYear <= 2 ? [factYear, sameYear] : [factYear];
    for (const region of factRegions) for (const schemeOfFact of factSchemes) for (const yearOfFact of factYears) {
      facts.push({
        region,
        scheme: schemeOfFact,
        year: yearOfFact,
        key: candidate.key,
        value: candidate.value,
        ...(candidate.variant ? { variant: candidate.variant } : {}),
        hedged,
        confidence: confidenceOf(signals),
        evidence: evidenceOf(sentence),
        signals,
        ...(candidate.priority ? { priority: candidate.priority } : {}),
      } as Fact);
    }
    lastKey = candidate.key;
  }
  return { facts, lastKey, scheme: ownScheme };
}

/** A start date opening a paragraph (`3.自2026年1月1日起,`). */
const PARAGRAPH_START_DATE = /^\s*(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、|[(]\d{1,2}[)])?\s*(?:自|从)\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:起|开始)\s*,/;

/** The fee of a supplementary cover (`大病保险费`, `大额医疗费补充保险费`). */
const SUPPLEMENT_FEE = /大病保险费|大额[^,;。]{0,6}?保险费|补充保险费/;

/** The last sentence of a text (`…达到N元/人。某市2026年度个人缴费标准为:` → the sentence after the stop). */
function lastSentence(text: string): string {
  return text.slice(text.lastIndexOf('。') + 1);
}

/** A figure right after `× R% =`: the result of a worked sum. */
const WORKED_RESULT_BEFORE = /[×*]\s*\d+(?:\.\d+)?\s*%\s*[=＝]\s*(?:约)?\s*$/;

/** Words right after a figure saying it is unchanged from an earlier year (`(与2025年持平)`, `,和去年一样`). */
const SAME_AS_YEAR = /^[\d.]*\s*(?:万)?\s*元?(?:\s*\/\s*[人年])*\s*[(,]?\s*(?:与|和|同|跟)\s*(?:(?<year>(?:19|20)\d{2})\s*年度?|上年度?|去年|上一年度?)(?:的?(?:标准|水平))?\s*(?:持平|一样|一个样|相同|一致|保持一致|不变)/;

/**
 * The header cells of the table of several lines (bars or tabs) a row belongs to, by column
 * (`| 项目 | 普通居民 | 困难群体 |`, `类别 | 个人缴费 | 财政补助`): the block's first line, when it has as
 * many cells as the row and the row is not that line.
 */
function tableHeader(line: Line, allLines: readonly Line[]): string[] | undefined {
  const counts = cellCounts(allLines);
  const cells = counts[line.index];
  if (cells < 2) return undefined;
  let first = line.index;
  while (first > 0 && counts[first - 1] === cells) first--;
  return first === line.index ? undefined : tableCells(allLines[first].text).map((cell) => cell.text);
}

/** How many table cells each line has, counted once per article (a long table stays linear). */
const CELL_COUNTS = new WeakMap<readonly Line[], number[]>();
function cellCounts(allLines: readonly Line[]): number[] {
  let counts = CELL_COUNTS.get(allLines);
  if (!counts) CELL_COUNTS.set(allLines, (counts = allLines.map((l) => tableCells(l.text).length)));
  return counts;
}

const JOINED = /^\s*(?:人员)?\s*(?:及|和|与|、|以及|暨)\s*$/;

/** Both payroll schemes when the scheme named nearest before `at` is joined to the other one (`企业职工及灵活就业人员`). */
function jointSchemes(own: TextScope, text: string, at: number): Scheme[] | null {
  const before = own.schemes.filter((s) => s.end <= at);
  if (before.length < 2) return null;
  const [a, b] = before.slice(-2);
  const payroll = (v: Scheme) => v === 'employee' || v === 'flexible';
  return a.value !== b.value && payroll(a.value) && payroll(b.value) && JOINED.test(text.slice(a.end, b.at)) ? ['employee', 'flexible'] : null;
}

/** `职工医保和居民医保均设3个月等待期`: a rule two schemes named together both have (均, 都, 同样). */
function sharedRule(own: TextScope, text: string, at: number): Scheme[] | null {
  const before = own.schemes.filter((s) => s.end <= at);
  if (before.length < 2) return null;
  const [a, b] = before.slice(-2);
  if (a.value === b.value || !JOINED.test(text.slice(a.end, b.at))) return null;
  return /^[^,;。]{0,6}(?:均|都|同样|皆|一律)/.test(text.slice(b.end, at)) ? [a.value, b.value] : null;
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code) => b.includes(code));
}

/**
 * The years that scope offset `at`: one stated in brackets scopes only what the brackets hold, and
 * one dating a wage scopes only the wage.
 */
function yearsAt(years: Positioned<number>[], at: number, key?: FactKey): Positioned<number>[] {
  return years.filter((year) => (year.asideUntil === undefined || at < year.asideUntil) && !(year.ofWage && !key?.startsWith('wage.')));
}

function nearestBefore<T>(items: Positioned<T>[], at: number): Positioned<T> | undefined {
  let found: Positioned<T> | undefined;
  for (const item of items) if (item.at <= at) found = item;
  return found;
}

/** The regions a value is about: those named just before it (陕西省和扬州市均规定…), else the sentence's. */
function regionsFor(candidate: Candidate, sentence: string, own: TextScope, inherited: string[]): string[] {
  const before = own.regions.filter((r) => r.at <= candidate.at);
  let named: Positioned<string>[] = own.regions;
  if (before.length) {
    named = [before[before.length - 1]];
    for (let i = before.length - 2; i >= 0; i--) {
      const between = sentence.slice(before[i].end, named[0].at);
      if (!/^(?:省|市|区|县|州)?(?:和|与|及|以及|、|,)$/.test(between)) break;
      named.unshift(before[i]);
    }
  }
  return narrowRegions(inherited, named.map((r) => r.value));
}

function yearFor(
  candidate: Candidate,
  own: TextScope,
  innerYear: number | null,
  year: number | null,
  outerYear: number | null,
  text: string,
  heading: string,
): number | null {
  if (candidate.year !== undefined) return candidate.year;
  const statedAt = nearestBefore(yearsAt(own.years, candidate.at, candidate.key), candidate.at);
  const stated = statedAt?.value ?? null;
  // `由2024年的380元提高至…`, `(2024年为380元)`: a figure a change started from, dated by a year of its own.
  if (candidate.yearOffset && statedAt?.asideUntil !== undefined && candidate.at < statedAt.asideUntil) return stated;
  if (candidate.yearOffset) {
    const base = stated ?? year;
    return base === null ? null : base + candidate.yearOffset;
  }
  if (candidate.key.startsWith('wage.')) {
    // A wage is of the year the text gives it (`2023年度…月平均工资为N元`); one named only as
    // 上年度 is placed in the year of the bases it sets, and so is one the sentence sets the base by
    // (`Y1年缴费基数按Y2年…平均工资N元…确定`): the year of that base (LABELLING's convention).
    const setsBase = (y: Positioned<number>) => y.ofWage && y.value === stated && y.at <= candidate.at
      && (BASE_SET_BY.test(text.slice(Math.max(0, y.at - 24), y.at)) || (BY_BEFORE.test(text.slice(Math.max(0, y.at - 4), y.at)) && BASE_SET_AFTER.test(text.slice(candidate.at))));
    const setter = stated === null ? undefined : own.years.find(setsBase);
    if (setter) {
      const baseYears = own.years.filter((y) => !y.ofWage && y.at < setter.at && (y.asideUntil === undefined || y.asideUntil > setter.at));
      const dated = [...text.slice(0, setter.at).matchAll(/(?<!\d)((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月/g)];
      return baseYears.length ? baseYears[baseYears.length - 1].value : dated.length ? Number(dated[0][1]) : year;
    }
    // An earlier year's wage under a heading that is only the base (`一、缴费基数` then `Y年…平均工资为N元`),
    // or one the base is then worked out from (`…平均工资为N元,据此,Y年度缴费基数为…`), is the reference
    // of that base: the year of the base, as a wage the sentence sets the base by.
    const scopeYear = innerYear ?? outerYear;
    if (stated !== null && scopeYear !== null && stated < scopeYear && (BASE_CAPTION.test(heading) || BASE_WORKED_OUT.test(text.slice(candidate.at)))) return scopeYear;
    return stated ?? innerYear ?? outerYear;
  }
  // `2025年缴费基数按2023年度…平均工资7000元/月作为基数`: the wage's year (marked `ofWage` by scope.ts) is not the base's.
  if (candidate.key.startsWith('contribution.')) {
    const years = yearsAt(own.years, candidate.at).filter((y) => y.at <= candidate.at);
    const ownYear = years.length ? years[years.length - 1].value : null;
    if (stated !== null && ownYear !== stated) return ownYear ?? year;
  }
  // `自2025年起,…设置固定待遇等待期3个月` on a page about 2026: a lasting rule that started earlier holds in the year
  // the page is about.
  const scopeYear = innerYear ?? outerYear;
  if (stated !== null && scopeYear !== null && scopeYear > stated && scopeYear - stated <= 3 && LASTING_RULE.test(candidate.key)
    && [...text.slice(0, candidate.at).matchAll(LASTING_START)].some((m) => Number(m[1]) === stated)) return scopeYear;
  return stated ?? year;
}

/** A rule's start by the year (`自2025年起`, `从2025年1月起`), not a cited rule's (`自…起施行的《…》`). */
const LASTING_START = /(?:自|从)\s*((?:19|20)\d{2})\s*年(?:度)?\s*(?:1月(?:1日)?)?\s*(?:起|开始)(?!\s*(?:施行|实施|执行|生效)?的)/g;
/** Keys of rules that stand until changed (waits, grace, back-payment, incentives), not a year's figures. */
const LASTING_RULE = /^(?:waiting|lapse|backpay|incentive|enrollment\.newborn)/;

/** A base set by a wage named next (`缴费基数按`, `缴费基数上限按照某省`, `缴费基数是根据`). */
const BASE_SET_BY = /基数(?:上限|下限|上下限)?[^,;。\d]{0,6}?(?:按照|按|根据|依据|参照)[^,;。\d]{0,8}$/;
/** …or a wage the base is then said to be set by (`按照Y年…平均工资(N元)的60%确定缴费基数`). */
const BY_BEFORE = /(?:按照|按|根据|依据|参照)\s*$/;
/** A heading that names only the base (`一、缴费基数`, `(一)缴费基数:`). */
const BASE_CAPTION = /^[^,;。\d]{0,6}(?:月)?缴费(?:工资)?基数(?:标准)?\s*[:]?\s*$/;
/** The base worked out from the wage just stated (`据此,Y年度…缴费基数为…`). */
const BASE_WORKED_OUT = /^[^。;]{0,16}?[,,]\s*(?:据此|以此|按此|由此)[^。;]{0,30}?基数/;
const BASE_SET_AFTER = /^[^。;]{0,60}?(?:确定|作为|核定)(?:为)?(?:月)?(?:缴费)?基数/;

/** Payroll keys a resident scheme may state too (a resident contribution set as a share of a base). */
const RESIDENT_PAYROLL = new Set<FactKey>(['contribution.rate', 'contribution.base_monthly']);

/** A wait counted in months paid (`连续缴费满N个月`): only the monthly-paid schemes count months of payment. */
const MONTHS_PAID = /(?:连续|累计)\s*(?:参保)?\s*缴费\s*(?:满|达到?|超过)?\s*$/;

/** A reference a value is measured from (`在…的基础上`). */
const MEASURED_FROM = /在[^,;。在]{2,40}?(?:的)?基础上/g;

function schemeFor(candidate: Candidate, own: TextScope, inherited: Scheme | null, innerScheme: Scheme | null, text = ''): Scheme {
  // (A lapse rule the sentence itself states for flexible workers, `灵活就业人员…每多断缴1年…`, is theirs.)
  if (FLEXIBLE_TOO.has(candidate.key) && candidate.scheme !== 'flexible' && nearestBefore(own.schemes, candidate.at)?.value === 'flexible') return 'flexible';
  if (candidate.scheme) return candidate.scheme;
  if (RESIDENT_ONLY.has(candidate.key)) return 'resident';
  // The scheme named before the value; one named only after it scopes the value only when
  // nothing above the sentence names one (`单位6%,个人2%;灵活就业人员按8%`).
  // (灵活就业人员参加职工医保 names one scheme, the flexible one: scopeOf reads it so.)
  // (`灵活就业人员…在单位职工医保缴费率基础上降低1个百分点,缴费率为9%`: a scheme named in the reference a value
  // is measured from scopes the figures inside it, not the value after it.)
  const reference = text.includes('基础上') ? [...text.matchAll(MEASURED_FROM)].find((m) => m.index + m[0].length <= candidate.at) : undefined;
  let named = reference ? own.schemes.filter((s) => !(s.at >= reference.index && s.at < reference.index + reference[0].length)) : own.schemes;
  // (Under a flexible workers' label, `与职工医保标准一致` names the insurance they join as the yardstick, not another scheme.)
  if (inherited === 'flexible') {
    const yardsticks = [...text.matchAll(EMPLOYEE_YARDSTICK)];
    named = named.filter((s) => s.value !== 'employee' || !yardsticks.some((m) => s.at >= m.index && s.at < m.index + m[0].length));
  }
  const stated = nearestBefore(named, candidate.at)?.value ?? (inherited ? null : own.schemes[0]?.value ?? null);
  const scheme = stated ?? inherited;
  // A rate or base the sentence or its label states for residents (`居民医保缴费基数按N元/月`) is theirs.
  // (…and so is a rate split between a person and the government on a resident page: `缴费比例:1.8%,个人和财政按比例分担`.)
  if (RESIDENT_PAYROLL.has(candidate.key) && (stated ?? innerScheme ?? (candidate.key === 'contribution.rate' && /财政/.test(text) ? inherited : null)) === 'resident') return 'resident';
  // (The floor and ceiling of the base are the employee insurance's, whoever the page is about.)
  if (PAYROLL_ONLY.has(candidate.key)) return scheme === 'flexible' || (scheme === null && pageFlexibleOnly && !BASE_BOUNDS.has(candidate.key)) ? 'flexible' : 'employee';
  // Resuming after a lapse is the payroll schemes' rule (DOMAIN.md); a resident grace is named as such.
  if (candidate.key === 'lapse.grace_months' && scheme === null) return 'employee';
  if (candidate.key.startsWith('waiting.') && scheme === null && MONTHS_PAID.test(text.slice(Math.max(0, candidate.at - 12), candidate.at))) return 'employee';
  return scheme ?? (pageNamesResident ? 'resident' : 'employee');
}

type Ranked = Fact & { priority?: number; signals?: ConfidenceSignals };

/**
 * A resident share that is the sum of a share and a subsidy the same scope states (`缴费标准:1070
 * 元/人` beside 400 and 670) is the total, whatever word introduced it.
 */
function sumsAsTotals(facts: Ranked[]): Ranked[] {
  const scope = (f: Fact) => `${f.region}|${f.scheme}|${f.year}|${f.variant ?? ''}`;
  // Each scope's figures of each part, counted: a page repeating one figure a thousand times in a scope
  // costs what its few distinct figures do, not the cube of its repeats.
  const shares = new Map<string, { individual: Map<number, number>; subsidy: Map<number, number> }>();
  for (const fact of facts) {
    if (fact.key !== 'contribution.individual_annual' && fact.key !== 'contribution.subsidy_annual') continue;
    const entry = shares.get(scope(fact)) ?? { individual: new Map<number, number>(), subsidy: new Map<number, number>() };
    const part = fact.key === 'contribution.individual_annual' ? entry.individual : entry.subsidy;
    part.set(fact.value as number, (part.get(fact.value as number) ?? 0) + 1);
    shares.set(scope(fact), entry);
  }
  return facts.map((fact) => {
    const entry = shares.get(scope(fact));
    if (!entry || (fact.key !== 'contribution.individual_annual' && fact.key !== 'contribution.subsidy_annual')) return fact;
    const value = fact.value as number;
    const own = fact.key === 'contribution.individual_annual' ? entry.individual : entry.subsidy;
    // How often a part states a figure, this fact itself not counted.
    const others = (part: Map<number, number>, figure: number) => (part.get(figure) ?? 0) - (part === own && figure === value ? 1 : 0);
    const isSum = [...entry.individual.keys()].some((i) => i < value && others(entry.individual, i) > 0
      && [...entry.subsidy.keys()].some((s) => others(entry.subsidy, s) > 0 && Math.abs(i + s - value) <= 0.5));
    return isSum ? { ...fact, key: 'contribution.total_annual' } : fact;
  });
}

/**
 * A central window stated in phases (`第一阶段:9月1日至11月25日`, `第二阶段:12月1日至12月28日`) is
 * one window from the first phase's start to the last one's end.
 */
function phasesAsOneWindow(facts: Ranked[]): Ranked[] {
  const scope = (f: Fact) => `${f.region}|${f.scheme}|${f.year}|${f.variant ?? ''}`;
  const phases = new Map<string, Ranked[]>();
  for (const fact of facts) {
    if (fact.key !== 'enrollment.window' || !WINDOW_PHASE.test(fact.evidence.quote)) continue;
    phases.set(scope(fact), [...(phases.get(scope(fact)) ?? []), fact]);
  }
  const merged = new Map<Ranked, Ranked | null>();
  for (const group of phases.values()) {
    const ranges = group.map((f) => f.value as DateRangeValue);
    if (group.length < 2 || ranges.some((r) => !r.start || !r.end)) continue;
    const start = ranges.map((r) => r.start!).sort()[0];
    const end = ranges.map((r) => r.end!).sort().reverse()[0];
    const confidence = Math.min(...group.map((f) => f.confidence ?? 1));
    group.forEach((fact, i) => merged.set(fact, i === 0 ? { ...fact, value: { start, end }, confidence } : null));
  }
  return facts.flatMap((fact) => {
    if (!merged.has(fact)) return [fact];
    const replaced = merged.get(fact);
    return replaced ? [replaced] : [];
  });
}

/**
 * A window restated by its months only (`集中缴费时间为10月10日至12月31日`, later `(10月-12月)`) is the same
 * window, not a second one: the statement with its days stands. So is the usual window, hedged, beside a firm one.
 */
function monthsOnlyRestated(facts: Ranked[]): Ranked[] {
  const scope = (f: Fact) => `${f.region}|${f.scheme}|${f.year}|${f.variant ?? ''}`;
  const month = (date: string | null) => date?.slice(0, 7) ?? null;
  const wholeMonths = (r: DateRangeValue) => r.start !== null && r.end !== null && r.start.endsWith('-01')
    && Number(r.end.slice(8)) === new Date(Date.UTC(Number(r.end.slice(0, 4)), Number(r.end.slice(5, 7)), 0)).getUTCDate();
  const windows = facts.filter((f) => f.key === 'enrollment.window');
  const precise = facts.filter((fact) => {
    if (fact.key !== 'enrollment.window' || !wholeMonths(fact.value as DateRangeValue)) return true;
    const range = fact.value as DateRangeValue;
    return !windows.some((other) => {
      const r = other.value as DateRangeValue;
      return other !== fact && scope(other) === scope(fact) && !wholeMonths(r) && month(r.start) === month(range.start) && month(r.end) === month(range.end);
    });
  });
  // `缴费期原则上为当年9月…(Y年度…集中缴费期:…至Y年2月…)`: the usual
  // period, hedged, gives way to the one the page states firmly for the same year.
  const firm = new Set(precise.filter((f) => f.key === 'enrollment.window' && !f.hedged).map(scope));
  return precise.filter((fact) => fact.key !== 'enrollment.window' || !fact.hedged || !firm.has(scope(fact)));
}

const SIGNALS = new WeakMap<Fact, ConfidenceSignals>();
/** What a fact's confidence was made of, for calibrating it (`npm run eval -- --signals`). */
export function confidenceSignalsOf(fact: Fact): ConfidenceSignals | undefined {
  return SIGNALS.get(fact);
}

/**
 * Merges repeats and resolves what one scope says twice: the first statement of a value is its
 * evidence (an unhedged one preferred), a `within N months` grace outranks a `beyond N months`
 * one, and an open-ended late window gives way to a full one with the same end.
 */
function settle(raw: Fact[]): Fact[] {
  const facts = monthsOnlyRestated(phasesAsOneWindow(sumsAsTotals(raw as Ranked[])));
  const scopeKey = (f: Fact) => `${f.region}|${f.scheme}|${f.year}|${f.key}`;
  const bestPriority = new Map<string, number>();
  for (const fact of facts) {
    if (fact.key !== 'lapse.grace_months') continue;
    const key = scopeKey(fact);
    bestPriority.set(key, Math.max(bestPriority.get(key) ?? 0, fact.priority ?? 0));
  }
  const fullEnds = new Set(
    facts
      .filter((f) => (f.key === 'enrollment.late_window' || f.key === 'enrollment.window') && (f.value as { start: string | null }).start !== null)
      .map((f) => `${scopeKey(f)}|${(f.value as { end: string | null }).end}`),
  );

  const kept = new Map<string, Fact>();
  const statedAt = new Map<string, Set<number>>();
  for (const fact of facts) {
    if (fact.key === 'lapse.grace_months' && (fact.priority ?? 0) < (bestPriority.get(scopeKey(fact)) ?? 0)) continue;
    // (…and so does an open-ended window: `截止时间:…` read again after `开始时间:…` and its end.)
    if (fact.key === 'enrollment.late_window' || fact.key === 'enrollment.window') {
      const value = fact.value as { start: string | null; end: string | null };
      if (value.start === null && fullEnds.has(`${scopeKey(fact)}|${value.end}`)) continue;
    }
    const { priority: _priority, signals, ...clean } = fact;
    if (signals) SIGNALS.set(clean, signals);
    const identity = `${scopeKey(fact)}|${fact.variant ?? ''}|${JSON.stringify(fact.value)}`;
    const existing = kept.get(identity);
    if (!existing || (existing.hedged && !clean.hedged)) kept.set(identity, clean);
    statedAt.set(identity, (statedAt.get(identity) ?? new Set()).add(fact.evidence.start));
  }
  // A value the page states in two sentences or more is surer than one it states once.
  for (const [identity, fact] of kept) {
    const signals = SIGNALS.get(fact);
    if (!signals || statedAt.get(identity)!.size < 2) continue;
    const restated = { ...signals, restated: true };
    SIGNALS.set(fact, restated);
    fact.confidence = confidenceOf(restated);
  }
  // A value the page contradicts (another value for the same key and scope) is less sure than one it states alone.
  const valuesOf = new Map<string, Set<string>>();
  for (const fact of kept.values()) {
    const scope = `${scopeKey(fact)}|${fact.variant ?? ''}`;
    valuesOf.set(scope, (valuesOf.get(scope) ?? new Set()).add(JSON.stringify(fact.value)));
  }
  for (const fact of kept.values()) {
    const signals = SIGNALS.get(fact);
    if (!signals || valuesOf.get(`${scopeKey(fact)}|${fact.variant ?? ''}`)!.size < 2) continue;
    const contested = { ...signals, contested: true };
    SIGNALS.set(fact, contested);
    fact.confidence = confidenceOf(contested);
  }
  // A value stated once for a named group and once bare (`成人460元` then `普通成年居民:460元`) is the group's.
  // …and one stated for a kind and for a payer of that kind (`企业` and `企业 单位`, from `企业:个人2%+单位9%`) is the payer's.
  const namesOf = new Map<string, string[]>();
  for (const f of kept.values()) {
    if (!f.variant) continue;
    const same = `${scopeKey(f)}|${JSON.stringify(f.value)}`;
    namesOf.set(same, [...(namesOf.get(same) ?? []), f.variant]);
  }
  const settled = [...kept.values()].filter((f) => {
    const names = namesOf.get(`${scopeKey(f)}|${JSON.stringify(f.value)}`);
    if (!f.variant) return !names;
    return !names!.some((name) => name !== f.variant && name.includes(f.variant!));
  });
  // A value whose year was only guessed (from the body or the date) that the page states elsewhere with
  // its own year (`…420元` then `2024年度:…420元`) is that statement again, not another year's rule.
  const sameStatement = (f: Fact) => `${f.region}|${f.scheme}|${f.key}|${f.variant ?? ''}|${JSON.stringify(f.value)}`;
  const dated = new Map<string, Set<number>>();
  for (const fact of settled) {
    if (GUESSED_YEAR.has(SIGNALS.get(fact)?.year ?? 'guessed')) continue;
    dated.set(sameStatement(fact), (dated.get(sameStatement(fact)) ?? new Set()).add(fact.year));
  }
  return settled.filter((f) => !GUESSED_YEAR.has(SIGNALS.get(f)?.year ?? 'sentence') || !dated.has(sameStatement(f)) || dated.get(sameStatement(f))!.has(f.year));
}

/** The insurance a sentence names last before `at` (`养老保险`, `医保`), or ''. */
function lastInsuranceBefore(text: string, at: number): string {
  let last = '';
  // (A name inside a bracket, `医疗保险(含生育保险):`, `16%(养老保险)`, is an aside or another figure's tag.)
  // (A name over 300 characters back, past any list of insurances, no longer scopes the figure.)
  const head = text.slice(Math.max(0, at - 300), at).replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length));
  for (const match of head.matchAll(INSURANCE_NAMED)) last = match[0];
  return last;
}

/** EXAMPLE_ASIDE matched where an aside opens (sticky). */
const EXAMPLE_ASIDE_AT = new RegExp(EXAMPLE_ASIDE.source, 'y');

/** Whether offset `at` is inside an aside giving examples (`(如基数6000元,…)`). */
function inExampleAside(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  EXAMPLE_ASIDE_AT.lastIndex = open;
  const match = EXAMPLE_ASIDE_AT.exec(text);
  // (…not one giving a year's figure, `(如2023年为3863元)`: the rule's figure of that year.)
  return !!match && at < open + match[0].length && !YEAR_INSTANCE_ASIDE.test(match[0]);
}

/** The payer an employee rate's clause names last before it, as 单位's word or 个人; undefined when none or both. */
function payerOfClause(text: string, at: number): string | undefined {
  const from = Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf('。', at - 1), at - 200) + 1;
  const clause = text.slice(from, at);
  if (JOINED_PAYERS.test(clause) || SPLIT_AFTER.test(text.slice(at, at + 40).replace(/^[\d.]+\s*%/, ''))) return undefined;
  let last: RegExpMatchArray | undefined;
  for (const match of clause.matchAll(CLAUSE_PAYER)) last = match;
  if (!last) return undefined;
  // (Another figure between the payer and the value is that payer's: `单位8%,个人2%` is read by its rows.)
  if (/\d\s*%/.test(clause.slice(last.index! + last[0].length))) return undefined;
  if (last[1]) return /企业|公司/.test(last[1]) ? '单位' : last[1];
  return '个人';
}

/** The nearest line above opening with an outline number (`二、职工二档医保(…)`), within 8 lines: the caption of what follows. */
function outlineAbove(line: Line, lines: readonly Line[]): string | undefined {
  for (let i = line.index - 1; i >= 0 && i >= line.index - 8; i--) {
    const text = lines[i].text.trim();
    if (/^[一二三四五六七八九十]{1,3}、/.test(text)) return text;
  }
  return undefined;
}

/** A grade of the payroll insurance a heading names (`职工一档医保`, `二档`). */
const GRADE_IN_CAPTION = /(?:职工|灵活就业|基本医疗|医保)?\s*([一二三四五六七八九十]档)/;

/** A list item's number (`5. `, `(二)`, `三、`). */
const LIST_NUMBER = /^\s*(?:[\d一二三四五六七八九十]{1,3}\s*[.、．)]|\(\s*[\d一二三四五六七八九十]{1,3}\s*\))\s*/;
/** A caption naming only a part of the insurance (`生育保险`, `大额医疗费用补助`). */
const PART_CAPTION = new RegExp(`^(?:${RATE_PART.source})(?:费)?$`);

/** Some unnamed places (`部分地区`, `有的城市`; not `多数地区`, a hedge on usual practice): what they do is no named region's rule. */
const SOME_PLACES = /(?:部分|有的|有些|个别|少数|一些)(?:地区|城市|省份|地方|省市)/;

/** The comma clause, or the bracketed aside, holding `at` when it speaks of unnamed places; else null. */
function someOtherPlaces(text: string, at: number): string | null {
  const start = Math.max(text.lastIndexOf(',', at - 1), text.lastIndexOf(';', at - 1), text.lastIndexOf('。', at - 1)) + 1;
  const stop = text.slice(at).search(/[,;。]/);
  const clause = text.slice(start, stop < 0 ? text.length : at + stop);
  if (SOME_PLACES.test(clause)) return clause;
  const open = text.lastIndexOf('(', at);
  const close = text.indexOf(')', at);
  const aside = open >= 0 && close > at && text.lastIndexOf(')', at) < open ? text.slice(open, close + 1) : '';
  return SOME_PLACES.test(aside) ? aside : null;
}

/** A sentence that works a sum out (`4416元×9%=397.44元`). */
const WORKED_SUM = /[×*]\s*\d|=\s*\d/;

const GUESSED_YEAR = new Set<YearSource>(['lead', 'body', 'published', 'guessed']);
