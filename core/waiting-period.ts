/**
 * When benefits start after a lapse (DOMAIN "Calculations"). Resident insurance follows
 * 国办发〔2024〕38号: a fixed wait, a variable wait per extra lapsed year that back-payment can
 * repair, running from the start of coverage. Employee and flexible insurance resume after a
 * grace period, by the region's tiers, or after a fixed wait. Pure: `paidOn` is an input.
 */
import { SCHEMES, type Scheme } from '../domain/facts';
import {
  CalculationError,
  dateRangeFact,
  defaultStep,
  factStep,
  findFact,
  inputStep,
  monthsFact,
  monthsRule,
  tiersFact,
  type RuleLookup,
  unknownStep,
  type TraceStep,
} from './calculation';
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  daysBetween,
  firstDayOfMonth,
  isIsoDate,
  isYearMonth,
  lastDayOfMonth,
  monthIndex,
  monthOf,
  yearOf,
} from './dates';

export { CalculationError } from './calculation';

export interface WaitingPeriodInput {
  scheme: Scheme;
  /** Uncovered period, inclusive: `YYYY` policy years or `YYYY-MM` months; absent = no lapse. */
  lapse?: { from: string; to: string } | null;
  /** The day the (back-)payment is made, `YYYY-MM-DD`. */
  paidOn: string;
  /** Resident: extra policy years paid to repair the variable wait. */
  repairYears?: number;
  /** Newborns and the groups a region exempts wait nothing. */
  exempt?: boolean;
  /** Employee/flexible: whether the lapsed months are back-paid in full (default true). */
  backPaid?: boolean;
}

export interface WaitingPeriod {
  /** The first day benefits are paid again; null when a rule it needs is unknown (see the trace). */
  benefitsResume: string | null;
  /** Whether the lapse counts as continuous cover (no waiting period). */
  continuous: boolean;
  coverageStart: string;
  fixedMonths: number;
  variableMonths: number;
  repairedMonths: number;
  /** Null when the waiting rule is unknown. */
  totalMonths: number | null;
  /** Policy (calendar) years the lapse touches, wholly or in part. */
  lapsedYears: number;
  lapsedMonths: number;
  trace: TraceStep[];
}

export const WAITING_DEFAULTS = {
  residentFixed: { value: 3, citation: '国办发〔2024〕38号: fixed waiting period 3 months' },
  perLapsedYear: { value: 1, citation: '国办发〔2024〕38号: each year lapsed beyond the first adds 1 month of variable waiting' },
  repairPerYear: { value: 1, citation: '国办发〔2024〕38号: each extra year paid removes 1 month of variable waiting' },
  repairFloor: {
    value: 6,
    citation: '国办发〔2024〕38号: after a lapse of 4 or more consecutive years, fixed + variable waiting stays at least 6 months after repair',
  },
  graceMonths: {
    value: 3,
    citation: '《基本医疗保险关系转移接续暂行办法》(医保办发〔2021〕43号): a break in contributions of at most 3 months, paid back, keeps cover continuous and the benefits of the break may be claimed back',
  },
} as const;

/** What an unknown waiting rule leaves open for employee and flexible insurance. */
const EMPLOYEE_WAIT_UNKNOWN = 'benefitsResume and totalMonths: the region states no waiting.tiers or waiting.fixed_months for a lapse beyond the grace period, and no national rule sets one';

const REPAIR_FLOOR_LAPSE_YEARS = 4;

function defaultWindow(year: number) {
  return { start: `${year - 1}-09-01`, end: `${year - 1}-12-31` };
}

const windowCitation = (year: number) =>
  `国办发〔2024〕38号: the central enrolment period is in principle September to December of the year before (for ${year}: ${year - 1}-09-01..${year - 1}-12-31)`;

interface LapseSpan {
  fromMonth: string;
  toMonth: string;
  /** The first day of the last period named (a year's 1 January, a month's 1st). */
  lastPeriodStart: string;
  form: 'year' | 'month';
}

/** Policy years become their first and last months, so both forms are handled as months. */
export function parseLapse(lapse: { from: string; to: string }, field = 'lapse'): LapseSpan {
  const bound = (value: unknown, name: 'from' | 'to') => {
    if (typeof value === 'string' && /^\d{4}$/.test(value)) return { month: `${value}-${name === 'from' ? '01' : '12'}`, year: true };
    if (typeof value === 'string' && isYearMonth(value)) return { month: value, year: false };
    throw new CalculationError(`${field}.${name}`, 'expected a policy year YYYY or a month YYYY-MM');
  };
  const from = bound(lapse?.from, 'from');
  const to = bound(lapse?.to, 'to');
  if (monthIndex(to.month) < monthIndex(from.month)) {
    throw new CalculationError(`${field}.to`, `ends (${lapse.to}) before it starts (${lapse.from})`);
  }
  return {
    fromMonth: from.month,
    toMonth: to.month,
    lastPeriodStart: to.year ? `${lapse.to}-01-01` : firstDayOfMonth(to.month),
    form: from.year && to.year ? 'year' : 'month',
  };
}

function checkCommon(input: WaitingPeriodInput): void {
  if (!SCHEMES.includes(input.scheme)) throw new CalculationError('scheme', `expected one of ${SCHEMES.join(', ')}`);
  if (typeof input.paidOn !== 'string' || !isIsoDate(input.paidOn)) throw new CalculationError('paidOn', 'expected a date YYYY-MM-DD');
  const repair = input.repairYears ?? 0;
  if (!Number.isInteger(repair) || repair < 0) throw new CalculationError('repairYears', 'expected a whole number of years, 0 or more');
}

export function waitingPeriod(input: WaitingPeriodInput, lookup: RuleLookup): WaitingPeriod {
  checkCommon(input);
  return input.scheme === 'resident' ? residentWaiting(input, lookup) : employeeWaiting(input, lookup);
}

interface Coverage {
  start: string;
  year: number;
  window: { start: string; end: string } | null;
  steps: TraceStep[];
}

/**
 * The policy year being paid for: the next year's window is tried first (the usual autumn
 * collection), then the current year's, which a region may keep open into the year itself.
 */
function coverageOf(paidOn: string, lookup: RuleLookup): Coverage {
  const paidYear = yearOf(paidOn);
  const steps: TraceStep[] = [];
  for (const year of [paidYear + 1, paidYear]) {
    const fact = lookup('enrollment.window', year);
    const stated = dateRangeFact(fact);
    if (stated && (stated.start || stated.end)) {
      for (const d of [stated.start, stated.end]) {
        if (d !== null && !isIsoDate(d)) throw new CalculationError('enrollment.window', `the ${year} fact holds ${d}, not a date`, 'unanswerable');
      }
      // An open bound is closed with the default's, so a window never reaches back years.
      const window = { start: stated.start ?? defaultWindow(year).start, end: stated.end ?? defaultWindow(year).end };
      const inside = window.start <= paidOn && paidOn <= window.end;
      steps.push(factStep('enrollment.window', `${year} enrolment window ${window.start}..${window.end}: ${paidOn} is ${inside ? 'inside' : 'outside'} it`, fact!, window));
      if (inside) return { start: `${year}-01-01`, year, window, steps };
    } else if (year === paidYear + 1) {
      // The current year's default window lies in the year before, so only the next one can hold paidOn.
      const window = defaultWindow(year);
      const inside = window.start <= paidOn && paidOn <= window.end;
      steps.push(defaultStep('enrollment.window', `${year} enrolment window ${window.start}..${window.end}: ${paidOn} is ${inside ? 'inside' : 'outside'} it`, window, windowCitation(year)));
      if (inside) return { start: `${year}-01-01`, year, window, steps };
    }
  }
  return { start: addDays(paidOn, 1), year: paidYear, window: null, steps };
}

function residentWaiting(input: WaitingPeriodInput, lookup: RuleLookup): WaitingPeriod {
  const trace: TraceStep[] = [inputStep('paidOn', `paid on ${input.paidOn}`, input.paidOn)];
  const span = input.lapse ? parseLapse(input.lapse) : null;
  const coverage = coverageOf(input.paidOn, lookup);
  trace.push(...coverage.steps);
  trace.push(inputStep('coverage start', coverage.window
    ? `paid in the window for ${coverage.year}: coverage starts on 1 January`
    : 'paid outside any enrolment window: coverage starts the day after payment', coverage.start));

  const result = (fixed: number, variable: number, repaired: number, total: number, lapsedYears: number, lapsedMonths: number): WaitingPeriod => ({
    benefitsResume: addMonths(coverage.start, total),
    continuous: total === 0,
    coverageStart: coverage.start,
    fixedMonths: fixed,
    variableMonths: variable,
    repairedMonths: repaired,
    totalMonths: total,
    lapsedYears,
    lapsedMonths,
    trace,
  });

  let lapsedYears = 0;
  let lapsedMonths = 0;
  if (span) {
    if (firstDayOfMonth(span.fromMonth) >= coverage.start) {
      throw new CalculationError('lapse.from', `starts after coverage would start (${coverage.start})`);
    }
    // A year still open when paid outside the window ('2025' paid in March 2025) is a lapse so far.
    if (span.lastPeriodStart >= coverage.start) {
      throw new CalculationError('lapse.to', `reaches into the coverage that starts on ${coverage.start}`);
    }
    // A policy year uncovered even in part counts as lapsed: the longer answer is the safe one.
    lapsedYears = yearOf(span.toMonth) - yearOf(span.fromMonth) + 1;
    lapsedMonths = monthIndex(span.toMonth) - monthIndex(span.fromMonth) + 1;
    trace.push(inputStep('lapse', `no cover ${input.lapse!.from}..${input.lapse!.to}: ${lapsedYears} policy year(s) wholly or partly uncovered`, lapsedYears));
  } else {
    trace.push(inputStep('lapse', 'no lapse stated', 0));
  }

  if (input.exempt) {
    trace.push(inputStep('exempt', 'exempt (a newborn or a group the region exempts): no waiting period', true));
    return result(0, 0, 0, 0, lapsedYears, lapsedMonths);
  }
  if (!span && coverage.window) {
    trace.push(inputStep('continuous', 'no lapse and paid in the enrolment window: no waiting period', 0));
    return result(0, 0, 0, 0, 0, 0);
  }
  const window = coverage.window;
  if (span && window && span.form === 'month' && span.fromMonth >= monthOf(window.start) && span.toMonth <= monthOf(window.end)) {
    trace.push(inputStep('continuous', `the lapse lies within the ${coverage.year} enrolment window it was paid in: no waiting period`, 0));
    return result(0, 0, 0, 0, lapsedYears, lapsedMonths);
  }

  const years = [coverage.year];
  const fixed = monthsRule(lookup, 'waiting.fixed_months', years, WAITING_DEFAULTS.residentFixed,
    (v) => span ? `fixed waiting period after a lapse: ${v} months` : `fixed waiting period for enrolling outside the window: ${v} months`);
  trace.push(fixed.step);

  let variable = 0;
  if (lapsedYears > 1) {
    const perYear = monthsRule(lookup, 'waiting.per_lapsed_year_months', years, WAITING_DEFAULTS.perLapsedYear,
      (v) => `${v} month(s) per lapsed year beyond the first: (${lapsedYears} − 1) × ${v}`);
    trace.push(perYear.step);
    variable = (lapsedYears - 1) * perYear.value;
  }

  let repaired = 0;
  const repairYears = input.repairYears ?? 0;
  if (repairYears > 0) {
    trace.push(inputStep('repairYears', `${repairYears} extra year(s) paid to repair the variable wait`, repairYears));
    const perYear = monthsRule(lookup, 'waiting.repair_per_year_months', years, WAITING_DEFAULTS.repairPerYear,
      (v) => `each repaired year removes ${v} month(s) of the variable wait, never more than it`);
    trace.push(perYear.step);
    repaired = Math.min(variable, repairYears * perYear.value);
    if (lapsedYears >= REPAIR_FLOOR_LAPSE_YEARS) {
      const floor = WAITING_DEFAULTS.repairFloor.value;
      const allowed = Math.max(0, fixed.value + variable - floor);
      if (repaired > allowed) {
        repaired = allowed;
        trace.push(defaultStep('repair floor', `a lapse of ${lapsedYears} consecutive years: repair stops at ${floor} months in all`, floor, WAITING_DEFAULTS.repairFloor.citation));
      }
    }
  }

  const total = capped(fixed.value + variable - repaired, lookup, years, trace);
  return result(fixed.value, variable, repaired, total, lapsedYears, lapsedMonths);
}

function capped(total: number, lookup: RuleLookup, years: number[], trace: TraceStep[]): number {
  const fact = findFact(lookup, 'waiting.max_months', years);
  const max = monthsFact(fact);
  if (fact && max !== undefined && total > max) {
    trace.push(factStep('waiting.max_months', `the waiting period is capped at ${max} months`, fact));
    return max;
  }
  return total;
}

function employeeWaiting(input: WaitingPeriodInput, lookup: RuleLookup): WaitingPeriod {
  const trace: TraceStep[] = [inputStep('paidOn', `paid on ${input.paidOn}`, input.paidOn)];
  const paidMonth = monthOf(input.paidOn);
  // Benefits of a continuous payer run from the month after payment (缴费次月); waits count from there.
  const coverageStart = firstDayOfMonth(addMonthsToMonth(paidMonth, 1));
  trace.push(inputStep('coverage start', 'the first day of the month after payment', coverageStart));
  const result = (fixed: number, total: number | null, lapsedYears: number, lapsedMonths: number, continuous = total === 0): WaitingPeriod => ({
    benefitsResume: total === null ? null : addMonths(coverageStart, total),
    continuous,
    coverageStart,
    fixedMonths: fixed,
    variableMonths: 0,
    repairedMonths: 0,
    totalMonths: total,
    lapsedYears,
    lapsedMonths,
    trace,
  });

  if (!input.lapse) {
    trace.push(inputStep('lapse', 'no lapse stated: benefits continue', 0));
    return result(0, 0, 0, 0);
  }
  const span = parseLapse(input.lapse);
  if (span.toMonth > paidMonth) throw new CalculationError('lapse.to', `ends after the month of payment (${paidMonth})`);
  const lapsedMonths = monthIndex(span.toMonth) - monthIndex(span.fromMonth) + 1;
  const lapsedYears = yearOf(span.toMonth) - yearOf(span.fromMonth) + 1;
  trace.push(inputStep('lapse', `no cover ${span.fromMonth}..${span.toMonth}: ${lapsedMonths} month(s)`, lapsedMonths));
  if (input.exempt) {
    trace.push(inputStep('exempt', 'exempt: no waiting period', true));
    return result(0, 0, lapsedYears, lapsedMonths);
  }

  // The rule in force when paying, else the one of the last lapsed year.
  const years = [...new Set([yearOf(input.paidOn), yearOf(span.toMonth)])];
  const grace = monthsRule(lookup, 'lapse.grace_months', years, WAITING_DEFAULTS.graceMonths,
    (v) => `a lapse of at most ${v} months back-paid in full counts as continuous`);
  trace.push(grace.step);
  const backPaid = input.backPaid ?? true;
  trace.push(inputStep('backPaid', backPaid ? 'the lapsed months are back-paid in full' : 'the lapsed months are not back-paid', backPaid));
  if (backPaid && lapsedMonths <= grace.value) return result(0, 0, lapsedYears, lapsedMonths, true);

  const tiersFound = findFact(lookup, 'waiting.tiers', years);
  const tiers = tiersFact(tiersFound);
  let waiting: number;
  // Beyond the grace period the lapse is not continuous, whatever wait follows.
  if (tiersFound && tiers) {
    // Days are counted from whole months: every day of the first and last lapsed month is uncovered.
    const days = daysBetween(firstDayOfMonth(span.fromMonth), lastDayOfMonth(span.toMonth)) + 1;
    const tier = tiers.find((t) => t.maxLapseDays === null || t.maxLapseDays >= days);
    if (!tier) throw new CalculationError('lapse', `no waiting tier of ${tiersFound.region} covers a lapse of ${days} days`, 'unanswerable');
    // An offset counts from the payment month; benefits cannot start before the month after it.
    const offset = Math.max(1, tier.startOffsetMonths);
    waiting = offset - 1;
    trace.push(factStep('waiting.tiers', `a lapse of ${days} days: benefits from the first day of the month ${offset} month(s) after the payment month`, tiersFound, tier));
  } else {
    const fixedFact = findFact(lookup, 'waiting.fixed_months', years);
    const fixed = monthsFact(fixedFact);
    if (!fixedFact || fixed === undefined) {
      trace.push(unknownStep('waiting.fixed_months', `a lapse of ${lapsedMonths} month(s), beyond the grace period: the wait that follows is not stated`, EMPLOYEE_WAIT_UNKNOWN));
      return result(0, null, lapsedYears, lapsedMonths, false);
    }
    trace.push(factStep('waiting.fixed_months', `${fixed} months' wait from the month after payment`, fixedFact));
    waiting = fixed;
  }
  const total = capped(waiting, lookup, years, trace);
  return result(waiting, total, lapsedYears, lapsedMonths, false);
}
