/**
 * Page adapters: HTML in, article out. `aggregator` reads Q&A pages and lays their related
 * articles out as snippets, `gov-notice` reads government notices and their 缴费标准 tables,
 * `generic` anything else. No adapter throws: a page that cannot be read gives an empty article.
 */
import { isGovernmentSite } from '../../domain/official-sites';
import { looksLikeQa, readAggregatorPage } from './aggregator/parse';
import { readGenericPage } from './generic/parse';
import { hasContributionTable, readGovNotice } from './gov-notice/parse';
import { findRelatedZones, followedZones } from './related';
import type { PageArticle } from './page-article';
import { loadPage, type Page } from './render';

export const ADAPTERS = ['aggregator', 'gov-notice', 'generic'] as const;
export type AdapterName = (typeof ADAPTERS)[number];

/** A page read by its adapter, and which adapter that was. */
export interface ParsedPage extends PageArticle {
  adapter: AdapterName;
}

type Reader = (page: Page, url: string) => PageArticle;

const READERS: Record<AdapterName, Reader> = {
  aggregator: readAggregatorPage,
  'gov-notice': readGovNotice,
  generic: readGenericPage,
};

/**
 * Which adapter reads a page. A gov.cn host is a notice. A related block whose items carry
 * summaries is an aggregator's, even over a contribution table (an aggregator answer may have
 * one; a notice's 相关链接 lists titles only). Then a contribution table makes a notice, and any
 * related block or Q&A markup an aggregator page.
 */
export function detectAdapter(html: string, url: string): AdapterName {
  try {
    return detectIn(loadPage(html), url);
  } catch {
    return 'generic';
  }
}

function detectIn($: Page, url: string): AdapterName {
  if (isGovernmentSite(url)) return 'gov-notice';
  const zones = followedZones(findRelatedZones($));
  const snippets = zones.some((zone) => zone.items.some((item) => item.summary.length >= 20));
  if (snippets) return 'aggregator';
  if (hasContributionTable($)) return 'gov-notice';
  if (zones.length || looksLikeQa($)) return 'aggregator';
  return 'generic';
}

export function parsePage(html: string, url: string, adapter: AdapterName | 'auto' = 'auto'): ParsedPage {
  const source = typeof html === 'string' ? html : '';
  const pageUrl = typeof url === 'string' ? url : '';
  const requested = (ADAPTERS as readonly string[]).includes(adapter) ? (adapter as AdapterName) : null;
  let chosen: AdapterName = requested ?? 'generic';
  try {
    const $ = loadPage(source);
    chosen = requested ?? detectIn($, pageUrl);
    return { adapter: chosen, ...READERS[chosen]($, pageUrl) };
  } catch {
    // An adapter's failure on an odd page falls back to the plainest reading before giving up.
    try {
      return { adapter: chosen, ...readGenericPage(loadPage(source), pageUrl) };
    } catch {
      return { adapter: chosen, title: '', text: '', publishedAt: null, canonicalUrl: null, links: [] };
    }
  }
}
