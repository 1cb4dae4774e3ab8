/**
 * Page adapters: HTML in, article out. (Interim: every adapter reads through the generic reader
 * until the aggregator and gov-notice adapters land.)
 */
import { parseGenericArticle } from './generic/parse';

export const ADAPTERS = ['aggregator', 'gov-notice', 'generic'] as const;
export type AdapterName = (typeof ADAPTERS)[number];

export interface ParsedPage {
  adapter: AdapterName;
  title: string;
  text: string;
  publishedAt: string | null;
  canonicalUrl: string | null;
  links: string[];
}

export function detectAdapter(_html: string, _url: string): AdapterName {
  return 'generic';
}

export function parsePage(html: string, url: string, adapter: AdapterName | 'auto' = 'auto'): ParsedPage {
  const chosen = adapter === 'auto' ? detectAdapter(html, url) : adapter;
  try {
    const article = parseGenericArticle(html);
    return { adapter: chosen, ...article, canonicalUrl: null, links: [] };
  } catch {
    return { adapter: chosen, title: '', text: '', publishedAt: null, canonicalUrl: null, links: [] };
  }
}
