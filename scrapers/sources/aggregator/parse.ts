/**
 * Aggregator Q&A article pages (the kind the corpus comes from): a question title, a date line,
 * an answer with headings and lists, then a 相关推荐 block of related articles, each a linked
 * title, a summary and a date. The related block is rendered after a `相关推荐` line, a title,
 * summary and date line per item, so the extractor scopes each snippet to its own region; its
 * links are returned for discovery.
 */
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { NOISE, cleanInline, findPublishedAt, mainContainer, pageTitle, renderArticle } from '../render';

export interface AggregatorPage {
  title: string;
  text: string;
  publishedAt: string | null;
  links: string[];
}

export const RELATED_WORDS = '相关推荐|相关阅读|相关文章|推荐阅读|延伸阅读|猜你喜欢|热门推荐|相关问答|大家都在看|为你推荐';
export const RELATED_HEADING = new RegExp(`^\\s*(?:${RELATED_WORDS})\\s*$`);

interface RelatedItem {
  title: string;
  summary: string;
  date: string | null;
  href: string | null;
}

/** The block that follows a 相关推荐 heading (or carries a class naming it). */
function relatedBlock($: cheerio.CheerioAPI): cheerio.Cheerio<Element> | null {
  const byClass = $('[class*="related"], [class*="recommend"], [id*="related"], [id*="recommend"]').first();
  if (byClass.length) return byClass;
  const heading = $('h2, h3, h4, div, p, span').filter((_, el) => RELATED_HEADING.test($(el).text())).last();
  if (!heading.length) return null;
  const parent = heading.parent();
  return parent.length && parent.find('a[href]').length ? parent : null;
}

function relatedItems($: cheerio.CheerioAPI, block: cheerio.Cheerio<Element>): RelatedItem[] {
  const items: RelatedItem[] = [];
  const containers = block.find('li, article, .item, [class*="item"]').filter((_, el) => $(el).find('a[href]').length > 0);
  const nodes = containers.length ? containers.toArray() : block.find('a[href]').toArray();
  for (const node of nodes) {
    const el = $(node);
    const link = el.is('a') ? el : el.find('a[href]').first();
    const title = cleanInline(el.find('h2, h3, h4, .title, [class*="title"]').first().text()) || cleanInline(link.text());
    if (!title || RELATED_HEADING.test(title)) continue;
    const summary = cleanInline(el.find('p, .summary, [class*="summary"], [class*="desc"]').first().text());
    const dateText = cleanInline(el.find('time, .date, [class*="date"], [class*="time"]').first().text()) || el.text();
    const date = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(dateText);
    items.push({
      title,
      summary: summary === title ? '' : summary,
      date: date ? `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}` : null,
      href: link.attr('href') ?? null,
    });
  }
  return items;
}

/** Same-site http(s) links, absolute and without fragments, each once. */
function sameSiteLinks(hrefs: (string | null)[], pageUrl: string): string[] {
  let base: URL;
  try {
    base = new URL(pageUrl);
  } catch {
    return [];
  }
  const links = new Set<string>();
  for (const href of hrefs) {
    if (!href) continue;
    try {
      const url = new URL(href, base);
      if (!/^https?:$/.test(url.protocol) || url.host !== base.host) continue;
      url.hash = '';
      if (url.toString() !== base.toString()) links.add(url.toString());
    } catch {
      // not a URL: ignored
    }
  }
  return [...links];
}

export function parseAggregatorPage(html: string, url: string): AggregatorPage {
  const $ = cheerio.load(html);
  const title = pageTitle($);
  const publishedAt = findPublishedAt($);
  const block = relatedBlock($);
  const items = block ? relatedItems($, block) : [];
  block?.remove();
  $('h2, h3, h4, div, p').filter((_, el) => RELATED_HEADING.test($(el).text())).remove();
  $(NOISE).remove();
  const lines = renderArticle($, mainContainer($), title);
  if (items.length) {
    lines.push('相关推荐');
    for (const item of items) {
      lines.push('', item.title);
      if (item.summary) lines.push(item.summary);
      if (item.date) lines.push(item.date);
    }
  }
  return { title, text: lines.join('\n'), publishedAt, links: sameSiteLinks(items.map((i) => i.href), url) };
}
