/**
 * The extractor's input: an article as the adapters read it. The facts it emits are the domain's
 * (domain/facts.ts).
 */
export interface ArticleInput {
  title: string;
  text: string;
  url?: string;
  /** ISO date or date-time the page gives as its publication date. */
  publishedAt?: string;
}
