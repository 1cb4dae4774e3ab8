/**
 * Dates and date ranges as articles write them (`2024年9月1日至12月31日`, `9月至12月底`,
 * `次年1月`, `2025-01-01`), normalised to ISO `YYYY-MM-DD`. A missing year is taken from the
 * caller's reference year; a range never ends before it starts.
 */
import { parseNumber } from './numbers';

export interface DateRange {
  start: string | null;
  end: string | null;
}

export interface DateMatch {
  index: number;
  length: number;
  /** Years written in the text itself (not inferred), for telling dates apart from policy years. */
  explicitYears: number[];
}

export interface DateRangeMatch extends DateMatch {
  range: DateRange;
}

export interface SingleDateMatch extends DateMatch {
  date: string;
  /** The month only (`8月`), no day written. */
  monthOnly: boolean;
}

const NUM = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const RELATIVE_YEAR = '(?:次|当|今|明|本|上|去|前|后)年';
// (A day with no 日 before a dash to a date of its own, `11月16—2021年3月31日`, is still the day.)
const DATE_CN = `(?:(?:(\\d{4})\\s*年\\s*(?:度\\s*|的\\s*)?|(${RELATIVE_YEAR}(?:度)?))?(${NUM})\\s*月\\s*(?:份)?\\s*(?:(${NUM})\\s*(?:[日号]|(?=\\s*[—–－~](?:\\s*\\d{4}\\s*年|\\s*\\d{1,2}\\s*月))))?\\s*(底|末|初|中旬|上旬|下旬)?)`;
const DATE_ISO = '(?:(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2}))';
const DATE_SOURCE = `(?:${DATE_CN}|${DATE_ISO})`;
// `A至B`, `A-B`, `从A开始,到B结束` and `A开始,B截止` (the words around B are left to the caller).
// `A起开始缴费,截止时间为B` and `A,某市…缴费工作启动,至B结束`: a campaign opened on A and closed on B.
// (…also `于A正式启动,集中缴费期持续至B`.)
const SEPARATOR = '\\s*(?:至|到|~|～|-|—|–|－|(?:正式)?(?:开始|启动|开启)\\s*[,，]\\s*(?:集中)?(?:缴费|征缴|参保)?(?:期|时间)?\\s*(?:持续|延续|一直)\\s*(?:到|至)|(?:开始|起|启动)\\s*(?:(?:开始|启动)?(?:集中)?(?:缴费|征缴|参保缴费|参保))?\\s*[,，]?\\s*(?:到|至|截至|截止(?:到|日期|时间)?(?:为|是)?)|(?:开始|启动)\\s*[,，]\\s*(?=[^,;。]{4,16}?(?:截止|结束|为止))|[,，]\\s*[^,;。]{0,30}?(?:工作|缴费|征缴|参保)\\s*(?:正式)?(?:启动|开始|开启)\\s*[,，]\\s*(?:到|至))\\s*';

/** Matches one date; group layout is fixed by DATE_SOURCE. */
const dateRegex = () => new RegExp(DATE_SOURCE, 'g');
/** The end of a range within one month, its day only (`10月8日至28日`). */
const DAY_ONLY_END = '(\\d{1,2})\\s*[日号]';
const rangeRegex = () => new RegExp(`${DATE_SOURCE}${SEPARATOR}(?:${DATE_SOURCE}|${DAY_ONLY_END})`, 'g');

interface DateParts {
  year: number | null;
  relative: string | null;
  month: number;
  day: number | null;
  qualifier: string | null;
  explicitYear: number | null;
}

function partsFrom(groups: (string | undefined)[]): DateParts | null {
  const [cnYear, relative, cnMonth, cnDay, qualifier, isoYear, isoMonth, isoDay] = groups;
  if (isoYear) {
    const month = Number(isoMonth);
    const day = Number(isoDay);
    if (!validMonthDay(month, day)) return null;
    const year = Number(isoYear);
    return { year, relative: null, month, day, qualifier: null, explicitYear: year };
  }
  const month = cnMonth ? parseNumber(cnMonth) : null;
  const day = cnDay ? parseNumber(cnDay) : null;
  if (month === null || !validMonthDay(month, day ?? 1)) return null;
  const year = cnYear ? Number(cnYear) : null;
  return {
    year,
    relative: relative ?? null,
    month,
    day,
    qualifier: qualifier ?? null,
    explicitYear: year,
  };
}

function validMonthDay(month: number, day: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(day) && day >= 1 && day <= 31;
}

function resolveYear(parts: DateParts, reference: number): number {
  if (parts.year !== null) return parts.year;
  if (!parts.relative) return reference;
  if (/^(次|明|后)/.test(parts.relative)) return reference + 1;
  if (/^(上|去|前)/.test(parts.relative)) return reference - 1;
  return reference;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  const clamped = Math.min(day, lastDayOfMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

function toIso(parts: DateParts, year: number, edge: 'start' | 'end'): string {
  if (parts.day !== null) return isoDate(year, parts.month, parts.day);
  const endOfMonth = parts.qualifier === '底' || parts.qualifier === '末' || parts.qualifier === '下旬';
  if (edge === 'end' || endOfMonth) return isoDate(year, parts.month, lastDayOfMonth(year, parts.month));
  return isoDate(year, parts.month, 1);
}

/**
 * Every date range in `text`. `referenceYear` fills a start without a year; an end without a
 * year takes the start's year, or the next one when it would otherwise end before it starts.
 */
export function findDateRanges(text: string, referenceYear: number | null): DateRangeMatch[] {
  const found: DateRangeMatch[] = [];
  for (const match of text.matchAll(rangeRegex())) {
    const startParts = partsFrom(match.slice(1, 9));
    const endDay = match[17] === undefined ? null : Number(match[17]);
    // A day alone ends the range in the start's month, after its day.
    const endParts = endDay === null ? partsFrom(match.slice(9, 17))
      : startParts && startParts.day !== null && endDay > startParts.day && validMonthDay(startParts.month, endDay)
        ? { ...startParts, day: endDay, qualifier: null } : null;
    if (!startParts || !endParts) continue;
    if (startParts.year === null && startParts.relative === null && referenceYear === null) continue;
    const startYear = resolveYear(startParts, referenceYear ?? 0);
    let endYear = endParts.year !== null || endParts.relative ? resolveYear(endParts, startYear) : startYear;
    let start = toIso(startParts, startYear, 'start');
    let end = toIso(endParts, endYear, 'end');
    if (end < start && endParts.year === null) {
      endYear += 1;
      end = toIso(endParts, endYear, 'end');
    }
    if (end < start) [start, end] = [end, start];
    found.push({
      index: match.index,
      length: match[0].length,
      range: { start, end },
      explicitYears: [startParts.explicitYear, endParts.explicitYear].filter((y): y is number => y !== null),
    });
  }
  return found;
}

/** Every single date in `text` (including the ends of ranges). */
export function findDates(text: string, referenceYear: number | null): SingleDateMatch[] {
  const found: SingleDateMatch[] = [];
  for (const match of text.matchAll(dateRegex())) {
    const parts = partsFrom(match.slice(1, 9));
    if (!parts) continue;
    if (parts.year === null && parts.relative === null && referenceYear === null) continue;
    const year = resolveYear(parts, referenceYear ?? 0);
    found.push({
      index: match.index,
      length: match[0].length,
      date: toIso(parts, year, 'end'),
      monthOnly: parts.day === null,
      explicitYears: parts.explicitYear === null ? [] : [parts.explicitYear],
    });
  }
  return found;
}
