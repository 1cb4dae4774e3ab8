/** Schemas of the admin webhook routes, and how a stored subscription is shown. */
import { z } from '@hono/zod-openapi';
import type { DeliveryWithAttempts } from '../../../db/queries/webhooks';
import type { WebhookDelivery, WebhookSubscription } from '../../../db/schema';
import { secretHint } from '../../../core/webhook-signature';
import { FACT_KEYS, SCHEMES } from '../../../domain/facts';
import { badField } from '../../errors';
import { RegionParam, resolveRegion } from '../../region-param';
import { checkOutboundUrl } from '../../../scrapers/fetch/url-guard';

export const WebhookUrlSchema = z
  .string()
  .min(1)
  .max(2048)
  .openapi({ example: 'https://alerts.example.com/yibao', description: 'https only; private, loopback and metadata addresses are refused.' });


/** A filter: null or absent means every value. */
export const FiltersSchema = {
  regions: z
    .array(RegionParam)
    .min(1)
    .max(50)
    .nullable()
    .optional()
    .openapi({ example: ['450000'], description: 'Events in these regions or inside them (450000 includes 450200), each a code, name or pinyin; stored as codes. Null: all regions.' }),
  schemes: z.array(z.enum(SCHEMES)).min(1).nullable().optional().openapi({ example: ['resident'], description: 'Null: all schemes.' }),
  keys: z
    .array(z.enum(FACT_KEYS))
    .min(1)
    .max(FACT_KEYS.length)
    .nullable()
    .optional()
    .openapi({ example: ['contribution.individual_annual'], description: 'Null: all keys.' }),
};

export const WebhookSchema = z
  .object({
    id: z.number().int().openapi({ example: 1 }),
    url: z.string().openapi({ example: 'https://alerts.example.com/yibao' }),
    regions: z.array(z.string()).nullable().openapi({ example: ['450000'] }),
    schemes: z.array(z.string()).nullable().openapi({ example: null }),
    keys: z.array(z.string()).nullable().openapi({ example: null }),
    enabled: z.boolean(),
    disabledReason: z.string().nullable().openapi({ example: null, description: 'Why delivery stopped: a 410 answer, or 5 days of failures.' }),
    failingSince: z.string().nullable().openapi({ description: 'The first failed attempt since the last success.' }),
    secretHint: z.string().openapi({ example: 'whsec_…k3Zq', description: 'The end of the signing secret; the secret itself is shown only when made.' }),
    previousSecretExpiresAt: z.string().nullable().openapi({ description: 'Until then the replaced secret signs too (after a rotation).' }),
    apiKeyId: z.number().int().nullable().openapi({ example: null, description: 'The subscriber API key that owns it; null when the operator made it.' }),
    createdAt: z.string(),
  })
  .openapi('Webhook');

export const WebhookWithSecretSchema = WebhookSchema.extend({
  secret: z.string().openapi({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'Shown once: keep it to verify signatures.' }),
}).openapi('WebhookWithSecret');

export const WebhookIdParams = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const AttemptSchema = z
  .object({
    attemptedAt: z.string(),
    status: z.number().int().nullable().openapi({ example: 503, description: 'Null: no answer (timeout, network error, refused address).' }),
    durationMs: z.number().int(),
    error: z.string().nullable().openapi({ example: 'timeout after 10000 ms' }),
    responseExcerpt: z.string().nullable().openapi({ description: 'The first 500 characters of the answer.' }),
  })
  .openapi('WebhookAttempt');

export const DeliverySchema = z
  .object({
    id: z.number().int().openapi({ example: 7 }),
    eventUid: z.string().openapi({ example: 'evt_9c1f0e2d4b6a8c0e2f4a6b8c', description: 'The `webhook-id` header: the same on every attempt and replay.' }),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable().openapi({ description: 'While pending.' }),
    lastStatus: z.number().int().nullable(),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
    attemptLog: z.array(AttemptSchema),
  })
  .openapi('WebhookDelivery');

export function presentWebhook(row: WebhookSubscription): z.infer<typeof WebhookSchema> {
  return {
    id: row.id,
    url: row.url,
    regions: row.regions ?? null,
    schemes: row.schemes ?? null,
    keys: row.keys ?? null,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    failingSince: row.failingSince,
    secretHint: row.secretHint || secretHint(row.secret),
    apiKeyId: row.apiKeyId,
    previousSecretExpiresAt: row.previousSecret ? row.previousSecretExpiresAt : null,
    createdAt: row.createdAt,
  };
}

export function presentDelivery(row: WebhookDelivery & { attemptLog?: DeliveryWithAttempts['attemptLog'] }): z.infer<typeof DeliverySchema> {
  return {
    id: row.id,
    eventUid: row.eventUid,
    status: row.status as 'pending' | 'delivered' | 'failed',
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt : null,
    lastStatus: row.lastStatus,
    deliveredAt: row.deliveredAt,
    createdAt: row.createdAt,
    attemptLog: (row.attemptLog ?? []).map((a) => ({
      attemptedAt: a.attemptedAt,
      status: a.status,
      durationMs: a.durationMs,
      error: a.error,
      responseExcerpt: a.responseExcerpt,
    })),
  };
}

/** The URL a subscription may send to, or a 400 naming `body.url` and why not. */
export function checkedWebhookUrl(raw: string, env: { ALLOW_PRIVATE_URLS?: string }): string {
  const checked = checkOutboundUrl(raw, { requireHttps: true, allowPrivate: env.ALLOW_PRIVATE_URLS === 'true' });
  if (!checked.ok) throw badField('body.url', `${checked.reason}: ${checked.detail}`);
  return checked.url.toString();
}

/** Region filters as codes: each entry resolved as the one region parameter (`body.regions.0`). */
export function regionFilter(regions: string[] | null | undefined): string[] | null | undefined {
  if (!regions) return regions;
  return [...new Set(regions.map((region, i) => resolveRegion(region, `body.regions.${i}`).code))];
}
