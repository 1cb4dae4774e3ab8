/** What every adapter reads off a page: the article, and where the page points. */
export interface PageArticle {
  title: string;
  text: string;
  publishedAt: string | null;
  /** The address the page declares for itself (`rel=canonical`, `og:url`), absolute. */
  canonicalUrl: string | null;
  /** Absolute same-site http(s) URLs of related articles, deduplicated, for discovery. */
  links: string[];
}
