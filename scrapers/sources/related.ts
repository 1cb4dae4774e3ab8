/**
 * Related-article blocks: a `相关推荐` (相关阅读, 相关文章…) heading followed by links, each a
 * title, often a summary and a `健康新闻 2025-03-11` date. The extractor reads a snippet as an
 * article of its own (its region, its year from the date line), so a block is taken out of the
 * body and handed back as items; its links are the pages worth following.
 *
 * The block is everything after the heading inside the heading's container, which is how the
 * extractor reads the same text: whatever follows `相关推荐` is snippets.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Page } from './render';
import { cleanInline, findDate, inlineText } from './text';
import { RELATED_BLOCK_HEADING, isRelatedBlockWord, readsAsHeading } from '../extract/vocabulary';

const MORE_LINK = /^(?:(?:查看)?更多|more|[>»›]+)\s*[>»›+]*$/i;

/** Most items a block is read for; real blocks list five to twenty. */
const MAX_ITEMS = 50;
/** How far above its heading a block's links may start. */
const MAX_CLIMB = 5;

export interface RelatedItem {
  title: string;
  summary: string;
  /** `健康新闻 2025-03-11`: the source label the page shows, then the ISO date. */
  dateLine: string | null;
  href: string | null;
}

export interface RelatedZone {
  /** The heading's word (`相关阅读`). */
  label: string;
  /** A related block rather than a popular-articles one. */
  related: boolean;
  items: RelatedItem[];
  /** The heading and every node after it that the block covers. */
  nodes: AnyNode[];
}

/**
 * The zones found on each page, so that choosing an adapter and then reading with it look for
 * them once. A page's zones are forgotten when they are removed from it; the readers change a
 * page in no other way before they look for its zones.
 */
const zonesOfPage = new WeakMap<Page, RelatedZone[]>();

/** Every related or popular block of the page, in page order. Read before the page chrome is removed. */
export function findRelatedZones($: Page): RelatedZone[] {
  let zones = zonesOfPage.get($);
  if (!zones) zonesOfPage.set($, (zones = zonesIn($)));
  return zones;
}

function zonesIn($: Page): RelatedZone[] {
  const zones: RelatedZone[] = [];
  const taken = new Set<AnyNode>();
  const h1 = $('h1').first()[0];
  for (const { element, label } of markers($)) {
    if (isInside(element, taken)) continue;
    const nodes = zoneNodes(element);
    if (!nodes) continue;
    // A heading above the article (a tab bar, a menu) would take the article for a block.
    if (h1 && nodes.some((node) => node === h1 || contains(node, h1))) continue;
    const items = itemsOf($, nodes.slice(1));
    for (const node of nodes) taken.add(node);
    zones.push({ label, related: isRelatedBlockWord(label), items, nodes });
  }
  return zones;
}

/** The blocks whose items the page's text and links come from: the related ones, else the popular ones. */
export function followedZones(zones: RelatedZone[]): RelatedZone[] {
  const related = zones.filter((zone) => zone.related && zone.items.length);
  return related.length ? related : zones.filter((zone) => zone.items.length);
}

export function removeZones($: Page, zones: RelatedZone[]): void {
  for (const zone of zones) for (const node of zone.nodes) $(node).remove();
  zonesOfPage.delete($);
}

/**
 * The lines of the items after a `相关推荐` line: title, summary, date line, a blank line
 * between items (as in the corpus). A title must read as a heading and a summary must not, or
 * the extractor would join a snippet to the one before it.
 */
export function renderRelated(items: RelatedItem[]): string[] {
  if (items.length === 0) return [];
  const lines = ['相关推荐'];
  for (const item of items) {
    lines.push('', item.title);
    if (item.summary) lines.push(readsAsHeading(item.summary) ? `${item.summary}。` : item.summary);
    if (item.dateLine) lines.push(item.dateLine);
  }
  return lines;
}

function* markers($: Page): Generator<{ element: Element; label: string }> {
  const stack: AnyNode[] = [...$.root()[0].children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const text = cleanInline((node as unknown as { data: string }).data);
      const match = text.length <= 20 ? RELATED_BLOCK_HEADING.exec(text) : null;
      if (match && node.parent && !insideTag(node, /^(?:a|script|style|title|head|option|button)$/)) {
        yield { element: outermostWithText(node.parent as Element), label: match[1] };
      }
      continue;
    }
    if (node.type !== 'tag') continue;
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** The largest element around a heading word that holds nothing else (`<div class="hd"><h3>相关推荐</h3></div>`). */
function outermostWithText(element: Element): Element {
  let current = element;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const parent = current.parent;
    if (!parent || parent.type !== 'tag' || /^(?:body|html)$/i.test((parent as Element).tagName)) break;
    if (!RELATED_BLOCK_HEADING.test(inlineText(parent))) break;
    current = parent as Element;
  }
  return current;
}

/** The heading, then what follows it at each level up to the first level where links appear. */
function zoneNodes(marker: Element): AnyNode[] | null {
  const nodes: AnyNode[] = [marker];
  let current: AnyNode = marker;
  for (let level = 0; level < MAX_CLIMB; level++) {
    for (let next = current.next; next; next = next.next) nodes.push(next);
    if (nodes.slice(1).some(hasLink)) return nodes;
    const parent: AnyNode | null = current.parent;
    if (!parent || parent.type !== 'tag' || /^(?:body|html)$/i.test((parent as Element).tagName)) return null;
    current = parent;
  }
  return null;
}

function hasLink(node: AnyNode): boolean {
  if (node.type !== 'tag') return false;
  const el = node as Element;
  if (el.tagName.toLowerCase() === 'a' && isArticleLink(el)) return true;
  return el.children.some(hasLink);
}

function isArticleLink(anchor: Element): boolean {
  const href = (anchor.attribs?.href ?? '').trim();
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href) && !MORE_LINK.test(inlineText(anchor));
}

function anchorsIn(nodes: AnyNode[]): Element[] {
  const anchors: Element[] = [];
  const visit = (node: AnyNode) => {
    if (anchors.length >= MAX_ITEMS * 3 || node.type !== 'tag') return;
    const el = node as Element;
    if (el.tagName.toLowerCase() === 'a' && isArticleLink(el)) anchors.push(el);
    else el.children.forEach(visit);
  };
  nodes.forEach(visit);
  return anchors;
}

function itemsOf($: Page, roots: AnyNode[]): RelatedItem[] {
  const rootSet = new Set(roots);
  const hrefs = linkTargets(roots);
  const groups = new Map<AnyNode, Element[]>();
  for (const anchor of anchorsIn(roots)) {
    const item = itemElement(anchor, rootSet, hrefs);
    groups.set(item, [...(groups.get(item) ?? []), anchor]);
  }
  const byHref = new Map<string, RelatedItem>();
  for (const [element, anchors] of groups) {
    if (byHref.size >= MAX_ITEMS) break;
    const item = readItem($, element, anchors);
    if (!item) continue;
    const key = item.href ?? item.title;
    const seen = byHref.get(key);
    if (!seen || item.summary.length > seen.summary.length) byHref.set(key, item);
  }
  return [...byHref.values()];
}

const MANY = Symbol('many links');
type LinkTarget = string | typeof MANY;

/** Per element of the block, the one href its links go to, or MANY; elements without links are absent. One walk. */
function linkTargets(roots: AnyNode[]): Map<AnyNode, LinkTarget> {
  const targets = new Map<AnyNode, LinkTarget>();
  const walk = (node: AnyNode): LinkTarget | undefined => {
    if (node.type !== 'tag') return undefined;
    const el = node as Element;
    let target: LinkTarget | undefined = el.tagName.toLowerCase() === 'a' && isArticleLink(el) ? el.attribs.href.trim() : undefined;
    for (const child of el.children) {
      const sub = walk(child);
      if (sub === undefined) continue;
      target = target === undefined || target === sub ? sub : MANY;
    }
    if (target !== undefined) targets.set(node, target);
    return target;
  };
  roots.forEach(walk);
  return targets;
}

/** The largest element around a link that links nowhere else: the item it titles. */
function itemElement(anchor: Element, roots: Set<AnyNode>, targets: Map<AnyNode, LinkTarget>): AnyNode {
  const href = anchor.attribs.href.trim();
  let current: AnyNode = anchor;
  while (!roots.has(current) && current.parent && current.parent.type === 'tag') {
    const target = targets.get(current.parent);
    if (target !== undefined && target !== href) break;
    current = current.parent;
  }
  return current;
}

function readItem($: Page, element: AnyNode, anchors: Element[]): RelatedItem | null {
  const href = anchors[0].attribs.href.trim();
  const item = $(element);
  const titleElement = item
    .find('h1, h2, h3, h4, h5, h6, [class*="title"], [class*="tit"]')
    .toArray()
    .find((el) => {
      const text = inlineText(el);
      return text.length > 0 && text.length <= 80;
    });
  const anchorTitle = anchors.map((a) => inlineText(a)).filter((text) => text.length <= 80).sort((a, b) => b.length - a.length)[0];
  const rawTitle = (titleElement ? inlineText(titleElement) : '') || anchorTitle || cleanInline(anchors[0].attribs.title ?? '');
  // What holds the title: a summary or date element must lie outside it.
  const titleNode = titleElement ?? anchors.find((a) => inlineText(a) === anchorTitle);
  const title = rawTitle.replace(/[。；;，,、:：\s]+$/, '');
  if (!title || RELATED_BLOCK_HEADING.test(title)) return null;

  const dated = element.type === 'tag' ? dateElement(element as Element, titleNode) : null;
  const dateLine = dated ? dateLineOf(dated.text) : dateLineOf(inlineText(element), true);

  const summaryElement = item
    .find('p, [class*="desc"], [class*="summary"], [class*="intro"], [class*="abstract"], [class*="brief"], [class*="txt"], [class*="text"], [class*="content"]')
    .toArray()
    .find((el) => {
      if (titleNode && (el === titleNode || contains(el, titleNode) || contains(titleNode, el))) return false;
      if (dated && (el === dated.element || contains(el, dated.element))) return false;
      const text = inlineText(el);
      return text.length > 0 && text !== title;
    });
  let summary = summaryElement ? inlineText(summaryElement) : '';
  if (!summary) {
    let rest = inlineText(element);
    rest = rest.replace(rawTitle, ' ');
    if (dated) rest = rest.replace(dated.text, ' ');
    summary = cleanInline(rest);
  }
  if (summary === title) summary = '';
  return { title, summary, dateLine, href };
}

/** The widest short element of the item holding a date (`<div class="meta">健康新闻 2025-03-11</div>`). */
function dateElement(item: Element, titleElement: Element | undefined): { element: Element; text: string } | null {
  let best: { element: Element; text: string } | null = null;
  const visit = (el: Element) => {
    const text = inlineText(el);
    if (!findDate(text)) return;
    if (text.length <= 40 && !(titleElement && (el === titleElement || contains(el, titleElement)))) {
      best = { element: el, text };
      return;
    }
    for (const child of el.children) if (child.type === 'tag') visit(child as Element);
  };
  for (const child of item.children) if (child.type === 'tag') visit(child as Element);
  if (!best && item.type === 'tag' && inlineText(item).length <= 40 && findDate(inlineText(item))) best = { element: item, text: inlineText(item) };
  return best;
}

/** `来源:健康新闻 2025年3月11日 10:20` → `健康新闻 2025-03-11`, the form the extractor takes for a snippet's date. */
function dateLineOf(text: string, bare = false): string | null {
  const date = findDate(text);
  if (!date) return null;
  if (bare) return date.iso;
  const before = text.slice(0, date.index).trim().split(/\s+/).pop() ?? '';
  const label = before.replace(/^(?:来源|发布|发布于|时间|日期)?[:：]?/, '');
  return label && label.length <= 8 && !/\d/.test(label) ? `${label} ${date.iso}` : date.iso;
}

function contains(ancestor: AnyNode, node: AnyNode): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

function isInside(node: AnyNode, set: Set<AnyNode>): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent) if (set.has(current)) return true;
  return false;
}

function insideTag(node: AnyNode, tags: RegExp): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'tag' || current.type === 'script' || current.type === 'style') {
      if (tags.test((current as Element).tagName.toLowerCase())) return true;
    }
  }
  return false;
}
