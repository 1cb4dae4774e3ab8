/** A run's pages claimed for this invocation, with what their visits need read in one query each. */
import { latestVersionsOf, type LatestVersion } from '../../db/queries/article-versions';
import { claimRunPages } from '../../db/queries/runs';
import { getSources } from '../../db/queries/sources';
import type { ScrapeRunPage, Source } from '../../db/schema';
import { canonicalise, hostOf } from '../page-url';
import type { RunContext } from './run-context';

export interface ClaimedPage {
  page: ScrapeRunPage;
  /** The host the page is fetched from: one visitor at a time works on a host. */
  host: string;
  canonicalUrl: string;
  source: Source | undefined;
  previous: LatestVersion | null;
}

/** Claims up to `limit` pending pages of the run, with their sources and latest stored versions. */
export async function claimPages(context: RunContext, limit: number): Promise<ClaimedPage[]> {
  const { db, run, options } = context;
  const claimed = await claimRunPages(db, run.id, limit, options.now().toISOString());
  if (claimed.length === 0) return [];
  const sourceIds = [...new Set(claimed.flatMap((p) => (p.sourceId ? [p.sourceId] : [])))];
  const urls = claimed.map((p) => canonicalise(p.url));
  const [sourceRows, latest] = await Promise.all([getSources(db, sourceIds), latestVersionsOf(db, urls)]);
  const sourcesById = new Map(sourceRows.map((s) => [s.id, s]));
  return claimed.map((page, i) => ({
    page,
    host: hostOf(page.url),
    canonicalUrl: urls[i],
    source: page.sourceId ? sourcesById.get(page.sourceId) : undefined,
    previous: latest.get(urls[i]) ?? null,
  }));
}
