/**
 * Rendering HTML as the plain text the extractor reads: a heading or paragraph per line, list
 * items indented under their parents with `• `/`1. ` markers, a data table's rows as one sentence
 * each named by the header (`./table`). Shared by every adapter, with the page-level readings
 * they all need: title, published date, main container.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { renderTable } from './table';
import { BLOCK_TAGS, cleanInline, inlineText, isoDate, labelledDate } from './text';

export { cleanInline, inlineText, isoDate } from './text';

export type Page = cheerio.CheerioAPI;

/**
 * Element nesting kept when a page is loaded. Real pages stay far below it; past it the parser's
 * work grows with the square of the depth and recursive text walks overflow the stack, so deeper
 * tags are dropped (their text stays).
 */
export const MAX_NESTING = 256;

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Tags the parser closes by itself when a sibling opens: they never nest by accident, so they are not counted. */
const IMPLIED_END_TAGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'rtc']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;

/** Drops the open and close tags nested deeper than `max`, in linear time; shallow pages come back untouched. */
export function boundNesting(html: string, max = MAX_NESTING): string {
  const step = (closing: boolean, name: string, selfClosing: boolean, depth: number) => {
    const tag = name.toLowerCase();
    if (selfClosing || VOID_TAGS.has(tag) || IMPLIED_END_TAGS.has(tag)) return 0;
    return closing ? (depth > 0 ? -1 : 0) : 1;
  };
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    depth += step(match[1] === '/', match[2], match[3] === '/', depth);
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= max) return html;
  depth = 0;
  return html.replace(TAG, (whole, slash: string, name: string, selfClose: string) => {
    const change = step(slash === '/', name, selfClose === '/', depth);
    if (change === 0) return whole;
    const keep = change > 0 ? depth + 1 <= max : depth <= max;
    depth += change;
    return keep ? whole : ' ';
  });
}

/** Parses a page; any input, however broken, gives a document. */
export function loadPage(html: string): Page {
  return cheerio.load(boundNesting(typeof html === 'string' ? html : ''));
}

export const NOISE = 'script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, select, [hidden], [aria-hidden="true"]';
/** Labels of a publication date in a page's text; a bare 时间/日期 would also catch 缴费时间. */
export const PUBLISHED_LABELS = ['发布日期', '发布时间', '发文日期', '更新时间', '成文日期'];

const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="PubDate"]', 'meta[name="publishdate"]',
  'meta[name="firstpublishedtime"]', 'meta[name="publish_date"]', 'meta[itemprop="datePublished"]',
  'meta[property="og:release_date"]', 'meta[name="dcterms.created"]', 'meta[name="DC.Date"]',
].join(', ');

/**
 * The page's publication date: declared metadata first (meta tags, JSON-LD, `<time>`), then a
 * labelled date in the text (`发布日期:`), then a date/info element. Call it before removing the
 * page chrome that holds the date, and after removing related-article blocks, whose dates are
 * other articles'.
 */
export function findPublishedAt($: Page): string | null {
  const declared = [
    ...$(DATE_META).toArray().map((el) => $(el).attr('content')),
    ...jsonLdValues($, 'datePublished'),
    $('time[datetime]').first().attr('datetime'),
  ];
  for (const candidate of declared) {
    const date = isoDate(candidate);
    if (date) return date;
  }
  const labelled = labelledDate(cleanInline($('body').text()).slice(0, 20_000), PUBLISHED_LABELS);
  if (labelled) return labelled;
  const elements = $('time, [class*="date"], [class*="time"], [class*="info"], [class*="meta"], .source').toArray();
  for (const el of elements.slice(0, 50)) {
    const date = isoDate(cleanInline($(el).text()).slice(0, 200));
    if (date) return date;
  }
  return null;
}

function jsonLdValues($: Page, key: string): string[] {
  const values: string[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const match = new RegExp(`"${key}"\\s*:\\s*"([^"]{4,40})"`).exec($(el).text());
    if (match) values.push(match[1]);
  });
  return values;
}

/** A `<title>` without the site name after `_`, ` - `, `|` or `—`. */
export function documentTitle($: Page): string {
  const full = cleanInline($('head title').first().text() || $('title').first().text());
  return cleanInline(full.split(/\s*(?:_|\||｜|——|—| - | – )\s*/)[0] ?? full) || full;
}

/** The page title: the first h1 that is not a logo, else `<title>` without the site name. */
export function pageTitle($: Page): string {
  const h1 = $('h1').toArray().find((el) => $(el).closest('nav, [class*="logo"], [id*="logo"]').length === 0 && cleanInline($(el).text()));
  return (h1 ? inlineText(h1) : '') || documentTitle($);
}

/**
 * The element holding most paragraph text: the article body rather than the page chrome. Text is
 * counted once, in the innermost paragraph, item or cell holding it, so a layout table's outer
 * cells do not count the article again. `candidates` adds a site's own body containers (a CMS's
 * `.TRS_Editor`, a Q&A site's answer) to the generic ones.
 */
export function mainContainer($: Page, candidates: readonly string[] = []): cheerio.Cheerio<AnyNode> {
  const scores = leafTextScores($.root()[0]);
  const selector = [...candidates, 'article', 'main', '[class*="content"]', '[class*="article"]', '[id*="content"]', '[id*="article"]', '.TRS_Editor'].join(', ');
  let best: AnyNode | null = null;
  let bestScore = 0;
  for (const el of $(selector).toArray()) {
    const score = scores.get(el) ?? 0;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  const body = $('body');
  if (best && bestScore >= (scores.get(body[0]) ?? 0) * 0.4) return $(best);
  return body.length ? body : $.root();
}

const TEXT_BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd']);

/** Per element, the non-space text of the innermost text blocks below it; one walk over the page. */
function leafTextScores(root: AnyNode): Map<AnyNode, number> {
  const scores = new Map<AnyNode, number>();
  const walk = (node: AnyNode): { text: number; score: number; hasBlock: boolean } => {
    if (node.type === 'text') return { text: (node as unknown as { data: string }).data.replace(/\s+/g, '').length, score: 0, hasBlock: false };
    if (node.type !== 'tag' && node.type !== 'root') return { text: 0, score: 0, hasBlock: false };
    let text = 0;
    let score = 0;
    let hasBlock = false;
    for (const child of (node as Element).children) {
      const sub = walk(child);
      text += sub.text;
      score += sub.score;
      hasBlock ||= sub.hasBlock;
    }
    const isBlock = node.type === 'tag' && TEXT_BLOCKS.has((node as Element).tagName.toLowerCase());
    if (isBlock && !hasBlock) score = text;
    scores.set(node, score);
    return { text, score, hasBlock: hasBlock || isBlock };
  };
  walk(root);
  return scores;
}

/** The lines of `root`, without a first line repeating the title. */
export function renderArticle($: Page, root: cheerio.Cheerio<AnyNode>, title: string): string[] {
  const lines = renderBlocks($, root);
  if (lines.length && cleanInline(lines[0]) === title) lines.shift();
  return lines;
}

export function renderBlocks($: Page, root: cheerio.Cheerio<AnyNode>): string[] {
  const lines: string[] = [];
  let inline = '';
  const flush = (indent = '') => {
    const text = cleanInline(inline);
    if (text) lines.push(indent + text);
    inline = '';
  };
  const walk = (node: AnyNode, depth: number, indent: string) => {
    if (node.type === 'text') {
      inline += (node as unknown as { data: string }).data;
      return;
    }
    if (node.type === 'root') {
      for (const child of (node as unknown as Element).children) walk(child, depth, indent);
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (!BLOCK_TAGS.has(tag)) {
      for (const child of el.children) walk(child, depth, indent);
      return;
    }
    flush(indent);
    if (tag === 'br' || tag === 'hr') return;
    if (tag === 'ul' || tag === 'ol') {
      let n = 0;
      for (const child of el.children) {
        if (child.type === 'tag' && (child as Element).tagName.toLowerCase() === 'li') {
          n++;
          const marker = tag === 'ol' ? `${n}. ` : '• ';
          renderListItem(child as Element, depth + 1, marker, lines, walk);
        } else {
          walk(child, depth, indent);
        }
      }
      return;
    }
    if (tag === 'table') {
      // A layout table (the whole page in cells) is read as blocks; a data table as sentences.
      const rendered = renderTable(el);
      if (rendered) {
        lines.push(...rendered.map((line) => indent + line));
        return;
      }
    }
    for (const child of el.children) walk(child, depth, indent);
    flush(indent);
  };
  for (const node of root.toArray()) walk(node, 0, '');
  flush();
  return lines;
}

function renderListItem(
  item: Element,
  depth: number,
  marker: string,
  lines: string[],
  walk: (node: AnyNode, depth: number, indent: string) => void,
) {
  const indent = '  '.repeat(depth);
  const own: AnyNode[] = [];
  const nested: AnyNode[] = [];
  for (const child of item.children) {
    const tag = child.type === 'tag' ? (child as Element).tagName.toLowerCase() : '';
    (tag === 'ul' || tag === 'ol' || tag === 'table' ? nested : own).push(child);
  }
  const text = cleanInline(own.map(inlineText).join(' '));
  if (text) lines.push(`${indent}${marker}${text}`);
  for (const child of nested) walk(child, depth, indent + '  ');
}

/**
 * Page chrome that survives in the body: the date/source line under a title, print and font-size
 * controls, view counters. A bare date line is chrome only near the top (a notice ends with its
 * signing date, which is text).
 */
const META_LINE = /^当前位置|^(?:发布日期|发布时间|发文日期|更新时间|信息来源|来源|作者|编辑|责任编辑|浏览次数|阅读次数|阅读量|点击数|点击量|访问量|字号|字体|分享到|打印本页|关闭窗口)\s*[:：【\s]|【\s*(?:打印|关闭|字体|大\s*中\s*小)|^\[?\s*(?:打印|关闭|字体)\s*\]?$/;
const DATE_LINE = /^[^\s\d]{0,10}\s*[·|]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+.{0,24})?$/;

/**
 * Byline elements left in the body (`<div class="info">健康新闻 2025-03-12 阅读 1204</div>`):
 * removed as a whole line, and only when that line reads as a byline, never a date inside a
 * sentence.
 */
export function removeBylines($: Page, root: cheerio.Cheerio<AnyNode>): void {
  const top = root[0];
  root.find('time, [class*="info"], [class*="meta"], [class*="byline"], [class*="source"], [class*="author"], [class*="date"], [class*="time"]').each((_, el) => {
    let block: AnyNode | null = el;
    while (block && block !== top && !(block.type === 'tag' && BLOCK_TAGS.has((block as Element).tagName.toLowerCase()))) block = block.parent;
    if (!block || block === top) return;
    const text = cleanInline($(block).text());
    if (text.length <= 80 && isByline(text)) $(block).remove();
  });
}

function isByline(text: string): boolean {
  return META_LINE.test(text) || DATE_LINE.test(text);
}

export function withoutChrome(lines: string[]): string[] {
  return lines.filter((line, i) => {
    const text = line.trim();
    if (text.length > 80) return true;
    if (META_LINE.test(text)) return false;
    return !(i < 3 && DATE_LINE.test(text));
  });
}
