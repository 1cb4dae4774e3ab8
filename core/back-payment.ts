/**
 * What a back-payment costs, itemised (DOMAIN "Back-payment amount", "Late fee"). Employee and
 * flexible insurance owe each lapsed month (the monthly amount, else base × rate) plus a daily
 * late fee from the day after its due date; resident insurance owes each lapsed year's
 * individual share. Money is worked in fen so the totals are exactly the sums of the lines.
 */
import { SCHEMES, type Scheme } from '../domain/facts';
import {
  CalculationError,
  defaultStep,
  factStep,
  findFact,
  inputStep,
  monthsFact,
  numberFact,
  type RuleFact,
  unknownStep,
  variantsOf,
  type RuleLookup,
  type TraceStep,
} from './calculation';
import { daysBetween, isIsoDate, isYearMonth, lastDayOfMonth, monthIndex, monthOf, monthsInRange, yearOf } from './dates';
import { waitingPeriod, type WaitingPeriodInput } from './waiting-period';

export { CalculationError } from './calculation';

/** The statutory late fee on employee arrears, where no fact states a region's own. */
export const STATUTORY_LATE_FEE = {
  value: 0.0005,
  citation: '《中华人民共和国社会保险法》第八十六条: arrears of contributions are charged a late fee of 万分之五 (0.05%) a day from the day they fall due',
} as const;

const FLEXIBLE_LATE_FEE_UNKNOWN = 'lateFee of every month, totals.lateFees and totals.total: no fact states a late-fee rate for flexible employment and no national rule sets one, so the late fee is unknown (not 0)';

/** Longest lapse one schedule itemises; beyond it the request is refused, not truncated. */
export const MAX_SCHEDULE_MONTHS = 120;

export interface BackPaymentInput {
  scheme: Scheme;
  /** The sub-group or part a contribution fact names (统账结合, 一档…). */
  variant?: string;
  /** Employee/flexible: months owed, inclusive. */
  months?: { from: string; to: string };
  /** Resident: policy years owed, inclusive (months are accepted too and become their years). */
  years?: { from: number; to: number };
  paidOn: string;
  /** Monthly contribution base chosen by the payer, yuan. */
  base?: number;
}

export type BaseSource = 'input' | 'contribution.base_monthly' | 'contribution.base_min_monthly';

export type MonthLineBasis =
  | { kind: 'monthly_amount'; monthlyAmount: number; variant: string }
  | { kind: 'base_times_rate'; base: number; baseFrom: BaseSource; rate: number; variant: string };

export interface MonthLine {
  month: string;
  amount: number;
  /** The last day of the month owed. */
  dueDate: string;
  daysLate: number;
  /** Null when no fact states a late-fee rate and no rule supplies one. */
  lateFee: number | null;
  basis: MonthLineBasis;
}

export interface YearLine {
  year: number;
  amount: number;
  basis: { kind: 'individual_annual'; variant: string };
}

export interface BackPaymentTotals {
  amount: number;
  /** Null when the late fee is unknown: never 0 in its place. */
  lateFees: number | null;
  total: number | null;
}

interface ScheduleCommon {
  totals: BackPaymentTotals;
  /** Lapse short enough to back-pay online; null when no fact says. */
  canPayOnline: boolean | null;
  /** Earliest period owed within `backpay.max_lookback_months` of the payment month; null when unknown. */
  withinLookback: boolean | null;
  /** Whether the lapse, paid back, counts as continuous cover. */
  continuous: boolean;
  benefitsResume: string | null;
  trace: TraceStep[];
}

export interface MonthlySchedule extends ScheduleCommon {
  unit: 'month';
  scheme: 'employee' | 'flexible';
  lines: MonthLine[];
}

export interface YearlySchedule extends ScheduleCommon {
  unit: 'year';
  scheme: 'resident';
  lines: YearLine[];
}

export type BackPaymentSchedule = MonthlySchedule | YearlySchedule;

/** Yuan to whole fen, half up; the 12-digit pass drops binary noise such as 1.005 × 100 = 100.4999…. */
function fen(yuan: number): number {
  return Math.round(Number((yuan * 100).toPrecision(12)));
}

const toYuan = (f: number) => f / 100;

export function backPaymentSchedule(input: BackPaymentInput, lookup: RuleLookup): BackPaymentSchedule {
  if (!SCHEMES.includes(input.scheme)) throw new CalculationError('scheme', `expected one of ${SCHEMES.join(', ')}`);
  if (typeof input.paidOn !== 'string' || !isIsoDate(input.paidOn)) throw new CalculationError('paidOn', 'expected a date YYYY-MM-DD');
  if (input.base !== undefined && !(Number.isFinite(input.base) && input.base > 0)) {
    throw new CalculationError('base', 'expected a positive amount of yuan');
  }
  return input.scheme === 'resident' ? residentSchedule(input, lookup) : monthlySchedule(input, lookup);
}

function monthRange(input: BackPaymentInput): { from: string; to: string; field: string } {
  if (input.months) {
    const { from, to } = input.months;
    if (typeof from !== 'string' || !isYearMonth(from)) throw new CalculationError('months.from', 'expected a month YYYY-MM');
    if (typeof to !== 'string' || !isYearMonth(to)) throw new CalculationError('months.to', 'expected a month YYYY-MM');
    return { from, to, field: 'months' };
  }
  if (input.years) {
    const { from, to } = checkedYears(input.years);
    return { from: `${from}-01`, to: `${to}-12`, field: 'years' };
  }
  throw new CalculationError('months', `required for ${input.scheme} insurance`);
}

function checkedYears(years: { from: number; to: number }): { from: number; to: number } {
  if (!Number.isInteger(years.from) || years.from < 1900) throw new CalculationError('years.from', 'expected a policy year');
  if (!Number.isInteger(years.to) || years.to < 1900) throw new CalculationError('years.to', 'expected a policy year');
  return years;
}

function checkSpan(from: string, to: string, field: string, paidOn: string): number {
  const count = monthIndex(to) - monthIndex(from) + 1;
  if (count < 1) throw new CalculationError(`${field}.to`, `ends before it starts`);
  if (count > MAX_SCHEDULE_MONTHS) throw new CalculationError(field, `${count} months owed; at most ${MAX_SCHEDULE_MONTHS} are itemised`);
  if (to > monthOf(paidOn)) throw new CalculationError(`${field}.to`, `is after the month of payment (${monthOf(paidOn)}): only past months are back-paid`);
  return count;
}

/** Trace each fact once, however many lines it prices. */
function tracer(trace: TraceStep[]) {
  const seen = new Set<string>();
  return (id: string, step: () => TraceStep) => {
    if (seen.has(id)) return;
    seen.add(id);
    trace.push(step());
  };
}

function variantNote(fact: RuleFact): string {
  return fact.variant ? ` (${fact.variant})` : '';
}

interface MonthPrice {
  fen: number;
  basis: MonthLineBasis;
}

function priceOfMonth(year: number, input: BackPaymentInput, lookup: RuleLookup, once: ReturnType<typeof tracer>): MonthPrice {
  const variant = input.variant || undefined;
  const amountFact = lookup('contribution.monthly_amount', year, variant);
  const amount = numberFact(amountFact);
  if (amountFact && amount !== undefined) {
    once(`amount|${year}`, () => factStep('contribution.monthly_amount', `${year}: ${amount} yuan a month${variantNote(amountFact)}`, amountFact));
    return { fen: fen(amount), basis: { kind: 'monthly_amount', monthlyAmount: amount, variant: amountFact.variant } };
  }
  const rateFact = lookup('contribution.rate', year, variant);
  const rate = numberFact(rateFact);
  if (!rateFact || rate === undefined) {
    const variants = variantsOf(lookup, ['contribution.monthly_amount', 'contribution.rate'], year);
    throw new CalculationError(variant || variants.length ? 'variant' : 'months',
      `no contribution.monthly_amount or contribution.rate for ${year}${variant ? ` and variant ${variant}` : variants.length ? ' without a variant' : ''}${variants.length ? `; the variants that exist: ${variants.join(', ')}` : ''}`,
      'unanswerable', variants);
  }
  once(`rate|${year}`, () => factStep('contribution.rate', `${year}: ${rate} of the monthly base${variantNote(rateFact)}`, rateFact));
  const { base, baseFrom } = baseOf(year, input, lookup, once);
  return { fen: fen(base * rate), basis: { kind: 'base_times_rate', base, baseFrom, rate, variant: rateFact.variant } };
}

/** The payer's base, kept within the region's bounds; else the stated base; else the minimum. */
function baseOf(year: number, input: BackPaymentInput, lookup: RuleLookup, once: ReturnType<typeof tracer>): { base: number; baseFrom: BaseSource } {
  const variant = input.variant || undefined;
  // Bases rarely name a part; the variant's own is preferred where one is stated.
  const find = (key: 'contribution.base_monthly' | 'contribution.base_min_monthly' | 'contribution.base_max_monthly') =>
    (variant && lookup(key, year, variant)) || lookup(key, year);
  const minFact = find('contribution.base_min_monthly');
  const min = numberFact(minFact);
  if (input.base !== undefined) {
    once('base|input', () => inputStep('base', `a monthly base of ${input.base} yuan chosen by the payer`, input.base));
    const maxFact = find('contribution.base_max_monthly');
    const max = numberFact(maxFact);
    if (minFact && min !== undefined && input.base < min) {
      once(`base-min|${year}`, () => factStep('contribution.base_min_monthly', `${year}: the base is raised to the minimum ${min} yuan`, minFact));
      return { base: min, baseFrom: 'contribution.base_min_monthly' };
    }
    if (maxFact && max !== undefined && input.base > max) {
      once(`base-max|${year}`, () => factStep('contribution.base_max_monthly', `${year}: the base is lowered to the maximum ${max} yuan`, maxFact));
      return { base: max, baseFrom: 'input' };
    }
    return { base: input.base, baseFrom: 'input' };
  }
  const baseFact = find('contribution.base_monthly');
  const base = numberFact(baseFact);
  if (baseFact && base !== undefined) {
    once(`base|${year}`, () => factStep('contribution.base_monthly', `${year}: a monthly base of ${base} yuan`, baseFact));
    return { base, baseFrom: 'contribution.base_monthly' };
  }
  if (minFact && min !== undefined) {
    once(`base-min|${year}`, () => factStep('contribution.base_min_monthly', `${year}: paid at the minimum base of ${min} yuan`, minFact));
    return { base: min, baseFrom: 'contribution.base_min_monthly' };
  }
  throw new CalculationError('base', `no contribution.base_monthly or base_min_monthly for ${year}; give the base`, 'unanswerable');
}

/** Procedural rules (online limit, look-back, late fee) are those in force when paying, else of the last year owed. */
function ruleYears(paidOn: string, lastMonth: string): number[] {
  return [...new Set([yearOf(paidOn), yearOf(lastMonth)])];
}

function paymentRules(from: string, to: string, count: number, paidOn: string, lookup: RuleLookup, trace: TraceStep[]) {
  const years = ruleYears(paidOn, to);
  const onlineFact = findFact(lookup, 'backpay.online_max_months', years);
  const online = monthsFact(onlineFact);
  let canPayOnline: boolean | null = null;
  if (onlineFact && online !== undefined) {
    canPayOnline = count <= online;
    trace.push(factStep('backpay.online_max_months', `a lapse of at most ${online} months can be back-paid online; this one is ${count}`, onlineFact));
  } else {
    trace.push(unknownStep('backpay.online_max_months', 'no fact says how long a lapse may be back-paid online', 'canPayOnline: whether these months can be back-paid online or need a service counter'));
  }
  const lookbackFact = findFact(lookup, 'backpay.max_lookback_months', years);
  const lookback = monthsFact(lookbackFact);
  let withinLookback: boolean | null = null;
  if (lookbackFact && lookback !== undefined) {
    const reach = monthIndex(monthOf(paidOn)) - monthIndex(from);
    withinLookback = reach <= lookback;
    trace.push(factStep('backpay.max_lookback_months', `back-payment reaches at most ${lookback} months back; ${from} is ${reach} months before the payment month`, lookbackFact));
  } else {
    trace.push(unknownStep('backpay.max_lookback_months', 'no fact says how far back back-payment reaches', 'withinLookback: whether the earliest month owed may still be back-paid at all'));
  }
  return { canPayOnline, withinLookback };
}

function totalsOf(lines: Array<{ fen: number; feeFen: number | null }>): BackPaymentTotals {
  const amount = lines.reduce((s, l) => s + l.fen, 0);
  if (lines.some((l) => l.feeFen === null)) return { amount: toYuan(amount), lateFees: null, total: null };
  const lateFees = lines.reduce((s, l) => s + (l.feeFen ?? 0), 0);
  return { amount: toYuan(amount), lateFees: toYuan(lateFees), total: toYuan(amount + lateFees) };
}

function resumeOf(lapse: WaitingPeriodInput, lookup: RuleLookup, field: string, trace: TraceStep[]): { benefitsResume: string | null; continuous: boolean } {
  try {
    const waiting = waitingPeriod(lapse, lookup);
    trace.push(...waiting.trace.filter((s) => s.rule !== 'paidOn'));
    return { benefitsResume: waiting.benefitsResume, continuous: waiting.continuous };
  } catch (error) {
    // The waiting period's lapse is this request's months or years.
    if (error instanceof CalculationError && error.field.startsWith('lapse')) {
      throw new CalculationError(field + error.field.slice('lapse'.length), error.reason, error.kind);
    }
    throw error;
  }
}

function monthlySchedule(input: BackPaymentInput, lookup: RuleLookup): MonthlySchedule {
  const { from, to, field } = monthRange(input);
  const count = checkSpan(from, to, field, input.paidOn);
  const trace: TraceStep[] = [
    inputStep('paidOn', `paid on ${input.paidOn}`, input.paidOn),
    inputStep(field, `${count} month(s) owed, ${from}..${to}`, count),
  ];
  if (input.variant) trace.push(inputStep('variant', `contributions of ${input.variant}`, input.variant));
  const once = tracer(trace);

  const feeFact = findFact(lookup, 'late_fee.daily_rate', ruleYears(input.paidOn, to));
  let feeRate: number | null = numberFact(feeFact) ?? null;
  if (feeFact) {
    trace.push(factStep('late_fee.daily_rate', `late fee of ${feeRate} a day on each month owed, from the day after its last day`, feeFact));
  } else if (input.scheme === 'employee') {
    feeRate = STATUTORY_LATE_FEE.value;
    trace.push(defaultStep('late_fee.daily_rate', `no fact gives a late-fee rate: the statutory ${feeRate} a day on each month owed, from the day after its last day`, feeRate, STATUTORY_LATE_FEE.citation));
  } else {
    trace.push(unknownStep('late_fee.daily_rate', 'no fact gives a late-fee rate for flexible employment', FLEXIBLE_LATE_FEE_UNKNOWN));
  }

  const priced = monthsInRange(from, to).map((month) => {
    const price = priceOfMonth(yearOf(month), input, lookup, once);
    const dueDate = lastDayOfMonth(month);
    const daysLate = Math.max(0, daysBetween(dueDate, input.paidOn));
    const feeFen = feeRate === null ? null : fen(toYuan(price.fen) * feeRate * daysLate);
    return { month, dueDate, daysLate, fen: price.fen, feeFen, basis: price.basis };
  });
  const { canPayOnline, withinLookback } = paymentRules(from, to, count, input.paidOn, lookup, trace);
  const { benefitsResume, continuous } = resumeOf({ scheme: input.scheme, lapse: { from, to }, paidOn: input.paidOn, backPaid: true }, lookup, field, trace);

  return {
    unit: 'month',
    scheme: input.scheme as 'employee' | 'flexible',
    lines: priced.map((p) => ({
      month: p.month,
      amount: toYuan(p.fen),
      dueDate: p.dueDate,
      daysLate: p.daysLate,
      lateFee: p.feeFen === null ? null : toYuan(p.feeFen),
      basis: p.basis,
    })),
    totals: totalsOf(priced),
    canPayOnline,
    withinLookback,
    continuous,
    benefitsResume,
    trace,
  };
}

function residentSchedule(input: BackPaymentInput, lookup: RuleLookup): YearlySchedule {
  let range: { from: number; to: number };
  let field = 'years';
  if (input.years) {
    range = checkedYears(input.years);
  } else if (input.months) {
    // Resident insurance is paid by the year: months owed become the policy years they fall in.
    const m = monthRange(input);
    range = { from: yearOf(m.from), to: yearOf(m.to) };
    field = 'months';
  } else {
    throw new CalculationError('years', 'required for resident insurance');
  }
  const count = range.to - range.from + 1;
  if (count < 1) throw new CalculationError(`${field}.to`, 'ends before it starts');
  if (count * 12 > MAX_SCHEDULE_MONTHS) throw new CalculationError(field, `${count} years owed; at most ${MAX_SCHEDULE_MONTHS / 12} are itemised`);
  if (range.to > yearOf(input.paidOn)) throw new CalculationError(`${field}.to`, `is after the year of payment (${yearOf(input.paidOn)})`);

  const variant = input.variant || undefined;
  const trace: TraceStep[] = [
    inputStep('paidOn', `paid on ${input.paidOn}`, input.paidOn),
    inputStep(field, `policy years owed ${range.from}..${range.to}`, range.to - range.from + 1),
  ];
  if (variant) trace.push(inputStep('variant', `the individual share of ${variant}`, variant));
  const lines: Array<{ year: number; fen: number; feeFen: number; variant: string }> = [];
  for (let year = range.from; year <= range.to; year++) {
    const fact = lookup('contribution.individual_annual', year, variant);
    const amount = numberFact(fact);
    if (!fact || amount === undefined) {
      const variants = variantsOf(lookup, ['contribution.individual_annual'], year);
      throw new CalculationError(variant || variants.length ? 'variant' : field,
        `no contribution.individual_annual for ${year}${variant ? ` and variant ${variant}` : variants.length ? ' without a variant' : ''}${variants.length ? `; the variants that exist: ${variants.join(', ')}` : ''}`,
        'unanswerable', variants);
    }
    trace.push(factStep('contribution.individual_annual', `${year}: an individual share of ${amount} yuan${variantNote(fact)}`, fact));
    lines.push({ year, fen: fen(amount), feeFen: 0, variant: fact.variant });
  }
  trace.push(defaultStep('late_fee.daily_rate', 'resident contributions are yearly shares: no late fee', 0, '国办发〔2024〕38号: a resident who enrols late pays the year\'s individual share and serves the waiting period; no late fee is set on it'));
  const { canPayOnline, withinLookback } = paymentRules(`${range.from}-01`, `${range.to}-12`, lines.length * 12, input.paidOn, lookup, trace);
  // Paying the lapsed years is the repair 国办发〔2024〕38号 allows: one year paid per month removed.
  const { benefitsResume, continuous } = resumeOf({
    scheme: 'resident',
    lapse: { from: String(range.from), to: String(range.to) },
    paidOn: input.paidOn,
    repairYears: lines.length,
  }, lookup, field, trace);

  return {
    unit: 'year',
    scheme: 'resident',
    lines: lines.map((l) => ({ year: l.year, amount: toYuan(l.fen), basis: { kind: 'individual_annual', variant: l.variant } })),
    totals: totalsOf(lines),
    canPayOnline,
    withinLookback,
    continuous,
    benefitsResume,
    trace,
  };
}
