/**
 * The generic reader: any HTML page to an article (title, published date, main text), the main
 * text being the element that holds most of the page's paragraph text, rendered as it stands
 * (a related block stays in the text, where the extractor reads it as snippets).
 */
import { canonicalUrlOf, sameSiteLinks } from '../links';
import type { PageArticle } from '../page-article';
import { findRelatedZones, followedZones } from '../related';
import { NOISE, findPublishedAt, loadPage, mainContainer, pageTitle, renderArticle, type Page } from '../render';

export function parseGenericArticle(html: string): Pick<PageArticle, 'title' | 'text' | 'publishedAt'> {
  const { title, text, publishedAt } = readGenericPage(loadPage(html), '');
  return { title, text, publishedAt };
}

/** Reads a loaded page; it is consumed (the chrome is removed from it). */
export function readGenericPage($: Page, url: string): PageArticle {
  const title = pageTitle($);
  const publishedAt = findPublishedAt($);
  const canonicalUrl = canonicalUrlOf($, url);
  const links = url ? sameSiteLinks(followedZones(findRelatedZones($)).flatMap((zone) => zone.items.map((item) => item.href)), url) : [];
  $(NOISE).remove();
  return { title, text: renderArticle($, mainContainer($), title).join('\n'), publishedAt, canonicalUrl, links };
}
