/**
 * Discovery: the related-article links of a visited page become sources of their own (visited on
 * their own schedule from then on), up to `maxDepth` links away from an operator's source; this
 * run visits those that fit its page budget.
 */
import { addRunPages, countRunPages } from '../../db/queries/runs';
import { createSource, findSourceByUrl } from '../../db/queries/sources';
import type { Source } from '../../db/schema';
import { canonicalise } from '../page-url';
import type { AdapterName } from '../sources/index';
import type { RunContext } from './run-context';

/** A page listing more related articles than this is not listing related articles. */
const MAX_LINKS_PER_PAGE = 50;

export async function discover(context: RunContext, source: Source | undefined, links: string[], adapter: AdapterName): Promise<void> {
  const { db, run, options } = context;
  if (!source || source.depth >= options.maxDepth || links.length === 0) return;
  const found: { url: string; sourceId: number }[] = [];
  for (const link of links.slice(0, MAX_LINKS_PER_PAGE)) {
    const url = canonicalise(link);
    const row = (await createSource(db, { url, adapter, depth: source.depth + 1, discoveredFrom: source.id, intervalMinutes: source.intervalMinutes }))
      ?? (await findSourceByUrl(db, url));
    if (row?.enabled) found.push({ url: row.url, sourceId: row.id });
  }
  const room = options.maxPagesPerRun - (await countRunPages(db, run.id));
  if (room > 0) context.discovered += await addRunPages(db, run.id, found.slice(0, room));
}
