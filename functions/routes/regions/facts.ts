/** `GET /v1/regions/{code}/facts`: the facts in force for a region, with sources and conflicts. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { resolveRegion } from '../../region-param';
import { badField, problemResponses } from '../../errors';
import { PRECEDENCE, type FactInForce } from '../../../core/facts-in-force';
import type { PendingValue } from '../../cache/facts-in-force';
import { ancestorsOf } from '../../../domain/gazetteer/index';
import { FACT_KEYS, SCHEMES } from '../../../domain/facts';
import { FactInForceSchema, PendingValueSchema, RegionPathParams, RegionSchema, SchemeSchema, regionSummary } from './schemas';

const FactsQuery = z.object({
  scheme: SchemeSchema.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional().openapi({ example: 2025, description: 'A policy year, exactly.' }),
  key: z.enum(FACT_KEYS).optional().openapi({ example: 'contribution.individual_annual' }),
  at: z.iso.date().optional().openapi({ example: '2025-06-30', description: 'The values in force on this date (the latest policy year not after it).' }),
});

export const regionFactsRoute = createRoute({
  method: 'get',
  path: '/v1/regions/{region}/facts',
  tags: ['lookups'],
  summary: 'Facts in force for a region',
  description: `A city inherits its province's and the national facts unless it has its own. Precedence among sources: ${PRECEDENCE.join('; ')}. Losing values are listed under \`conflicts\`.`,
  request: { params: RegionPathParams, query: FactsQuery },
  responses: {
    200: {
      description: 'The facts in force.',
      content: {
        'application/json': {
          schema: z
            .object({
              region: RegionSchema,
              scheme: SchemeSchema.nullable(),
              year: z.number().int().nullable(),
              at: z.string(),
              precedence: z.array(z.string()),
              facts: z.array(FactInForceSchema),
              pending: z.array(PendingValueSchema).openapi({ description: 'Waiting values with no value in force beside them (a key or year not stated before).' }),
            })
            .openapi('RegionFacts'),
        },
      },
    },
    304: { description: 'Not modified since the ETag in If-None-Match.' },
    ...problemResponses(400, 404),
  },
});

export function registerRegionFacts(app: App) {
  app.openapi(regionFactsRoute, async (c) => {
    const region = resolveRegion(c.req.valid('param').region, 'path.region');
    const code = region.code;
    const { scheme, year, key, at } = c.req.valid('query');
    if (year !== undefined && at !== undefined) throw badField('query.at', 'give year or at, not both');
    const on = at ?? new Date().toISOString().slice(0, 10);
    const chain = [code, ...ancestorsOf(code)];
    const schemes = scheme ? [scheme] : SCHEMES;
    let inForce: FactInForce[];
    let waitingAll: PendingValue[];
    if (year !== undefined) {
      const entries = await c.var.facts.years(chain, schemes, [year]);
      inForce = entries.flatMap((entry) => entry.presented);
      waitingAll = entries.flatMap((entry) => entry.pending);
      if (schemes.length > 1) inForce.sort(bySchemeKeyVariant);
    } else {
      // In force on the date: per scheme, key and variant, the latest policy year not after it;
      // only those years are read.
      const atYear = Number(on.slice(0, 4));
      const yearOf = new Map<string, number>();
      for (const row of (await c.var.facts.keyYears(chain, scheme)).keyYears) {
        const id = `${row.scheme}|${row.key}|${row.variant}`;
        if (row.year <= atYear && (yearOf.get(id) ?? -Infinity) < row.year) yearOf.set(id, row.year);
      }
      const years = [...new Set(yearOf.values())];
      inForce = [];
      const entries = years.length ? await c.var.facts.years(chain, schemes, years) : [];
      waitingAll = entries.flatMap((entry) => entry.pending);
      for (const entry of entries) {
        for (const fact of entry.presented) if (yearOf.get(`${fact.scheme}|${fact.key}|${fact.variant}`) === fact.year) inForce.push(fact);
      }
      inForce.sort(bySchemeKeyVariant);
    }
    const facts = key ? inForce.filter((fact) => fact.key === key) : inForce;
    // Waiting values come with the facts in force, read in the same query and kept under the same data version.
    const waiting = key ? waitingAll.filter((p) => p.key === key) : waitingAll;
    const withPending = facts.map((fact) => ({
      ...fact,
      pending: waiting.filter((p) => p.scheme === fact.scheme && p.key === fact.key && p.variant === fact.variant && p.year === fact.year),
    }));
    const shown = new Set(withPending.flatMap((f) => f.pending));
    c.header('cache-control', 'public, max-age=300');
    return c.json(
      {
        region: regionSummary(region),
        scheme: scheme ?? null,
        year: year ?? null,
        at: on,
        precedence: [...PRECEDENCE],
        facts: withPending as z.infer<typeof FactInForceSchema>[],
        pending: waiting.filter((p) => !shown.has(p)) as z.infer<typeof PendingValueSchema>[],
      },
      200,
    );
  });
}

/** The order `factsInForce` answers in. */
const bySchemeKeyVariant = (a: FactInForce, b: FactInForce) => a.scheme.localeCompare(b.scheme) || a.key.localeCompare(b.key) || a.variant.localeCompare(b.variant);
