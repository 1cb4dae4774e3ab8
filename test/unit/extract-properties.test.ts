/**
 * Properties the extractor keeps on any input: it never throws, it is deterministic, every fact
 * quotes the text it came from at the offsets it gives, and every value is a well-formed value of
 * the fact vocabulary. Inputs are arbitrary Unicode, domain-token soup, and hand-written or seed
 * fragments mixed with noise.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACT_KEYS, SCHEMES, extractFacts, type ArticleInput, type Fact } from '../../scrapers/extract/index';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedsDir = join(repoRoot, '..', 'shared', 'corpus', 'seeds');
const seedBodies = existsSync(seedsDir)
  ? readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(seedsDir, f), 'utf8'))
  : [];

/** Sentences of the kind the extractor looks for, written for these tests. */
const FRAGMENTS = [
  '2026年度居民医保个人缴费定为每人每年420元。',
  '财政补助标准为每人每年不低于700元',
  '集中缴费期为2025年10月9日至12月27日',
  '职工医保断缴3个月内补缴的,视为连续参保。',
  '每日加收万分之五的滞纳金',
  '按千分之二计收滞纳金;',
  '中断60天内的,自次月起享受待遇;超过60天不超过180天的,当月起算3个月后享受;超过180天的,6个月后享受。',
  '部分地区规定断缴超过3个月需重新计算等待期',
  '连续参保满4年后,大病保险最高支付限额每年提高1000元',
  '灵活就业人员缴费基数下限为4500元/月,上限为22500元/月,费率11.5%。',
  '个人缴费标准\n  一档:400元/年\n  二档:750元/年\n',
  '新生儿出生后90天内参保的,自出生之日起享受待遇。',
  '相关推荐\n丹东市2025年居民医保缴费标准是多少\n健康新闻 2025-03-11\n',
  '男性缴费满25年、女性满20年,其中本地实际缴费满10年。',
  '每多断保1年,增加1个月变动等待期,最长不超过6个月',
  '2024年上年度全省社平工资为7500元/月',
  '2025年度某省城乡居民个人缴费为每人每年380元',
  '一、缴费标准\n二、补缴办法\n(三)待遇等待期\n',
  '表格 | 一档 | 二档\n个人缴费 | 400 | 750\n',
];

/** Pieces that drive the parsers: digits, units, numerals, markers, structure. */
const TOKENS = [
  '0', '1', '2', '5', '9', '12', '30', '60', '180', '400', '2024', '2025', '20259', '99999999999999999999',
  '.', '.5', ',', ',', '。', ';', ':', ':', '、', '-', '—', '~', '～', '至', '到', '/', '|', '(', ')', '(', ')',
  '年', '年度', '月', '月底', '日', '天', '个月', '元', '万元', '万', '亿', '%', '%', '‰', '万分之', '千分之',
  '零', '一', '二', '两', '三', '十', '百', '千', '半', '每人每年', '每月', '每日',
  '城乡居民', '居民医保', '职工医保', '灵活就业', '新农合', '个人缴费', '财政补助', '缴费基数', '下限', '上限',
  '费率', '滞纳金', '等待期', '断缴', '补缴', '集中缴费期', '新生儿', '连续参保', '提额', '倾斜救助',
  '部分地区', '一般', '可能', '某市', '例如', '相关推荐', '广西', '柳州', '柳州市', '南宁', '丹东', '北京市', '全国',
  '一档', '二档', '\n', '\n  ', '\n    • ', '\r\n', '\u3000', '\u00a0', '\t', ' ', '１２', '２０２５', '\ufeff', '\u200b',
  '\ud800', '\udfff', '😀', '👨‍👩‍👧', 'é', '\u0301',
];

const loneCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const noise = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  fc.string({ unit: loneCodeUnit, maxLength: 40 }),
);

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((parts) => parts.join(''));

const seedSlice =
  seedBodies.length > 0
    ? fc
        .record({
          seed: fc.nat({ max: seedBodies.length - 1 }),
          from: fc.nat(),
          length: fc.nat({ max: 3000 }),
        })
        .map(({ seed, from, length }) => {
          const body = seedBodies[seed];
          const start = from % body.length;
          return body.slice(start, start + length);
        })
    : fc.constantFrom(...FRAGMENTS);

const mixture = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), seedSlice, noise, tokenSoup), { maxLength: 25 })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: loneCodeUnit, maxLength: 400 }),
  tokenSoup,
  mixture,
);

const anyArticle: fc.Arbitrary<ArticleInput> = fc.record(
  {
    title: fc.oneof(anyText, fc.constantFrom('2025柳州居民医保', '2025广西南宁职工医保断缴怎么补交', '')),
    text: anyText,
    publishedAt: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('2024-08-20', '2025-01-01T08:00:00+08:00')),
  },
  { requiredKeys: ['title', 'text'] },
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `FUZZ_SCALE=20 npx vitest run test/unit/extract-properties.test.ts` fuzzes longer than CI does. */
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE) || 1);
const runs = (n: number) => ({ numRuns: n * SCALE });
/** Generous: the runs take a few seconds alone, but share the CPU with the other test files. */
const TIMEOUT_MS = 60_000 * SCALE;

function expectWellFormedValue(fact: Fact): void {
  const { value } = fact;
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${fact.key} value ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    expect(fact.key).toBe('waiting.tiers');
    for (const tier of value) {
      if (tier.maxLapseDays !== null) expect(Number.isFinite(tier.maxLapseDays)).toBe(true);
      expect(Number.isFinite(tier.startOffsetMonths)).toBe(true);
    }
  } else {
    expect(value).toBeTypeOf('object');
    expect(value).not.toBeNull();
    for (const end of [value.start, value.end]) {
      if (end !== null) {
        expect(end).toMatch(ISO_DATE);
        expect(Number.isNaN(Date.parse(end)), `date ${end}`).toBe(false);
      }
    }
  }
}

function expectWellFormed(facts: Fact[], text: string): void {
  for (const fact of facts) {
    expect(FACT_KEYS).toContain(fact.key);
    expect(SCHEMES).toContain(fact.scheme);
    expect(fact.region).toMatch(/^\d{6}$/);
    expect(Number.isInteger(fact.year)).toBe(true);
    expect(typeof fact.hedged).toBe('boolean');
    const { quote, start, end } = fact.evidence;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(0 <= start && start < end && end <= text.length, `offsets ${start}..${end}`).toBe(true);
    expect(text.slice(start, end)).toBe(quote);
    expectWellFormedValue(fact);
  }
}

describe('extractFacts on arbitrary input', () => {
  it('never throws, is deterministic and quotes its evidence at the stated offsets', () => {
    fc.assert(
      fc.property(anyArticle, (article) => {
        const first = extractFacts(article);
        const second = extractFacts({ ...article });
        expect(second).toEqual(first);
        expectWellFormed(first, article.text);
      }),
      runs(1500),
    );
  }, TIMEOUT_MS);

  it('keeps those properties on corpus-like text mixed with noise', () => {
    fc.assert(
      fc.property(fc.array(mixture, { minLength: 1, maxLength: 4 }), anyText, (parts, title) => {
        const article = { title, text: parts.join('\n') };
        const first = extractFacts(article);
        expect(extractFacts(article)).toEqual(first);
        expectWellFormed(first, article.text);
      }),
      runs(400),
    );
  }, TIMEOUT_MS);

  it('handles long articles of up to ~60 KB', () => {
    const longText = fc
      .array(fc.oneof(fc.constantFrom(...FRAGMENTS), seedSlice, noise, tokenSoup), { minLength: 50, maxLength: 200 })
      .map((parts) => parts.join('\n'));
    fc.assert(
      fc.property(longText, fc.constantFrom('2025柳州居民医保', '医保断缴', ''), (text, title) => {
        const first = extractFacts({ title, text });
        expect(extractFacts({ title, text })).toEqual(first);
        expectWellFormed(first, text);
      }),
      runs(40),
    );
  }, TIMEOUT_MS);

  it('finds facts in the hand-written fragments it is fuzzed with', () => {
    // Guards the fuzzing against a silent extractor: the properties above are vacuous if no fact is ever produced.
    const facts = extractFacts({ title: '2025柳州居民医保', text: FRAGMENTS.join('\n') });
    expect(facts.length).toBeGreaterThan(5);
    expectWellFormed(facts, FRAGMENTS.join('\n'));
  });

  it('ignores a text longer than MAX_TEXT_LENGTH without throwing', async () => {
    const { MAX_TEXT_LENGTH } = await import('../../scrapers/extract/index');
    const text = '每日加收万分之五的滞纳金。'.repeat(Math.ceil((MAX_TEXT_LENGTH + 1) / 13));
    expect(extractFacts({ title: '2025柳州职工医保', text })).toEqual([]);
  });
});
