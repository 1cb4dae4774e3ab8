/**
 * Aggregator Q&A article pages, the kind the corpus comes from: a question as the title, a
 * date/source line, an answer with headings, paragraphs and nested lists, then a 相关推荐 block
 * of related articles (a linked title, a summary, a `健康新闻 2025-03-11` date each).
 *
 * The text is laid out as the corpus is: the answer's lines, then a `相关推荐` line, then per
 * related item its title, summary and date lines, so the extractor gives each snippet's facts to
 * the snippet's own region and year. The items' links are returned for discovery.
 */
import { canonicalUrlOf, isFollowable, sameSiteLinks } from '../links';
import { findRelatedZones, followedZones, removeZones, renderRelated } from '../related';
import {
  NOISE,
  cleanInline,
  documentTitle,
  findPublishedAt,
  loadPage,
  mainContainer,
  pageTitle,
  renderArticle,
  removeBylines,
  withoutChrome,
  type Page,
} from '../render';
import type { PageArticle } from '../page-article';

/** Where Q&A sites keep the answer; tried before the generic content containers. */
const ANSWER = ['[itemprop="acceptedAnswer"]', '[itemprop="suggestedAnswer"]', '[class*="answer"]', '[id*="answer"]'];

/** Marks of a question-and-answer page besides a related block. */
export function looksLikeQa($: Page): boolean {
  if ($('[itemtype*="QAPage"], [itemtype*="schema.org/Question"], [itemprop="acceptedAnswer"]').length) return true;
  if ($('script[type="application/ld+json"]').toArray().some((el) => /"@type"\s*:\s*"(?:QAPage|Question)"/.test($(el).text()))) return true;
  return $('[class*="question"]').length > 0 && $('[class*="answer"]').length > 0;
}

export function parseAggregatorPage(html: string, url: string): PageArticle {
  return readAggregatorPage(loadPage(html), url);
}

/** Reads a loaded page; it is consumed (blocks and chrome are removed from it). */
export function readAggregatorPage($: Page, url: string): PageArticle {
  const title = pageTitle($) || cleanInline($('meta[property="og:title"]').attr('content') ?? '') || documentTitle($);
  const canonicalUrl = canonicalUrlOf($, url);
  const zones = findRelatedZones($);
  // An item on another site is a promotion and a download is no article: neither is a snippet.
  const items = followedZones(zones).flatMap((zone) => zone.items).filter((item) => isFollowable(item.href, url));
  removeZones($, zones);
  // The related block's dates are other articles': the page's own date is read without them.
  const publishedAt = findPublishedAt($);
  $(NOISE).remove();
  const root = mainContainer($, ANSWER);
  removeBylines($, root);
  const body = withoutChrome(renderArticle($, root, title));
  return {
    title,
    text: [...body, ...renderRelated(items)].join('\n'),
    publishedAt,
    canonicalUrl,
    links: sameSiteLinks(items.map((item) => item.href), url),
  };
}
