import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseNumber, parseRate, parseYuan } from '../../scrapers/extract/numbers';

const DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes n (0 ≤ n < 1e8) the way Chinese text does: 一千零五十, 两万三千, 十二. */
function toChinese(n: number): string {
  if (n === 0) return '零';
  const group = (value: number): string => {
    const units = ['千', '百', '十', ''];
    const digits = String(value).padStart(4, '0').split('').map(Number);
    let out = '';
    let zero = false;
    digits.forEach((d, i) => {
      if (d === 0) {
        zero = out.length > 0;
        return;
      }
      if (zero) out += '零';
      zero = false;
      out += DIGIT[d] + units[i];
    });
    return out;
  };
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let text = high ? `${group(high)}万` : '';
  if (low) text += (high && low < 1000 ? '零' : '') + group(low);
  return text.replace(/^一十/, '十');
}

describe('numbers', () => {
  it('reads Chinese numerals', () => {
    expect(parseChineseNumeral('三')).toBe(3);
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('一千零五十')).toBe(1050);
    expect(parseChineseNumeral('两万三千')).toBe(23000);
    expect(parseChineseNumeral('十万')).toBe(100000);
    expect(parseChineseNumeral('一亿二千万')).toBe(120000000);
    expect(parseChineseNumeral('三点五')).toBe(3.5);
    expect(parseChineseNumeral('二〇二五')).toBe(2025);
  });

  it('reads money with 万 and 千 multipliers and separators', () => {
    expect(parseYuan('10', '万')).toBe(100000);
    expect(parseYuan('1.5', '万')).toBe(15000);
    expect(parseYuan('5,203')).toBe(5203);
    expect(parseYuan('十', '万')).toBe(100000);
    expect(parseNumber('38.454')).toBe(38.454);
  });

  it('reads rates as fractions', () => {
    expect(parseRate('11.5%')).toBe(0.115);
    expect(parseRate('万分之五')).toBe(0.0005);
    expect(parseRate('千分之二')).toBe(0.002);
    expect(parseRate('2‰')).toBe(0.002);
    expect(parseRate('百分之六')).toBe(0.06);
    expect(parseRate('5 %')).toBe(0.05);
    expect(parseRate('五成')).toBeNull();
  });

  it('parses any amount written in Chinese numerals to its number', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
      expect(parseChineseNumeral(toChinese(n))).toBe(n);
    }));
  });

  it('parses any amount written with 万 to its number', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
      const written = `${whole}.${String(cents).padStart(2, '0')}`;
      expect(parseYuan(written, '万')).toBeCloseTo(Number(written) * 10000, 4);
    }));
  });

  it('parses any percentage and per-mille rate to its fraction', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), (basisPoints) => {
      const percent = (basisPoints / 100).toString();
      expect(parseRate(`${percent}%`)).toBeCloseTo(basisPoints / 10000, 10);
      expect(parseRate(`${percent}‰`)).toBeCloseTo(basisPoints / 100000, 10);
    }));
  });
});
