/**
 * Addresses a page gives: its canonical URL and the links worth following from it. Discovery
 * stays on the page's own site (the source an operator chose) and on pages, not downloads.
 */
import type { Page } from './render';

/** Attachments and media: not articles the adapters read. */
const NOT_A_PAGE = /\.(?:pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|gz|jpe?g|png|gif|webp|bmp|svg|mp3|mp4|avi|mov|apk|exe)$/i;

/** `href` resolved against `base`, as an http(s) URL without its fragment; null if it is none. */
export function absoluteUrl(href: string | undefined | null, base: string): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || /^(?:javascript|mailto|tel|data):/i.test(trimmed)) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.toString();
  } catch {
    return null;
  }
}

/**
 * `www.` is the same site as the bare host; the port is part of the site. A mobile host (`m.`)
 * is not: it serves the same articles again under other addresses.
 */
function siteOf(url: URL): string {
  return url.host.toLowerCase().replace(/^www\./, '');
}

/** The hrefs that lead to other pages of `pageUrl`'s site: absolute, deduplicated, in page order. */
export function sameSiteLinks(hrefs: readonly (string | null | undefined)[], pageUrl: string): string[] {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  page.hash = '';
  const links = new Set<string>();
  for (const href of hrefs) {
    const absolute = absoluteUrl(href, page.toString());
    if (!absolute) continue;
    const url = new URL(absolute);
    if (siteOf(url) !== siteOf(page) || NOT_A_PAGE.test(url.pathname)) continue;
    if (absolute !== page.toString()) links.add(absolute);
  }
  return [...links];
}

/**
 * Whether `href` is a page of `pageUrl`'s site worth reading: not another site (a promotion), not
 * a download. An unknown page address cannot tell, so it says yes.
 */
export function isFollowable(href: string | null | undefined, pageUrl: string): boolean {
  if (!isUrl(pageUrl)) return true;
  const absolute = absoluteUrl(href, pageUrl);
  if (!absolute) return false;
  const url = new URL(absolute);
  return siteOf(url) === siteOf(new URL(pageUrl)) && !NOT_A_PAGE.test(url.pathname);
}

/** The address the page declares for itself (`<link rel="canonical">`, else `og:url`). */
export function canonicalUrlOf($: Page, pageUrl: string): string | null {
  const declared = [
    $('link[rel~="canonical"], link[rel~="Canonical"]').first().attr('href'),
    $('meta[property="og:url"]').first().attr('content'),
  ];
  for (const href of declared) {
    const url = absoluteUrl(href, isUrl(pageUrl) ? pageUrl : '');
    if (url) return url;
  }
  return null;
}

function isUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
