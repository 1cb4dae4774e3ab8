/**
 * Webhook subscriptions: where to send change events, which ones, and the secret that signs
 * them. A filter column holding null means "all". During a rotation the replaced secret keeps
 * signing alongside the new one until `previous_secret_expires_at`.
 */
import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { apiKeys } from './api-keys';
import { createdAt } from './columns';

export const webhookSubscriptions = sqliteTable('webhook_subscriptions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull(),
  /** GB/T 2260 codes; an event matches a region equal to or inside one of them. */
  regions: text('regions_json', { mode: 'json' }).$type<string[] | null>(),
  schemes: text('schemes_json', { mode: 'json' }).$type<string[] | null>(),
  keys: text('keys_json', { mode: 'json' }).$type<string[] | null>(),
  /**
   * The signing secret (`whsec_` and base64 of 24 random bytes, Standard Webhooks), sealed with
   * AES-GCM under `SECRETS_KEY` (`core/sealed-secret.ts`); never stored in the clear.
   */
  secret: text('secret').notNull(),
  /** The sealed secret a rotation replaced, signing alongside until it expires. */
  previousSecret: text('previous_secret'),
  previousSecretExpiresAt: text('previous_secret_expires_at'),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  /** Why delivery stopped: the receiver answered 410, or it kept failing for 5 days. */
  disabledReason: text('disabled_reason'),
  /** The first failed attempt since the last success; null while the receiver is healthy. */
  failingSince: text('failing_since'),
  /** The end of the secret (`whsec_…k3Zq`), so it can be told apart without unsealing it. */
  secretHint: text('secret_hint').notNull().default(''),
  /** The subscriber API key that owns it; null for subscriptions the operator made. */
  apiKeyId: integer('api_key_id').references(() => apiKeys.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export type WebhookSubscription = typeof webhookSubscriptions.$inferSelect;
export type NewWebhookSubscription = typeof webhookSubscriptions.$inferInsert;
