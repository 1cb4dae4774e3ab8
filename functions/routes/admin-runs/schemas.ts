/** The run report: what a scrape run did, page by page counts, failures and flags. */
import { z } from '@hono/zod-openapi';

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
    remaining: z.number().int().openapi({ example: 0, description: 'Pages left for a later invocation.' }),
    errors: z.array(z.object({ url: z.string(), sourceId: z.number().int().nullable(), error: z.string() })),
    flags: z.array(z.object({ url: z.string(), reason: z.literal('no_facts'), previousFacts: z.number().int() })),
    disabledSources: z.array(z.number().int()),
  })
  .openapi('RunReport');
