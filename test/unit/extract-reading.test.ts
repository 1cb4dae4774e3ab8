/**
 * The reading of a page (scrapers/extract/reading.ts): traditional characters read as simplified,
 * pinyin glosses dropped, and evidence that still quotes the page as written, at its offsets.
 * The sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';
import { readingOf, simplify } from '../../scrapers/extract/reading';

describe('traditional-character pages', () => {
  it('converts traditional characters one for one, so offsets stay where they were', () => {
    const page = '衡陽市城鄉居民醫療保險個人繳費為每人每年430元';
    const converted = simplify(page);
    expect(converted).toBe('衡阳市城乡居民医疗保险个人缴费为每人每年430元');
    expect(converted.length).toBe(page.length);
  });

  it('leaves a simplified page as it is', () => {
    const page = '桂林市居民医保每人每年个人缴费380元,醫字只出现一次。';
    expect(simplify(page)).toBe(page);
  });

  it('reads a fact from a traditional page and quotes the page as written', () => {
    const text = '株洲市2027年度城鄉居民醫保個人繳費標準確定為每人每年445元。';
    const [fact] = extractFacts({ title: '株洲市醫療保障局公告', text });
    expect(fact).toMatchObject({ region: '430200', scheme: 'resident', year: 2027, key: 'contribution.individual_annual', value: 445 });
    expect(fact.evidence.quote).toBe(text);
    expect(text.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.quote);
  });
});

describe('pinyin glosses left by copied pages', () => {
  it('drops a gloss after a character and maps reading offsets back to the page', () => {
    const page = '醫(yī)保繳(jiǎo)費(fèi)標準';
    const reading = readingOf(page);
    expect(reading.text).toBe('医保缴费标准');
    expect(reading.toOriginal(0)).toBe(0);
    expect(page[reading.toOriginal(2)]).toBe('繳');
    expect(page[reading.toOriginal(3)]).toBe('費');
    expect(reading.toOriginal(reading.text.length)).toBe(page.length);
  });

  it('drops toneless glosses (二(er)檔, 元(yuan)(yuan)) from a page that carries several', () => {
    const page = '鄂州(zhou)市居民個人繳費為一檔360元(yuan)(yuan)/人·年、二(er)檔690元(yuan)/人·年。';
    const reading = readingOf(page);
    expect(reading.text).toBe('鄂州市居民个人缴费为一档360元/人·年、二档690元/人·年。');
    const at = reading.text.indexOf('二档');
    expect(page.slice(reading.toOriginal(at), reading.toOriginal(at + 1) + 1)).toBe('二(er)檔');
    const facts = extractFacts({ title: '2026年度鄂州居民医保', text: page });
    expect(facts.map((f) => [f.key, f.variant, f.value])).toEqual([
      ['contribution.individual_annual', '一档', 360], ['contribution.individual_annual', '二档', 690],
    ]);
  });

  it('keeps a lone toneless parenthesis after a character: it may be the page\'s own (a unit, a mark)', () => {
    expect(readingOf('缴费基数上限(km)不变').text).toBe('缴费基数上限(km)不变');
    expect(readingOf('参保人(a)与参保人(b)').text).toBe('参保人(a)与参保人(b)');
  });

  it('keeps a parenthesis that is not a gloss (an app name, a figure)', () => {
    expect(readingOf('可在掌上办(app)办理,标准为(400元)').text).toBe('可在掌上办(app)办理,标准为(400元)');
  });

  it('quotes the sentence with its glosses, as the page wrote it', () => {
    const text = '岳陽市靈活就業人員醫(yī)保繳費(fèi)基數為4200元。';
    const facts = extractFacts({ title: '2026年岳陽靈活就業醫保', text });
    const base = facts.find((f) => f.key === 'contribution.base_monthly');
    expect(base).toMatchObject({ region: '430600', scheme: 'flexible', year: 2026, value: 4200 });
    expect(base!.evidence.quote).toBe(text);
    expect(text.slice(base!.evidence.start, base!.evidence.end)).toBe(text);
  });
});

describe('variants on traditional pages with glosses', () => {
  it('names a group in simplified script (a label, not a quote), without the pinyin glosses a copy left in it', () => {
    const text = '在岳高校大學(xué)生執行普通居民繳費標準,個人實際繳納360元/人。';
    const share = extractFacts({ title: '岳陽市2025年度城鄉居民參保', text }).find((f) => f.key === 'contribution.individual_annual');
    expect(share).toMatchObject({ value: 360, variant: '在岳高校大学生' });
    expect(share!.evidence.quote).toBe(text);
    const rate = extractFacts({ title: '', text: '2024年衡陽市職工醫保個(gè)人繳費比例為2%。' }).find((f) => f.key === 'contribution.rate');
    expect(rate).toMatchObject({ value: 0.02, variant: '个人' });
  });
});
