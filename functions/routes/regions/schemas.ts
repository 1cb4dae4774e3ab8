/** Schemas shared by the region routes. */
import { z } from '@hono/zod-openapi';
import type { Region } from '../../../domain/gazetteer/index';
import { RegionParam } from '../../region-param';
import { EvidenceSchema, FactValueSchema, SchemeSchema } from '../../schemas';

export { SchemeSchema };

export const RegionSchema = z
  .object({
    code: z.string().openapi({ example: '450200' }),
    name: z.string().openapi({ example: '柳州市' }),
    level: z.enum(['country', 'province', 'prefecture', 'county']).openapi({ example: 'prefecture' }),
    parent: z.string().nullable().openapi({ example: '450000' }),
  })
  .openapi('Region');

export const RegionPathParams = z.object({
  region: RegionParam.openapi({ param: { name: 'region', in: 'path' }, example: '450200' }),
});

/** A value waiting for review (`GET /v1/admin/reviews`): shown beside the one in force, never in its place. */
export const PendingValueSchema = z
  .object({
    reviewId: z.number().int().openapi({ example: 3 }),
    key: z.string().openapi({ example: 'contribution.individual_annual' }),
    variant: z.string(),
    year: z.number().int().openapi({ example: 2025 }),
    scheme: SchemeSchema,
    region: z.string().openapi({ example: '450800' }),
    value: FactValueSchema,
    hedged: z.boolean(),
    confidence: z.number(),
    source: EvidenceSchema,
  })
  .openapi('PendingValue');

export const FactInForceSchema = z
  .object({
    key: z.string().openapi({ example: 'contribution.individual_annual' }),
    variant: z.string().openapi({ example: '' }),
    year: z.number().int().openapi({ example: 2025 }),
    scheme: SchemeSchema,
    value: FactValueSchema,
    hedged: z.boolean().openapi({ description: 'Stated as usual or partial practice (一般, 部分地区): not certain.' }),
    confidence: z.number().min(0).max(1).openapi({
      example: 0.93,
      description: 'How sure the extractor is of value and scope together (0–1); at 0.8 or more it is right at least 95% of the time on unseen articles.',
    }),
    region: z.string().openapi({ example: '450200' }),
    inheritedFrom: z.string().nullable().openapi({ example: null, description: 'The ancestor region the fact comes from, when not the region itself.' }),
    sources: z.array(EvidenceSchema),
    conflicts: z.array(
      z.object({ value: FactValueSchema, region: z.string(), hedged: z.boolean(), sources: z.array(EvidenceSchema) }).openapi('Conflict'),
    ),
    pending: z.array(PendingValueSchema).openapi({ description: 'Values for this key and year that wait for review, not in force.' }),
  })
  .openapi('FactInForce');

/** A region as the API shows it. */
export const regionSummary = (r: Region) => ({ code: r.code, name: r.name, level: r.level, parent: r.parent });

