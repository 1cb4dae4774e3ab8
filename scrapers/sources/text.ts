/**
 * Text of HTML nodes and the dates found in it: the small readings every part of a page adapter
 * shares. Kept apart from `render` so the table renderer can use them without a cycle.
 */
import type { AnyNode, Element } from 'domhandler';

export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'dl', 'dt', 'dd',
  'br', 'hr', 'figure', 'figcaption', 'center', 'address', 'details', 'summary',
]);

export function cleanInline(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/** An element's text with block boundaries kept as spaces (`<p>一档</p><p>(400元)</p>` → `一档 (400元)`). */
export function inlineText(node: AnyNode): string {
  let out = '';
  const walk = (n: AnyNode) => {
    if (n.type === 'text') {
      out += (n as unknown as { data: string }).data;
      return;
    }
    if (n.type !== 'tag' && n.type !== 'root') return;
    const el = n as Element;
    const tag = n.type === 'tag' ? el.tagName.toLowerCase() : '';
    const block = BLOCK_TAGS.has(tag);
    if (block) out += ' ';
    for (const child of el.children) walk(child);
    if (block) out += ' ';
  };
  walk(node);
  return cleanInline(out);
}

const DATE = /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/;

/** `2024年8月30日`, `2024-08-30`, `2024/8/30 10:00` → `2024-08-30`; null for anything that is not a real date. */
export function isoDate(text: string | undefined | null): string | null {
  if (!text) return null;
  const match = DATE.exec(text);
  return match ? dateOf(match) : null;
}

/** Where the first date in `text` is, with its ISO form. */
export function findDate(text: string): { iso: string; index: number; length: number } | null {
  const match = DATE.exec(text);
  const iso = match && dateOf(match);
  return match && iso ? { iso, index: match.index, length: match[0].length } : null;
}

/** The first date after one of `labels` (`发布日期:2024-08-30`), in label order. */
export function labelledDate(text: string, labels: readonly string[]): string | null {
  for (const label of labels) {
    const match = new RegExp(`${label}\\s*[:：]?\\s*${DATE.source}`).exec(text);
    const date = match && dateOf(match);
    if (date) return date;
  }
  return null;
}

function dateOf(match: RegExpExecArray): string | null {
  const [, year, month, day] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
