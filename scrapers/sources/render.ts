/**
 * Rendering HTML as the plain text the extractor reads: a heading or paragraph per line, list
 * items indented under their parents with `• `/`1. ` markers, a table's rows as one sentence each
 * named by the header. Shared by every adapter.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** The page title: the first h1, else `<title>`. */
export function pageTitle($: cheerio.CheerioAPI): string {
  return cleanInline($('h1').first().text()) || cleanInline($('title').first().text());
}

/** The lines of `root`, without a first line repeating the title. */
export function renderArticle($: cheerio.CheerioAPI, root: cheerio.Cheerio<AnyNode>, title: string): string[] {
  const lines = renderBlocks($, root);
  if (lines[0] === title) lines.shift();
  return lines;
}

export const NOISE = 'script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, select, [hidden], [aria-hidden="true"]';
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'table', 'tr', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'br', 'hr', 'figure', 'figcaption', 'center',
]);

/** The element holding most paragraph text: the article body rather than the page chrome. */
export function mainContainer($: cheerio.CheerioAPI): cheerio.Cheerio<Element> {
  const candidates = $('article, main, [class*="content"], [class*="article"], [id*="content"], [id*="article"], .TRS_Editor');
  let best: cheerio.Cheerio<Element> | null = null;
  let bestScore = 0;
  candidates.each((_, el) => {
    const node = $(el);
    const score = node.find('p, li, td').text().replace(/\s+/g, '').length;
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  });
  const body = $('body');
  const bodyScore = body.find('p, li, td').text().replace(/\s+/g, '').length;
  if (best && bestScore >= bodyScore * 0.4) return best;
  return body.length ? body : $.root().children().first() as cheerio.Cheerio<Element>;
}

export function renderBlocks($: cheerio.CheerioAPI, root: cheerio.Cheerio<AnyNode>): string[] {
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
    if (node.type !== 'tag') return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (!BLOCK.has(tag)) {
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
          renderListItem($, child as Element, depth + 1, marker, lines, walk);
        } else {
          walk(child, depth, indent);
        }
      }
      return;
    }
    if (tag === 'table') {
      lines.push(...renderTable($, el).map((line) => indent + line));
      return;
    }
    for (const child of el.children) walk(child, depth, indent);
    flush(indent);
  };
  for (const node of root.toArray()) walk(node, 0, '');
  flush();
  return lines;
}

function renderListItem(
  $: cheerio.CheerioAPI,
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
  const text = cleanInline(own.map((child) => $(child).text()).join(''));
  if (text) lines.push(`${indent}${marker}${text}`);
  for (const child of nested) walk(child, depth, indent + '  ');
}

/**
 * A table as lines the extractor reads: its caption, then one sentence per data row built from
 * the header names (`统账结合:缴费比例11.5%,月缴费额574.89元。`), the unit taken from a header's
 * parenthesis. A table without a header row stays `cell | cell`.
 */
export function renderTable($: cheerio.CheerioAPI, table: Element): string[] {
  const lines: string[] = [];
  const caption = cleanInline($(table).children('caption').text());
  if (caption) lines.push(caption);
  const rows = $(table).find('tr').toArray().map((tr) => $(tr).children('td, th').toArray().map((cell) => cleanInline($(cell).text())));
  const headerIndex = $(table).find('tr').toArray().findIndex((tr) => $(tr).children('th').length > 0);
  const header = headerIndex >= 0 ? rows[headerIndex] : null;
  for (const [i, cells] of rows.entries()) {
    if (i === headerIndex || cells.every((c) => !c)) continue;
    if (!header || header.length < 2 || cells.length !== header.length) {
      lines.push(cells.filter(Boolean).join(' | '));
      continue;
    }
    const parts = cells.slice(1).map((cell, j) => {
      const name = header[j + 1].replace(/[(（][^)）]*[)）]/g, '').trim();
      const unit = /[(（]\s*(元|%)/.exec(header[j + 1])?.[1] ?? '';
      const needsUnit = unit && /^[\d.,]+$/.test(cell);
      return `${name}${cell}${needsUnit ? unit : ''}`;
    });
    lines.push(`${cells[0]}:${parts.join(',')}。`);
  }
  return lines;
}

export function cleanInline(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

export function findPublishedAt($: cheerio.CheerioAPI): string | null {
  const meta = $('meta[property="article:published_time"], meta[name="pubdate"], meta[name="PubDate"], meta[name="publishdate"], meta[itemprop="datePublished"]').attr('content')
    ?? $('time[datetime]').first().attr('datetime');
  const candidates = [meta, $('time').first().text(), $('[class*="date"], [class*="time"], .info, .source').first().text()];
  for (const candidate of candidates) {
    const match = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(candidate ?? '');
    if (match) return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  }
  return null;
}
