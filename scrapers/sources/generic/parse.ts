/**
 * The generic reader: any HTML page to an article (title, published date, main text), the main
 * text being the element that holds most of the page's paragraph text.
 */
import * as cheerio from 'cheerio';
import { NOISE, findPublishedAt, mainContainer, pageTitle, renderArticle } from '../render';

export interface ParsedArticle {
  title: string;
  text: string;
  publishedAt: string | null;
}

export function parseGenericArticle(html: string): ParsedArticle {
  const $ = cheerio.load(html);
  const title = pageTitle($);
  const publishedAt = findPublishedAt($);
  $(NOISE).remove();
  return { title, text: renderArticle($, mainContainer($), title).join('\n'), publishedAt };
}
