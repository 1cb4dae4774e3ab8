/** Schemas of the review routes, and how an item is shown: its article, the version diff and every held change. */
import { z } from '@hono/zod-openapi';
import type { Db } from '../../../db/client';
import { getArticle, versionBefore, versionWithText } from '../../../db/queries/articles';
import { REVIEW_STATUSES } from '../../../db/queries/reviews';
import type { Review } from '../../../db/schema';
import { diffSentences } from '../../../core/text-diff';
import { ChangeKindSchema, EVIDENCE_EXAMPLE, EvidenceSchema, FactValueSchema, SchemeSchema, changeSide } from '../../schemas';

const HeldSideSchema = z
  .object({
    value: FactValueSchema,
    hedged: z.boolean(),
    confidence: z.number().nullable().openapi({ example: 0.72, description: "The extractor's confidence in the reading (0–1)." }),
    evidence: EvidenceSchema.nullable(),
  })
  .openapi('HeldChangeSide');

export const HeldChangeSchema = z
  .object({
    kind: ChangeKindSchema,
    region: z.string().openapi({ example: '450800' }),
    scheme: SchemeSchema,
    year: z.number().int().openapi({ example: 2025 }),
    key: z.string().openapi({ example: 'contribution.individual_annual' }),
    variant: z.string(),
    old: HeldSideSchema.nullable().openapi({ description: 'The value in force when the version was held; null for an added value.' }),
    new: HeldSideSchema.nullable().openapi({ description: 'The value the version would put in force; null for a removal.' }),
    reasons: z.array(z.string()).openapi({ example: ['unofficial source', 'confidence 0.72 below 0.8'], description: 'Why it was not published at once.' }),
  })
  .openapi('HeldChange');

export const ReviewSchema = z
  .object({
    id: z.number().int().openapi({ example: 3 }),
    status: z.enum(REVIEW_STATUSES).openapi({ example: 'pending' }),
    article: z.object({ id: z.number().int(), url: z.string(), title: z.string() }).openapi({ example: { id: 10, url: 'http://127.0.0.1:8000/guigang-resident-2025.html', title: '贵港市2025年度城乡居民医保缴费通知' } }),
    versionId: z.number().int().openapi({ example: 11, description: 'The held version (`GET /v1/articles/{id}/diff?to=`).' }),
    previousVersionId: z.number().int().nullable().openapi({ example: 10 }),
    text: z
      .array(z.object({ op: z.enum(['added', 'removed']), sentence: z.string(), index: z.number().int() }))
      .openapi({ description: 'The version diff: sentences removed and added since the version before.' }),
    changes: z.array(HeldChangeSchema),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    decidedBy: z.string().nullable().openapi({ example: null, description: '`admin`, or `version:<id>` for an item a later version superseded.' }),
  })
  .openapi('Review', {
    example: {
      id: 3, status: 'pending', article: { id: 10, url: 'http://127.0.0.1:8000/guigang-resident-2025.html', title: '贵港市2025年度城乡居民医保缴费通知' },
      versionId: 11, previousVersionId: 10,
      text: [{ op: 'removed', sentence: '2025年度贵港市城乡居民医保个人缴费标准为每人每年400元。', index: 0 }, { op: 'added', sentence: '2025年度贵港市城乡居民医保个人缴费标准为每人每年420元。', index: 0 }],
      changes: [{
        kind: 'changed', region: '450800', scheme: 'resident', year: 2025, key: 'contribution.individual_annual', variant: '',
        old: { value: 400, hedged: false, confidence: 0.72, evidence: { ...EVIDENCE_EXAMPLE, quote: '2025年度贵港市城乡居民医保个人缴费标准为每人每年400元。' } },
        new: { value: 420, hedged: false, confidence: 0.72, evidence: { ...EVIDENCE_EXAMPLE, quote: '2025年度贵港市城乡居民医保个人缴费标准为每人每年420元。' } },
        reasons: ['unofficial source', 'confidence 0.72 below 0.8'],
      }],
      createdAt: '2025-03-12T06:00:00.000Z', decidedAt: null, decidedBy: null,
    },
  });

export const ReviewIdParams = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 3 }),
});

type StoredHeld = { key: string; old: { value: unknown; evidence: unknown } | null; new: { value: unknown; evidence: unknown } | null } & Record<string, unknown>;

export async function presentReview(db: Db, review: Review): Promise<z.infer<typeof ReviewSchema>> {
  const [article, version, before] = await Promise.all([
    getArticle(db, review.articleId),
    versionWithText(db, review.articleId, review.versionId),
    versionBefore(db, review.articleId, review.versionId),
  ]);
  const side = (key: string, held: StoredHeld['old']) => {
    if (!held) return null;
    const shown = changeSide(key, held.value, held.evidence);
    return { ...(held as object), value: shown!.value, evidence: shown!.evidence } as never;
  };
  return {
    id: review.id,
    status: review.status as z.infer<typeof ReviewSchema>['status'],
    article: { id: review.articleId, url: article?.canonicalUrl ?? '', title: version?.title || article?.title || '' },
    versionId: review.versionId,
    previousVersionId: before?.id ?? null,
    text: diffSentences(before?.text ?? '', version?.text ?? ''),
    changes: (review.changes as StoredHeld[]).map((c) => ({ ...(c as object), old: side(c.key, c.old), new: side(c.key, c.new) }) as never),
    createdAt: review.createdAt,
    decidedAt: review.decidedAt,
    decidedBy: review.decidedBy,
  };
}
