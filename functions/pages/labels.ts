/**
 * The explorer's Chinese: names of schemes, fact keys and region levels, and fact values as a
 * reader writes them (400 元, 6.8%, 每日万分之五, 2024-09-01 至 2024-12-31). Wording only: every
 * value shown is the API's.
 */
import { MONEY_KEYS } from '../../core/money';

export const SCHEME_NAMES: Record<string, string> = {
  resident: '城乡居民医保',
  employee: '职工医保',
  flexible: '灵活就业人员医保',
};

export const SCHEME_SHORT: Record<string, string> = { resident: '居民', employee: '职工', flexible: '灵活' };

export const LEVEL_NAMES: Record<string, string> = { country: '全国', province: '省级', prefecture: '地市', county: '区县' };

export const KEY_NAMES: Record<string, string> = {
  'contribution.individual_annual': '个人缴费（每人每年）',
  'contribution.subsidy_annual': '财政补助（每人每年）',
  'contribution.total_annual': '筹资标准合计（每人每年）',
  'contribution.rate': '缴费比例',
  'contribution.monthly_amount': '月缴费额',
  'contribution.base_monthly': '月缴费基数',
  'contribution.base_min_monthly': '月缴费基数下限',
  'contribution.base_max_monthly': '月缴费基数上限',
  'wage.average_monthly': '社会平均工资（月）',
  'wage.average_annual': '社会平均工资（年）',
  'enrollment.window': '集中参保缴费期',
  'enrollment.late_window': '补缴期',
  'enrollment.newborn_days': '新生儿出生后参保期限',
  'lapse.grace_months': '断缴宽限期（补缴后视为连续）',
  'backpay.online_max_months': '可线上补缴的断缴时长',
  'backpay.max_lookback_months': '最长可补缴时长',
  'late_fee.daily_rate': '滞纳金（每日）',
  'waiting.fixed_months': '固定待遇等待期',
  'waiting.per_lapsed_year_months': '每多断缴一年增加的等待期',
  'waiting.repair_per_year_months': '每多缴一年减少的等待期',
  'waiting.max_months': '等待期上限',
  'waiting.tiers': '按断缴时长恢复待遇',
  'incentive.continuous_years': '连续参保激励起始年数',
  'incentive.cap_increase_annual': '大病保险限额每年提高',
  'aid.tilted_rate_min': '倾斜救助比例下限',
  'aid.tilted_rate_max': '倾斜救助比例上限',
  'aid.annual_cap': '倾斜救助年度限额',
  'retirement.min_years_male': '退休最低缴费年限（男）',
  'retirement.min_years_female': '退休最低缴费年限（女）',
  'retirement.min_local_years': '其中本地最低缴费年限',
};

export const keyName = (key: string) => KEY_NAMES[key] ?? key;
export const schemeName = (scheme: string) => SCHEME_NAMES[scheme] ?? scheme;

const RATE_KEYS = new Set(['contribution.rate', 'aid.tilted_rate_min', 'aid.tilted_rate_max']);

/** Digits without float noise: 0.068 × 100 → "6.8". */
export function plain(n: number, digits = 6): string {
  return String(Number(n.toFixed(digits)));
}

export function yuanText(n: number): string {
  return `${Number.isInteger(n) ? String(n) : n.toFixed(2)} 元`;
}

/** A fraction as a percentage: 0.068 → "6.8%". */
export function percent(n: number): string {
  return `${plain(n * 100, 4)}%`;
}

interface Range { start: string | null; end: string | null }
interface Tier { maxLapseDays: number | null; startOffsetMonths: number }

const isRange = (v: unknown): v is Range => typeof v === 'object' && v !== null && !Array.isArray(v) && 'start' in v;

function tierText(tiers: Tier[]): string {
  return tiers
    .map((t, i) => {
      const previous = i > 0 ? tiers[i - 1].maxLapseDays : null;
      const span = t.maxLapseDays === null ? `超过 ${previous ?? 0} 天` : previous === null ? `${t.maxLapseDays} 天内` : `${previous}–${t.maxLapseDays} 天`;
      return `断缴${span}：${t.startOffsetMonths === 1 ? '次月起' : `第 ${t.startOffsetMonths} 个月起`}享受待遇`;
    })
    .join('；');
}

/** A fact's value in words, by what its key measures. */
export function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return tierText(value as Tier[]);
  if (typeof value === 'object' && 'startOffsetMonths' in value) return tierText([value as Tier]);
  if (isRange(value)) return `${value.start ?? '（未说明）'} 至 ${value.end ?? '（未说明）'}`;
  if (typeof value !== 'number') return String(value);
  if (MONEY_KEYS.has(key)) return yuanText(value);
  if (RATE_KEYS.has(key)) return percent(value);
  if (key === 'late_fee.daily_rate') return `每日 ${percent(value)}`;
  if (key.endsWith('_months')) return `${plain(value)} 个月`;
  if (key.endsWith('_days')) return `${plain(value)} 天`;
  if (key.endsWith('_years') || key.startsWith('retirement.')) return `${plain(value)} 年`;
  return plain(value);
}

const DIGITS = '零一二三四五六七八九';

/** 1–99 in Chinese numerals: 3 → 三, 12 → 十二, 24 → 二十四. */
export function chineseNumeral(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 99) return undefined;
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/**
 * How a figure may be written in the sentence it came from, most specific first, for marking it
 * in the quote: 5480 → 5480, 5,480; 0.068 → 6.8%; 0.0005 → 万分之五, 0.05%; 3 months → 3个月, 三个月.
 */
export function figureSpellings(key: string, value: unknown): string[] {
  if (typeof value !== 'number') return [];
  const spellings: string[] = [];
  if (RATE_KEYS.has(key) || key === 'late_fee.daily_rate') {
    spellings.push(percent(value), `${plain(value * 1000, 4)}‰`);
    const perTenThousand = chineseNumeral(Math.round(value * 10_000));
    if (perTenThousand && Math.abs(value * 10_000 - Math.round(value * 10_000)) < 1e-9) spellings.push(`万分之${perTenThousand}`);
    const perThousand = chineseNumeral(Math.round(value * 1000));
    if (perThousand && Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-9) spellings.push(`千分之${perThousand}`);
    return spellings;
  }
  if (MONEY_KEYS.has(key)) {
    if (value >= 10_000 && value % 1000 === 0) spellings.push(`${plain(value / 10_000)}万`);
    spellings.push(value.toFixed(2), value.toLocaleString('en-US'));
  }
  const numeral = chineseNumeral(value);
  if (numeral) spellings.push(`${numeral}个月`, `${numeral}年`, `${numeral}天`);
  spellings.push(plain(value));
  if (numeral) spellings.push(numeral);
  return spellings;
}

/** The quote split around the first place its figure is written, if any. */
export function markFigure(quote: string, key: string, value: unknown): { before: string; figure: string; after: string } | undefined {
  for (const spelling of figureSpellings(key, value)) {
    // A number is found only where it is not part of a longer one (400 in 4000, 5 in 2025).
    const at = findStandalone(quote, spelling);
    if (at >= 0) return { before: quote.slice(0, at), figure: spelling, after: quote.slice(at + spelling.length) };
  }
  return undefined;
}

function findStandalone(text: string, spelling: string): number {
  const digitEdge = /^[\d.]/;
  for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + spelling.length] ?? '';
    const startsDigit = digitEdge.test(spelling);
    const endsDigit = /[\d]$/.test(spelling);
    if (startsDigit && /[\d.,]/.test(before)) continue;
    if (endsDigit && (/\d/.test(after) || (/[.,]/.test(after) && /\d/.test(text[at + spelling.length + 1] ?? '')))) continue;
    return at;
  }
  return -1;
}

/** An ISO timestamp as the date a reader needs: 2025-03-11. */
export const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '—');
