/**
 * A Worker for the scraping bench only: the real pipeline (`runManualScrape`) inside workerd,
 * beside its local D1, so an end-to-end run pays what production pays per query rather than a
 * round trip out of workerd and back. `/bare` is the yardstick: `fetch` and `text()` of the same
 * pages, as many at once as the pipeline fetches, and nothing else. Two lesser routes do part of
 * a page's work, so the bench can tell workerd's CPU for fetching, for reading (parse and
 * extract) and for storing apart. The fetcher's one-second gap between requests to a host is
 * off: the bench's sites are local.
 */
import { createDb } from '../db/client';
import { createSource } from '../db/queries/sources';
import { createFetcher } from '../scrapers/fetch/index';
import { readArticle } from '../scrapers/pipeline/ingest';
import { runManualScrape } from '../scrapers/pipeline/run';
import type { PipelineEnv } from '../scrapers/pipeline/run-context';
import { FETCHES_IN_FLIGHT } from '../scrapers/pipeline/visiting';
import { parsePage } from '../scrapers/sources/index';

// The bench deploys with the project's wrangler.toml, whose Durable Object binding wants its class exported.
export { RateLimiter } from '../functions/rate-limit/limiter';

const FETCHER = { perHostDelayMs: 0 };

export default {
  async fetch(request, env, ctx) {
    const { pathname } = new URL(request.url);
    if (pathname === '/health') return Response.json({ status: 'ok' });
    if (request.method !== 'POST') return new Response('not found', { status: 404 });
    const body = await request.json<{ urls?: string[]; sourceIds?: number[] }>();

    if (pathname === '/sources') {
      const db = createDb(env.DB);
      const ids: number[] = [];
      for (const url of body.urls ?? []) {
        const source = await createSource(db, { url, adapter: 'auto' });
        if (!source) return new Response(`source ${url} exists`, { status: 409 });
        ids.push(source.id);
      }
      return Response.json({ ids });
    }
    if (pathname === '/bare') {
      const urls = body.urls ?? [];
      let next = 0;
      let bytes = 0;
      const fetcher = async () => {
        while (next < urls.length) bytes += (await (await fetch(urls[next++])).text()).length;
      };
      await Promise.all(Array.from({ length: FETCHES_IN_FLIGHT }, fetcher));
      return Response.json({ bytes });
    }
    if (pathname === '/fetch' || pathname === '/read') {
      // The pipeline's steps up to the store: fetch alone, or fetch, parse, hash and extract.
      const fetcher = createFetcher({ allowPrivate: env.ALLOW_PRIVATE_URLS === 'true', ...FETCHER });
      let facts = 0;
      for (const url of body.urls ?? []) {
        const fetched = await fetcher.fetchPage(url);
        if (fetched.kind !== 'ok') return new Response(`${url}: ${fetched.kind}`, { status: 502 });
        if (pathname === '/fetch') continue;
        const page = parsePage(fetched.text, fetched.finalUrl, 'auto');
        const article = await readArticle({
          canonicalUrl: url, adapter: page.adapter, sourceId: null, page, fetchedAt: new Date().toISOString(),
          etag: fetched.etag, lastModified: fetched.lastModified, httpStatus: fetched.status, previous: null,
        });
        facts += article.facts?.length ?? 0;
      }
      return Response.json({ facts });
    }
    if (pathname === '/scrape') {
      const sourceIds = body.sourceIds ?? [];
      return Response.json(await runManualScrape(env, { sourceIds }, { maxPagesPerRun: sourceIds.length, maxDepth: 0, fetcher: FETCHER, waitUntil: (p) => ctx.waitUntil(p) }));
    }
    return new Response('not found', { status: 404 });
  },
} satisfies ExportedHandler<PipelineEnv>;
