/**
 * Page adapters: HTML in, article out. `aggregator` reads Q&A pages and their related-article
 * links, `gov-notice` government notices and their 缴费标准 tables, `generic` anything else.
 * No adapter throws: a page that cannot be read gives an empty article.
 */
import { parseAggregatorPage, RELATED_WORDS } from './aggregator/parse';
import { parseGenericArticle } from './generic/parse';
import { hasContributionTable, parseGovNotice } from './gov-notice/parse';

export const ADAPTERS = ['aggregator', 'gov-notice', 'generic'] as const;
export type AdapterName = (typeof ADAPTERS)[number];

export interface ParsedPage {
  adapter: AdapterName;
  title: string;
  text: string;
  publishedAt: string | null;
  /** Absolute same-site URLs of related articles, for discovery. */
  links: string[];
}

export function detectAdapter(html: string, url: string): AdapterName {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // an unparsable URL says nothing about the page
  }
  if (/(^|\.)gov\.cn$/i.test(host) || hasContributionTable(html)) return 'gov-notice';
  if (new RegExp(`>\\s*(?:${RELATED_WORDS})\\s*<`).test(html)) return 'aggregator';
  return 'generic';
}

export function parsePage(html: string, url: string, adapter: AdapterName | 'auto' = 'auto'): ParsedPage {
  const chosen = adapter === 'auto' ? detectAdapter(html, url) : adapter;
  try {
    if (chosen === 'aggregator') return { adapter: chosen, ...parseAggregatorPage(html, url) };
    if (chosen === 'gov-notice') return { adapter: chosen, ...parseGovNotice(html), links: [] };
    return { adapter: chosen, ...parseGenericArticle(html), links: [] };
  } catch {
    return { adapter: chosen, title: '', text: '', publishedAt: null, links: [] };
  }
}
