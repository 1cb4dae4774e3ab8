/**
 * The GB/T 2260 gazetteer: codes, parents and short names as articles use them, and finding
 * places in running text without mistaking ordinary words for counties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allRegions,
  ancestorsOf,
  findRegionMentions,
  isAncestorOrSelf,
  NATIONAL_CODE,
  provinceOf,
  regionByCode,
  resolveMention,
  searchRegions,
} from '../../domain/gazetteer';

/** The single-candidate code of the one mention expected in text. */
const codeIn = (text: string): string | undefined => {
  const mentions = findRegionMentions(text);
  expect(mentions).toHaveLength(1);
  return mentions[0]!.candidates[0];
};

describe('regions', () => {
  it('has plausible counts at every level', () => {
    const count = (level: string) => allRegions().filter((r) => r.level === level).length;
    expect(count('country')).toBe(1);
    expect(count('province')).toBe(34);
    expect(count('prefecture')).toBeGreaterThanOrEqual(330);
    expect(count('prefecture')).toBeLessThanOrEqual(340);
    expect(count('county')).toBeGreaterThanOrEqual(2800);
    expect(count('county')).toBeLessThanOrEqual(2900);
  });

  it('gives every region a parent that exists, one level up or more', () => {
    const rank = { country: 0, province: 1, prefecture: 2, county: 3 };
    for (const region of allRegions()) {
      if (region.code === NATIONAL_CODE) {
        expect(region.parent).toBeNull();
        continue;
      }
      const parent = regionByCode(region.parent!);
      expect(parent, region.name).toBeDefined();
      expect(rank[parent!.level]).toBeLessThan(rank[region.level]);
      expect(ancestorsOf(region.code).at(-1)).toBe(NATIONAL_CODE);
    }
  });

  it('leaves out grouping rows and the statistics bureau’s development zones', () => {
    expect(regionByCode('110100')).toBeUndefined(); // 北京 市辖区
    expect(regionByCode('429000')).toBeUndefined(); // 湖北 省直辖县级行政区划
    expect(regionByCode('320576')).toBeUndefined(); // 苏州工业园区
    expect(allRegions().some((r) => r.name === '市辖区' || r.name.includes('直辖'))).toBe(false);
  });

  it('hangs municipal districts and province-administered cities off the province', () => {
    expect(regionByCode('110105')).toMatchObject({ name: '朝阳区', parent: '110000' });
    expect(regionByCode('500229')).toMatchObject({ name: '城口县', parent: '500000' });
    expect(regionByCode('429004')).toMatchObject({ name: '仙桃市', level: 'county', parent: '420000' });
  });

  it('knows 柳州 with its short name, pinyin and parent', () => {
    expect(regionByCode('450200')).toEqual({
      code: '450200',
      name: '柳州市',
      shortName: '柳州',
      level: 'prefecture',
      parent: '450000',
      pinyin: 'liuzhou',
    });
  });

  it('strips ethnic names and administrative suffixes from short names', () => {
    const short = (code: string) => regionByCode(code)?.shortName;
    expect(short('450000')).toBe('广西');
    expect(short('650000')).toBe('新疆');
    expect(short('640000')).toBe('宁夏');
    expect(short('150000')).toBe('内蒙古');
    expect(short('810000')).toBe('香港');
    expect(short('222400')).toBe('延边');
    expect(short('654000')).toBe('伊犁');
    expect(short('653000')).toBe('克孜勒苏');
    expect(short('654300')).toBe('阿勒泰');
    expect(short('152500')).toBe('锡林郭勒');
    expect(short('429021')).toBe('神农架');
    expect(short('140109')).toBe('万柏林');
    expect(short('500243')).toBe('彭水');
    expect(short('500233')).toBe('忠县');
  });
});

describe('ancestry', () => {
  it('lists ancestors nearest first, ending at the country', () => {
    expect(ancestorsOf('450202')).toEqual(['450200', '450000', '100000']);
    expect(ancestorsOf('110105')).toEqual(['110000', '100000']);
    expect(ancestorsOf(NATIONAL_CODE)).toEqual([]);
  });

  it('places a code the gazetteer lacks by its digits', () => {
    expect(ancestorsOf('320576')).toEqual(['320500', '320000', '100000']);
    expect(provinceOf('320576')).toBe('320000');
  });

  it('answers ancestor-or-self and province questions', () => {
    expect(isAncestorOrSelf('450000', '450202')).toBe(true);
    expect(isAncestorOrSelf('450202', '450202')).toBe(true);
    expect(isAncestorOrSelf(NATIONAL_CODE, '321012')).toBe(true);
    expect(isAncestorOrSelf('440000', '450202')).toBe(false);
    expect(provinceOf('321012')).toBe('320000');
    expect(provinceOf('320000')).toBe('320000');
    expect(provinceOf(NATIONAL_CODE)).toBeUndefined();
    expect(provinceOf('not-a-code')).toBeUndefined();
  });
});

describe('finding regions in text', () => {
  it.each([
    ['柳州市医保局', '450200'],
    ['广西壮族自治区医保局', '450000'],
    ['广西医保', '450000'],
    ['克拉玛依市', '650200'],
    ['湛江参保人', '440800'],
    ['丹东', '210600'],
    ['大连', '210200'],
    ['海口', '460100'],
    ['扬州', '321000'],
    ['扬州市江都区', '321000'],
    ['克州', '653000'],
    ['伊犁', '654000'],
    ['伊犁州', '654000'],
    ['昌吉州', '652300'],
    ['新疆', '650000'],
    ['北京', '110000'],
  ])('finds %s as %s first', (text, code) => {
    expect(findRegionMentions(text)[0]?.candidates[0]).toBe(code);
  });

  it('matches counties by full name', () => {
    expect(codeIn('江都区医保中心')).toBe('321012');
    expect(codeIn('昆山市')).toBe('320583');
  });

  it('reports positions and takes the longest name at each place', () => {
    expect(findRegionMentions('关于广西壮族自治区柳州市的通知')).toEqual([
      { start: 2, end: 9, text: '广西壮族自治区', candidates: ['450000'] },
      { start: 9, end: 12, text: '柳州市', candidates: ['450200'] },
    ]);
  });

  it('leaves 全国 to the extractor', () => {
    expect(findRegionMentions('全国统一的医保信息平台')).toEqual([]);
    expect(searchRegions('全国')[0]?.code).toBe(NATIONAL_CODE);
  });

  it('does not read county short names as places', () => {
    expect(findRegionMentions('和平发展')).toEqual([]);
    expect(findRegionMentions('平安、城区、新城、长安')).toEqual([]);
  });

  it('does not read two-character counties across word boundaries', () => {
    expect(findRegionMentions('提高县级医院服务能力，评选示范县')).toEqual([]);
    expect(findRegionMentions('省、市和县级医保部门')).toEqual([]);
    expect(findRegionMentions('老城区改造')).toEqual([]);
  });

  it('reads a two-character county after its parent', () => {
    expect(codeIn('马鞍山市和县')).toBe('340523');
    expect(codeIn('重庆忠县')).toBe('500233');
    expect(codeIn('阳泉市城区')).toBe('140302');
  });

  it('lists every region a shared short name may mean, province first', () => {
    expect(findRegionMentions('吉林')[0]?.candidates).toEqual(['220000', '220200']);
    expect(findRegionMentions('海南')[0]?.candidates).toEqual(['460000', '632500']);
  });

  it('lets 市场 and 区域 keep their first character', () => {
    expect(findRegionMentions('吉林市场监管厅')[0]).toMatchObject({ text: '吉林', candidates: ['220000', '220200'] });
    expect(findRegionMentions('吉林市医保局')[0]).toMatchObject({ text: '吉林市', candidates: ['220200'] });
  });

  it('resolves a shared district name with the article’s region', () => {
    const [mention] = findRegionMentions('朝阳区医保局');
    expect(mention!.candidates).toEqual(expect.arrayContaining(['110105', '220104']));
    expect(resolveMention(mention!, ['110000'])).toBe('110105');
    expect(resolveMention(mention!, ['220100'])).toBe('220104');
    expect(resolveMention(mention!, [])).toBe(mention!.candidates[0]);
  });

  it('resolves toward the most specific region the context implies', () => {
    const [mention] = findRegionMentions('吉林');
    expect(resolveMention(mention!, ['220281'])).toBe('220200'); // 蛟河市 is in 吉林市
    expect(resolveMention(mention!, ['110000'])).toBe('220000');
  });

  it('never throws on random Chinese text', () => {
    const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.array(cjk, { minLength: 1000, maxLength: 1000 }), (chars) => {
        const text = chars.join('');
        for (const m of findRegionMentions(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.candidates.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('searching regions', () => {
  it.each(['Liuzhou', 'liuzhou', '柳州市', '柳州', '450200'])('finds 柳州市 first for %s', (q) => {
    expect(searchRegions(q)[0]?.code).toBe('450200');
  });

  it('finds abbreviations and prefixes, higher levels first', () => {
    expect(searchRegions('克州')[0]?.code).toBe('653000');
    expect(searchRegions('4502').map((r) => r.code)[0]).toBe('450200');
    expect(searchRegions('朝阳').map((r) => r.level)).toEqual(['prefecture', 'county', 'county', 'county']);
  });

  it('honours the limit and ignores empty queries', () => {
    expect(searchRegions('广', 3)).toHaveLength(3);
    expect(searchRegions('  ')).toEqual([]);
  });
});
