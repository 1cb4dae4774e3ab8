/** How the scraper names a page: the canonical URL an article is known by, and the host it is fetched from. */

/** The URL an article is known by: no fragment, no tracking parameters, lower-case host. */
export function canonicalise(raw: string): string {
  try {
    const url = new URL(raw);
    url.hash = '';
    for (const key of [...url.searchParams.keys()]) if (/^(utm_|spm$|from$)/i.test(key)) url.searchParams.delete(key);
    return url.toString();
  } catch {
    return raw;
  }
}

/**
 * The host a page is fetched from, port included (`127.0.0.1:8000`): what the fetcher keeps one
 * request at a time to, and so what visitors take turns on. The text itself when it is no URL.
 */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
