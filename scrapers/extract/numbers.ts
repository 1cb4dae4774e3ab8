/**
 * Number normalisers: Chinese and Arabic numerals, money, rates and durations as they are written
 * in policy articles. Pure functions; every parser returns null rather than guessing.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8 };

/** Characters that may appear in a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿点';

/** A numeral as it may be written: Arabic (with thousands separators, decimals) or Chinese. */
// Lookbehinds stop a match from starting inside a longer numeral and bounds keep every attempt
// short, so scanning a long run of digits stays linear.
export const NUMBER_PATTERN = `(?:(?<![\\d.])\\d{1,12}(?:[,，]\\d{3}){0,4}(?:\\.\\d{1,6})?(?!\\d)|(?<![${CHINESE_NUMERAL_CHARS}])[${CHINESE_NUMERAL_CHARS}]{1,12})`;

/**
 * Parses a Chinese numeral such as 三, 十二, 一千零五十, 两万三千, 三点五 into a number.
 * Digit-by-digit forms (二〇二五) are read positionally.
 */
export function parseChineseNumeral(raw: string): number | null {
  const text = raw.trim();
  if (!text) return null;
  const point = text.indexOf('点');
  if (point >= 0) {
    const whole = point === 0 ? 0 : parseChineseNumeral(text.slice(0, point));
    const fraction = text.slice(point + 1);
    if (whole === null || !fraction) return null;
    let digits = '';
    for (const ch of fraction) {
      if (!(ch in DIGITS)) return null;
      digits += String(DIGITS[ch]);
    }
    return Number(`${whole}.${digits}`);
  }
  const hasUnit = [...text].some((ch) => ch in SMALL_UNITS || ch in BIG_UNITS);
  if (!hasUnit) {
    let digits = '';
    for (const ch of text) {
      if (!(ch in DIGITS)) return null;
      digits += String(DIGITS[ch]);
    }
    return Number(digits);
  }
  let total = 0;
  let section = 0;
  let current: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      current = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (current ?? 1) * SMALL_UNITS[ch];
      current = null;
    } else if (ch in BIG_UNITS) {
      const unit = BIG_UNITS[ch];
      const value = section + (current ?? 0);
      // 亿 scales everything before it; 万 only its own section (一亿二千万 = 1e8 + 2000 × 1e4).
      if (unit > 1e4) total = (total + value || 1) * unit;
      else total += (value || 1) * unit;
      section = 0;
      current = null;
    } else {
      return null;
    }
  }
  return total + section + (current ?? 0);
}

/** Parses an Arabic or Chinese numeral; thousands separators are ignored. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().replace(/[,，]/g, '');
  if (!text) return null;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  if (/^\d+(?:\.\d+)?[万千百]$/.test(text)) {
    return parseWithMultiplier(Number(text.slice(0, -1)), text.slice(-1));
  }
  return parseChineseNumeral(text);
}

function parseWithMultiplier(value: number, unit: string): number {
  const factor = unit === '万' ? 1e4 : unit === '千' ? 1e3 : 100;
  return roundTo(value * factor, 6);
}

/**
 * Money in yuan: `400元`, `10万元`, `1.5万元`, `一千零五十元`, `5,203元`.
 * `raw` is the numeral with an optional 万/千 multiplier, without 元.
 */
export function parseYuan(numeral: string, multiplier?: string): number | null {
  const value = parseNumber(numeral);
  if (value === null) return null;
  if (!multiplier) return roundTo(value, 6);
  return parseWithMultiplier(value, multiplier);
}

/**
 * A rate written as `11.5%`, `百分之五`, `万分之五`, `千分之二`, `2‰`, `0.5‱` into a fraction.
 * Returns null for anything else.
 */
export function parseRate(raw: string): number | null {
  const text = raw.replace(/\s+/g, '');
  let match = /^(\d+(?:\.\d+)?)(%|％|‰|‱)$/.exec(text);
  if (match) {
    const divisor = match[2] === '‰' ? 1000 : match[2] === '‱' ? 10000 : 100;
    return roundTo(Number(match[1]) / divisor, 10);
  }
  match = /^(百|千|万)分之(.+)$/.exec(text);
  if (match) {
    const value = parseNumber(match[2]);
    if (value === null) return null;
    const divisor = match[1] === '百' ? 100 : match[1] === '千' ? 1000 : 10000;
    return roundTo(value / divisor, 10);
  }
  return null;
}

/** The pattern of a rate, for use inside larger expressions. */
export const RATE_PATTERN =
  `(?:(?<![\\d.])\\d{1,6}(?:\\.\\d{1,6})?\\s*[%％‰‱]|[百千万]分之(?:\\d{1,6}(?:\\.\\d{1,6})?|[${CHINESE_NUMERAL_CHARS}]{1,6}))`;

export type DurationUnit = 'days' | 'months' | 'years';

/** `3个月`, `三个月`, `90天`, `2年`, `半年` as a value and unit. */
export function parseDuration(numeral: string, unit: string): { value: number; unit: DurationUnit } | null {
  const value = numeral === '半' ? 0.5 : parseNumber(numeral);
  if (value === null) return null;
  if (/月/.test(unit)) return { value, unit: 'months' };
  if (/[天日]/.test(unit)) return { value, unit: 'days' };
  if (/年/.test(unit)) return { value, unit: 'years' };
  return null;
}

/** A duration expressed in months, where it can be without guessing (90天 → 3, 2年 → 24). */
export function durationInMonths(duration: { value: number; unit: DurationUnit }): number | null {
  if (duration.unit === 'months') return duration.value;
  if (duration.unit === 'years') return duration.value * 12;
  if (duration.value % 30 === 0) return duration.value / 30;
  return null;
}

/** A duration expressed in days (3个月 → 90, the convention articles use for newborn windows). */
export function durationInDays(duration: { value: number; unit: DurationUnit }): number {
  if (duration.unit === 'days') return duration.value;
  if (duration.unit === 'months') return duration.value * 30;
  return duration.value * 365;
}

export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
