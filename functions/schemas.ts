/**
 * The shapes every route shares, defined once: the evidence behind a value, a fact's value,
 * and a change (in the feed, the year diff and webhook payloads alike).
 */
import { z } from '@hono/zod-openapi';
import { SCHEMES } from '../domain/facts';
import { presentValue } from '../core/money';

export const SchemeSchema = z.enum(SCHEMES).openapi({ example: 'resident' });

export const EvidenceSchema = z
  .object({
    url: z.string().openapi({ example: 'https://yibao.example/sample/liuzhou-resident-2025.html' }),
    title: z.string().nullable().openapi({ example: '柳州市2025年度城乡居民医保参保缴费须知' }),
    quote: z.string().openapi({ example: '2025年度柳州市城乡居民基本医疗保险个人缴费标准为每人每年400元。' }),
    fetchedAt: z.string().openapi({ example: '2025-03-11T06:00:00.000Z', description: 'When the version quoted was fetched.' }),
    checkedAt: z.string().openapi({ example: '2025-06-01T06:00:00.000Z', description: 'The last visit that found the page as stored: the sentence was still published then.' }),
    official: z.boolean().openapi({ example: true, description: 'The source is official: a government site (a gov.cn host) or one the operator marked .' }),
  })
  .openapi('Evidence');

export type Evidence = z.infer<typeof EvidenceSchema>;

export const DateRangeSchema = z
  .object({ start: z.string().nullable().openapi({ example: '2024-09-01' }), end: z.string().nullable().openapi({ example: '2024-12-31' }) })
  .openapi('DateRange');

export const WaitingTierSchema = z
  .object({
    maxLapseDays: z.number().int().nullable().openapi({ example: 60, description: 'The longest lapse this tier covers; null for the last tier.' }),
    startOffsetMonths: z.number().int().openapi({ example: 1, description: 'Benefits from the first day of the month this many months after the payment month.' }),
  })
  .openapi('WaitingTier');

export const FactValueSchema = z
  .union([
    z.number().openapi({ description: 'Yuan, a fraction (rates), or a count in the key\'s unit (_months, _days, years).' }),
    DateRangeSchema,
    z.array(WaitingTierSchema),
  ])
  .openapi('FactValue', { example: 400 });

export type FactValueOut = z.infer<typeof FactValueSchema>;

export const ChangeSideSchema = z
  .object({ value: FactValueSchema, evidence: EvidenceSchema.nullable() })
  .openapi('ChangeSide');

export const ChangeKindSchema = z.enum(['added', 'removed', 'changed']).openapi({ example: 'changed' });

/** The one change object: the same members in the feed, the year diff and webhook payloads. */
export const changeMembers = {
  kind: ChangeKindSchema,
  region: z.string().openapi({ example: '210600' }),
  scheme: SchemeSchema,
  year: z.number().int().openapi({ example: 2025 }),
  key: z.string().openapi({ example: 'contribution.base_monthly' }),
  variant: z.string().openapi({ example: '' }),
  old: ChangeSideSchema.nullable().openapi({ description: 'Null when the value was added.' }),
  new: ChangeSideSchema.nullable().openapi({ description: 'Null when the value was removed.' }),
};

export const ChangeSchema = z.object(changeMembers).openapi('Change');

export type Change = z.infer<typeof ChangeSchema>;

type Side = { value: unknown; evidence: unknown } | null;

/** A side of a change with its money presented (two decimals), or null for the missing side. */
export function changeSide(key: string, value: unknown, evidence: unknown): Side {
  if (value === null || value === undefined) return null;
  const stored = evidence as (Partial<Evidence> & { fetchedAt?: string }) | null | undefined;
  // Events recorded before pages kept checkedAt show the fetch as the last check.
  return { value: presentValue(key, value), evidence: stored ? { ...stored, checkedAt: stored.checkedAt ?? stored.fetchedAt } : null };
}

export const EVIDENCE_EXAMPLE: Evidence = {
  url: 'https://yibao.example/sample/dandong-flexible-2025.html', title: '丹东市2025年灵活就业人员医保缴费标准',
  quote: '2025年丹东市灵活就业人员医保缴费基数为每月5480元。', fetchedAt: '2025-03-11T06:00:00.000Z', checkedAt: '2025-06-01T06:00:00.000Z', official: false,
};
