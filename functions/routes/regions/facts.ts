/**
 * `GET /v1/regions/{region}/facts`: the facts in force for a region in one policy year, with
 * sources and conflicts, and the schemes and years it has facts for (`coverage`).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { resolveRegion } from '../../region-param';
import { badField, problemResponses } from '../../errors';
import { PRECEDENCE, type FactInForce } from '../../../core/facts-in-force';
import type { PendingValue } from '../../cache/facts-in-force';
import { answerResponse } from '../../middleware/published-facts';
import { ancestorsOf } from '../../../domain/gazetteer/index';
import { FACT_KEYS, SCHEMES } from '../../../domain/facts';
import { FactInForceSchema, PendingValueSchema, RegionPathParams, RegionSchema, SchemeSchema, regionSummary } from './schemas';

const FactsQuery = z.object({
  scheme: SchemeSchema.optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional().openapi({ example: 2025, description: 'A policy year, exactly. Default: the latest year with facts not after today (or `at`).' }),
  key: z.enum(FACT_KEYS).optional().openapi({ example: 'contribution.individual_annual' }),
  at: z.iso.date().optional().openapi({ example: '2025-06-30', description: 'Answer for the latest policy year with facts not after this date.' }),
});

const RegionFactsSchema = z
  .object({
    region: RegionSchema,
    scheme: SchemeSchema.nullable(),
    year: z.number().int().nullable().openapi({ example: 2025, description: 'The one policy year answered: the one asked for, else the latest with facts not after `at`; null when there is none.' }),
    at: z.string().openapi({ example: '2025-06-30' }),
    coverage: z.array(z.object({
      scheme: SchemeSchema,
      years: z.array(z.number().int()).openapi({ example: [2024, 2025], description: 'Policy years with facts, own or inherited.' }),
      ownYears: z.array(z.number().int()).openapi({ example: [2024, 2025], description: 'Of which the region has facts of its own.' }),
    }).openapi('Coverage')),
    precedence: z.array(z.string()),
    facts: z.array(FactInForceSchema),
    pending: z.array(PendingValueSchema).openapi({ description: 'Waiting values with no value in force beside them (a key or year not stated before).' }),
  })
  .openapi('RegionFacts');

export const regionFactsRoute = createRoute({
  method: 'get',
  path: '/v1/regions/{region}/facts',
  tags: ['lookups'],
  summary: 'Facts in force for a region',
  description: `Answers exactly one policy year, named in \`year\`; \`coverage\` lists the schemes and years the region has facts for (own or inherited), so an empty answer explains itself. A city inherits its province's and the national facts unless it has its own. Precedence among sources: ${PRECEDENCE.join('; ')}. Losing values are listed under \`conflicts\`.`,
  request: { params: RegionPathParams, query: FactsQuery },
  responses: {
    200: {
      description: 'The facts in force.',
      content: {
        'application/json': {
          schema: RegionFactsSchema,
          example: {
            region: { code: '450200', name: '柳州市', level: 'prefecture', parent: '450000' }, scheme: 'resident', year: 2025, at: '2025-06-30',
            coverage: [{ scheme: 'resident', years: [2024, 2025], ownYears: [2024, 2025] }],
            precedence: [...PRECEDENCE],
            facts: [{
              key: 'contribution.individual_annual', variant: '', year: 2025, scheme: 'resident', value: 400, hedged: false, confidence: 0.93,
              region: '450200', inheritedFrom: null, conflicts: [],
              sources: [{ url: 'https://yibao.example/sample/liuzhou-resident-2025.html', title: '柳州市2025年度城乡居民医保参保缴费须知', quote: '2025年度柳州市城乡居民基本医疗保险个人缴费标准为每人每年400元。', fetchedAt: '2025-03-11T06:00:00.000Z', checkedAt: '2025-06-01T06:00:00.000Z', official: true }],
            }],
          },
        },
      },
    },
    304: { description: 'Not modified since the ETag in If-None-Match.' },
    ...problemResponses(400, 404),
  },
});

type Coverage = { scheme: z.infer<typeof SchemeSchema>; years: number[]; ownYears: number[] };

/** The schemes and policy years a region has facts for, its own or inherited, from `factYears` rows. */
export function coverageOf(rows: { year: number; scheme: string; region: string }[], code: string): Coverage[] {
  const byScheme = new Map<string, { years: Set<number>; own: Set<number> }>();
  for (const row of rows) {
    const entry = byScheme.get(row.scheme) ?? { years: new Set<number>(), own: new Set<number>() };
    entry.years.add(row.year);
    if (row.region === code) entry.own.add(row.year);
    byScheme.set(row.scheme, entry);
  }
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  return [...byScheme].sort(([a], [b]) => a.localeCompare(b))
    .map(([scheme, e]) => ({ scheme: scheme as Coverage['scheme'], years: sorted(e.years), ownYears: sorted(e.own) }));
}

export function registerRegionFacts(app: App) {
  app.openapi(regionFactsRoute, async (c) => {
    const region = resolveRegion(c.req.valid('param').region, 'path.region');
    const code = region.code;
    const { scheme, year, key, at } = c.req.valid('query');
    if (year !== undefined && at !== undefined) throw badField('query.at', 'give year or at, not both');
    const on = at ?? new Date().toISOString().slice(0, 10);
    c.header('cache-control', 'public, max-age=300');
    // The body depends on the data and on these alone (the date: "today" moves the year answered).
    const answer = await c.var.facts.answer(`facts|${code}|${scheme ?? ''}|${year ?? ''}|${key ?? ''}|${on}`, async (): Promise<z.infer<typeof RegionFactsSchema>> => {
      const chain = [code, ...ancestorsOf(code)];
      const schemes = scheme ? [scheme] : SCHEMES;
      // One policy year: the one asked for (read beside the coverage), else the latest with facts
      // (of the scheme asked) not after the date, read with the coverage in one round trip.
      const atYear = Number(on.slice(0, 4));
      const { coverage: years, entries, year: answerYear } = year === undefined
        ? await c.var.facts.latest(chain, schemes, atYear)
        : await Promise.all([c.var.facts.yearsWithFacts(chain), c.var.facts.years(chain, schemes, [year])]).then(([coverage, entries]) => ({ coverage, entries, year }));
      const coverage = coverageOf(years.rows, code);
      const inForce: FactInForce[] = entries.flatMap((entry) => entry.presented);
      const waitingAll: PendingValue[] = entries.flatMap((entry) => entry.pending);
      if (schemes.length > 1) inForce.sort(bySchemeKeyVariant);
      const facts = key ? inForce.filter((fact) => fact.key === key) : inForce;
      // Waiting values come with the facts in force, read in the same query and kept under the same data version.
      const waiting = key ? waitingAll.filter((p) => p.key === key) : waitingAll;
      const withPending = facts.map((fact) => ({
        ...fact,
        pending: waiting.filter((p) => p.scheme === fact.scheme && p.key === fact.key && p.variant === fact.variant && p.year === fact.year),
      }));
      const shown = new Set(withPending.flatMap((f) => f.pending));
      return {
        region: regionSummary(region),
        scheme: scheme ?? null,
        year: answerYear,
        at: on,
        coverage,
        precedence: [...PRECEDENCE],
        facts: withPending as z.infer<typeof FactInForceSchema>[],
        pending: waiting.filter((p) => !shown.has(p)) as z.infer<typeof PendingValueSchema>[],
      };
    });
    return answerResponse(c, answer);
  });
}

/** The order `factsInForce` answers in. */
const bySchemeKeyVariant = (a: FactInForce, b: FactInForce) => a.scheme.localeCompare(b.scheme) || a.key.localeCompare(b.key) || a.variant.localeCompare(b.variant);
