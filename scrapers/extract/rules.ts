/**
 * The engine that reads values out of one sentence by the rows of the phrasebook: key phrases
 * before money and rates, whole constructions with named groups, enrolment periods and lapse
 * tiers. It knows no wording of its own and no region, year or figure; scope (region, year,
 * scheme) is decided by the caller.
 */
import { addDays } from '../../core/dates';
import { findDateRanges, findDates, type SingleDateMatch } from './dates';
import {
  NUMBER_PATTERN,
  RATE_PATTERN,
  durationInDays,
  durationInMonths,
  parseDuration,
  parseRate,
  parseYuan,
} from './numbers';
import {
  ACCOUNT_CHOICE,
  AFTER_WINDOW,
  BENEFIT_AFTER,
  BENEFIT_BEFORE,
  CONSTRUCTIONS,
  DIFFERENCE_BEFORE,
  EXPLAINS,
  GROUP_BEFORE_RESIDENT,
  GROUP_AIMED,
  GROUP_CLAUSE_VERB,
  GROUP_LABEL,
  MAKE_UP_YEARS,
  AREA_KIND,
  SPLIT_INTO_PARTS_AFTER,
  BY_THE_MONTH,
  RISE_BEFORE_PHRASE,
  RISE_THEN_VALUE,
  RESPECTIVELY,
  TIER_BEFORE,
  GAP_BREAK,
  GROUP_WORDS,
  GRADE_WORDS,
  KEY_LABEL,
  KEY_PHRASES,
  LABEL_FILLER,
  LATE_AFTER,
  LATE_CAPTION,
  WINDOW_CAPTION,
  LATE_DEADLINE_AFTER,
  LATE_DEADLINE_BEFORE,
  EXTENDED_TO_BEFORE,
  EXTENSION_FOR_SOME,
  EXTENSION_PURPOSE,
  LATE_PAYER,
  LATE_WORDS,
  NEW_VALUE_WORDS,
  NOT_A_WINDOW,
  PERIOD_AS_CONDITION,
  HOUSEHOLD,
  NOT_VARIANT,
  PAYMENT_CAPTION,
  OTHER_COVER,
  COMBINED_WITH_OTHER_COVER,
  PAYROLL_TIER_BEFORE,
  SUPPLEMENT,
  WAGE_NAME_ASIDE,
  FIRM_AS_PAYER,
  MONTHLY_IN_BRACKET_BEFORE,
  SUPPLEMENT_END,
  PART_WITH_RATE,
  PART_IN_BRACKET_BEFORE,
  RATE_PART,
  ALLOCATED_AFTER,
  CHOICE_CLAUSE,
  CAMPAIGN_IN_PERIOD,
  COMING_YEAR_BEFORE,
  LAST_YEAR_BEFORE,
  NEXT_POLICY_YEAR,
  IN_FORCE_NOW_BEFORE,
  CHANGE_FROM_YEAR_AFTER,
  SHARES_ADDED_BEFORE,
  SUM_OF_TWO_AFTER,
  RATE_OF_BASE,
  RATE_OF_FEE,
  RATE_TIMES_BASE,
  PRODUCT_PART_BEFORE,
  RATE_CHOICE,
  SUBJECT_GROUP,
  AGE_GROUP,
  DISABILITY_GRADE,
  SUBSIDY_PART_BEFORE,
  SUM_AFTER,
  TIER_CONDITION,
  TIER_LATER,
  TIER_NEXT_MONTH,
  TIER_SAME_MONTH,
  VARIANT_WORDS,
  WINDOW_AFTER,
  WINDOW_WORDS,
  type Construction,
  type KeyPhrase,
  type Yield,
} from './phrasebook';
import { ADVICE, CONDITIONAL_FIGURES, EXAMPLE_ASIDE, MEDICAL, OFF_TOPIC, YEAR_INSTANCE_ASIDE } from './vocabulary';
import { clauseAt, schemeNamedIn, schemesIn } from './scope';
import type { DateRangeValue, FactKey, FactValue, Scheme, WaitingTier } from '../../domain/facts';

export interface Candidate {
  key: FactKey;
  value: FactValue;
  /** Offset of the value in the sentence: scope words nearest before it win. */
  at: number;
  variant?: string;
  /** Policy year fixed by the rule itself (a window's dates, a `2025年度` label). */
  year?: number;
  /** The value is the one a change started from (`由380元提高到400元`): the year before. */
  yearOffset?: number;
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
  /** The group the list item above the sentence's line names (`3. 低保边缘家庭成员` above `• 成年人: N元`). */
  parentGroup?: string;
  /** The line before this one when it introduces it (a short caption, or a line ending in `:`). */
  lead?: string;
  /** A caption heading above the paragraph that names a group (`在校学生群体`, `少儿医保`). */
  groupCaption?: string;
  /** The headings of the section the sentence is in (`二、缴费基数调整内容`): the topic of bare words. */
  headings?: string[];
  /** The header row's cells when the sentence is a row of a table of several lines (`类别 | 个人缴费 | 财政补助`). */
  tableHeader?: readonly string[];
}

const N = NUMBER_PATTERN;
const MONEY = new RegExp(`(?<n>${N})\\s*(?<wan>万|千)?\\s*元`, 'g');
const RATE = new RegExp(RATE_PATTERN, 'g');
const MONEY_PHRASES = KEY_PHRASES.filter((p) => p.shape === 'money');
const RATE_PHRASES = KEY_PHRASES.filter((p) => p.shape === 'rate');
/** An aside naming what a figure includes (`(含生育保险)`, `(含10元大病保险)`). */
const INCLUDES_ASIDE = /\(含[^()]{0,20}\)/g;
/** Inside a bracket of what the figure before it includes (`670元(含少儿90元、`), still open. */
const INCLUDED_PART_BEFORE = /\d\s*(?:万|千)?\s*元\s*(?:\/\s*[人年]+)*\s*\(\s*(?:其中)?含[^()]*$/;
/** Inside a bracket splitting the figure before it by level of government (`补助600元(中央480元、地方120元`), still open. */
const LEVEL_PART_BEFORE = /\d\s*(?:万|千)?\s*元\s*(?:\/\s*[人年]+)*\s*\(\s*(?:其中)?(?:中央|省级?|市级?|县级?|区级?|地方|各级)(?:财政)?(?:补助|资助|承担|负担|分担|资金)?(?:为)?[^()]*$/;
/** The tag after a figure in a sum per insurance (`8%(养老保险) + 9.5%(医疗保险) + …`). */
const TAG_AFTER = /^\s*\(([^()]{1,16})\)/;
/** A tag naming just the medical insurance itself (`(医疗保险)`, `(基本医疗)`): the whole rate, no part of it. */
const MEDICAL_INSURANCE_TAG = /^(?:基本)?(?:医疗|医保)(?:保险)?(?:费)?$/;
/** The constructions with offsets of their groups (`d`), compiled once. */
const COMPILED = CONSTRUCTIONS.map((row) => ({ row, pattern: new RegExp(row.pattern.source, 'gd') }));

const BASE_FIGURES = new Set<FactKey>(['contribution.base_monthly', 'contribution.base_min_monthly', 'contribution.base_max_monthly', 'wage.average_monthly']);

/** Candidates for every key a sentence states. */
export function candidatesIn(sentence: string, ctx: RuleContext): Candidate[] {
  // `若选9%费率则年缴约4650元`: from a condition on one person's figures on, the sums are that person's;
  // what the sentence states before it stands.
  // (A rule quoted from another text, `第十二条“…低于60%的,按60%计算”`, is no condition on the sentence's own figures.)
  const condition = sentence.replace(/“[^”]*”/g, (quoted) => '\u3000'.repeat(quoted.length)).search(CONDITIONAL_FIGURES);
  const figures = (c: Candidate) => condition < 0 || c.at < condition;
  const table = [...tableCandidates(sentence, ctx), ...gridRowCandidates(sentence, ctx)].filter(figures);
  const taken = new Set(table.map((c) => c.at));
  const built = constructionCandidates(sentence, ctx);
  // A bound a whole construction reads (`上下限分别为A元和B元`) outranks what a key phrase makes of the figure.
  const bounds = new Set(built.filter((c) => BASE_FIGURES.has(c.key)).map((c) => c.at));
  const counted = condition === 0 ? [] : [
    ...moneyCandidates(sentence, ctx).filter((c) => !taken.has(c.at) && !(BASE_FIGURES.has(c.key) && bounds.has(c.at))),
    // (A rate a construction names by its payer, `单位和个人的费率分别为A%和B%`, is read there.)
    ...rateCandidates(sentence, ctx).filter((c) => !taken.has(c.at) && !built.some((b) => b.key === c.key && b.at === c.at && b.value === c.value && PAYER_WORD.test(b.variant ?? ''))),
    // (A share of the base its payer's construction reads, `参保单位按…基数总额的8%缴纳`, is read there.)
    ...rateOfBaseCandidates(sentence, ctx).filter((c) => !built.some((b) => b.key === c.key && b.variant && b.value === c.value && b.at >= c.at && b.at <= c.at + 40)),
    ...rateTimesBaseCandidates(sentence, ctx),
    ...supplementCandidates(sentence, ctx),
    ...partWithRateCandidates(sentence, ctx),
  ].filter(figures);
  // `一、退休人员补缴` then `按退休时现行缴费比例(单位8%…)`: the rate of a make-up of missing years is no rate in force.
  const makeUp = [...ctx.labels, ...(ctx.headings ?? [])].some((text) => MAKE_UP_YEARS.test(text));
  // (`不符合…缴费年限规定的人员…;按月缴纳的,…其中某类人员为M元/月`: a make-up group's payments, whatever reads them.)
  const madeUp = (c: Candidate) => (c.key === 'contribution.rate' && makeUp)
    || ((c.key === 'contribution.rate' || c.key === 'contribution.monthly_amount' || c.key === 'contribution.base_monthly') && MAKE_UP_YEARS.test(sentence.slice(0, c.at)));
  // `…个人需缴纳400元,同时享受670元的财政补贴`: a figure read as the subsidy is no one's share too.
  const subsidies = new Set([...counted, ...built].filter((c) => c.key === 'contribution.subsidy_annual').map((c) => c.at));
  const shareAlsoSubsidy = (c: Candidate) => c.key === 'contribution.individual_annual' && subsidies.has(c.at);
  return rateChoiceOfSentence(sentence, gradeOfSentence(sentence, wageBesideBounds(sentence, [
    ...table,
    ...counted,
    ...built,
    ...tierCandidates(sentence),
    ...enrollmentCandidates(sentence, ctx),
  ]))).filter((c) => plausible(c) && !madeUp(c) && !shareAlsoSubsidy(c)).map(withoutSums);
}

const GRADED = new Set<FactKey>(['contribution.rate', 'contribution.base_monthly', 'contribution.monthly_amount']);
const GRADE = new RegExp(GRADE_WORDS.source, 'g');
const GRADE_AFTER_VALUE = new RegExp(`^[\\d.,]+\\s*(?:万)?\\s*(?:元|%)(?:\\s*\\/\\s*月)?\\s*\\(\\s*(${GRADE_WORDS.source})\\s*\\)`);

/**
 * `按7%缴费的,实行统账结合`, `按统账结合方式参保,缴费基数为N元/月`: a sentence naming one grade of the
 * payroll scheme (统账结合, 单建统筹) names the grade of the rate, base and payment it states.
 */
function gradeOfSentence(sentence: string, candidates: Candidate[]): Candidate[] {
  const gradesIn = (text: string) => new Set([...text.matchAll(GRADE)].map((m) => m[0].replace('帐', '账')));
  const ofSentence = gradesIn(sentence);
  if (ofSentence.size === 0) return candidates;
  return candidates.map((c) => {
    if (!GRADED.has(c.key) || c.scheme === 'resident') return c;
    // `5800元(统账结合)或7200元(单建统筹)`: a grade in brackets right after a figure names that figure.
    const bracketed = GRADE_AFTER_VALUE.exec(sentence.slice(c.at));
    if (bracketed && (!c.variant || /\d\s*(?:万)?\s*元/.test(c.variant))) return { ...c, variant: bracketed[1].replace('帐', '账') };
    // Grades stated side by side after `;` name each its own clause's figures.
    const grades = ofSentence.size === 1 ? ofSentence : gradesIn(clauseAt(sentence, c.at));
    if (grades.size !== 1) return c;
    const [grade] = grades;
    // A long subject holding the grade (`灵活就业人员按统账结合方式参加…的`) is named by the grade.
    if (!c.variant || (c.variant.length > 12 && c.variant.replace('帐', '账').includes(grade))) return { ...c, variant: grade };
    return c;
  });
}

/**
 * `按A%比例缴费的…为N元/月,按B%比例缴费的…为M元/月`: where a sentence states two choices of rate or more,
 * the rate, base and payment of each choice's clause are named by the choice.
 */
function rateChoiceOfSentence(sentence: string, candidates: Candidate[]): Candidate[] {
  const choices = [...sentence.matchAll(RATE_CHOICE)];
  if (new Set(choices.map((m) => m[0].replace(/\s+/g, ''))).size < 2) return candidates;
  return candidates.map((c) => {
    if (!GRADED.has(c.key) || c.scheme === 'resident') return c;
    const choice = choices.filter((m) => m.index <= c.at).pop();
    if (!choice) return c;
    const clauseEnd = sentence.slice(choice.index).search(/[,;。]/);
    if (clauseEnd >= 0 && c.at >= choice.index + clauseEnd) return c;
    const named = choice[0].replace(/\s+/g, '');
    return !c.variant || c.variant.replace(/\s+/g, '').includes(named) ? { ...c, variant: named } : c;
  });
}

/** A group's name holds no sum (`B元/月×R%=`): words a worked sum left before its result name nothing. */
function withoutSums(candidate: Candidate): Candidate {
  if (!candidate.variant || !/[×=＝÷]/.test(candidate.variant)) return candidate;
  const { variant: _variant, ...rest } = candidate;
  return rest;
}

/** Ranges no real value of a key leaves: a monthly base or wage of 130 yuan is some other fee. */
const PLAUSIBLE: Partial<Record<FactKey, [number, number]>> = {
  'contribution.base_monthly': [1000, 50000],
  // A medical rate above 15% is a typo or another insurance's (`缴费比例为85%`, a pension's 20%).
  'contribution.rate': [0, 0.15],
  // A monthly payment of a few yuan is a supplementary fee (`大额医疗保险:每月2元`), not the payment.
  'contribution.monthly_amount': [30, 10000],
  // A resident total of a few dozen yuan is another cover's fee (`大病保险筹资标准为每人每年65元`).
  'contribution.total_annual': [100, 20000],
  'contribution.base_min_monthly': [1000, 60000],
  'contribution.base_max_monthly': [1000, 100000],
  'wage.average_monthly': [1000, 60000],
  'wage.average_annual': [12000, 700000],
};

function plausible(candidate: Candidate): boolean {
  // A supplementary cover's own monthly fee (`大额医疗保险费7元/月`) is a few yuan.
  if (candidate.key === 'contribution.monthly_amount' && SUPPLEMENT.test(candidate.variant ?? '')) return typeof candidate.value === 'number' && candidate.value >= 1 && candidate.value <= 200;
  const range = PLAUSIBLE[candidate.key];
  return !range || (typeof candidate.value === 'number' && candidate.value >= range[0] && candidate.value <= range[1]);
}

/**
 * A base stated beside both its bounds and between them (`缴费基数月标准7040元,上限21120元,下限
 * 4224元`) is the average wage the bounds are a share of, not anyone's base.
 */
function wageBesideBounds(sentence: string, candidates: Candidate[]): Candidate[] {
  const values = (key: FactKey) => candidates.filter((c) => c.key === key).map((c) => c.value as number);
  const lows = values('contribution.base_min_monthly');
  const highs = values('contribution.base_max_monthly');
  if (!lows.length || !highs.length) return candidates;
  // (…not a base the flexible workers are said to pay on after the employers' bounds: `…,灵活就业人员统一按N元基数缴纳`.)
  const boundsEnd = Math.max(...candidates.filter((c) => c.key === 'contribution.base_max_monthly' || c.key === 'contribution.base_min_monthly').map((c) => c.at));
  const ownBase = (c: Candidate) => c.at > boundsEnd && /灵活就业|个体/.test(sentence.slice(boundsEnd, c.at)) && !/灵活就业|个体/.test(sentence.slice(0, boundsEnd));
  return candidates.map((c) => c.key === 'contribution.base_monthly' && !ownBase(c) && lows.some((low) => low < (c.value as number)) && highs.some((high) => high > (c.value as number))
    ? { ...c, key: 'wage.average_monthly', wording: Math.min(c.wording ?? 0.9, 0.75), variant: undefined }
    : c);
}

/**
 * The monthly fee of a supplementary cover in a payroll scheme's text (`大额医疗保险费为7元/月`,
 * `每月仍需缴纳7元大额医疗保险费`, `5元/月的大额医疗费用社会共济基金`), named by the cover.
 */
/** A month's sum of parts after a figure (`,共计264.58元/月`). */
const MONTHLY_SUM_AFTER = /^[^。;]{0,30}?(?:共计|合计|总计)\s*[\d,.]+\s*元\s*\/\s*月/;

function supplementCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  if (!SUPPLEMENT.test(sentence) || (ctx.scheme !== 'flexible' && ctx.scheme !== 'employee')) return [];
  const found: Candidate[] = [];
  for (const match of sentence.matchAll(MONEY)) {
    const at = match.index;
    const end = at + match[0].length;
    const head = sentence.slice(0, at);
    const from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('。'), head.lastIndexOf('+')) + 1;
    const tailEnd = sentence.slice(end).search(/[,;。+]/);
    const before = sentence.slice(from, at);
    const after = sentence.slice(end, tailEnd < 0 ? sentence.length : end + tailEnd);
    const cover = SUPPLEMENT.exec(before) ?? (/^\s*(?:\/\s*月\s*)?的?\s*$/.test(after.slice(0, Math.max(0, after.search(SUPPLEMENT)))) ? SUPPLEMENT.exec(after) : null);
    if (!cover) continue;
    // By the month: `/月` after the figure or the cover, or `每月` before the figure.
    // (…or a month's sum of the parts closing the sentence: `…大额医疗费用补助23.44元,共计264.58元/月`.)
    const monthlySum = MONTHLY_SUM_AFTER.test(sentence.slice(end, end + 60));
    if (!/^\s*(?:\/\s*(?:人\s*[·・.]?\s*)?月|每月)/.test(after) && !/(?:每人每月|每月|按月)[^,;。\d]{0,8}$/.test(before) && !/\/\s*月/.test(after) && !monthlySum) continue;
    const byMonthInBracket = MONTHLY_IN_BRACKET_BEFORE.test(before);
    if (/^\s*\/\s*年|年缴|全年/.test(after) || (!byMonthInBracket && /年缴|全年|每年/.test(before))) continue;
    // `大额医疗保险:个人每月缴纳2元,单位缴纳8元`: a fee split between payers is no one's monthly payment.
    if (/个人|单位/.test(before.slice(cover.index + cover[0].length))) continue;
    const variant = cover[0].replace(SUPPLEMENT_END, '');
    const value = parseYuan(match.groups!.n, match.groups!.wan);
    if (value === null || !variant) continue;
    found.push({ key: 'contribution.monthly_amount', value, at, variant, wording: 0.8 });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Tables flattened into one line: `类别 个人缴费(元) 财政补助(元) 备注 普通居民 380 640 … 低保对象 180 840 …`

const CELL_NUMBER = /^\d+(?:\.\d+)?%?$/;
const CELL_FIGURE = /^[\d.]+%?(?:[-~至][\d.]+%?)?(?:元)?$/;
const VALUE_COLUMN = /比例|占比|费率|金额|标准|基数|上限|下限|缴费额|缴纳额|^(?:合计|总计)|\((?:元|%)\)|(?:缴费|补助|补贴)$/;
const PLACE_COLUMN = /地区|城市|地市|区域|市州|地方|统筹区/;

interface Column {
  key: FactKey | null;
  shape: 'money' | 'rate';
  part?: string;
}

function columnOf(header: string, ctx: RuleContext): Column | null {
  if (!VALUE_COLUMN.test(header)) return null;
  const shape = /比例|占比|费率|\(%\)/.test(header) ? 'rate' : 'money';
  const phrases = shape === 'rate' ? RATE_PHRASES : MONEY_PHRASES;
  let key: FactKey | null = null;
  for (const hit of phraseHits(phrases, header)) key = keyOf(hit, header, header.length, header.length, ctx.scheme) ?? key;
  // (A column headed by the base, `…缴费基数`, holds the base a payroll scheme's payments are worked on.)
  if (shape === 'money' && /基数$/.test(header) && !/上限|下限|最高|最低/.test(header) && (ctx.scheme === 'flexible' || ctx.scheme === 'employee')) key = 'contribution.base_monthly';
  // (…and one headed by a part of the insurance, `大额医疗费用补助月缴费金额`, holds that part's figures.)
  const part = shape === 'rate' ? /^(用人单位|单位|个人|企业|公司)/.exec(header)?.[1]?.replace(/^(?:企业|公司)$/, '单位')
    : RATE_PART.exec(header)?.[0].replace(/(?:月)?(?:缴费|缴纳)?(?:金额|标准)$/, '');
  return { key, shape, ...(part ? { part } : {}) };
}

function tableCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  if (!/\s\d/.test(sentence)) return [];
  const tokens = [...sentence.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: m.index }));
  const firstFigure = tokens.findIndex((t) => CELL_FIGURE.test(t.text));
  if (firstFigure < 3) return [];
  const run = tokens.slice(0, firstFigure);
  const columns = run.map((t) => columnOf(t.text, ctx));
  // The value columns: one block, at least two of them.
  const first = columns.findIndex((c) => c !== null);
  let count = 0;
  while (first + count < columns.length && columns[first + count]) count++;
  if (first < 0 || count < 2) return [];
  const afterBlock = run.length - first - count;
  const labelCount = Math.min(first, afterBlock);
  const noteCount = afterBlock - labelCount;
  if (labelCount < 1 || labelCount > 3 || noteCount > 2) return [];
  const labelHeaders = run.slice(first - labelCount, first).map((t) => t.text);
  const valueColumns = columns.slice(first, first + count) as Column[];

  const found: Candidate[] = [];
  let i = first + count + noteCount;
  let rows = 0;
  while (i + labelCount + count <= tokens.length) {
    const labels = tokens.slice(i, i + labelCount);
    const cells = tokens.slice(i + labelCount, i + labelCount + count);
    if (labels.some((t) => CELL_FIGURE.test(t.text)) || !cells.every((t) => CELL_FIGURE.test(t.text))) break;
    const group = labels.filter((_, j) => !PLACE_COLUMN.test(labelHeaders[j])).map((t) => t.text).join(' ');
    cells.forEach((cell, j) => {
      const column = valueColumns[j];
      if (!column.key || !CELL_NUMBER.test(cell.text.replace(/元$/, ''))) return;
      const raw = cell.text.replace(/元$/, '');
      const value = column.shape === 'rate' ? parseRate(raw.endsWith('%') ? raw : `${raw}%`) : Number(raw);
      if (value === null || !Number.isFinite(value) || value < 0 || (column.shape === 'rate' && value >= 1)) return;
      const variant = [group, column.part].filter(Boolean).join(' ');
      found.push({ key: column.key, value, at: cell.at, wording: 0.84, ...(variant ? { variant } : {}) });
    });
    rows++;
    i += labelCount + count + noteCount;
  }
  return rows >= 2 ? found : [];
}

/** The cells of a table row written with bars or tabs (`| 成年居民 | 400元 |`, `成年居民\t400`), with their offsets. */
export function tableCells(row: string): { text: string; at: number }[] {
  const bar = (row.match(/\|/g) ?? []).length >= 2;
  const separator = bar ? /\|/g : /\t+/g;
  if (!bar && !/\S\t+\S/.test(row)) return [];
  const cells: { text: string; at: number }[] = [];
  let from = 0;
  for (const m of [...row.matchAll(separator), null]) {
    const raw = row.slice(from, m ? m.index : row.length);
    cells.push({ text: raw.trim(), at: from + raw.length - raw.trimStart().length });
    if (m) from = m.index + m[0].length;
  }
  // Leading and trailing bars (`| a | b |`) open and close the row; they hold no cell.
  if (bar && cells[0]?.text === '') cells.shift();
  if (bar && cells[cells.length - 1]?.text === '') cells.pop();
  return cells;
}

/** A figure cell of a table: `400`, `400元`, `400元/人/年`, `9%`. */
const GRID_FIGURE = /^(\d+(?:\.\d+)?)(%|元(?:\s*\/\s*(?:人|年|月)){0,3})?$/;

/**
 * A row of a table of several lines whose header names each column's key and whose rows name
 * their group (`类别 | 个人缴费 | 财政补助` over `成年居民 | 400元 | 700元`): one value per keyed cell,
 * the row's label cells its variant.
 */
function gridRowCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  const header = ctx.tableHeader;
  if (!header) return [];
  // A unit in brackets (`财政补助(元/年)`) marks a value column as `(元)` does.
  const columns = header.map((cell) => columnOf(cell.replace(/\(\s*(元|%)[^()]*\)\s*$/, '($1)'), ctx));
  if (!columns.some((c) => c?.key)) return [];
  const cells = tableCells(sentence);
  if (cells.length !== header.length) return [];
  // (A table of payers' rates, `个人缴费比例 | 企业缴费比例`, is a payroll table: its yearly sums are no resident's share.)
  const payroll = columns.some((c) => c?.part && /单位|个人/.test(c.part));
  const labels = cells.filter((_, j) => !columns[j] && !PLACE_COLUMN.test(header[j]));
  // (A row of figures only, `8190 | 475.02 | 24.57 | 499.59`, is the table's one row: each figure its column's.)
  if (labels.some((c) => GRID_FIGURE.test(c.text)) || (!labels.length && !cells.every((c) => GRID_FIGURE.test(c.text)))) return [];
  const group = labels.map((c) => c.text).join(' ');
  const found: Candidate[] = [];
  cells.forEach((cell, j) => {
    const column = columns[j];
    const figure = GRID_FIGURE.exec(cell.text);
    if (!column?.key || !figure) return;
    if (payroll && RESIDENT_SHARE_KEYS.has(column.key)) return;
    if (column.shape === 'rate' ? figure[2]?.startsWith('元') : figure[2] === '%') return;
    const value = column.shape === 'rate' ? parseRate(`${figure[1]}%`) : Number(figure[1]);
    // A cell of 0 says the group pays nothing of that part; it states no rule of its own.
    if (value === null || !Number.isFinite(value) || value <= 0 || (column.shape === 'rate' && value >= 1)) return;
    const variant = [group, column.part].filter(Boolean).join(' ');
    found.push({ key: column.key, value, at: cell.at, wording: 0.8, ...(variant ? { variant } : {}) });
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// Key phrases

interface PhraseHit {
  phrase: KeyPhrase;
  text: string;
  start: number;
  end: number;
}

/** Every key phrase of a text, by end offset. */
function phraseHits(phrases: KeyPhrase[], text: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const phrase of phrases) {
    for (const match of text.matchAll(phrase.trigger)) {
      hits.push({ phrase, text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  // Of phrases ending together the longest is tried first (`最低缴费基数` before `缴费基数`).
  return hits.sort((a, b) => a.end - b.end || b.start - a.start);
}

function keyOf(hit: PhraseHit, sentence: string, valueAt: number, valueEnd: number, scheme: Scheme | null, labels: readonly string[] = []): FactKey | null {
  const { key } = hit.phrase;
  return typeof key === 'function' ? key({ sentence, phrase: hit.text, phraseStart: hit.start, valueAt, valueEnd, scheme, labels }) : key;
}

interface Found {
  key: FactKey;
  start: number;
  end: number;
  wording: number;
}

const RESTATED = /^[^;。]*[,]\s*(?:即|也就是|相当于)(?:每月)?/;
/** `个人缴费标准增幅放缓,为每人每年N元`: how fast a standard rises, no figure of its own. */
const PACE_OF_RISE = /增幅[^,;。\d]{0,6}?(?:降低|放缓|提高|加大|收窄)/g;
const SHARE_AS_PROPORTION = /^\s*比例\s*(?:为|是)?\s*(?:每人每年|每年每人)\s*$/;
const DIFFERENCE_IN_GAP = new RegExp(`(?:提高|增加|上调|提升|增长|上涨)了?\\s*${N}\\s*元`, 'g');

function insideClosedBracket(sentence: string, at: number, valueAt: number): boolean {
  const open = sentence.lastIndexOf('(', at);
  if (open < 0 || sentence.lastIndexOf(')', at) > open) return false;
  // (A bracket opened and closed again after the phrase, `(…年平均工资(全口径年工资)为N元)`, closes
  // nothing the phrase is in.)
  let depth = 0;
  for (let i = at; i < valueAt; i++) {
    if (sentence[i] === '(') depth++;
    else if (sentence[i] === ')' && depth-- === 0) return true;
  }
  return false;
}

/** The shape of value a key phrase may carry to a sibling item: rates for the rate keys, yuan for the other figures; none for dates and durations. */
function shapeOfKey(key: FactKey): 'money' | 'rate' | null {
  if (key === 'contribution.rate' || key === 'late_fee.daily_rate' || key.startsWith('aid.tilted_rate')) return 'rate';
  return key.startsWith('contribution.') || key.startsWith('wage.') || key === 'aid.annual_cap' || key === 'incentive.cap_increase_annual' ? 'money' : null;
}

/** Words of benefits or other grants (`支付限额`, `报销`, `生育一孩…补助`): a tier's or a group's figure among them is no share. */
const BENEFIT_CLAUSE = /限额|报销|支付|起付|封顶|待遇|门诊|住院|生育|[一二三]孩|津贴/;

function findPhrase(hits: PhraseHit[], phrases: KeyPhrase[], sentence: string, valueAt: number, valueEnd: number, ctx: RuleContext): Found | null {
  // The nearest key phrase ending before the value: binary search, then back over phrases
  // whose key depends on context and does not apply here.
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].end <= valueAt) lo = mid + 1;
    else hi = mid;
  }
  // `居民医保则为一档400元/年、二档775元/年`: a resident tier list inline, no key phrase in its clause,
  // states what each person pays.
  if (phrases === MONEY_PHRASES && TIER_BEFORE.test(sentence.slice(Math.max(0, valueAt - 10), valueAt))
    && RESIDENT_TIER_AFTER.test(sentence.slice(valueEnd, valueEnd + 8))) {
    const from = Math.max(sentence.lastIndexOf(';', valueAt), sentence.lastIndexOf('。', valueAt)) + 1;
    // (A key phrase of another comma clause states its own figure: `个人缴费标准为400元,多地设高低档(如低档400元/高档900元)`.)
    const clauseFrom = Math.max(from, sentence.lastIndexOf(',', valueAt) + 1);
    // (…or a resident page captioned by the share, up to its title: `2026城乡居民医保缴费标准…` over `某市实行分档缴费,一档A元、二档B元`.)
    // (…or a tier's share per person and year on a resident page: `低档每人每年A元,高档每人每年B元`.)
    const perPersonYear = ctx.scheme === 'resident' && /(?:每人每年|每年每人)\s*$/.test(sentence.slice(Math.max(0, valueAt - 6), valueAt));
    const captioned = ctx.scheme === 'resident' && (ctx.headings ?? []).some((h) => SHARE_CAPTION.test(h) && !/补助|补贴|筹资/.test(h));
    // (`年度最高支付限额:一档200元、二档350元`: a tier's cap of benefits is no share.)
    if ((schemeNamedIn(sentence.slice(from, valueAt)) === 'resident' || captioned || perPersonYear) && !hits.slice(0, lo).some((h) => h.start >= clauseFrom) && !BENEFIT_CLAUSE.test(sentence.slice(from, valueAt))) {
      const tierAt = sentence.lastIndexOf('档', valueAt) - 1;
      return { key: 'contribution.individual_annual', start: tierAt, end: tierAt, wording: 0.8 };
    }
  }
  // `大庆推出两档方案,一档567元/月、二档431元/月`: a payroll tier list per month states the monthly payment.
  if (phrases === MONEY_PHRASES && (ctx.scheme === 'flexible' || ctx.scheme === 'employee')
    && PAYROLL_TIER_BEFORE.test(sentence.slice(Math.max(0, valueAt - 6), valueAt)) && MONTHLY_AFTER_VALUE.test(sentence.slice(valueEnd, valueEnd + 6))) {
    const tierAt = sentence.lastIndexOf('档', valueAt) - 1;
    return { key: 'contribution.monthly_amount', start: tierAt, end: tierAt, wording: 0.78 };
  }
  // (`…个人缴费A元;乙每人B元;丙每人C元`: a phrase reaches the further items of its `;` list too.)
  const reach = (hit: PhraseHit) => valueAt - hit.end <= 40 || (valueAt - hit.end <= 120 && siblingGroupItem(sentence.slice(hit.end, valueAt)) !== null);
  for (let i = lo - 1; i >= 0 && reach(hits[i]); i--) {
    // `8.2%(其中个人缴费费率为2%),企业8.6%`: a phrase inside brackets closed before the value names a figure inside them.
    if (insideClosedBracket(sentence, hits[i].start, valueAt)) continue;
    // A wage's share (`社平工资的60%,即3720元`) is the value of a phrase before it, not the wage.
    if (hits[i].phrase.gapCancel?.test(sentence.slice(hits[i].end, valueAt))) continue;
    // `灵活就业人员也可选择参加城乡居民医保,缴费标准为400元/人/年`: the resident scheme a payroll text
    // names last before the phrase is the one its figure is for.
    const schemeOfPhrase = ctx.scheme !== 'resident' && schemesIn(sentence.slice(0, hits[i].start)).pop()?.value === 'resident' ? 'resident' : ctx.scheme;
    const key = keyOf(hits[i], sentence, valueAt, valueEnd, schemeOfPhrase, [...ctx.labels, ...(ctx.headings ?? [])]);
    if (!key) {
      if (hits[i].phrase.stop) return null;
      continue;
    }
    // `415元/年(个人缴费标准)· 720元/年(财政补贴)`: a phrase in brackets after a figure names that figure only.
    if (isPostLabel(sentence, hits[i])) return null;
    // `财政补助 640元 840元`: a figure right after another one, nothing naming it, is a cell of another
    // column (a pipe table's columns are named by its header).
    const tail = /\d\s*(?:万|千)?\s*元([^\d]*)$/.exec(sentence.slice(hits[i].end, valueAt));
    // A figure in brackets right after another (`52800元(4400元/月)`) restates it: no cell.
    if (tail && !/[\u4e00-\u9fff|(]/.test(tail[1].replace(/^[\s/人年月·]+/, ''))) return null;
    // `提高至/调整为` introduce the new value itself; other change words introduce a difference.
    // `下限为社平工资的60%,即3720元`: what follows 即 restates the value itself.
    // (`财政补助(含省财政补助)N元`: what the figure includes, in brackets, breaks nothing.)
    let gap = sentence.slice(hits[i].end, valueAt).replace(WAGE_NAME_ASIDE, '').replace(INCLUDES_ASIDE, '').replace(RESTATED, '').replace(DIFFERENCE_IN_GAP, '').replace(PACE_OF_RISE, '').replace(NEW_VALUE_WORDS, '为');
    // `个人缴费比例为每人每年250元`: a share per person misnamed a proportion.
    if (key === 'contribution.individual_annual' && SHARE_AS_PROPORTION.test(gap)) gap = '';
    // `…个人缴费400元;在校学生310元;未成年人390元`: a group's item after the one the phrase states takes its key.
    // …and so does one of a subsidy's list (`财政补助标准为每人A元;乙每人B元`).
    if ((key === 'contribution.individual_annual' || key === 'contribution.subsidy_annual') && gap.includes(';')) gap = siblingGroupItem(gap) ?? gap;
    // `单位缴费比例为职工工资总额的7.5%`: what a rate is a share of, right before it, breaks nothing.
    if (key === 'contribution.rate') gap = gap.replace(RATE_OF_WHAT, '为');
    // `缴费率降低一个百分点,由规定的7.5%调整为6.5%`: the size of a cut before the change states no value of its own.
    if (key === 'contribution.rate') gap = gap.replace(POINTS_CUT, '');
    if (GAP_BREAK.test(gap)) return null;
    // (The switch of scheme is read loosely: below 0.8.)
    return { key, start: hits[i].start, end: hits[i].end, wording: schemeOfPhrase === ctx.scheme ? hits[i].phrase.wording : Math.min(hits[i].phrase.wording, 0.76) };
  }
  // A key phrase further back belongs to another clause: the value is not a list item's.
  for (let i = 0; i < lo; i++) if (keyOf(hits[i], sentence, valueAt, valueEnd, ctx.scheme, [...ctx.labels, ...(ctx.headings ?? [])])) return null;
  // `二、各地缴费标准` then `某市:成年居民410元/人;学生380元/人`: a group's bare figure per person, under a
  // caption of the share, is what that group pays.
  if (phrases === MONEY_PHRASES && ctx.scheme === 'resident' && RESIDENT_TIER_AFTER.test(sentence.slice(valueEnd, valueEnd + 8))) {
    // (…or after the sibling item before it: `某市:市区880元、县区830元`.)
    const comma = sentence.lastIndexOf('、', valueAt);
    const sibling = comma > 0 && /\d\s*元(?:\s*\/\s*[人年]+)?\s*$/.test(sentence.slice(Math.max(0, comma - 12), comma)) ? comma : -1;
    const cut = Math.max(sentence.lastIndexOf(';', valueAt), sentence.lastIndexOf(',', valueAt), sibling);
    let item = sentence.slice(Math.max(cut, sentence.lastIndexOf(':', valueAt)) + 1, valueAt).trim();
    // (…or a group's label and its figure as an item of a `;` list: `成年居民一档:A元/年;二档:B元/年;在校学生:C元/年`.)
    if (item === '' && cut >= 0 && /^[^:]{2,24}:\s*$/.test(sentence.slice(cut + 1, valueAt))) item = sentence.slice(cut + 1, valueAt).replace(/:\s*$/, '').trim();
    // (The nearest caption that names the share and no aid: an intro line that mentions aid gives way to the heading.)
    // (A nearer caption of the subsidy, `补助标准:`, decides against the share.)
    const nearest = [ctx.lead, ...ctx.labels, ...(ctx.headings ?? [])].find((text): text is string => !!text && SHARE_CAPTION.test(text) && !AID_CAPTION.test(text) && !OTHER_COVER.test(text));
    const caption = nearest && !/补助|补贴|筹资/.test(nearest) ? nearest : undefined;
    if (caption && item.length >= 2 && item.length <= 24 && BARE_GROUP.test(item) && !BENEFIT_CLAUSE.test(item) && !BENEFIT_CLAUSE.test(ctx.labels[0] ?? '')
      && (VARIANT_WORDS.test(item) || GROUP_LABEL.test(item) || AREA_KIND.test(item)) && !AID_CAPTION.test(item) && !OTHER_COVER.test(item)) {
      return { key: 'contribution.individual_annual', start: -1, end: -1, wording: 0.78 };
    }
    // …and so is a place's bare figure right after its name (`4、某省某市:450元/人`), the one share of that place.
    const placeHead = /^\s*(?:\d{1,2}[、.]|[一二三四五六七八九十]{1,3}、)?\s*([\u4e00-\u9fff]{2,14}?(?:省|市|县|区|旗|州|盟))\s*:\s*$/.exec(sentence.slice(0, valueAt));
    if (caption && placeHead && !/^(?:本|我|全|城|市区|县区)/.test(placeHead[1])) return { key: 'contribution.individual_annual', start: -1, end: -1, wording: 0.76 };
  }
  // A list item (`一档:400元/年`) takes its key from the labels above it, or from the sibling
  // before it (`缴费比例:基本医疗保险:5.8%。大额医疗费用补助:0.3%。`).
  if (valueAt > 30) return null;
  const head = sentence.slice(0, valueAt);
  // (Only a key of the value's shape carries: a rate after a window's dates is no window.)
  if (ctx.carriedKey && /^[^,;。]{1,24}[:]\s*$/.test(head) && phrases.some((p) => p.shape === shapeOfKey(ctx.carriedKey!))) return { key: ctx.carriedKey, start: -1, end: -1, wording: 0.82 };
  // (A tier's own name is no break: `提高档:400元/年`.)
  if (GAP_BREAK.test(head.replace(/[\u4e00-\u9fff]{1,2}档/g, ''))) return null;
  for (const label of ctx.labels) {
    for (const hit of phraseHits(phrases, label)) {
      const key = keyOf(hit, label, label.length, label.length, ctx.scheme);
      if (key) return { key, start: -1, end: -1, wording: hit.phrase.wording - 0.05 };
    }
  }
  // A resident tier list (`高档:910元/人`, `低档:每人每年400元`) states what each person pays.
  // …and so does a list of years under a caption of the share (`缴费标准` then `2024年度:每人每年420元`).
  // (An aside in the label does not lengthen it: `劳动年龄段居民(18至59岁):每人每年N元`.)
  if (phrases === MONEY_PHRASES && ctx.scheme === 'resident' && RESIDENT_TIER_HEAD.test(head.replace(/\([^()]*\)/g, ''))
    && RESIDENT_TIER_AFTER.test(sentence.slice(valueEnd, valueEnd + 8))
    // (`重点人群资助:` then `监测对象:每人每年280元`: under a caption of aid, a group's figure is the aid it gets.)
    && !ctx.labels.some((label) => AID_CAPTION.test(label) && !/个人|标准|缴费/.test(label))
    && (ctx.labels.some((label) => VARIANT_WORDS.test(label))
      || (/^\s*(?:19|20)\d{2}\s*年度?\s*:/.test(head) && ctx.labels.some((label) => /缴费标准|个人缴费/.test(label))))) {
    return { key: 'contribution.individual_annual', start: -1, end: -1, wording: 0.8 };
  }
  // `缴费标准:` then `1.老年居民每人每年490元`, `补助标准:` then `1.老年居民每人每年1500元`: a group's
  // figure per person under a caption that names the share.
  const perPerson = /(?:每人每年|每年每人)\s*$/.exec(head);
  if (phrases === MONEY_PHRASES && ctx.scheme === 'resident' && perPerson && !/[,;。:]/.test(head)) {
    const caption = ctx.labels.find((label) => SHARE_CAPTION.test(label));
    const subsidy = caption !== undefined && /补助|补贴/.test(caption);
    if (caption && !(subsidy && /个人缴费/.test(caption))) {
      return { key: subsidy ? 'contribution.subsidy_annual' : 'contribution.individual_annual', start: perPerson.index, end: perPerson.index, wording: 0.8 };
    }
  }
  // `三、2021年度个人缴费标准` then a line of its own `每人280元。`: the figure alone under a caption of the share.
  if (phrases === MONEY_PHRASES && ctx.scheme === 'resident' && BARE_SHARE_HEAD.test(head) && BARE_SHARE_AFTER.test(sentence.slice(valueEnd))) {
    const caption = [ctx.lead, ctx.headings?.[0]].find((text): text is string => !!text && SHARE_CAPTION.test(text) && !OTHER_COVER.test(text) && !AID_CAPTION.test(text));
    if (caption) {
      const subsidy = /补助|补贴/.test(caption) && !/个人缴费/.test(caption);
      if (!(subsidy ? /个人/ : /补助|补贴|筹资/).test(caption)) return { key: subsidy ? 'contribution.subsidy_annual' : 'contribution.individual_annual', start: -1, end: -1, wording: 0.78 };
    }
  }
  return null;
}

/** A group's name alone before its figure (`成年居民`, `18周岁以下未成年人`; no verb, no other figure). */
// (An age band is a group's name too: `60-69岁`, `18至59周岁`.)
const BARE_GROUP = /^(?:[^\d,;。:为是按缴交补助贴资免需]|\d{1,3}\s*(?:周岁|岁)?\s*[-—~至到]\s*\d{1,3}\s*(?:周岁|岁)|\d{1,3}\s*(?:周岁|岁))+(?:为|是)?$/;

/** A line that is only a figure per person (`每人280元。`, `280元/人`). */
const BARE_SHARE_HEAD = /^\s*(?:每人每年|每年每人|每人)?\s*$/;
const BARE_SHARE_AFTER = /^\s*(?:\/\s*[人年·]+)*\s*[。;]?\s*$/;

/**
 * The group of the last `;` item of a gap whose earlier items each state a figure of their own
 * (`400元;在校学生`), when it is only a group's name; null otherwise.
 */
/** The old figure and the change word of a group's item, up to the new figure (`从每人每年A元调整为`). */
const SIBLING_CHANGE_FROM = /\s*(?:从|由)\s*(?:每人每年|每人)?\s*\d+(?:\.\d+)?\s*元\s*(?:\/\s*[人年·]+)?\s*(?:(?:调整|提高|上调|增加|提升)(?:为|至|到)|为)\s*(?:每人每年|每人)?\s*$/;

function siblingGroupItem(gap: string): string | null {
  const items = gap.split(';');
  // (`;乙从每人每年A元调整为B元`: the item of a group whose figure changes, read up to its old figure.)
  const last = items[items.length - 1].trim().replace(SIBLING_CHANGE_FROM, '');
  if (!items.slice(0, -1).every((item) => /\d\s*元/.test(item) && !/[。]/.test(item))) return null;
  if (!last || last.length > 24 || /[,:。]/.test(last) || /\d/.test(withoutNamedFigures(last))) return null;
  // (`乙类人员资助标准为N元`: an item naming a figure of its own, the aid it gets, is no bare group.)
  if (/标准/.test(last) || last.search(GROUP_CLAUSE_VERB) >= 0) return null;
  return SUBJECT_GROUP.test(last) && !OTHER_COVER.test(last) && !GAP_BREAK.test(last) ? last : null;
}

/** The words of aid a group gets towards its share (`重点人群资助`, `医疗救助`, `代缴`). */
const AID_WORDS = '资助|救助|代缴';
/** A caption of such aid. */
const AID_CAPTION = new RegExp(AID_WORDS);

/** A caption naming a resident share (`2023年居民医保缴费标准:`, `补助标准:`). */
const SHARE_CAPTION = /缴费标准|个人缴费|补助标准|补贴标准|财政补助|财政补贴/;

/** A key phrase in brackets right after a figure (`400元/年(个人缴费标准)`). */
const POST_LABEL_BEFORE = /\d\s*(?:万|千)?\s*元\s*(?:\/\s*[人年月·]+)*\s*\(\s*$/;
function isPostLabel(sentence: string, hit: PhraseHit): boolean {
  return POST_LABEL_BEFORE.test(sentence.slice(Math.max(0, hit.start - 16), hit.start)) && /^[^()\d]{0,6}\)/.test(sentence.slice(hit.end));
}

const RESIDENT_TIER_HEAD = /^[^,;。]{0,12}[:]\s*(?:每人每年|每年每人|每人)?\s*$/;
const RESIDENT_TIER_AFTER = /^\s*(?:\/\s*(?:人|年)|每人|$|[(。;,、)]|\/\s*[一二三四五六七八九十低中高]档)/;

// (`其中N元为长期护理保险费`: a part named as another cover's.)
const OTHER_COVER_START = new RegExp(`^\\s*(?:的|为|是|属于)?\\s*(?:${OTHER_COVER.source})`);
// (…or `统一按8190元基数缴纳`: the figure named the base right before the payment.)
const BASE_AFTER_VALUE = /^\s*(?:\/\s*(?:人\s*[·・.]?\s*)?月)?\s*(?:(?:为|作为)\s*(?:月)?(?:缴费|申报)?基数|的?(?:月)?(?:缴费)?基数(?:缴纳|缴费|参保|按月))/;
export const MONTHLY_AFTER_VALUE = /^\s*(?:\/\s*(?:人\s*[·・.]?\s*)?月|每月)/;
const PAYER_WORD = /^(?:用人单位|单位|个人)$/;
/** An employee named as the payer of a rate (`在职职工`, `单位职工`): the 个人 part. */
const EMPLOYEE_SELF = /^(?:在职|单位|参保)?职工(?:个人)?$/;
/** Kinds of employer a rate may be set for (公务员, 机关事业单位, 企业). */
const EMPLOYER_KIND = /公务员|事业单位|机关|企业|社会团体|社团|个体/;
const NOT_A_PLACE_OR_YEAR = /\d{4}\s*年|(?<![城本我全])市|[省县]/;

/** An account choice (phrasebook ACCOUNT_CHOICE) opening a clause (`不建立职工医保个人帐户,`, `有个人账户的`). */
const ACCOUNT_CHOICE_OPENING = new RegExp(`(?:^|[:,])\\s*(${ACCOUNT_CHOICE})`, 'g');

/** The group a value is for, named just before it, right before its key phrase, or by the labels above it. */
/** A label naming a grade of the employee or flexible insurance (`一档`, `基本医疗二档`, `基础档`). */
const GRADE_LABEL = /(?:[一二三四五六七八九十低中高]|基础)档(?:次)?$/;
/** A quoted group opening an item (`4.“非从业居民”…`). */
const QUOTED_GROUP_HEAD = /^\s*(?:\d{1,2}\s*[.、]|[一二三四五六七八九十]{1,3}、)?\s*[“"「]([^”"」]{2,12})[”"」]/;
/** A short name given in brackets (`(简称在职人员)`, `(以下简称“大学生”)`). */
const GROUP_ALIAS = /\((?:以下)?(?:简称|下称)\s*[“"‘]?([^()“”"‘’,;]{2,10}?)[”"’]?\)/;

function variantFor(sentence: string, found: { key: FactKey; start: number; end: number }, valueAt: number, ctx: RuleContext): string | undefined {
  // `低收入家庭老人由每人每年缴纳A元上调至B元`: the group, without the 由 of the change it went through.
  // (…nor the close of a headline's bracket before it: `【…】二档`.)
  const named = groupNamed(sentence, found, valueAt, ctx)?.replace(/\s*\|+\s*$/, '').replace(/^[★☆●○■□◆◇▲△►▶•·\s]+/, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:由|从)(?:原来的|原)?$/, '').replace(/^[】\])」』]+\s*/, '')
    // (…nor the insurance's name before its payer: `职工基本医保单位` is the 单位 part; nor a modal after it: `用人单位应当`.)
    .replace(/^(?:城镇)?职工(?:基本)?(?:医保|医疗保险)(?=(?:用人)?单位$|个人$)/, '')
    .replace(/(?<=..)(?:应当|应该|必须|须|需要?)$/, '')
    // (…nor the change it went through: `低档增至`, `高档增加30元至`.)
    .replace(/(?<=[\u4e00-\u9fff]{2})(?:再)?(?:增加|提高|上调|上涨)?\s*(?:\d+(?:\.\d+)?\s*元)?\s*(?:增至|升至|提高至|提高到|上调至|调整为|达到|至)$/, '')
    .replace(/^(?:在职|参保)?职工个人$/, '个人') || undefined;
  // `未达法定退休年龄的灵活就业参保人员(简称在职人员)`: a group the text names for short is named by its short name.
  if (named) {
    const after = sentence.indexOf(named) >= 0 ? sentence.slice(sentence.indexOf(named) + named.length, valueAt) : '';
    const alias = GROUP_ALIAS.exec(after);
    if (alias && after.indexOf(alias[0]) <= 12 && SUBJECT_GROUP.test(alias[1])) return alias[1];
  }
  // `生育保险:` then `单位缴费0.6%`: a payer's rate under a label naming a part is that part's.
  const label = ctx.labels[0]?.replace(/[\s:]+$/, '').trim();
  if (found.key === 'contribution.rate' && named && PAYER_WORD.test(named) && label && label.length <= 12 && (RATE_PART.test(label) || GRADE_LABEL.test(label)) && !label.includes(named)) return `${label} ${named}`;
  // `不建立职工医保个人帐户,即按4.2%月缴费额为:…=295元`: a payment of the clause an account choice opens is that choice's.
  if (!named && (found.key === 'contribution.monthly_amount' || found.key === 'contribution.rate')) {
    const from = Math.max(sentence.lastIndexOf(';', valueAt - 1), sentence.lastIndexOf('。', valueAt - 1)) + 1;
    const account = [...sentence.slice(from, valueAt).matchAll(ACCOUNT_CHOICE_OPENING)].pop();
    if (account) return account[1];
  }
  // `最低缴费金额:A元`, `最高缴费金额:B元`: the lowest and highest payment are named by their bound.
  if (!named && found.key === 'contribution.monthly_amount' && found.start >= 0) {
    const bound = /(最低|最高)\s*(?:月)?(?:需|应|须|要)?(?:缴费|缴纳|缴|交)?(金额|标准|额)?\s*$/.exec(sentence.slice(Math.max(0, found.start - 4), found.end));
    // (`最低缴费金额` names itself; `最低需缴` names the bound.)
    if (bound) return bound[2] ? bound[0].trim() : bound[1];
  }
  return named;
}

/**
 * `低档每人每年A元,高档每人每年B元,财政补贴分别为C元和D元`: the figures after 分别 are the tiers' listed before,
 * in order (only when as many tiers, each with a figure, come before as figures after).
 */
function respectiveTier(sentence: string, valueAt: number): string | undefined {
  const clauseFrom = Math.max(sentence.lastIndexOf(',', valueAt), sentence.lastIndexOf(';', valueAt)) + 1;
  const respectively = sentence.slice(clauseFrom, valueAt).search(/分别(?:为|是)?/);
  if (respectively < 0) return undefined;
  const runFrom = clauseFrom + respectively;
  const figures = [...sentence.slice(runFrom).matchAll(MONEY)].map((m) => runFrom + m.index);
  const run: number[] = [];
  for (const at of figures) {
    if (run.length && !/^[\s\d.万元\/人年·]*(?:和|、|及|与)\s*$/.test(sentence.slice(run[run.length - 1], at))) break;
    run.push(at);
  }
  const index = run.indexOf(valueAt);
  if (index < 0 || run.length < 2) return undefined;
  const tiers = [...sentence.slice(0, clauseFrom).matchAll(/([一二三四五低中高]档)[^,;。\d]{0,6}\d/g)].map((m) => m[1]);
  return tiers.length === run.length ? tiers[index] : undefined;
}

function groupNamed(sentence: string, found: { key: FactKey; start: number; end: number }, valueAt: number, ctx: RuleContext): string | undefined {
  const respective = RESIDENT_SHARE_KEYS.has(found.key) ? respectiveTier(sentence, valueAt) : undefined;
  if (respective) return respective;
  // `低档400元/高档900元`: a tier read without a key phrase is named by the tier word itself.
  if (found.start >= 0 && found.start === found.end && RESIDENT_SHARE_KEYS.has(found.key)) {
    const tier = TIER_BEFORE.exec(sentence.slice(found.start, valueAt));
    if (tier) return tier[0].trim();
  }
  // (A sibling item after `;` names its own group: the subject of the phrase's item is not its.)
  // (…and so does a later comma clause opening with a group: `甲个人缴费标准为A元,在本市就读的乙为B元`.)
  const gap = sentence.slice(found.end, valueAt);
  const sibling = found.start > 0 && RESIDENT_SHARE_KEYS.has(found.key) && (gap.includes(';')
    || (/\d\s*元[^,]*,/.test(gap) && SUBJECT_GROUP.test(gap.slice(gap.lastIndexOf(',') + 1).replace(/\([^()]*\)/g, ''))));
  const subject = found.start > 0 && !sibling ? subjectBefore(sentence, found.start, found.key === 'contribution.rate') : null;
  const own = partVariant(sentence, found, valueAt, ctx, !subject);
  // A caption above the paragraph naming a group (`在校学生群体` then `个人仅需缴纳…`) names its shares' group.
  if (!subject && !own && ctx.groupCaption && RESIDENT_SHARE_KEYS.has(found.key)) return ctx.groupCaption;
  // `2024年某市城乡居民医保学生:` on the line above `个人缴费标准为…`: the group after the scope words of its lead.
  if (!subject && !own && RESIDENT_SHARE_KEYS.has(found.key)) {
    const led = leadGroup(ctx.lead);
    if (led) return led;
  }
  // `- 市区成年居民` then `每人每年缴费A元`: a group's name alone on the line above a line that opens with its share.
  if (!subject && !own && RESIDENT_SHARE_KEYS.has(found.key) && found.start >= 0 && found.start <= 2 && ctx.lead) {
    const bare = ctx.lead.replace(/\([^()]*\)/g, '').trim();
    if (bare.length >= 2 && bare.length <= 12 && !/[\d:]/.test(bare) && SUBJECT_GROUP.test(bare) && !KEY_LABEL.test(bare) && !NOT_VARIANT.test(bare) && !AID_CAPTION.test(bare)) return ctx.lead.trim();
  }
  // `3. 低保边缘家庭成员` then `• 成年人: N元`: the sub-group a line's label names, under the group its item names.
  if (!subject && own && ctx.parentGroup && RESIDENT_SHARE_KEYS.has(found.key) && own === ctx.labels[0]?.trim() && !ctx.parentGroup.includes(own)) return `${ctx.parentGroup} ${own}`;
  // `4.“非从业居民”甲区、乙区个人缴费标准为N元/人,丙区…`: a quoted group heading the item names its shares.
  if (!subject && !own && RESIDENT_SHARE_KEYS.has(found.key)) {
    const quoted = QUOTED_GROUP_HEAD.exec(sentence);
    if (quoted && (SUBJECT_GROUP.test(quoted[1]) || VARIANT_WORDS.test(quoted[1])) && !NOT_VARIANT.test(quoted[1]) && !KEY_LABEL.test(quoted[1])) return quoted[1];
  }
  if (!subject) return own;
  // `2. 未成年居民(儿童及学生):` then `学生和儿童个人缴费…`: the group the list item names, and the subject's words.
  const group = RESIDENT_SHARE_KEYS.has(found.key) ? [ctx.lead ?? '', ...ctx.labels].map((l) => l.replace(/\([^()]*\)|[\s:]+$|^(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)\s*/g, '').trim())
    .find((l) => l && l.length <= 12 && SUBJECT_GROUP.test(l) && !KEY_LABEL.test(l) && !NOT_VARIANT.test(l) && !/\d/.test(l)) : undefined;
  if (group && !own && !subject.includes(group) && !group.includes(subject)) return `${group} ${subject}`;
  if (!own) return subject;
  // `成年人个人缴费A元,未成年人B元`: a group opening the value's own comma clause is its, not the phrase's subject.
  // (…and so does one listed after another's figure: `成年人个人缴纳A元/人、学生儿童B元/人`.)
  // (A tier listed so is the subject's own tier: `大学生…一档A元、二档B元`.)
  const withoutAsides = (text: string) => text.replace(/\([^()]*\)/g, '').trim();
  if (RESIDENT_SHARE_KEYS.has(found.key) && (gap.includes(',') || (/\d\s*元[^、,;]*、/.test(gap) && !/档/.test(own))) && withoutAsides(gap).endsWith(withoutAsides(own))) return own;
  // `单位缴纳比例为6%,个人缴纳2%`: the payer of the value's own clause, not the sentence's subject.
  if (PAYER_WORD.test(own) && PAYER_WORD.test(subject)) return own;
  // `职工个人缴费比例:2%`: the employee's own part is the 个人 part.
  if (found.key === 'contribution.rate' && /^(?:在职职工|参保职工|职工)个人$/.test(subject) && (!own || own === '个人')) return '个人';
  // (An aside in brackets is no part of a group's name: `大中专院校(含中职教育)学生`.)
  const squash = (text: string) => text.replace(/\([^()]*\)/g, '').replace(/[\s\p{P}]/gu, '');
  const [a, b] = [squash(subject), squash(own)];
  return a.includes(b) || b.includes(a) ? subject : `${subject} ${own}`;
}

/** The scheme's name that closes the scope words of a lead (`2024年某市城乡居民医保`), up to its last word. */
const LEAD_SCOPE = /^.*?(?:医疗保险|医保|新农合)/;

/** The group a lead ending in `:` names after its year, place and scheme (`…城乡居民医保在校学生:` → 在校学生). */
function leadGroup(lead: string | undefined): string | undefined {
  if (!lead || !/:\s*$/.test(lead) || !/(?:19|20)\d{2}\s*年/.test(lead)) return undefined;
  const rest = lead.replace(/[:\s]+$/, '').replace(LEAD_SCOPE, '').replace(/^(?:的|中|之)/, '').trim();
  if (!rest || rest.length > 12 || /\d/.test(rest) || rest === lead) return undefined;
  return SUBJECT_GROUP.test(rest) && !KEY_LABEL.test(rest) && !NOT_VARIANT.test(rest) && !GAP_BREAK.test(rest) ? rest : undefined;
}

/**
 * The subject of the clause before a key phrase when it names a group (`低保对象、特困人员个人缴纳
 * 100元`, `少儿医保个人缴费标准为…`): asides in brackets dropped, a year or place makes it scope.
 */
function subjectBefore(sentence: string, at: number, rate: boolean): string | null {
  const head = sentence.slice(0, at);
  const from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('。')) + 1;
  let clause = trimSubject(head.slice(from).replace(/^\s*(?:即|也就是|则)\s*/, ''));
  // `(含生育保险,下同)机关事业单位费率…`: a clause opening inside a bracket starts after it closes.
  if (rate && /^[^(]*\)/.test(clause)) clause = trimSubject(clause.slice(clause.indexOf(')') + 1));
  // `对低保对象按最低标准的75%给予资助(即个人缴费标准为…`: the group the clause's 对 names.
  if (!rate && clause && !groupName(clause)) {
    const aimed = GROUP_AIMED.exec(head.slice(from).replace(/\([^()]*\)/g, ''));
    clause = aimed && SUBJECT_GROUP.test(aimed.groups!.group) ? trimSubject(aimed.groups!.group) : '';
  }
  // `低保对象给予90%资助,个人仅需缴费40元`: a clause opening with the key takes the group of the one before.
  // …or of a noun phrase before it (`已退休人员,缴费标准为…`), past clauses stating other values.
  let end = from - 1;
  let start = from;
  for (let back = 0; !clause && end >= 0 && head[end] === ',' && back < 3; back++) {
    const before = head.slice(0, end);
    start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('。')) + 1;
    // (`2025年…个人缴费标准为:甲、乙中的一档人员`: the group is what follows the caption's colon.)
    const text = before.slice(start).replace(/\([^()]*\)/g, '').replace(/^[^:]*:(?=[^:]*[^:\s])/, '');
    // `定额资助对象财政资助每人每年320元`: the group is the words before the first verb that leaves one.
    let bare = text;
    for (const verb of text.matchAll(GROUP_CLAUSE_VERB)) {
      bare = text.slice(0, verb.index);
      if (SUBJECT_GROUP.test(bare)) break;
    }
    // `收入低于标准1.5倍的脱贫人口`: the group is the noun after its condition (an age's figures are its name: `70周岁以上人员`).
    let noun = /\d/.test(withoutNamedFigures(bare)) ? (/的([^的\d]+)$/.exec(bare)?.[1] ?? '') : bare;
    // `医疗救助定额资助特困、低保等人员,个人缴费…`: the group a clause aids, named after the verb.
    const aided = SUBJECT_GROUP.test(noun) ? null : AIDED_OBJECT.exec(text)?.groups!.group;
    if (aided && SUBJECT_GROUP.test(aided) && !/\d/.test(withoutNamedFigures(aided))) noun = aided;
    if (SUBJECT_GROUP.test(trimSubject(noun))) clause = trimSubject(noun);
    end = start - 1;
  }
  if (clause && !rate) clause = groupsListedBefore(head, clause === trimSubject(head.slice(from)) ? from : start) + clause;
  // `公务员及事业单位工作人员,用人单位缴费比例为7%`: the kind of employer named just before a payer's clause.
  if (rate && PAYER_WORD.test(clause) && from > 0 && head[from - 1] === ',') {
    const before = head.slice(0, from - 1);
    const employer = trimSubject(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('。'), before.lastIndexOf(':')) + 1));
    if (employer && employer.length <= 40 && !/\d/.test(employer) && EMPLOYER_KIND.test(employer) && !NOT_VARIANT.test(employer)) return `${employer} ${clause}`;
  }
  let subject = clause;
  if (EXPLAINS.test(subject)) return null;
  // `县每人缴费A元;市区每人缴费B元`: a kind of area, no named place, is the share's variant.
  if (!rate && AREA_KIND.test(subject)) return subject;
  // A long list of groups (`本市低保对象、特困人员、孤儿…及突发困难人员`) is named by its first.
  if (subject.length > 64) subject = subject.split('、')[0].replace(/^(?:参保居民|参保人员)?中/, '');
  // `在某省内就读的大学生`: a place or year in the condition before the group's noun is no scope of it.
  if (!rate && NOT_A_PLACE_OR_YEAR.test(subject)) {
    const noun = /的([^的]{2,16})$/.exec(subject)?.[1] ?? '';
    if (noun && !NOT_A_PLACE_OR_YEAR.test(noun) && SUBJECT_GROUP.test(noun)) subject = noun;
  }
  if (!subject || subject.length > 64 || /\d/.test(withoutNamedFigures(subject)) || NOT_A_PLACE_OR_YEAR.test(subject)) return null;
  // `灵活就业人员可选择两档缴费`: a clause about choosing is no group's name.
  if (CHOICE_CLAUSE.test(subject)) return null;
  // Who pays a rate (`公务员及事业单位缴纳…费率`, `其他用人单位…`) names its part too.
  // …and so does the part a rate is for (`大额医疗费用补助缴费比例为0.3%`).
  if (!SUBJECT_GROUP.test(subject) && !(rate && (/单位|个人|公务员/.test(subject) || RATE_PART.test(subject)))) return null;
  if (NOT_VARIANT.test(subject)) return null;
  return subject;
}

/** A resident scheme's name and the group named right after it (`城乡居民医保在校学生`). */
const SCHEME_THEN_GROUP = /(?:城乡居民|居民)(?:基本)?(?:医疗保险|医保)(?<group>[^\s,;。、]{2,16})$/;

/** The group a clause's aid goes to, after the verb (`定额资助城乡低保对象等`). */
const AIDED_OBJECT = new RegExp(`(?:${AID_WORDS})(?<group>[^,;。资助救]{2,40})$`);

/** A group's name without the figures that are part of it (an age, a grade of disability). */
function withoutNamedFigures(text: string): string {
  return text.replace(AGE_GROUP, '').replace(DISABILITY_GRADE, '');
}

/** True when a trimmed clause could name a group by itself. */
function groupName(text: string): boolean {
  if (AREA_KIND.test(text)) return true;
  return !/\d/.test(text) && !NOT_A_PLACE_OR_YEAR.test(text) && text.length <= 64 && (SUBJECT_GROUP.test(text) || !/[按给予执行享受]/.test(text));
}

/**
 * `甲类低保对象;乙类低保对象定额资助N元`: groups listed before the subject's clause, one
 * per `;`, with no figure or verb of their own, share its value; joined as the page writes them.
 */
function groupsListedBefore(head: string, from: number): string {
  let joined = '';
  let end = from - 1;
  for (let back = 0; end >= 0 && head[end] === ';' && back < 4; back++) {
    const before = head.slice(0, end);
    const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('。'), before.lastIndexOf(':')) + 1;
    const text = before.slice(start).replace(/\([^()]*\)/g, '').trim();
    if (!text || text.length > 30 || /\d/.test(text.replace(/^\d{1,2}[.、]\s*/, '')) || !SUBJECT_GROUP.test(text) || text.search(GROUP_CLAUSE_VERB) >= 0 || /缴|交|费|免|需|无|不/.test(text)) break;
    joined = `${text.replace(/^\d{1,2}[.、]\s*/, '')};${joined}`;
    end = start - 1;
  }
  return joined;
}

/** A clause's subject without asides, its year, `本市`, and the scheme words after it (`…参加居民医保`). */
/** A group and what it joins (`成年人参加某市2024年`), the scheme's name already trimmed off the end. */
const GROUP_JOINS = /^(?<group>[^,;。\d]{2,24}?)(?:参加|参保)(?<rest>[^,;。]{0,30})$/;

function trimSubject(text: string): string {
  // `居民医保分为两档:一档…` is named after the colon; `…等六类群体:` before it.
  const colon = text.lastIndexOf(':');
  const named = colon < 0 ? text : text.slice(colon + 1).trim() ? text.slice(colon + 1) : text.slice(0, colon);
  // (A bracket of a character or two is part of the name: `未入学(托)的未成年居民`.)
  const trimmed = named
    .replace(/\((?![^()]{1,2}\))[^()]*\)/g, '')
    .replace(/(?:19|20)\d{2}\s*年度?\s*$/, '')
    // (…and a payer after 由, `由用人单位按…缴纳`: the payer, not the preposition.)
    .replace(/^[\s\-•]*(?:而)?(?:对于|对|其中|另外|(?:全部|均)?由)?/, '')
    // `对于老年居民而言`, `学生儿童的筹资标准则略低`: the group, without the words around it.
    .replace(/(?:而言|来说)$/, '')
    .replace(/的?(?:筹资|缴费)(?:标准|总额)[^,;:。]*$/, '')
    .replace(/(?:参保居民|参保人员)中/, '')
    .replace(/本市|本省|本县|本区|我市|我省|我县|全市|全省/g, '')
    .replace(/^(?:在)?(?:集中)?(?:缴费|征缴|参保)期(?:内|间)/, '')
    .replace(/(?:每人每年|每人|每年)?(?:缴纳|缴费|承担)?(?:参加|参保)?(?:城乡)?(?:居民|职工)?(?:基本)?(?:医保|医疗保险)?[的\s:]*$/, '')
    .trim();
  // `中小学生参加某市2024年城乡居民医保的个人缴费…`: the group is who joins; what they join is scope.
  const joiner = GROUP_JOINS.exec(trimmed)?.groups;
  if (joiner && SUBJECT_GROUP.test(joiner.group) && !NOT_VARIANT.test(joiner.group) && !SUBJECT_GROUP.test(joiner.rest)) return joiner.group.trim();
  // `2024年某市城乡居民医保在校学生`: the group is named after the scheme, the scope before it.
  const afterScheme = SCHEME_THEN_GROUP.exec(trimmed)?.groups!.group;
  // (…with the scheme word that ends its name, `…居民基本医疗保险成年居民`, the trim above took off.)
  if (afterScheme && SUBJECT_GROUP.test(afterScheme) && !NOT_A_PLACE_OR_YEAR.test(afterScheme) && !NOT_VARIANT.test(afterScheme)) return text.includes(`${afterScheme}居民`) && GROUP_BEFORE_RESIDENT.test(afterScheme) ? `${afterScheme}居民` : afterScheme;
  // `成年居民`, `其他居民`: the scheme word is part of the group's name.
  return GROUP_BEFORE_RESIDENT.test(trimmed) && text.includes(`${trimmed}居民`) ? `${trimmed}居民` : trimmed;
}

/** `从每人每年680元调整`, `由380元提高`: a change from an earlier figure, up to the value. */
const CHANGE_FROM_TAIL = new RegExp(`(?:从|由)[^,;:从由\\d]*${N}\\s*元[^,;:\\d]*$`);

/** `甲从每人每年A元…`: up to the figure a change started from. */
const CHANGE_FROM_OPEN = /(?:从|由)(?:原来的|原)?(?:每人每年|每年每人|每人|每年)?(?:缴纳|缴费|交纳)?\s*$/;

/** Words of a question (`交多少钱`, `怎么交`): a heading that asks names no group. */
const ASKS = /[?？]|多少|怎么|如何|什么|哪些|吗$/;

function partVariant(sentence: string, found: { key: FactKey; start: number; end: number }, valueAt: number, ctx: RuleContext, byHeading = true): string | undefined {
  // Who pays a part (单位, 个人) is a variant of a rate or a monthly payment, not of a resident's share.
  const parts = found.key === 'contribution.rate' || found.key === 'contribution.monthly_amount';
  const local = sentence.slice(Math.max(found.end, 0), valueAt).replace(/[\s:]+$/, '');
  // `个人缴费400元(成年居民450元、学生儿童350元)`: the group inside the bracket after another figure.
  let afterDelimiter = local.split(/[,;:]/).pop() ?? '';
  if (RESIDENT_SHARE_KEYS.has(found.key)) afterDelimiter = afterDelimiter.replace(/^.*\d\s*(?:万|千)?\s*元[\s/人年·]*\((?=[^()]*$)/, '');
  // `一档380元/人、二档755元`: the group after the last value listed before this one.
  const listed = afterDelimiter.split('、');
  if (listed.length > 1 && /\d\s*(?:元|%)/.test(listed.slice(0, -1).join(''))) afterDelimiter = listed[listed.length - 1];
  // `单位缴纳比例为5.5%,个人缴纳2%`: a payer opening the clause of the value is its part.
  const payer = /^\s*(用人单位|单位|个人)(?:缴费|缴纳|承担|负担|缴|交|按)/.exec(afterDelimiter);
  if (parts && payer && local.includes(',')) return payer[1];
  // `60-69周岁人员从每人每年680元调整为705元`: the group is the words before the change it went through.
  // (…and the figure the change started from is named by the words before its 从.)
  const near = [afterDelimiter.replace(CHANGE_FROM_TAIL, '').replace(CHANGE_FROM_OPEN, '').replace(LABEL_FILLER, '')];
  // (`未成年人(2007年1月1日及以后出生)580元`: a bracket dating who a group is leaves the group.)
  if (/\([^()]*\d[^()]*\)/.test(near[0])) near.push(near[0].replace(/\([^()]*\)/g, '').trim());
  // `统账结合:缴费比例为8%;单建统筹:缴费比例为5.5%`: a clause's own label beats the line's.
  if (found.start > 0) {
    const clauseStart = Math.max(sentence.lastIndexOf(';', found.start - 1), sentence.lastIndexOf('。', found.start - 1)) + 1;
    const label = /^\s*([^,:]{1,16}):\s*$/.exec(sentence.slice(clauseStart, found.start));
    if (label) near.push(label[1]);
  }
  const usable = (raw: string) => {
    const text = raw.trim().replace(/[\s:]+$/, '');
    // `最高缴费档次:` above a ceiling restates the bound, it names no group.
    if (/^contribution\.base_m(?:in|ax)_monthly$/.test(found.key) && /最高|最低|上限|下限/.test(text)) return false;
    // (A question heading is no group: `今年医疗保险交多少钱,农村`; nor are words holding another figure: `分别为A元/月(甲)和`.)
    return text && text.length <= 24 && !NOT_VARIANT.test(text) && !KEY_LABEL.test(text) && (RESIDENT_SHARE_KEYS.has(found.key) && AREA_KIND.test(text) || (!NOT_A_PLACE_OR_YEAR.test(text) && VARIANT_WORDS.test(text))) && !CHOICE_CLAUSE.test(text.replace(/\([^()]*\)/g, '')) && !ASKS.test(text) && !/\d\s*(?:元|%)/.test(text);
  };
  for (const raw of near) if (usable(raw) && (parts || !/^(?:用人单位|单位|个人)$/.test(raw.trim()))) return raw.trim();
  let lead = '';
  if (found.start > 0) {
    // (A closed aside that dates who a group is, `18周岁以下人员(2003年12月31日后出生)`, does not count against the window.)
    const before = sentence.slice(0, found.start).replace(/\([^()]*\d{4}\s*年[^()]*\)/g, '');
    lead = (before.slice(Math.max(0, before.length - 24)).split(/[,;:。]/).pop() ?? '').replace(/[的\s]+$/, '').trim();
    // `…职工医保单位缴费比例`: the part is the word right before the key.
    // `单位:A%(其中生育保险缴费比例B%)`: a key phrase inside an open bracket names its own part.
    const open = lead.lastIndexOf('(');
    const inner = open < 0 || lead.includes(')', open) ? '' : lead.slice(open + 1).replace(/^(?:其中|另外)/, '').trim();
    if (parts && inner && usable(inner)) return inner;
    // `机关事业单位缴费比例从8%降至6%`, `企业及其他单位费率由…`: the kind of employer is the part.
    const kind = parts && found.key === 'contribution.rate' ? /(?:^|[\s)])([^\d\s,;:。()]{0,10}?(?:机关|事业|企业|社会团体)[^\d\s,;:。()]{0,8}?单位)$/.exec(lead) : null;
    if (kind && !NOT_A_PLACE_OR_YEAR.test(kind[1])) return kind[1];
    const tail = /(用人单位|单位|个人|[一二三四五六七八九十低中高]档)(?:最低|最高)?$/.exec(lead);
    if (tail && (parts || tail[1].endsWith('档'))) return tail[1];
    // `公司缴费比例为A%;个人缴费比例为B%`: a firm named as the payer is the employer's part.
    if (parts && found.key === 'contribution.rate' && FIRM_AS_PAYER.test(lead)) return '单位';
    // `基本医疗保险缴费比例为A%,大额医疗费用补助缴费比例为B%`: beside another part, the medical insurance's own.
    if (parts && /基本医疗保险(?:费)?$/.test(lead) && RATE_PART.test(sentence.replace(/基本医疗保险/g, ''))) return /((?:城镇)?(?:职工)?基本医疗保险)(?:费)?$/.exec(lead)![1];
    // `60%档基数为A元、100%档基数为B元`: a base chosen as a share of the wage names its grade.
    const share = /(?:^|[^\d.])(\d{2,3}%)\s*(?:档)?(?:的)?(?:缴费)?$/.exec(lead);
    // (Named with the word it grades, `60%基数`, which holds the bare share too.)
    if (share && found.key === 'contribution.base_monthly') return `${share[1]}${/档/.test(share[0]) ? '档' : ''}基数`;
  }
  // The key phrase of a label line (`单位缴费比例:7.5%`) names its part the same way.
  for (const label of ctx.labels) {
    const part = /^(用人单位|单位|个人)(?:缴费|缴纳|负担)/.exec(label.trim().replace(/^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|[(（][一二三四五六七八九十\d]{1,2}[)）])\s*/, ''));
    if (part) {
      if (parts) return part[1];
      continue;
    }
    if (usable(label) || GROUP_LABEL.test(label.trim())) return label.trim().replace(/[\s:]+$/, '').replace(/(?<=..)(?:方式|模式)$/, '');
    // `18周岁以下(即某年某月某日以后出生)的人员:`: a group's label whose aside dates who it is; the group without it.
    const bare = label.replace(/\([^()]*\)/g, '');
    if (bare !== label && RESIDENT_SHARE_KEYS.has(found.key) && usable(bare) && SUBJECT_GROUP.test(bare)) return bare.trim().replace(/[\s:]+$/, '');
  }
  // `在校学生个人缴费300元/人(财政补助…`: the group is the words before the figure, without their key.
  if (/\d/.test(lead)) {
    // …but an age's figures are part of the group's name (`40周岁以下参保人员`).
    const parts = lead.split(/[\d.%[\]]+(?![\d.]*\s*(?:[-—~至到]\s*\d{1,3}\s*)?周?岁)/).map((part) => part.replace(/^[\s\-•·]*(?:年度|年)?(?:即|也就是|则)?|[\s(]+$/g, '').replace(/(?:个人)?(?:仅需|仅|只需|需)?(?:缴费|缴纳|承担|负担|付)(?:标准)?(?:为)?$/, ''));
    lead = parts.filter((part) => GROUP_WORDS.test(part)).pop() ?? '';
  }
  if (lead && lead.length <= 16 && GROUP_WORDS.test(lead) && !NOT_A_PLACE_OR_YEAR.test(lead)) return lead;
  // The heading of the section names the part or group (`单建统筹方式`, `二、少儿医保(0-18周岁)`).
  const heading = !byHeading ? undefined : ctx.headings?.[0]
    ?.replace(/^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]|[(（][一二三四五六七八九十\d]{1,2}[)）])\s*/, '')
    .replace(/\([^()]*\)/g, '').replace(/[:\s]+$/, '').replace(/(?:方式|模式)$/, '').trim();
  if (heading && usable(heading) && (GROUP_WORDS.test(heading) || SUBJECT_GROUP.test(heading)) && (parts || !/^(?:用人单位|单位|个人)$/.test(heading))) return heading;
  return undefined;
}

/** True when the value is an operand of a worked sum (`5203元 × 5.5% = 286.17元`): only the result counts. */
function isOperand(sentence: string, at: number, end: number): boolean {
  const window = sentence.slice(end, end + 40);
  const clauseEnd = window.search(/[,;。]/);
  const after = clauseEnd < 0 ? window : window.slice(0, clauseEnd);
  // A bracket right after the value explains it (`1070元(400元+670元)`): what follows the bracket decides.
  // `407元/月+6元大额医疗保险费/月`: a fee of another cover added on is no sum the value is part of.
  const rest = after.replace(/^\s*\/\s*[人年月]+/, '').replace(/^\s*\([^()]*\)/, '');
  if ((/[×x*=+]/.test(rest.slice(0, 6)) || /^\s*(?:乘以|乘|times\b)/.test(rest)) && !new RegExp(`^\\s*[+＋]\\s*${N}\\s*元\\s*(?:的)?(?:${OTHER_COVER.source})`).test(rest)) return true;
  const before = sentence.slice(Math.max(0, at - 3), at);
  if (/[×x*+]\s*$/.test(before) || /(?:乘以|times)\s*$/.test(sentence.slice(Math.max(0, at - 7), at))) return true;
  // A part inside a bracketed sum (`A元(政府补助B元 + 个人缴费C元)`).
  const open = sentence.lastIndexOf('(', at);
  const close = sentence.indexOf(')', end);
  return open >= 0 && close >= 0 && sentence.lastIndexOf(')', at) < open && /[+＋]/.test(sentence.slice(open, close));
}

/** A figure per year (`7668.36元/年`, `元每年`) and a product over twelve months (`× 12个月 =`). */
const YEAR_AFTER_VALUE = /^\s*(?:元)?\s*(?:\/\s*年|每年|一年)/;
const TIMES_TWELVE = /[×x*]\s*12\s*(?:个月|月)?\s*[=＝]\s*$/;

/** True when the value is the result of a worked sum (`… = 286.17元`, `286.17元(5203元×5.5%)`). */
function isResult(sentence: string, at: number, end: number): boolean {
  return /[=＝]\s*$/.test(sentence.slice(Math.max(0, at - 3), at)) || /^\s*(?:\/\s*月)?\s*\([^()]*[×x*][^()]*\)/.test(sentence.slice(end, end + 40));
}

/** `上涨20元至`: the first figure is the change, what follows `至` the new value. */
const CHANGE_TO_BEFORE = new RegExp(`(?:上涨|增加|提高|上调|提升|增长|下降|降低|减少)了?\\s*${N}\\s*(?:万|千)?\\s*元?\\s*(?:至|到)\\s*$`);

/** `400元/年(个人缴费标准)`: the key named in brackets right after a figure. */
function postLabelOf(sentence: string, end: number, ctx: RuleContext): Found | null {
  const bracket = /^\s*(?:\/\s*[人年月·]+)*\s*\(([^()]{2,10})\)/.exec(sentence.slice(end, end + 20));
  // (`1090元(含财政补助)`: what a sum includes does not name it.)
  if (!bracket || /^(?:含|包含|包括)/.test(bracket[1])) return null;
  for (const hit of phraseHits(MONEY_PHRASES, bracket[1])) {
    const key = keyOf(hit, bracket[1], bracket[1].length, bracket[1].length, ctx.scheme);
    if (key && hit.end === bracket[1].length) return { key, start: -1, end: -1, wording: 0.85 };
  }
  return null;
}

/**
 * `财政补助和个人缴费标准分别增加A元和B元,达到每人每年X元和Y元`: key phrases listed
 * before 分别 take the figures listed after it in order (a list of differences is skipped).
 */
function respectivePairs(sentence: string, hits: PhraseHit[], ctx: RuleContext): Map<number, Found> {
  const pairs = new Map<number, Found>();
  const at = sentence.search(RESPECTIVELY);
  if (at < 0) return pairs;
  // …listed in the clause of 分别 (`个人缴费增幅放缓,财政补助和个人缴费标准分别…`: the first clause lists none).
  const from = Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf(';', at), sentence.lastIndexOf('。', at)) + 1;
  const stop = sentence.slice(at).search(/[;。]/);
  const to = stop < 0 ? sentence.length : at + stop;
  const keys: Found[] = [];
  for (const hit of hits) {
    if (hit.start < from || hit.end > at) continue;
    const key = keyOf(hit, sentence, at + 2, at + 2, ctx.scheme);
    if (key && keys[keys.length - 1]?.key !== key) keys.push({ key, start: hit.start, end: hit.end, wording: Math.min(hit.phrase.wording, 0.85) });
  }
  if (keys.length < 2) return pairs;
  const runs: { at: number; end: number }[][] = [];
  for (const m of sentence.slice(at, to).matchAll(MONEY)) {
    const figure = { at: at + m.index, end: at + m.index + m[0].length };
    const run = runs[runs.length - 1];
    if (run && /^\s*(?:\/\s*[人年]+)?\s*(?:和|、|及|与)\s*$/.test(sentence.slice(run[run.length - 1].end, figure.at))) run.push(figure);
    else runs.push([figure]);
  }
  const values = runs.filter((run) => run.length === keys.length && !DIFFERENCE_BEFORE.test(sentence.slice(Math.max(0, run[0].at - 24), run[0].at))).pop();
  values?.forEach((figure, i) => pairs.set(figure.at, { ...keys[i] }));
  return pairs;
}

/**
 * A worked sum on a round base (`8000×10.5% = 840元`, `10,000元 × 2%`) is someone's example: real bases
 * are a share of a wage (4307.1元, 5203元), not a round figure.
 */
function onRoundBase(sentence: string, at: number): boolean {
  const head = sentence.slice(Math.max(0, at - 60), at);
  const operand = new RegExp(`(${N})\\s*(?:元)?\\s*(?:\\/\\s*月)?\\s*[×x*]`).exec(head.slice(head.search(/[^,;。]*$/)));
  if (!operand) return false;
  const base = Number(operand[1].replace(/,/g, ''));
  return Number.isFinite(base) && base >= 1000 && base % 1000 === 0;
}

const RANGE_BEFORE = new RegExp(`${N}\\s*(?:万|千)?\\s*元?\\s*(?:\\/月)?\\s*(?:\\([^)]{0,8}\\))?\\s*(?:至|到|-|~)\\s*$`);
/** …and with a word between (`下限A元至限制B元`): the end is no floor, whatever word it has. */
const RANGE_END_WORD_BEFORE = new RegExp(`${N}\\s*(?:万|千)?\\s*元?\\s*(?:\\/月)?\\s*(?:至|到|-|~)\\s*[^\\d,;。]{1,4}$`);
/** A cut or rise in percentage points (`降低一个百分点,`), before the change it makes. */
const POINTS_CUT = /(?:阶段性)?(?:降低|下调|提高|上调|减少)了?\s*(?:[一两二三]|\d+(?:\.\d+)?)\s*个?百分点\s*[,]?/g;

/** What a rate is a share of, ending the words before it (`为职工工资总额的`, `按本人缴费基数的`). */
const RATE_OF_WHAT = /(?:为|是|:)?\s*(?:按)?\s*(?:本单位|全部|在职)?(?:职工|单位|本人|个人)?(?:上年度)?(?:月)?(?:缴费)?(?:工资总额|工资收入|缴费工资基数|缴费基数|缴费工资|工资|基数)(?:之和)?的\s*$/;

/** `由380元提高到400元`, `由每人每年缴纳60元上调至90元`: the value a change started from. */
const CHANGE_FROM_BEFORE = /(?:由|从)\s*(?:原来的|原先的|原|规定的|现行的|目前的)?\s*(?:每人每年|每年每人|每人)?\s*(?:缴纳|缴费|交纳)?\s*$/;
const CHANGE_FROM_AFTER = /^\s*(?:\/\s*[人年月]+)?\s*(?:[\/·]\s*[人年月]+)?\s*[,]?\s*(?:提高|增加|上调|调整|调增|提升|增|升|降低?|下降|下调|调减|减少|减)(?:至|到|为)/;

function moneyCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  const found: Candidate[] = [];
  let hits: PhraseHit[] | null = null;
  const asides = [...sentence.matchAll(EXAMPLE_ASIDE)].filter((m) => !YEAR_INSTANCE_ASIDE.test(m[0])).map((m) => [m.index, m.index + m[0].length]);
  const differences: number[] = [];
  let paired: Map<number, Found> | null = null;
  const specialLabel = ctx.labels.some((label) => MAKE_UP_YEARS.test(label));
  for (const match of sentence.matchAll(MONEY)) {
    const at = match.index;
    const end = at + match[0].length;
    if (isOperand(sentence, at, end)) continue;
    // `即400+670=1070元`: the sum of two figures is neither of the parts a phrase before it names.
    if (/\d\s*[+＋]\s*\d+(?:\.\d+)?\s*(?:元)?\s*[=＝]\s*$/.test(sentence.slice(Math.max(0, at - 16), at))) continue;
    // `需补缴财政补助部分(如某市需缴1070元)`: a figure in an example aside is keyed inside it only.
    const aside = asides.find(([from, to]) => at > from && at < to);
    // `一档A元(含少儿B元、大学生C元)`: parts a figure includes, named in brackets after it, are not values of their own.
    // (`1100元(含个人缴费400元、财政补助700元)` names the shares themselves: those stand.)
    const included = INCLUDED_PART_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
    if (included && !SHARE_CAPTION.test(included[0])) continue;
    if (LEVEL_PART_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) continue;
    const before = sentence.slice(Math.max(0, at - 24), at);
    // `增加30元和20元`: every figure of a list of differences is one.
    if (DIFFERENCE_BEFORE.test(before) || differences.some((e) => /^\s*(?:\/\s*[人年]+)?\s*(?:和|、|及|与)\s*$/.test(sentence.slice(e, at)))) {
      differences.push(end);
      continue;
    }
    // `上涨20元至400元` is a change to a value, not a range.
    if (RANGE_BEFORE.test(before) && !CHANGE_TO_BEFORE.test(before)) continue;
    if (/^\s*(?:\/月)?\s*(?:\([^)]{0,8}\))?\s*(?:至|到|-|~)\s*\d/.test(sentence.slice(end, end + 16))) continue;
    const value = parseYuan(match.groups!.n, match.groups!.wan);
    if (value === null || value < 0) continue;
    // `家庭3口人需缴纳1200元`: a household's sum; `养老保险每月800元`: another insurance's figure.
    const clause = clauseBefore(sentence, at);
    if (HOUSEHOLD.test(clause) || OFF_TOPIC.test(clause)) continue;
    hits ??= phraseHits(MONEY_PHRASES, sentence);
    paired ??= respectivePairs(sentence, hits, ctx);
    // `以3800元为基数`, `按4000元/月作为缴费基数`: a figure the base is said to be, whatever phrase came before.
    // (One for wages above or below a line is a bound, read by its own construction.)
    // (Nor is a yearly income per head, `以全体居民人均可支配收入N元为基数`: that sets a resident grade, not a payroll base.)
    // (…nor one a person only might choose: `即使选择N元基数缴纳`.)
    const asBase = BASE_AFTER_VALUE.test(sentence.slice(end, end + 16)) && !/超过|超出|高于|低于|不足|可支配收入|人均收入|即使|如果|假如|若|选择/.test(clauseBefore(sentence, at));
    const phrase = asBase ? { key: 'contribution.base_monthly' as FactKey, start: -1, end: -1, wording: 0.84 }
      : paired.get(at) ?? postLabelOf(sentence, end, ctx) ?? findPhrase(hits, MONEY_PHRASES, sentence, at, end, ctx);
    if (!phrase) {
      // `1070元(400元+670元)`: a resident figure stated as the sum of two parts is the total, whatever words led to it.
      if (ctx.scheme === 'resident' && SUM_OF_TWO_AFTER.test(sentence.slice(end, end + 30))) {
        found.push({ key: 'contribution.total_annual', value, at, wording: 0.78 });
      }
      continue;
    }
    // `基数为52800元(4400元/月)`: a yearly base with its monthly figure in brackets; the bracket is the base.
    if (phrase.key.startsWith('contribution.base_') && new RegExp(`^\\s*\\(\\s*${N}\\s*元\\s*\\/\\s*月\\s*\\)`).test(sentence.slice(end, end + 20))) continue;
    if (aside && phrase.start < aside[0]) continue;
    if (phrase.key === 'contribution.base_min_monthly' && RANGE_END_WORD_BEFORE.test(before)) continue;
    // `基数标准按5200元/月的80%(4160元/月)执行`: the figure a share is taken of is the wage, not the base or a bound.
    if (BASE_FIGURES.has(phrase.key) && phrase.key !== 'wage.average_monthly' && /^\s*(?:\/\s*月)?\s*的\s*\d{1,3}(?:\.\d+)?\s*%/.test(sentence.slice(end, end + 12))) continue;
    if (RESIDENT_SHARE_KEYS.has(phrase.key)) {
      // `同步提高个人缴费标准35元,达到每人每年415元`: the figure right after the phrase is the rise.
      if (phrase.start > 0 && RISE_BEFORE_PHRASE.test(clauseBefore(sentence, phrase.start)) && RISE_THEN_VALUE.test(sentence.slice(end, end + 16))) continue;
      // `个人按月分摊的缴费金额…18.33元`: a month's part of the share.
      if (BY_THE_MONTH.test(clauseBefore(sentence, at))) continue;
    }
    const after = sentence.slice(end, end + 16);
    if (phrase.key.startsWith('contribution.base')) {
      // A yearly figure is no monthly base; a resident's yearly `缴费基数…,其中个人…` is the total.
      if (/^\s*(?:\/\s*年|每年)/.test(after)) {
        if (ctx.scheme !== 'resident' || !/^[^,;。]*[,;]\s*其中/.test(after)) continue;
        phrase.key = 'contribution.total_annual';
        phrase.wording = Math.min(phrase.wording, 0.8);
      }
    }
    if ((specialLabel || MAKE_UP_YEARS.test(sentence.slice(0, at))) && (phrase.key.startsWith('contribution.base') || phrase.key === 'contribution.monthly_amount')) continue;
    // `月缴费标准为552.69元,即6632.28元/年`: a month's payment restated by the year is no month's payment.
    if (phrase.key === 'contribution.monthly_amount' && /^\s*(?:元\s*)?(?:\/\s*年|每年)/.test(sentence.slice(end, end + 8))) continue;
    // `个人账户月缴金额…`: the part of a payment credited to an account, not the payment.
    if (phrase.key === 'contribution.monthly_amount' && phrase.start > 0 && /(?:账户|统筹基金)\s*$/.test(sentence.slice(Math.max(0, phrase.start - 6), phrase.start))) continue;
    if (phrase.key === 'contribution.subsidy_annual' && phrase.start > 0 && SUBSIDY_PART_BEFORE.test(sentence.slice(Math.max(0, phrase.start - 10), phrase.start))) continue;
    let variant = variantFor(sentence, phrase, at, ctx);
    // `城乡老年人每人N元/年,其中财政补助…`: a group's figure split into the parts right after is the group's total.
    const group = ctx.scheme === 'employee' || ctx.scheme === 'flexible' ? null : groupTotalAt(sentence, at, end);
    if (group && phrase.start < group.from) {
      phrase.key = 'contribution.total_annual';
      variant = group.name;
    } else if (group && phrase.key === 'contribution.total_annual') variant ??= group.name;
    // …and the parts after a group's figure in its item (`老年居民…N元,其中财政补助A元,个人缴费B元`) are the group's.
    if (!variant && RESIDENT_SHARE_KEYS.has(phrase.key)) variant = groupOfItem(sentence, found, phrase.key, at);
    // `其他居民个人缴费549元/人(财政补助820元)`: a part in brackets after a figure is for that figure's group.
    const previous = found[found.length - 1];
    if (!variant && previous?.variant && phrase.start > 0 && /^\s*(?:\/\s*[人年·]+)*\s*\(\s*$/.test(sentence.slice(previous.at, phrase.start).replace(/^[\d.,]+\s*(?:万|千)?\s*元/, ''))) variant = previous.variant;
    // A resident share labelled with another cover (`长期护理保险费:每人每年10元`) is that cover's fee; an aside
    // closed before the value's clause (`A元/人(含长护险30元),未成年人B元`) labels nothing.
    if (RESIDENT_SHARE_KEYS.has(phrase.key) && (OTHER_COVER.test(variant ?? '') || ctx.labels.slice(0, 1).some((label) => OTHER_COVER.test(label)) || OTHER_COVER.test(sentence.slice(Math.max(0, phrase.start < 0 ? at - 12 : Math.min(at - 12, phrase.start - 8)), at).replace(/^[^()]*\)\s*[,;、]|\([^()]*\)\s*[,;、]/g, ',')))) continue;
    // `…长期照护保险个人缴费标准为每人20元,与居民医保费合并征收,合计为每人300元`: the sum of two covers' fees collected
    // together is no resident total.
    if (phrase.key === 'contribution.total_annual' && COMBINED_WITH_OTHER_COVER.test(sentence.slice(0, at)) && OTHER_COVER.test(sentence.slice(0, at))) continue;
    // `其中有10元用于大病保险`: a part set aside for something else, not a share.
    if (ALLOCATED_AFTER.test(sentence.slice(end, end + 8))) continue;
    // `400元,其中包含40元长期护理保险费`, `48元(含8元长期护理保险费)`: another cover's part inside the share.
    if (RESIDENT_SHARE_KEYS.has(phrase.key) && OTHER_COVER_START.test(sentence.slice(end, end + 12))) continue;
    // A share beside what someone else pays for the rest (`其余…由政府资助`) is a group's: unnamed, a guess.
    if (phrase.key === 'contribution.individual_annual' && !variant && SUBSIDISED_GROUP.test(sentence)) phrase.wording = Math.min(phrase.wording, 0.72);
    // `个人缴费标准为0元` is a group's free enrolment; a zero anywhere else is no rule.
    if (value === 0 && !(phrase.key === 'contribution.individual_annual' && variant)) continue;
    if (phrase.key === 'contribution.individual_annual' || phrase.key === 'contribution.subsidy_annual') {
      // A share stated as the sum of the parts, or what a late payer pays in full, is the total.
      // …unless both parts are named (`补助(700元)和个人缴费(400元)全部由个人承担`): each is still its part.
      const bothParts = hits.some((h) => keyOf(h, sentence, h.end, h.end, ctx.scheme) === 'contribution.individual_annual')
        && hits.some((h) => keyOf(h, sentence, h.end, h.end, ctx.scheme) === 'contribution.subsidy_annual');
      if (SUM_AFTER.test(sentence.slice(end, end + 40)) || SHARES_ADDED_BEFORE.test(before) || (LATE_PAYER.test(sentence.slice(0, at)) && !bothParts)) {
        phrase.key = 'contribution.total_annual';
        phrase.wording = Math.min(phrase.wording, 0.8);
      }
    }
    const changedFrom = CHANGE_FROM_BEFORE.test(before) && CHANGE_FROM_AFTER.test(sentence.slice(end, end + 12));
    // What a payroll figure was before a change (`上限从24042元提高至…`) is rarely the rule of any year a page is about.
    if (changedFrom && !RESIDENT_SHARE_KEYS.has(phrase.key)) continue;
    // `(上一年为380元)`, `去年是380元`: the year before the one in scope.
    const lastYear = LAST_YEAR_BEFORE.test(sentence.slice(Math.max(0, at - 10), at));
    if (lastYear && !RESIDENT_SHARE_KEYS.has(phrase.key)) continue;
    // The result of a worked sum (`= 861.42元`, `352.66元(4053.6元×8.7%)`) holds for the base it took: a guess at the rule.
    if (isResult(sentence, at, end)) {
      if (onRoundBase(sentence, at)) continue;
      // `B元/月 × R% × 12个月 = N元/年`: a year's sum, no month's payment.
      if (phrase.key === 'contribution.monthly_amount' && (YEAR_AFTER_VALUE.test(sentence.slice(end, end + 6)) || TIMES_TWELVE.test(sentence.slice(Math.max(0, at - 40), at)))) continue;
      phrase.wording = Math.min(phrase.wording, 0.7);
    }
    // `下一年度个人缴费正在进行中,…缴费标准为每人每年N元`: the share of the year after the one in scope.
    const nextYear = RESIDENT_SHARE_KEYS.has(phrase.key) && NEXT_POLICY_YEAR.test(sentence.slice(0, at).replace(/^.*(?:19|20)\d{2}\s*年/, ''));
    // `目前个人缴费为380元,2027年起调整为400元`: the figure in force now is the rule of the year before the change.
    const changeYear = IN_FORCE_NOW_BEFORE.test(sentence.slice(0, phrase.start)) ? CHANGE_FROM_YEAR_AFTER.exec(sentence.slice(end)) : null;
    const dating = changeYear ? { year: Number(changeYear[1]) - 1 } : changedFrom || lastYear ? { yearOffset: -1 } : nextYear ? { yearOffset: 1 } : {};
    found.push({ key: phrase.key, value, at, wording: changeYear ? Math.min(phrase.wording, 0.8) : phrase.wording, ...(variant ? { variant } : {}), ...dating });
  }
  return found;
}

/**
 * The group of a figure its parts follow (`;学生儿童每人N元/年,其中…`): the clause before the figure when it is
 * only a group's name; null otherwise.
 */
function groupTotalAt(sentence: string, at: number, end: number): { name: string; from: number } | null {
  if (!SPLIT_INTO_PARTS_AFTER.test(sentence.slice(end, end + 24))) return null;
  const head = sentence.slice(0, at);
  const from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('。'), head.lastIndexOf(':')) + 1;
  const name = trimSubject(head.slice(from));
  if (!name || name.length > 20 || /\d/.test(withoutNamedFigures(name)) || !SUBJECT_GROUP.test(name) || NOT_VARIANT.test(name) || KEY_LABEL.test(name)) return null;
  return { name, from };
}

/**
 * The group of the `;` item a resident share sits in, when an earlier share of another key in the item
 * was named for one (`其中,老年居民个人缴费A元,财政补助B元;`); undefined otherwise.
 */
function groupOfItem(sentence: string, found: readonly Candidate[], key: FactKey, at: number): string | undefined {
  const previous = found[found.length - 1];
  if (!previous?.variant || !RESIDENT_SHARE_KEYS.has(previous.key) || previous.key === key) return undefined;
  const between = sentence.slice(previous.at, at);
  return /[;。]/.test(between) ? undefined : previous.variant;
}

/** `按缴费基数的9%+2%缴纳`: the rate paid on the base, a sum of its parts; payroll texts only. */
function rateOfBaseCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  if (!/基数|工资|医疗保险费/.test(sentence) || (ctx.scheme !== 'flexible' && ctx.scheme !== 'employee')) return [];
  const found: Candidate[] = [];
  const matches = [...sentence.matchAll(RATE_OF_BASE)];
  // (A fee's rate a base construction already read is the same rate.)
  for (const match of sentence.matchAll(RATE_OF_FEE)) if (!matches.some((m) => m.index <= match.index && match.index < m.index + m[0].length)) matches.push(match);
  for (const match of matches) {
    const parts = [...match.groups!.rates.matchAll(RATE)].map((m) => parseRate(m[0]));
    if (parts.some((p) => p === null)) continue;
    const value = Math.round(parts.reduce((sum, p) => sum! + p!, 0)! * 100000) / 100000;
    if (value <= 0 || value >= 0.3 || OFF_TOPIC.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
    const variant = variantFor(sentence, { key: 'contribution.rate', start: match.index, end: match.index }, match.index, ctx);
    found.push({ key: 'contribution.rate', value, at: match.index, wording: 0.8, ...(variant ? { variant } : {}) });
  }
  return found;
}

/**
 * `缴费标准为每人每月457元,计算公式为:4812元/月 × 9.5%`: the rate a stated monthly base is paid at; payroll
 * texts only.
 */
/** A money figure then an open bracket (`475.02元/月(`): what follows explains the amount. */
const AMOUNT_THEN_BRACKET = /\d\s*元\s*(?:\/\s*月)?\s*\(\s*$/;

function rateTimesBaseCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  if ((ctx.scheme !== 'flexible' && ctx.scheme !== 'employee') || !/[×x*]/.test(sentence)) return [];
  if (ctx.labels.some((label) => MAKE_UP_YEARS.test(label))) return [];
  const found: Candidate[] = [];
  for (const match of sentence.matchAll(RATE_TIMES_BASE)) {
    const base = Number(match.groups!.base.replace(/,/g, ''));
    const value = parseRate(match.groups!.rate);
    // A round base (`5000元/月×8%`) is someone's worked example; a real one is a share of a wage.
    if (!(base >= 1000) || base % 100 === 0 || value === null || value <= 0 || value >= 0.3) continue;
    if (MAKE_UP_YEARS.test(sentence.slice(0, match.index)) || OFF_TOPIC.test(sentence.slice(Math.max(0, match.index - 12), match.index))) continue;
    // `个人账户划入:B × R%`: what is credited to an account, not a rate paid.
    const head = clauseBefore(sentence, match.index);
    if (/账户|划入|划拨|划账|返还/.test(head)) continue;
    // (…or in a bracket right after the amount it makes: `月缴费金额为475元/月(8190×5.8%)`.)
    const explains = AMOUNT_THEN_BRACKET.test(sentence.slice(Math.max(0, match.index - 12), match.index));
    // A bare figure (no `元/月`) is a base only in a sum for a grade of the scheme (`单建统筹…月缴:B × R% = M元`).
    // (…or in a year's sum of a month's base, `3586×5.6%×12=2409.8元/年`.)
    const yearly = !!match.groups!.months && /^\s*[=＝]\s*[\d,.]+\s*元/.test(sentence.slice(match.index + match[0].length));
    if (!/元/.test(match[0]) && !explains && !yearly && !(GRADE_WORDS.test(sentence) && /^\s*=/.test(sentence.slice(match.index + match[0].length)))) continue;
    const part = PRODUCT_PART_BEFORE.exec(sentence.slice(0, match.index))?.groups!.part
      ?? ctx.labels.map((label) => PRODUCT_PART_BEFORE.exec(label.trim())?.groups!.part).find(Boolean)
      // (`大额医疗费用补助金额为24.57元/月(8190×0.3%)`: the part the explained amount is for.)
      ?? (explains ? RATE_PART.exec(clauseBefore(sentence, match.index))?.[0].replace(/(?:的)?(?:月)?(?:缴费)?(?:金额|标准)(?:为|是)?$/, '') : undefined);
    found.push({ key: 'contribution.rate', value, at: match.indices?.groups?.rate?.[0] ?? match.index, wording: 0.75, ...(part ? { variant: part } : {}) });
    // The base of a product explaining an amount is the base that amount was paid on.
    if ((explains || yearly) && !part) found.push({ key: 'contribution.base_monthly', value: base, at: match.index, wording: 0.7 });
  }
  return found;
}

/** `两种缴纳比例:统账结合(7%+2%)…;单建统筹(5%)…`: a payroll part and its rate, a sum of its parts. */
function partWithRateCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  if ((ctx.scheme !== 'flexible' && ctx.scheme !== 'employee') || !/比例|费率/.test(sentence) || !sentence.includes('(')) return [];
  const found: Candidate[] = [];
  for (const match of sentence.matchAll(PART_WITH_RATE)) {
    const part = match.groups!.part.replace(/^(?:分别为|分别是|为|是|即)/, '');
    if (!/统筹|统账|档|个人账户|大额/.test(part)) continue;
    const parts = [...match.groups!.rates.matchAll(RATE)].map((m) => parseRate(m[0]));
    if (parts.some((p) => p === null)) continue;
    const value = Math.round(parts.reduce((sum, p) => sum! + p!, 0)! * 100000) / 100000;
    if (value <= 0 || value >= 0.3) continue;
    found.push({ key: 'contribution.rate', value, at: match.index, wording: 0.75, variant: part });
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

/** The text from the last clause or list break before `at` up to it. */
function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(Math.max(0, at - 40), at);
  return head.slice(head.search(/[^,;。、]*$/));
}
const RESIDENT_SHARE_KEYS = new Set<FactKey>(['contribution.individual_annual', 'contribution.subsidy_annual', 'contribution.total_annual']);
const SUBSIDISED_GROUP = /其余|差额|资助|救助|代缴|减免/;
const SHARE_OF_RATE_AFTER = new RegExp(`^\\s*的\\s*${RATE_PATTERN}`);
const SHARE_OF_RATE_BEFORE = new RegExp(`${RATE_PATTERN}\\s*的\\s*$`);

/** A bracket right after a rate lowering it to another (`(阶段性降低1个百分点,即9%)`, `(现减按7%执行)`). */
const LOWERED_AFTER = /^\s*\([^()]*(?:降低|下调|减按|降为|降至|暂按|调减)[^()]*\d\s*%[^()]*\)/;

/** A bracket right after a rate naming who pays it, no figure inside (`(用人单位及其在职职工)`). */
const SCHEME_AFTER_RATE = /^\s*\((?!含|其中|即|原|如)([^()\d]{2,24})\)/;
/** A rate the sentence replaces further on (`为10%,但自2025年1月1日起…调整为9%`). */
const REPLACED_AFTER = new RegExp(`^\\s*(?:\\([^()]*\\))?\\s*[,]\\s*但[^。;]{0,40}?(?:调整|降|下调|减按|改)(?:为|至|按)\\s*${RATE_PATTERN}`);
/** `原费率为`, `原来的`, `即原…缴费比例`: the rate before the one in force (原则上 is no 原). */
const FORMER_BEFORE = /(?:^|[^\u4e00-\u9fff]|即|的|由|较|比)原(?!则)(?:来|先)?(?:的)?[^\d,;。()%]{0,12}$/;
/** Inside a bracket that sums parts (`7.5%(即基本医疗保险7%与生育保险0.5%之和)`): a part, not a rate of its own. */
function inSumBracket(sentence: string, at: number, end: number): boolean {
  const open = sentence.lastIndexOf('(', at);
  if (open < 0 || sentence.lastIndexOf(')', at) > open) return false;
  const close = sentence.indexOf(')', end);
  return /之和|相加|合计/.test(sentence.slice(end, close < 0 ? sentence.length : close));
}

function rateCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  const found: Candidate[] = [];
  let hits: PhraseHit[] | null = null;
  for (const match of sentence.matchAll(RATE)) {
    const at = match.index;
    const end = at + match[0].length;
    // `单位缴费比例:A%(养老保险) + B%(医疗保险) + C%(失业保险) = D%`: only the medical part is ours.
    const tag = TAG_AFTER.exec(sentence.slice(end, end + 20))?.[1];
    if (tag && OFF_TOPIC.test(tag) && !MEDICAL.test(tag)) continue;
    const medicalPart = tag !== undefined && MEDICAL.test(tag);
    if (isRateRange(sentence, at, end) || (!medicalPart && isOperand(sentence, at, end))) continue;
    if (/[=＝]\s*$/.test(sentence.slice(Math.max(0, at - 3), at)) && OFF_TOPIC.test(clauseAt(sentence, at))) continue;
    // `费率8%的70%即5.6%`: only the product is the rate; `(含生育保险0.7%)` is a part of the one before.
    if (SHARE_OF_RATE_AFTER.test(sentence.slice(end, end + 12)) || SHARE_OF_RATE_BEFORE.test(sentence.slice(Math.max(0, at - 12), at))) continue;
    if (/\(含[^()]*$/.test(sentence.slice(Math.max(0, at - 16), at))) continue;
    // `按A%缴费,其中基本医疗保险B%、大额医疗补助C%`: the parts a rate is made of.
    if (/[\d.]+\s*%[^。;]*?,\s*其中(?:包含|包括|含)[^,;。]*$/.test(sentence.slice(0, at))) continue;
    // `其中12%进入统筹基金,8%划入个人账户`: how a rate is split between funds, not a rate paid.
    if (ALLOCATED_AFTER.test(sentence.slice(end, end + 8))) continue;
    // `费率10%(阶段性降低1个百分点,即9%)`: the rate in force is the lowered one in the bracket.
    if (LOWERED_AFTER.test(sentence.slice(end, end + 40))) continue;
    // `缴费费率为10%,但自某日起…调整为9%`: a rate the sentence goes on to replace is no longer in force.
    if (REPLACED_AFTER.test(sentence.slice(end, end + 60))) continue;
    // `(原费率为8%)`, `(即原基本医疗保险缴费比例7%与…之和)`: the former rate, or a part a bracket sums up.
    if (FORMER_BEFORE.test(clauseBefore(sentence, at)) || inSumBracket(sentence, at, end)) continue;
    // `6%(其中基本医疗保险为5.6%,…)`: a part named inside the bracket, read by its construction.
    if (PART_IN_BRACKET_BEFORE.test(sentence.slice(Math.max(0, at - 60), at))) continue;
    const value = parseRate(match[0]);
    if (value === null || value <= 0 || value >= 1) continue;
    // `养老保险缴费比例16%,医疗保险8%,失业保险0.5%`: only the medical insurance's rate is one.
    if (!medicalPart && OFF_TOPIC.test(clauseBefore(sentence, at))) continue;
    hits ??= phraseHits(RATE_PHRASES, sentence);
    const phrase = findPhrase(hits, RATE_PHRASES, sentence, at, end, ctx);
    if (!phrase) continue;
    // The product of a share of another rate (`单位费率9%的60%即5.4%`) is the person's own, whoever the reference paid.
    const product = new RegExp(`的\\s*${RATE_PATTERN}\\s*即\\s*$`).test(sentence.slice(Math.max(0, at - 12), at));
    const named = product ? undefined : variantFor(sentence, phrase, at, ctx);
    // `9.8%=8.8%(医疗保险和生育保险)+1%(大额医疗费用互助基金)`: a part of a sum is named by its tag.
    const partTag = medicalPart && tag && !MEDICAL_INSURANCE_TAG.test(tag.replace(/[,，]?\s*含.*$/, '')) && /[+＋]/.test(sentence.slice(Math.max(0, at - 2), end + tag.length + 4)) ? tag : undefined;
    const variant = partTag ? (named && !named.includes(partTag) ? `${named} ${partTag}` : partTag) : named;
    const before = sentence.slice(Math.max(0, at - 24), at);
    const changedFrom = CHANGE_FROM_BEFORE.test(before) && CHANGE_FROM_AFTER.test(sentence.slice(end, end + 12));
    if (changedFrom) continue;
    // The result of a worked sum (`= 861.42元`, `352.66元(4053.6元×8.7%)`) holds for the base it took: a guess at the rule.
    if (isResult(sentence, at, end)) phrase.wording = Math.min(phrase.wording, 0.7);
    // `个人费率为R%(劳动年龄内的灵活就业人员)`: who pays it, named in a bracket right after the rate.
    const payers = SCHEME_AFTER_RATE.exec(sentence.slice(end, end + 30))?.[1];
    const scheme = payers ? schemeNamedIn(payers) : null;
    found.push({ key: phrase.key, value, at, wording: phrase.wording, ...(variant ? { variant } : {}), ...(changedFrom ? { yearOffset: -1 } : {}), ...(scheme && scheme !== 'resident' ? { scheme } : {}) });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Constructions

/** A numeral right after a range word (`90至180天`) or right before one is an end of a range. */
function inRange(sentence: string, at: number, end: number): boolean {
  return /(?:\d|[一二三四五六七八九十])\s*(?:至|到|-|~|—)\s*$/.test(sentence.slice(Math.max(0, at - 4), at))
    || /^\s*(?:至|到|-|~)/.test(sentence.slice(end));
}

function valueOf(y: Yield, groups: Record<string, string | undefined>): number | null {
  const raw = groups[y.group];
  if (raw === undefined) return null;
  const unit = y.unitGroup ? groups[y.unitGroup] : undefined;
  switch (y.shape) {
    case 'months': {
      if (unit && /年/.test(unit) && y.key.startsWith('waiting.')) return null;
      const duration = parseDuration(raw, unit ?? '月');
      return duration ? durationInMonths(duration) : null;
    }
    case 'days': {
      const duration = parseDuration(raw, unit ?? '天');
      return duration ? durationInDays(duration) : null;
    }
    case 'years':
      return parseDuration(raw, '年')?.value ?? null;
    case 'months-per-year': {
      if (unit && /年/.test(unit)) return null;
      const duration = parseDuration(raw, unit ?? '月');
      const per = y.perGroup ? parseDuration(groups[y.perGroup] ?? '', '年')?.value : 1;
      const months = duration ? durationInMonths(duration) : null;
      return months === null || !per ? null : months / per;
    }
    case 'yuan':
      return parseYuan(raw, groups[`${y.group}Wan`] ?? groups.wan);
    case 'rate':
      return parseRate(raw);
  }
}

function constructionCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  const found: Candidate[] = [];
  // `(如某年退休的男性须实际缴费N年)`: a figure in a bracketed example illustrates; it is no rule.
  const asides = [...sentence.matchAll(EXAMPLE_ASIDE)].filter((m) => !YEAR_INSTANCE_ASIDE.test(m[0])).map((m) => [m.index, m.index + m[0].length]);
  const inAside = (at: number) => asides.some(([start, end]) => at > start && at < end);
  for (const { row, pattern } of COMPILED) {
    if (!row.trigger.test(sentence)) continue;
    if (row.requires && !row.requires.test(requiresText(row, sentence, ctx))) continue;
    pattern.lastIndex = 0;
    for (const match of sentence.matchAll(pattern)) {
      // A cancelling context holds for its own clause: rules stated side by side after `;` stand.
      // …and an aside saying what a figure includes (`8.8%(含生育保险)`) changes nothing.
      if (row.cancel && row.cancel.test(clauseAt(sentence, match.index).replace(INCLUDES_ASIDE, ''))) continue;
      if (row.cancelLocal && row.cancelLocal.test(commaClauseAt(sentence, match.index).replace(/\([^()]*\)/g, ''))) continue;
      const groups = match.groups ?? {};
      const indices = match.indices?.groups ?? {};
      if (groups.kind === '变动') continue;
      if (row.cancelBefore && row.cancelBefore.test(sentence.slice(Math.max(0, match.index - 8), match.index))) continue;
      if (row.cancelAfter && row.cancelAfter.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 40))) continue;
      const values: Candidate[] = [];
      for (const y of row.yields) {
        const span = indices[y.group];
        if (!span) break;
        const [numberAt, numberEnd] = span;
        if (inAside(numberAt)) break;
        if (row.cancelBeforeNumber && row.cancelBeforeNumber.test(sentence.slice(Math.max(0, numberAt - 8), numberAt))) break;
        if (row.rangeEndCancels && inRange(sentence, numberAt, numberEnd)) break;
        const read = y.fixed ?? valueOf(y, groups);
        const value = read === null ? null : read + (y.offset ?? 0);
        if (value === null || value < (y.min ?? 0) || value > (y.max ?? Infinity) || (value <= 0 && y.shape !== 'rate')) break;
        const placeAt = indices[y.at ?? y.group]?.[0] ?? numberAt;
        const named = y.variantGroup ? groups[y.variantGroup] : undefined;
        // A row may say which names are no group (`灵活就业人员` in a list of payers).
        // `在职职工以本人缴费基数的2%缴纳`: an employee's own rate is the 个人 part.
        let variant = named && !(y.variantUnless && y.variantUnless.test(named)) ? (y.employeeSelf && EMPLOYEE_SELF.test(named) ? '个人' : named) : undefined;
        if (variant && y.variantAlso && groups[y.variantAlso]) variant = `${variant} ${groups[y.variantAlso]}`;
        if (variant && y.firmAsEmployer && /^(?:公司|企业)$/.test(variant)) variant = '单位';
        // `机关事业单位:个人2%+单位8%`: a payer's part under a label naming a kind of employer is that kind's.
        if (variant && y.key === 'contribution.rate' && PAYER_WORD.test(variant)) {
          const kind = ctx.labels[0]?.replace(/[\s:]+$/, '').trim();
          // (…and so is one under a label naming a grade: `一档:单位5.2%,个人2%`, `基本医疗一档` then `单位比例:6%+个人2%`.)
          if (kind && kind.length <= 16 && !/\d/.test(kind) && (EMPLOYER_KIND.test(kind) || GRADE_LABEL.test(kind)) && !NOT_VARIANT.test(kind) && !PAYER_WORD.test(kind)) variant = `${kind} ${variant}`;
        }
        values.push({
          key: y.key, value, at: placeAt, wording: row.wording,
          ...(variant ? { variant } : {}),
          ...(row.scheme ? { scheme: row.scheme } : {}),
          ...(row.priority ? { priority: row.priority } : {}),
        });
      }
      if (values.length !== row.yields.length) continue;
      // Two ends of one range come in order.
      if (values.length === 2 && !row.pair && (values[0].value as number) > (values[1].value as number)) continue;
      found.push(...values);
    }
  }
  return found;
}

/** The comma clause of `text` holding offset `at`. */
function commaClauseAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(',', at - 1), text.lastIndexOf(';', at - 1), text.lastIndexOf('。', at - 1)) + 1;
  const end = text.slice(at).search(/[,;。]/);
  return text.slice(start, end < 0 ? text.length : at + end);
}

/** Retirement years are stated in lists under a heading that names the subject. */
function requiresText(row: Construction, sentence: string, ctx: RuleContext): string {
  return row.yields[0].key.startsWith('retirement.') ? `${sentence}\n${ctx.lineText}\n${ctx.labels.join('\n')}` : sentence;
}

// ---------------------------------------------------------------------------------------------
// Lapse tiers

/**
 * 中断缴费60天内补缴,从缴费次月起享受…;超过60天但不超过180天补缴,…3个月后享受…;
 * 超过180天补缴,…6个月后享受…: benefits by lapse length, one tier per condition.
 */
function tierCandidates(sentence: string): Candidate[] {
  if (!sentence.includes('天')) return [];
  const conditions = [...sentence.matchAll(TIER_CONDITION)];
  if (conditions.length < 2) return [];
  const tiers: WaitingTier[] = [];
  for (const [i, match] of conditions.entries()) {
    const clauseEnd = i + 1 < conditions.length ? conditions[i + 1].index : sentence.length;
    const outcome = sentence.slice(match.index + match[0].length, clauseEnd);
    let offset: number | null = null;
    const later = TIER_LATER.exec(outcome);
    if (TIER_NEXT_MONTH.test(outcome)) offset = 1;
    else if (later) offset = parseDuration(later.groups!.n, '月')?.value ?? null;
    else if (TIER_SAME_MONTH.test(outcome)) offset = 0;
    if (offset === null) return [];
    const { over, upTo, within, atMost } = match.groups!;
    let maxDays: number | null;
    if (over !== undefined) maxDays = upTo !== undefined ? Number(parseDuration(upTo, '天')?.value) : null;
    else maxDays = Number(parseDuration((within ?? atMost)!, '天')?.value);
    if (maxDays !== null && !Number.isFinite(maxDays)) return [];
    tiers.push({ maxLapseDays: maxDays, startOffsetMonths: offset });
  }
  const ordered = tiers.every((tier, i) => i === 0 || (tiers[i - 1].maxLapseDays ?? Infinity) < (tier.maxLapseDays ?? Infinity));
  if (!ordered || tiers[tiers.length - 1].maxLapseDays !== null) return [];
  return [{ key: 'waiting.tiers', value: tiers, at: conditions[0].index, wording: 0.9 }];
}

// ---------------------------------------------------------------------------------------------
// Enrolment periods

/** Where the last match of `pattern` in `text` starts; -1 when none. */
function lastIndexOf(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index;
  return last;
}

/** The kind of period the caption, label or heading above a bare period names. */
function periodNamedAbove(ctx: RuleContext): 'window' | 'late' | 'payment' | null {
  // (…or the heading of its section: `一、某市城乡居民医保缴费时间是多久` over `开始时间:…`.)
  const captions = [ctx.lead ?? '', ...ctx.labels, ...(ctx.headings ?? []).slice(0, 1)];
  for (const text of captions) {
    if (LATE_CAPTION.test(text)) return 'late';
    if (WINDOW_CAPTION.test(text)) return 'window';
  }
  // `2019年度居民医保缴费时间`, `居民医疗保险缴纳期:`: a resident's payment period, the window when it opens in autumn.
  return ctx.scheme === 'resident' && captions.some((text) => PAYMENT_CAPTION.test(text)) ? 'payment' : null;
}


/** The clause holding `[at, end)`, between commas or stops. */
function clauseAround(sentence: string, at: number, end: number): string {
  const head = sentence.slice(0, at);
  const from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('。')) + 1;
  const tail = sentence.slice(end).search(/[,;。]/);
  return sentence.slice(from, tail < 0 ? sentence.length : end + tail);
}

/**
 * A deadline moved later (`征缴截止日期D1延长至D2`, `缴费期限延长至D`):
 * the late period, from the day after the old deadline where the clause states it. The central
 * period itself extended (`集中缴费期延长至…`) is the window, its start unstated.
 */
function extensionOf(sentence: string, date: SingleDateMatch, previous: SingleDateMatch | undefined, labelledYear: RegExpExecArray | null, scopeYear: number | null): Candidate | null {
  const head = sentence.slice(0, date.index);
  if (!EXTENDED_TO_BEFORE.test(head)) return null;
  if (date.monthOnly && !/^\s*(?:底|末)/.test(sentence.slice(date.index + date.length - 1))) return null;
  const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('。')) + 1);
  // (`为便利春节返乡人员参保缴费,…缴费期延长至…`: whom an extension is meant to help is no limit on who may use it.)
  if (EXTENSION_FOR_SOME.test(head.replace(EXTENSION_PURPOSE, '')) || NOT_A_WINDOW.test(clause)) return null;
  const end = date.date;
  if (lastIndexOf(clause, WINDOW_WORDS) >= 0) {
    const year = labelledYear ? Number(labelledYear[1]) : Number(end.slice(0, 4)) + (Number(end.slice(5, 7)) >= 9 ? 1 : 0);
    return { key: 'enrollment.window', value: { start: null, end }, at: date.index, year, scheme: 'resident', wording: 0.72 };
  }
  // The old deadline just before, in the same clause (`原定的…截止日期D1延长至D2`).
  const old = previous && previous.index >= head.length - clause.length && !previous.monthOnly && previous.date < end ? previous.date : null;
  // With no old deadline stated (`某市:延长至D`), what the page gives is the window's new end.
  if (!old) {
    const year = labelledYear ? Number(labelledYear[1]) : scopeYear ?? Number(end.slice(0, 4)) + (Number(end.slice(5, 7)) >= 9 ? 1 : 0);
    return { key: 'enrollment.window', value: { start: null, end }, at: date.index, year, scheme: 'resident', wording: 0.7 };
  }
  const year = labelledYear ? Number(labelledYear[1]) : Number(end.slice(0, 4));
  return { key: 'enrollment.late_window', value: { start: addDays(old, 1), end }, at: date.index, year, scheme: 'resident', wording: 0.78 };
}

/** The last day of an ISO date's month (`2026年2月底` → 2026-02-28). */
function lastDayOf(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${iso.slice(0, 8)}${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** A caption of the window's ends (`各地缴费截止时间`, `集中缴费期截止日期如下`). */
const DEADLINE_CAPTION = /截止(?:时间|日期|日)|缴费截止/;
/** A list item that is a place's name before its figure (`3、某旗:`, `10、某省全域(含某市):`). */
const PLACE_ITEM_HEAD = /^\s*(?:\d{1,2}[、.]|[一二三四五六七八九十]{1,3}、)?\s*[\u4e00-\u9fff]{2,16}(?:\([^()]{0,10}\))?\s*:\s*$/;

/** The central payment period of a flexible workers' year, named right before its dates. */
const FLEXIBLE_CENTRAL_PERIOD = /集中(?:缴费|参保缴费|征缴|参保)(?:期|时间)\s*(?:为|是|:)?\s*$/;

function enrollmentCandidates(sentence: string, ctx: RuleContext): Candidate[] {
  if (!/月/.test(sentence) && !/\d{4}[-/.]\d/.test(sentence)) return [];
  const found: Candidate[] = [];
  // The monthly schemes pay by the month: their periods are not the resident window.
  const monthly = ctx.scheme === 'flexible' || ctx.scheme === 'employee';
  const labelledYear = /((?:19|20)\d{2})\s*年度/.exec(sentence);
  // A resident payment period labelled with its policy year (`2025年度居民医保缴费时间为…`) is the window too.
  const isListTime = ctx.scheme === 'resident'
    && (/^(?:集中)?(?:参保)?缴费(?:时间|期)\s*:/.test(sentence) || (labelledYear !== null && /(?<!补)(?:参保)?(?:缴费|参保)(?:时间|期|期限)(?:为|是|:)/.test(sentence)));
  const reference = ctx.scopeYear;
  for (const range of findDateRanges(sentence, reference === null ? null : reference - 1)) {
    const before = sentence.slice(Math.max(0, range.index - 16), range.index);
    const after = sentence.slice(range.index + range.length, range.index + range.length + 30);
    const value: DateRangeValue = range.range;
    if (BENEFIT_AFTER.test(after) || BENEFIT_BEFORE.test(before)) continue;
    // `时间跨度从10月上旬至次年2月底不等`: the span of several places' periods, no one place's window.
    if (/^\s*(?:之间)?\s*不等/.test(after)) continue;
    // `每月1日至25日为缴费时段`: a monthly payment period, in its own clause.
    const clause = clauseAround(sentence, range.index, range.index + range.length);
    // (`Y年10月至次年3月(每月1-15日)`: the days of each month in brackets narrow the period, they make it no monthly one.)
    // (…nor when the bracket holds a comma: `12月28日(9-11月每月1-25日,12月1-28日)`; its unclosed part is dropped too.)
    if (NOT_A_WINDOW.test(clause.replace(/\([^()]*\)/g, '').replace(/\([^()]*$/, ''))) continue;
    if (PERIOD_AS_CONDITION.test(clause)) continue;
    // `通常为每年9月至12月`: usual practice without a year is advice, not this year's period.
    if (range.explicitYears.length === 0 && ADVICE.test(clause)) continue;
    // `…至…为补缴期` names the period after the dates; otherwise the words nearest before them do.
    // …or by what is done in them (`…期间补缴`); a period after the window has ended is the late one.
    const namedAfter = LATE_AFTER.test(after) ? 'late' : WINDOW_AFTER.test(after) ? 'window' : null;
    const lastWindow = lastIndexOf(before, WINDOW_WORDS);
    const lastLate = lastIndexOf(before, LATE_WORDS);
    const afterWindow = lastWindow >= 0 && AFTER_WINDOW.test(before.slice(lastWindow));
    const named = namedAfter ?? (afterWindow ? 'late' : lastWindow > lastLate ? 'window' : lastLate > lastWindow ? 'late' : null);
    // A period on a line of its own (`时间范围:…`, `- 2024年9月1日至…`) is named by the caption above it.
    const above = named ?? (range.index < 16 && !/\d/.test(before.replace(/\d+\s*[.、]\s*$/, '')) ? periodNamedAbove(ctx) : null);
    // A period opening in spring (March to June) under a window caption is some later arrangement, not the central window.
    const startMonth = Number(range.range.start?.slice(5, 7) ?? 0);
    let kind = above === 'payment' ? (startMonth >= 9 ? 'window' : null) : above;
    const spring = named === null && startMonth >= 3 && startMonth <= 6;
    if (spring && kind === 'window') kind = null;
    // A resident payment period for the coming year (`缴费时间为Y年9月1日至12月31日`) is the window.
    const comingYearPeriod = ctx.scheme === 'resident' && Number(range.range.start!.slice(5, 7)) >= 9
      && (COMING_YEAR_BEFORE.test(before) || CAMPAIGN_IN_PERIOD.test(sentence.slice(range.index, range.index + range.length)));
    if (kind === 'window' || (kind === null && !spring && ((isListTime && (range.index < 12 || /(?:缴费|参保)(?:时间|期|期限)(?:为|是|:)\s*$/.test(before))) || comingYearPeriod))) {
      // (…except a flexible workers' central period, named so: `灵活就业人员…集中缴费期为Y年1月4日至2月28日`, theirs for that year.)
      if (monthly) {
        if (ctx.scheme !== 'flexible' || !FLEXIBLE_CENTRAL_PERIOD.test(before) || range.explicitYears.length === 0) continue;
        found.push({ key: 'enrollment.window', value: { ...value }, at: range.index, year: Number(value.start!.slice(0, 4)), scheme: 'flexible', wording: 0.8 });
        continue;
      }
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
      // `2024年9月-2025年2月`: an end given by its month only (not December) leaves its day a guess.
      const monthOnlyEnd = /\d\s*月\s*$/.test(sentence.slice(range.index, range.index + range.length)) && !value.end!.endsWith('-12-31');
      // `Y年城乡居民集中参保时间:9月1日起至12月31日止`: a calendar year (not 年度) before yearless dates may be the
      // year the period falls in or the policy year it pays for: a loose reading.
      const bareYearBefore = range.explicitYears.length === 0 && !labelledYear && /(?:19|20)\d{2}\s*年(?!度)/.test(sentence.slice(0, range.index));
      found.push({ key: 'enrollment.window', value: { ...value }, at: range.index, year, scheme: 'resident', wording: monthOnlyEnd || bareYearBefore ? 0.72 : kind === 'window' ? 0.9 : 0.84 });
    } else if (kind === 'late') {
      if (ctx.scheme === 'flexible' || ctx.scheme === 'employee') continue;
      const year = labelledYear ? Number(labelledYear[1]) : Number((value.end ?? value.start)!.slice(0, 4));
      found.push({ key: 'enrollment.late_window', value: { ...value }, at: range.index, year, scheme: 'resident', wording: 0.85 });
    }
  }
  if (found.length === 0 && ctx.scheme !== 'flexible' && ctx.scheme !== 'employee') {
    const dates = findDates(sentence, reference);
    for (const [i, date] of dates.entries()) {
      if (date.explicitYears.length === 0) continue;
      const after = sentence.slice(date.index + date.length, date.index + date.length + 12);
      const extension = extensionOf(sentence, date, dates[i - 1], labelledYear, ctx.scopeYear ?? null);
      if (extension) {
        found.push(extension);
        continue;
      }
      // `一、各地缴费截止时间` then `3、某旗:2025年12月25日`: a place's deadline in a list of the window's ends.
      const captions = [ctx.lead ?? '', ...ctx.labels, ...(ctx.headings ?? [])].join('\n');
      if (DEADLINE_CAPTION.test(captions) && !LATE_CAPTION.test(captions) && PLACE_ITEM_HEAD.test(sentence.slice(0, date.index)) && /^\s*(?:\(|$|。|;)/.test(after)) {
        const end = date.monthOnly ? lastDayOf(date.date) : date.date;
        const year = labelledYear ? Number(labelledYear[1]) : ctx.scopeYear ?? Number(end.slice(0, 4)) + (Number(end.slice(5, 7)) >= 9 ? 1 : 0);
        found.push({ key: 'enrollment.window', value: { start: null, end }, at: date.index, year, scheme: 'resident', wording: 0.72 });
        continue;
      }
      if (date.monthOnly) continue;
      const byDeadline = LATE_DEADLINE_BEFORE.test(sentence.slice(Math.max(0, date.index - 14), date.index));
      if (!byDeadline && !LATE_DEADLINE_AFTER.test(after)) continue;
      const year = labelledYear ? Number(labelledYear[1]) : Number(date.date.slice(0, 4));
      found.push({ key: 'enrollment.late_window', value: { start: null, end: date.date }, at: date.index, year, scheme: 'resident', wording: 0.78 });
    }
  }
  return found;
}
