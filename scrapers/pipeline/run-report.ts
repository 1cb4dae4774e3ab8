/**
 * The run report: what a scrape run did, as counts of its pages' outcomes, its failures and its
 * flags. One zod schema, which the admin routes answer with and the type is inferred from; every
 * figure is read from the run's page rows, never back out of a message.
 */
import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/client';
import { runPages } from '../../db/queries/runs';
import { getSources } from '../../db/queries/sources';
import type { ScrapeRun, ScrapeRunPage } from '../../db/schema';

export const PAGE_OUTCOMES = ['new', 'changed', 'unchanged', 'failed', 'skipped'] as const;
export type PageOutcome = (typeof PAGE_OUTCOMES)[number];

export const RunReportSchema = z
  .object({
    id: z.number().int().openapi({ example: 7 }),
    trigger: z.string().openapi({ example: 'manual' }),
    status: z.string().openapi({ example: 'ok', description: '`running` while pages remain, then `ok`, `partial` or `failed`.' }),
    scheduledTime: z.string().nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    pages: z
      .object({
        fetched: z.number().int().openapi({ example: 3 }),
        unchanged: z.number().int().openapi({ example: 2 }),
        changed: z.number().int().openapi({ example: 1 }),
        new: z.number().int().openapi({ example: 0 }),
        failed: z.number().int().openapi({ example: 0 }),
        skipped: z.number().int().openapi({ example: 0 }),
      })
      .openapi('RunPageCounts'),
    facts: z.number().int().openapi({ example: 12, description: 'Facts written by this run.' }),
    changes: z
      .object({
        published: z.number().int().openapi({ example: 1, description: 'Changes to the rules in force published at once.' }),
        held: z.number().int().openapi({ example: 2, description: 'Changes waiting in review items (`GET /v1/admin/reviews`).' }),
      })
      .openapi('RunChangeCounts'),
    remaining: z.number().int().openapi({ example: 0, description: 'Pages left for a later invocation.' }),
    errors: z.array(z.object({ url: z.string(), sourceId: z.number().int().nullable(), error: z.string() })),
    flags: z
      .array(z.object({ url: z.string(), reason: z.literal('no_facts'), previousFacts: z.number().int() }))
      .openapi({ description: 'Pages whose new version states no rules where the previous one did: their old facts stay current.' }),
    disabledSources: z.array(z.number().int()),
  })
  .openapi('RunReport');

export type RunReport = z.infer<typeof RunReportSchema>;

/** How many of a run's pages ended each way, and the facts they wrote: what a finished run keeps in `counts`. */
export function pageCounts(pages: ScrapeRunPage[]): Record<PageOutcome | 'facts', number> {
  const counts = { new: 0, changed: 0, unchanged: 0, failed: 0, skipped: 0, facts: 0 };
  for (const page of pages) {
    if (page.outcome && (PAGE_OUTCOMES as readonly string[]).includes(page.outcome)) counts[page.outcome as PageOutcome]++;
    counts.facts += page.factsWritten;
  }
  return counts;
}

/** A finished run's status: failed when every page failed, partial when some did. */
export function finishedStatus(pages: ScrapeRunPage[]): 'ok' | 'partial' | 'failed' {
  const failed = pages.filter((p) => p.outcome === 'failed').length;
  return pages.length > 0 && failed === pages.length ? 'failed' : failed > 0 ? 'partial' : 'ok';
}

/** The run report, computed from the run's pages so a continued run reports all of it. */
export async function reportOf(db: Db, run: ScrapeRun): Promise<RunReport> {
  const pages = await runPages(db, run.id);
  const counts = pageCounts(pages);
  const done = pages.filter((p) => p.status === 'done');
  const sourceIds = [...new Set(pages.map((p) => p.sourceId).filter((id): id is number => id !== null))];
  const disabled = (await getSources(db, sourceIds)).filter((s) => !s.enabled && s.consecutiveFailures > 0).map((s) => s.id);
  return {
    id: run.id,
    trigger: run.trigger,
    status: run.status,
    scheduledTime: run.scheduledTime,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    pages: {
      fetched: counts.new + counts.changed + counts.unchanged,
      unchanged: counts.unchanged,
      changed: counts.changed,
      new: counts.new,
      failed: counts.failed,
      skipped: counts.skipped,
    },
    facts: counts.facts,
    changes: {
      published: pages.reduce((sum, p) => sum + p.changesPublished, 0),
      held: pages.reduce((sum, p) => sum + p.changesHeld, 0),
    },
    remaining: pages.length - done.length,
    errors: done
      .filter((p) => p.outcome === 'failed' || p.outcome === 'skipped')
      .map((p) => ({ url: p.url, sourceId: p.sourceId, error: p.detail ?? p.outcome! })),
    flags: done.flatMap((p) => (p.previousFacts === null ? [] : [{ url: p.url, reason: 'no_facts' as const, previousFacts: p.previousFacts }])),
    disabledSources: disabled,
  };
}
