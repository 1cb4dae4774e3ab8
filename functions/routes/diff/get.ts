/** `GET /v1/diff`: what changed for a region and scheme between two policy years. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { badField, problemResponses } from '../../errors';
import { RegionParam, resolveRegion } from '../../region-param';
import { EVIDENCE_EXAMPLE, SchemeSchema, changeMembers, changeSide, type Evidence } from '../../schemas';
import { RegionSchema, regionSummary } from '../regions/schemas';
import { presentValue } from '../../../core/money';
import { diffFacts, type FactEvidence } from '../../../core/year-diff';
import { ancestorsOf } from '../../../domain/gazetteer/index';
import { answerResponse } from '../../middleware/published-facts';

const Year = z.coerce.number().int().min(1990).max(2100);

const DiffQuery = z.object({
  region: RegionParam.openapi({ example: '210600' }),
  scheme: SchemeSchema.openapi({ example: 'flexible' }),
  from: Year.openapi({ example: 2024 }),
  to: Year.openapi({ example: 2025 }),
});

const DiffChangeSchema = z
  .object({
    ...changeMembers,
    absoluteChange: z.number().nullable().openapi({ example: 277, description: 'new − old, for numbers.' }),
    relativeChange: z.number().nullable().openapi({ example: 0.0532, description: '(new − old) / old, for numbers.' }),
  })
  .openapi('YearDiffChange');

const YearDiffSchema = z
  .object({
    region: RegionSchema,
    scheme: SchemeSchema,
    from: z.number().int(),
    to: z.number().int(),
    changes: z.array(DiffChangeSchema).openapi({ description: 'Each value added, removed or changed from `from` to `to`; `year` is `to`.' }),
    unchanged: z.number().int().openapi({ description: 'Values the same in both years.' }),
  })
  .openapi('YearDiff');

export const yearDiffRoute = createRoute({
  method: 'get',
  path: '/v1/diff',
  tags: ['changes'],
  summary: 'Policy year against policy year',
  description: 'The facts in force in each year (with inheritance), paired by key and variant. Each entry is the one change object of the feed and webhooks, with `kind` added/removed/changed and, for numbers, the absolute and relative change.',
  request: { query: DiffQuery },
  responses: {
    200: {
      description: 'The differences.',
      content: {
        'application/json': {
          schema: YearDiffSchema,
          example: {
            region: { code: '210600', name: '丹东市', level: 'prefecture', parent: '210000' }, scheme: 'flexible', from: 2024, to: 2025,
            changes: [{
              kind: 'changed', region: '210600', scheme: 'flexible', year: 2025, key: 'contribution.base_monthly', variant: '',
              old: { value: 5203, evidence: { ...EVIDENCE_EXAMPLE, quote: '丹东市灵活就业人员医保缴费基数为每月5203元。' } },
              new: { value: 5480, evidence: EVIDENCE_EXAMPLE }, absoluteChange: 277, relativeChange: 0.0532,
            }],
            unchanged: 0,
          },
        },
      },
    },
    304: { description: 'Not modified since the ETag in If-None-Match.' },
    ...problemResponses(400, 404),
  },
});

/** The evidence shown for a side: the first source of the fact in force. */
const evidenceOf = (e: FactEvidence): Evidence | null => (e.sources[0] as Evidence | undefined) ?? null;

export function registerYearDiff(app: App) {
  app.openapi(yearDiffRoute, async (c) => {
    const { region: asked, scheme, from, to } = c.req.valid('query');
    const region = resolveRegion(asked, 'query.region');
    if (from === to) throw badField('query.to', 'must differ from `from`');
    c.header('cache-control', 'public, max-age=300');
    const answer = await c.var.facts.answer(`diff|${region.code}|${scheme}|${from}|${to}`, async () => {
      const chain = [region.code, ...ancestorsOf(region.code)];
      const [older, newer] = await c.var.facts.years(chain, [scheme], [from, to]);
      const diff = diffFacts(older.rules, newer.rules);
      const base = (e: { key: string; variant: string; scheme: string }) => ({ region: region.code, scheme: e.scheme, year: to, key: e.key, variant: e.variant });
      const changes = [
        ...diff.added.map((e) => ({ kind: 'added', ...base(e), old: null, new: changeSide(e.key, e.value, evidenceOf(e.evidence)), absoluteChange: null, relativeChange: null })),
        ...diff.removed.map((e) => ({ kind: 'removed', ...base(e), old: changeSide(e.key, e.value, evidenceOf(e.evidence)), new: null, absoluteChange: null, relativeChange: null })),
        ...diff.changed.map((e) => ({
          kind: 'changed', ...base(e),
          old: changeSide(e.key, e.old, evidenceOf(e.oldEvidence)), new: changeSide(e.key, e.new, evidenceOf(e.newEvidence)),
          absoluteChange: e.absoluteChange === null ? null : (presentValue(e.key, e.absoluteChange) as number), relativeChange: e.relativeChange,
        })),
      ].sort((a, b) => a.scheme.localeCompare(b.scheme) || a.key.localeCompare(b.key) || a.variant.localeCompare(b.variant));
      return { region: regionSummary(region), scheme, from, to, changes, unchanged: diff.unchanged } as z.infer<typeof YearDiffSchema>;
    });
    return answerResponse(c, answer);
  });
}
