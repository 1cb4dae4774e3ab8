/**
 * The shape of an article: lines with their list nesting, headings, the sections they open, the
 * "related articles" zone whose snippets are separate articles, and the sentences inside each
 * line. Offsets always point into the original text.
 */
import { findRegionMentions, isAncestorOrSelf } from '../../domain/gazetteer/index';
import { PLACE_LINE, RELATED_BLOCK_HEADING, readsAsHeading } from './vocabulary';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type LineKind = 'heading' | 'item' | 'paragraph' | 'footer' | 'zone-marker';

export interface Line extends Span {
  /** Position in the article's line list. */
  index: number;
  /** Leading whitespace width, plus one level for a list marker. */
  depth: number;
  kind: LineKind;
  /** The text after any list marker. */
  content: Span;
  /** A short text before the first colon (`一档:400元/年` → `一档`). */
  label: Span | null;
  /** The nearest enclosing list item or label line. */
  parent: Line | null;
  section: Section;
}

export type SectionKind = 'article' | 'snippet';

export interface Section {
  kind: SectionKind;
  /** The heading that opened it; null for the article's lead. */
  heading: Line | null;
  /** The question or snippet title this section answers (itself when it is a topic). */
  topic: Section | null;
  /** Whether the heading asks a question or titles a related-article snippet. */
  isTopic: boolean;
  /** The section a caption heading (`个人缴费:`) sits inside: its heading scopes this one too. */
  parent: Section | null;
  lines: Line[];
}

export interface Sentence extends Span {
  line: Line;
  /** The inline heading of a flattened numbered item the sentence belongs to, if any. */
  inlineHeading: Span | null;
}

const FOOTER = /^(?:\S{0,8}\s*)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*\S{0,8}$/;
// `1.70周岁以上人员…`: a numbered item opening with an age group, not the decimal 1.70.
const LIST_MARKER = /^(?:[•·●○◆◇▪■□★☆▶►\-*]|\d{1,2}[.、)）](?!\d)|\d{1,2}\.(?=\d{1,3}\s*(?:[-—~至到]\s*\d{1,3}\s*)?周?岁)|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/;
const QUESTION = /[?？]|吗$|呢$|怎么|怎样|如何|多少|什么|哪些|哪里|哪个|几[个年月天]|能否|是否|区别/;
const SENTENCE_END = /[。！？!?]/;
const CAPTION = /[:：]\s*$/;
const STATES_VALUE = /\d\s*(?:元|%|个月)/;

/** `- 大理 :`: a line that is only a place's short name, as the gazetteer knows it. */
function isPlaceName(text: string): boolean {
  const name = /^([\u4e00-\u9fff]{2,8})\s*[:：]?$/.exec(text.trim())?.[1];
  if (!name) return false;
  const mentions = findRegionMentions(name);
  if (mentions.length === 1) return mentions[0].start === 0 && mentions[0].end === name.length;
  // `- 山东威海`: a province and a city of it, written together.
  return mentions.length === 2 && mentions[0].start === 0 && mentions[1].start === mentions[0].end && mentions[1].end === name.length
    && mentions[1].candidates.some((c) => mentions[0].candidates.some((p) => p !== c && isAncestorOrSelf(p, c)));
}

export function isQuestionHeading(text: string): boolean {
  return QUESTION.test(text);
}

/** A row of a pipe table: cells between bars. */
const TABLE_ROW = /\|[^|]*\|/;

/** Splits an article into lines, sections and list nesting. */
export function parseStructure(text: string, title: string): { lines: Line[]; sections: Section[] } {
  const lines: Line[] = [];
  const sections: Section[] = [];
  let section: Section = { kind: 'article', heading: null, topic: null, isTopic: false, parent: null, lines: [] };
  sections.push(section);
  let inZone = false;
  let topic: Section | null = null;
  const open: Line[] = [];

  let offset = 0;
  let loneMarker = false;
  let captionDepth = 0;
  const rawLines = text.split('\n');
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i];
    const lineStart = offset;
    offset += raw.length + 1;
    const trimmedStart = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    // The first line of a .txt article is its title; it is the article's own scope, not a section.
    if (i === 0 && body === title.trim()) continue;

    const start = lineStart + trimmedStart;
    const end = start + body.length;
    const marker = LIST_MARKER.exec(body);
    const indentWidth = raw.slice(0, trimmedStart).replace(/\t/g, '    ').length;
    // A list marker alone on its line (`-`, then the item's text on the next) marks the next line.
    // Such items sit under the last caption item written with its marker (`- 2024年参保时间`).
    const markedAbove = loneMarker;
    loneMarker = marker !== null && marker[0].length === body.length;
    const depth = indentWidth + (markedAbove && !marker ? captionDepth + 1 : marker ? 1 : 0);
    if (marker && !loneMarker) captionDepth = readsAsHeading(body) && !/\d\s*(?:元|%)/.test(body) ? depth : 0;
    const contentOffset = marker ? marker[0].length : 0;
    const content: Span = { start: start + contentOffset, end, text: body.slice(contentOffset) };

    let kind: LineKind;
    if (RELATED_BLOCK_HEADING.test(body)) kind = 'zone-marker';
    else if (FOOTER.test(body)) kind = 'footer';
    // `一档:400元/年` under a label line is a list item even unindented: a label, then a figure.
    else if (/^[^:。]{1,24}:\s*\S*\d/.test(body) && readsAsHeading(body)) kind = 'item';
    // `一、缴费标准` in a notice is a section heading, not a list item.
    // A line stating a value (`个人缴费400元`) is a statement, not a heading, however short.
    else if (indentWidth === 0 && (!marker || /^[一二三四五六七八九十]{1,3}、/.test(body)) && readsAsHeading(body) && !STATES_VALUE.test(body)) kind = 'heading';
    // A list line that is only a place's name (`- 某某市`) heads the lines after it (a round-up's cities).
    else if ((marker || markedAbove) && (PLACE_LINE.test(content.text) || isPlaceName(content.text))) kind = 'heading';
    else if (marker || indentWidth > 0 || markedAbove) kind = 'item';
    else kind = 'paragraph';

    if (kind === 'zone-marker') {
      inZone = true;
      topic = null;
      section = { kind: 'snippet', heading: null, topic: null, isTopic: false, parent: null, lines: [] };
      sections.push(section);
      open.length = 0;
    }
    if (kind === 'heading') {
      captionDepth = 0;
      const isTopic = inZone || isQuestionHeading(body);
      // A heading that ends in a colon captions a list inside the section before it.
      const enclosing = section.heading && !CAPTION.test(section.heading.text) ? section : section.parent;
      // …and so does a table's header row (`缴费期 | 缴费时间 | 缴费金额 |`): the rows under it are the section's.
      const parent = CAPTION.test(body) || TABLE_ROW.test(body) ? enclosing : null;
      section = { kind: inZone ? 'snippet' : 'article', heading: null, topic: null, isTopic, parent, lines: [] };
      if (isTopic) topic = section;
      section.topic = topic;
      sections.push(section);
      open.length = 0;
    }

    const line: Line = {
      index: lines.length, start, end, text: body, depth, kind, content,
      label: findLabel(content), parent: null, section,
    };
    if (kind === 'heading') section.heading = line;

    if (kind === 'item' || kind === 'paragraph') {
      // A lone marker opens nothing: the line after it is the item.
      if (!loneMarker) while (open.length && open[open.length - 1].depth >= depth) open.pop();
      line.parent = open.length ? open[open.length - 1] : null;
      if (!loneMarker) open.push(line);
    }
    section.lines.push(line);
    lines.push(line);
  }
  return { lines, sections };
}

/**
 * `一档:400元/年` → `一档`; only short labels count, long clauses are sentences. (An aside in
 * brackets does not lengthen a label: `18周岁以下(即某日以后出生)的人员:`.)
 */
function findLabel(content: Span): Span | null {
  const match = /^([^:：。，,；;]{1,48}?)\s*[:：]/.exec(content.text);
  if (!match) return null;
  const text = match[1].trim();
  if (!text || text.replace(/\([^()]*\)/g, '').length > 24) return null;
  return { start: content.start, end: content.start + text.length, text };
}

const INLINE_ITEM = /(?:^|\s)(?:\d{1,2}[.、](?=\s*\S)(?!\d)|[一二三四五六七八九十]{1,3}、)\s*/g;

/**
 * Sentences of a line. Snippets flatten numbered lists into one line (`1. 2024年医保缴费金额
 * 缴费基数 :5203元。 2. 2025年…`): each such item opens an inline heading that scopes the
 * sentences after it.
 */
export function sentencesOf(line: Line): Sentence[] {
  const { content } = line;
  const text = content.text;
  const itemStarts: number[] = [];
  if (line.kind !== 'heading') {
    for (const match of text.matchAll(INLINE_ITEM)) {
      const at = match.index + match[0].length;
      if (at < text.length) itemStarts.push(match.index + (match[0].startsWith(' ') ? 1 : 0));
    }
  }
  const sentences: Sentence[] = [];
  let inlineHeading: Span | null = null;
  let cursor = 0;
  const flush = (endExclusive: number) => {
    const rawSentence = text.slice(cursor, endExclusive);
    const lead = rawSentence.length - rawSentence.trimStart().length;
    const trimmed = rawSentence.trim();
    if (trimmed) {
      const start = content.start + cursor + lead;
      sentences.push({ start, end: start + trimmed.length, text: trimmed, line, inlineHeading });
    }
    cursor = endExclusive;
  };
  let nextItem = 0;
  for (let i = 0; i < text.length; i++) {
    if (nextItem < itemStarts.length && i === itemStarts[nextItem]) {
      if (i > cursor) flush(i);
      inlineHeading = inlineHeadingAt(content, i);
      nextItem++;
    }
    if (SENTENCE_END.test(text[i])) flush(i + 1);
  }
  if (cursor < text.length) flush(text.length);
  return sentences.flatMap(splitLong);
}

/** Longest sentence the rules read; longer runs without a full stop are cut at a comma or space. */
export const MAX_SENTENCE = 400;

function splitLong(sentence: Sentence): Sentence[] {
  if (sentence.text.length <= MAX_SENTENCE) return [sentence];
  const pieces: Sentence[] = [];
  let from = 0;
  while (from < sentence.text.length) {
    let to = Math.min(sentence.text.length, from + MAX_SENTENCE);
    if (to < sentence.text.length) {
      const window = sentence.text.slice(from, to);
      const cut = Math.max(window.lastIndexOf(','), window.lastIndexOf(','), window.lastIndexOf(' '), window.lastIndexOf('、'));
      if (cut > MAX_SENTENCE / 2) to = from + cut + 1;
    }
    const text = sentence.text.slice(from, to);
    pieces.push({ ...sentence, start: sentence.start + from, end: sentence.start + to, text });
    from = to;
  }
  return pieces;
}

/** The words after an inline item marker, up to the first space or colon: `2024年医保缴费金额`. */
function inlineHeadingAt(content: Span, at: number): Span {
  const rest = content.text.slice(at);
  const marker = /^\s*(?:\d{1,2}[.、]|[一二三四五六七八九十]{1,3}、)\s*/.exec(rest);
  const from = at + (marker ? marker[0].length : 0);
  const words = /^[^\s:：。；;]{1,30}/.exec(content.text.slice(from));
  const text = words ? words[0] : '';
  return { start: content.start + from, end: content.start + from + text.length, text };
}
