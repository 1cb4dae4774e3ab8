/**
 * The question people ask after a lapse in employee or flexible insurance — "I stopped paying in
 * March; what do I owe, can I still pay it (online?), and when am I covered again?" — answered
 * from one back-payment schedule (DOMAIN "Lapse assessment"): the same lines, totals and
 * resumption date as `backPaymentSchedule`, plus what they mean for continuity and where to pay.
 */
import { backPaymentSchedule, type MonthlySchedule } from './back-payment';
import { CalculationError, type RuleLookup } from './calculation';

export interface LapseInput {
  scheme: 'employee' | 'flexible';
  /** The months not paid, inclusive. */
  months: { from: string; to: string };
  paidOn: string;
  variant?: string;
  base?: number;
}

/** `online` within backpay.online_max_months, else `counter`; `no-longer` beyond backpay.max_lookback_months; null when unknown. */
export type BackPayChannel = 'online' | 'counter' | 'no-longer' | null;

export interface LapseAssessment extends MonthlySchedule {
  backPayment: {
    /** Whether the months may still be back-paid at all; null when no fact says how far back it reaches. */
    possible: boolean | null;
    where: BackPayChannel;
  };
}

export function lapseAssessment(input: LapseInput, lookup: RuleLookup): LapseAssessment {
  if (input.scheme !== 'employee' && input.scheme !== 'flexible') {
    throw new CalculationError('scheme', 'a lapse assessment is for employee or flexible insurance (resident insurance: /v1/calculate/waiting-period)');
  }
  const schedule = backPaymentSchedule({ ...input }, lookup);
  if (schedule.unit !== 'month') throw new CalculationError('scheme', 'expected a monthly scheme');
  const possible = schedule.withinLookback;
  const where: BackPayChannel = possible === false ? 'no-longer' : schedule.canPayOnline === null ? null : schedule.canPayOnline ? 'online' : 'counter';
  return { ...schedule, backPayment: { possible, where } };
}
