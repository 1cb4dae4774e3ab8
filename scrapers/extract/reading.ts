/**
 * The text the rules read, made from the page as written: full-width digits and punctuation
 * narrowed, traditional characters converted to simplified (opencc-js, Taiwan/Hong Kong forms
 * alike), and pinyin glosses that copied pages leave after characters (`医(yī)保`) dropped. Every
 * offset in the reading maps back to the page as written, so evidence still quotes the original.
 */
import * as OpenCC from 'opencc-js/t2cn';

export interface Reading {
  text: string;
  /** The offset in the original text of reading offset `at` (`at` may be the text's length). */
  toOriginal(at: number): number;
}

/** Full-width digits and punctuation to ASCII, one character for one, so offsets stay valid. */
export function normaliseWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch.length === 1 && code >= 0xff01 && code <= 0xff5e && ch !== '～') out += String.fromCharCode(code - 0xfee0);
    else if (ch === '\u3000' || ch === '\u00a0') out += ' ';
    else if (ch === '\r') out += '\n';
    else out += ch;
  }
  return out;
}

/**
 * Characters written only in traditional script, frequent in policy pages (醫療, 繳費, 標準, 職工…):
 * a page with a few of them is converted, a simplified page is left as it is (and costs nothing).
 */
const TRADITIONAL = /[醫療險繳費標準職參與為個這會時區門診們資務處辦應報銷補貼級續歲齡書號關於縣鎮後實際員產務計劃經濟點條規劃調離斷滿總統籌務額應屬]/g;
const TRADITIONAL_MIN = 3;

let converter: ((text: string) => string) | null = null;
function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(text);
}

/**
 * Traditional to simplified without changing the length: phrase conversion where it keeps each
 * line's length (nearly always), else character by character, keeping a character as written
 * when its conversion is not one character.
 */
export function simplify(text: string): string {
  const matches = text.match(TRADITIONAL);
  if (!matches || matches.length < TRADITIONAL_MIN) return text;
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  return text
    .split('\n')
    .map((line) => {
      const converted = toSimplified(line);
      if (converted.length === line.length) return converted;
      let out = '';
      for (const ch of line) {
        const one = toSimplified(ch);
        out += one.length === ch.length ? one : ch;
      }
      return out;
    })
    .join('\n');
}

/**
 * A label (a group, a tier, a payer) in simplified script whatever script it was written in
 * (`單位` → `单位`), without the pinyin glosses a copy left in it (`監(jiān)測` → `监测`): a variant
 * names a group, and a group is the same on a traditional or glossed page.
 */
export function labelInSimplified(text: string): string {
  return readingOf(toSimplified(text)).text;
}

const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
/**
 * A pinyin gloss right after a Chinese character or another gloss: `(yī)`, `(xiǎn)`, `元(yuan)(yuan)`.
 * One with a tone mark is always a gloss; a toneless one (`二(er)档`) only on a page that has
 * several, since a lone `(a)` or `(km)` after a character may be the page's own.
 */
const PINYIN_GLOSS = new RegExp(`(?<=[\\u4e00-\\u9fff]|[${PINYIN_LETTERS}]\\))\\(([${PINYIN_LETTERS}]{1,7})\\)`, 'g');
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
/** The shape of a toneless syllable: an initial, a vowel, a final (`er`, `yuan`, `cheng`, `zhuang`). */
const TONELESS_SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouü](?:[aeiouü]{0,2})(?:ng|n|r)?$/;
/** Toneless glosses are dropped from a page with at least this many glosses. */
const TONELESS_PAGE = 3;

/** The reading of a page's text (see the module header). */
export function readingOf(original: string): Reading {
  const simplified = simplify(normaliseWidth(original));
  const glosses = [...simplified.matchAll(PINYIN_GLOSS)].filter((m) => TONE_MARK.test(m[1]) || TONELESS_SYLLABLE.test(m[1]));
  const toneless = glosses.length >= TONELESS_PAGE;
  const dropped = glosses.filter((m) => toneless || TONE_MARK.test(m[1]));
  if (dropped.length === 0) return { text: simplified, toOriginal: (at) => at };
  const kept: number[] = [];
  let text = '';
  let from = 0;
  for (const match of dropped) {
    for (let i = from; i < match.index; i++) kept.push(i);
    text += simplified.slice(from, match.index);
    from = match.index + match[0].length;
  }
  for (let i = from; i < simplified.length; i++) kept.push(i);
  text += simplified.slice(from);
  return {
    text,
    toOriginal: (at) => (at >= kept.length ? simplified.length : kept[at]),
  };
}
