/**
 * GB/T 2260 gazetteer: every province, prefecture and county with its parent, short name and
 * pinyin, plus finding region names in article text. Pure; the tables are built lazily from the
 * generated ./data on first use and shared afterwards.
 *
 * Matching in free text is deliberately narrower than the names the gazetteer knows, because
 * Chinese has no spaces and many place names are ordinary words:
 * - full names match for provinces, prefectures and counties; short names only for provinces and
 *   prefectures, and only with two or more characters (counties' short names are words: 和平,
 *   平安, 长安). 全国 is not a mention: local articles say 全国统一 in passing, so whether a text
 *   is national is left to the extractor;
 * - two-character county names (和县, 范县, 城区) and the generic 新城区/老城区 form across word
 *   boundaries (和县级, 示范县, 老城区改造), so they match only right after their parent's name
 *   (马鞍山市和县, 阳泉城区);
 * - the longest name wins, except that a name ending in 区/县/市 gives way to a shorter one when
 *   that character starts 区域, 县域, 市域 or 市场 (吉林市场监管 is 吉林 + 市场, not 吉林市).
 */
import { REGION_LINES } from './data';

export type RegionLevel = 'country' | 'province' | 'prefecture' | 'county';

export interface Region {
  code: string;
  name: string;
  shortName: string;
  level: RegionLevel;
  parent: string | null;
  pinyin: string | null;
}

/** A place name found in text; candidates are region codes, best first. */
export interface RegionMention {
  start: number;
  end: number;
  text: string;
  candidates: string[];
}

export const NATIONAL_CODE = '100000';

const LEVEL_RANK: Record<RegionLevel, number> = { country: 0, province: 1, prefecture: 2, county: 3 };
const MIN_MATCHED_SHORT_NAME = 2;
const GENERIC_TOWN_AREA = /^[新老]城区$/;
const COMPOUND_AFTER: Record<string, string> = { 区: '域', 县: '域', 市: '域场' };

interface Gazetteer {
  regions: readonly Region[];
  byCode: ReadonlyMap<string, Region>;
  aliases: ReadonlyMap<string, readonly string[]>;
  /** Matchable text → candidate codes, best first. */
  names: ReadonlyMap<string, readonly string[]>;
  /** First character → lengths of the matchable texts starting with it, longest first. */
  lengthsByFirstChar: ReadonlyMap<string, readonly number[]>;
}

let gazetteer: Gazetteer | undefined;

function load(): Gazetteer {
  gazetteer ??= build();
  return gazetteer;
}

function levelOfCode(code: string): RegionLevel {
  if (code === NATIONAL_CODE) return 'country';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/**
 * The parent GB/T 2260 implies: the nearest of xxxx00 and xx0000 that is a region, else the
 * country. Placeholder groupings (北京 市辖区 110100, 湖北 省直辖 429000) are not regions, so
 * Beijing's districts and 仙桃市 hang off their province.
 */
function impliedParent(code: string, exists: (code: string) => boolean): string | null {
  if (code === NATIONAL_CODE || !/^\d{6}$/.test(code)) return null;
  const prefecture = `${code.slice(0, 4)}00`;
  const province = `${code.slice(0, 2)}0000`;
  if (prefecture !== code && exists(prefecture)) return prefecture;
  if (province !== code && exists(province)) return province;
  return NATIONAL_CODE;
}

function byLevelThenCode(a: Region, b: Region): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

function build(): Gazetteer {
  const rows = REGION_LINES.split('\n');
  const codes = new Set<string>();
  for (const row of rows) codes.add(row.slice(0, row.indexOf('|')));
  const exists = (code: string): boolean => codes.has(code);
  const regions: Region[] = [];
  const aliases = new Map<string, readonly string[]>();
  for (const row of rows) {
    const [code = '', name = '', shortName, pinyin, aliasList] = row.split('|');
    regions.push(
      Object.freeze({
        code,
        name,
        shortName: shortName || name,
        level: levelOfCode(code),
        parent: impliedParent(code, exists),
        pinyin: pinyin || null,
      }),
    );
    if (aliasList) aliases.set(code, aliasList.split(','));
  }
  const byCode = new Map(regions.map((r) => [r.code, r]));

  // Regions are added by level, then code, so every candidate list comes out best first.
  const names = new Map<string, string[]>();
  const lengths = new Map<string, number[]>();
  const add = (text: string, code: string): void => {
    const holders = names.get(text);
    if (holders) {
      if (!holders.includes(code)) holders.push(code);
      return;
    }
    names.set(text, [code]);
    const first = text[0]!;
    const known = lengths.get(first);
    if (!known) lengths.set(first, [text.length]);
    else if (!known.includes(text.length)) known.push(text.length);
  };
  const matchableForms = (region: Region): string[] => {
    const forms = [region.name];
    if (region.level === 'province' || region.level === 'prefecture') {
      if (region.shortName.length >= MIN_MATCHED_SHORT_NAME) forms.push(region.shortName);
      forms.push(...(aliases.get(region.code) ?? []));
    }
    return forms;
  };
  // Every proper prefix of a name, and who bears each name: a county's short name that begins
  // or equals another place's name is not matched after its province.
  const properPrefixes = new Map<string, string[]>();
  const exactNames = new Map<string, string[]>();
  const note = (map: Map<string, string[]>, key: string, code: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [code]);
    else if (!list.includes(code)) list.push(code);
  };
  for (const region of regions) {
    for (const name of new Set([region.name, region.shortName])) {
      for (let length = 2; length < name.length; length++) note(properPrefixes, name.slice(0, length), region.code);
      note(exactNames, name, region.code);
    }
  }
  for (const region of [...regions].sort(byLevelThenCode)) {
    if (region.level === 'country') continue;
    const weak = region.level === 'county' && (isTwoCharacterCounty(region.name) || GENERIC_TOWN_AREA.test(region.name));
    if (!weak) {
      for (const form of matchableForms(region)) add(form, region.code);
      // Titles write a county by its short name right after its province (江苏昆山, 广西横州);
      // only that prefixed form is safe from ordinary words. (After a prefecture it would
      // swallow the prefecture's own mention in 扬州市江都区.)
      // Not when the short name begins another place's name (广西防城 would eat 广西防城港).
      const province = provinceRegion(region, byCode);
      const prefixOfAnother = [...(properPrefixes.get(region.shortName) ?? []), ...(exactNames.get(region.shortName) ?? [])].some((code) => code !== region.code);
      if (region.level === 'county' && region.shortName.length >= 2 && region.shortName !== region.name && province && !prefixOfAnother) {
        for (const form of matchableForms(province)) add(form + region.shortName, region.code);
      }
      continue;
    }
    const parent = region.parent ? byCode.get(region.parent) : undefined;
    if (!parent || parent.level === 'country') continue;
    for (const form of matchableForms(parent)) add(form + region.name, region.code);
  }
  for (const known of lengths.values()) known.sort((a, b) => b - a);
  return { regions: Object.freeze(regions), byCode, aliases, names, lengthsByFirstChar: lengths };
}

function provinceRegion(region: Region, byCode: Map<string, Region>): Region | undefined {
  let up = region.parent ? byCode.get(region.parent) : undefined;
  while (up && up.level !== 'province') up = up.parent ? byCode.get(up.parent) : undefined;
  return up;
}

function isTwoCharacterCounty(name: string): boolean {
  return name.length === 2 && (name.endsWith('县') || name.endsWith('区'));
}

export function regionByCode(code: string): Region | undefined {
  return load().byCode.get(code);
}

export function allRegions(): readonly Region[] {
  return load().regions;
}

/**
 * Parent chain up to and including 100000, nearest first, without the code itself. A six-digit
 * code the gazetteer does not hold (a merged district, a statistics-only zone) gets the chain its
 * digits imply, so stored facts keep their province after a redivision.
 */
export function ancestorsOf(code: string): string[] {
  const { byCode } = load();
  const exists = (c: string): boolean => byCode.has(c);
  const chain: string[] = [];
  for (let parent = impliedParent(code, exists); parent; parent = impliedParent(parent, exists)) {
    chain.push(parent);
  }
  return chain;
}

export function isAncestorOrSelf(ancestor: string, code: string): boolean {
  return ancestor === code || ancestorsOf(code).includes(ancestor);
}

/** The province-level (xx0000) code a region belongs to; undefined for the country or non-codes. */
export function provinceOf(code: string): string | undefined {
  if (code === NATIONAL_CODE || !/^\d{6}$/.test(code)) return undefined;
  const province = `${code.slice(0, 2)}0000`;
  return load().byCode.has(province) ? province : undefined;
}

/** Place names in text, left to right, non-overlapping, the longest name at each position. */
export function findRegionMentions(text: string): RegionMention[] {
  const { names, lengthsByFirstChar } = load();
  const mentions: RegionMention[] = [];
  let i = 0;
  while (i < text.length) {
    const lengths = lengthsByFirstChar.get(text[i]!);
    const found = lengths ? longestName(text, i, lengths, names) : undefined;
    if (!found) {
      i += 1;
      continue;
    }
    const end = i + found.length;
    mentions.push({ start: i, end, text: text.slice(i, end), candidates: [...found.candidates] });
    i = end;
  }
  return mentions;
}

function longestName(
  text: string,
  start: number,
  lengths: readonly number[],
  names: ReadonlyMap<string, readonly string[]>,
): { length: number; candidates: readonly string[] } | undefined {
  let splitting: { length: number; candidates: readonly string[] } | undefined;
  for (const length of lengths) {
    if (start + length > text.length) continue;
    const candidates = names.get(text.slice(start, start + length));
    if (!candidates) continue;
    if (!startsCompound(text, start + length)) return { length, candidates };
    splitting ??= { length, candidates };
  }
  return splitting;
}

/** Whether the name's last character begins a word with the next one (吉林市|场 → 市场). */
function startsCompound(text: string, end: number): boolean {
  const followers = COMPOUND_AFTER[text[end - 1]!];
  return followers !== undefined && end < text.length && followers.includes(text[end]!);
}

/**
 * Picks one candidate using what the article is already known to be about: the candidate closest
 * to a context code wins, where context codes also stand for their ancestors (an article about
 * 蛟河市 resolves 吉林 to 吉林市, one about 北京 resolves 朝阳区 to Beijing's). Without any
 * connection the first candidate, the highest level, is taken.
 */
export function resolveMention(m: RegionMention, context: readonly string[]): string {
  const { byCode } = load();
  const known = new Set<string>();
  for (const code of context) {
    known.add(code);
    for (const ancestor of ancestorsOf(code)) known.add(ancestor);
  }
  let best = m.candidates[0] ?? '';
  let bestScore = -1;
  for (const candidate of m.candidates) {
    for (const code of [candidate, ...ancestorsOf(candidate)]) {
      if (!known.has(code)) continue;
      const score = LEVEL_RANK[byCode.get(code)?.level ?? 'country'];
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
      break;
    }
  }
  return best;
}

/** Lower-case, without spaces, apostrophes (Lu'an) or the diaeresis (Lüliang is written lv). */
function normaliseQuery(q: string): string {
  return q.trim().toLowerCase().replace(/[\s'’-]/g, '').replace(/ü/g, 'v');
}

/**
 * Regions by code, full name, short name, pinyin or abbreviation: exact matches first, then
 * prefixes, then names containing the query; within each, higher levels first.
 */
export function searchRegions(q: string, limit = 10): Region[] {
  const query = normaliseQuery(q);
  if (!query || limit <= 0) return [];
  const { regions, aliases } = load();
  const ranked: { region: Region; tier: number }[] = [];
  for (const region of regions) {
    const terms = [region.code, region.name, region.shortName, ...(aliases.get(region.code) ?? [])];
    if (region.pinyin) terms.push(region.pinyin);
    let tier: number | undefined;
    if (terms.includes(query)) tier = 0;
    else if (terms.some((term) => term.startsWith(query))) tier = 1;
    else if (region.name.includes(query)) tier = 2;
    if (tier !== undefined) ranked.push({ region, tier });
  }
  ranked.sort((a, b) => a.tier - b.tier || byLevelThenCode(a.region, b.region));
  return ranked.slice(0, limit).map(({ region }) => region);
}

/**
 * The one-character abbreviations (简称) provinces sign their documents with (`某医保发〔2024〕12号`).
 * 宁 and 青 are left out: 南京 and 青岛 sign with them too.
 */
const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  京: '110000', 津: '120000', 冀: '130000', 晋: '140000', 蒙: '150000', 辽: '210000', 吉: '220000', 黑: '230000',
  沪: '310000', 苏: '320000', 浙: '330000', 皖: '340000', 闽: '350000', 赣: '360000', 鲁: '370000', 豫: '410000',
  鄂: '420000', 湘: '430000', 粤: '440000', 桂: '450000', 琼: '460000', 渝: '500000', 川: '510000', 黔: '520000',
  滇: '530000', 云: '530000', 藏: '540000', 陕: '610000', 甘: '620000', 新: '650000',
};

/** A document number: an issuer's abbreviation and office, then the year in brackets (`沪医保规〔2024〕4号`). */
const DOCUMENT_NUMBER = new RegExp(
  `(?<![\\u4e00-\\u9fff])([${Object.keys(PROVINCE_ABBREVIATIONS).join('')}])(?:医保|人社|财|卫健|政办|府办|政|税)[\\u4e00-\\u9fff]{0,3}\\s*[〔\\[【(]\\s*20\\d{2}\\s*[〕\\]】)]\\s*\\d{1,4}\\s*号`,
);

/** The province whose abbreviation signs a document number in `text`, or null. */
export function provinceOfDocumentNumber(text: string): string | null {
  const match = DOCUMENT_NUMBER.exec(text);
  return match ? PROVINCE_ABBREVIATIONS[match[1]] : null;
}
