/** One row per attempt to deliver a webhook: what the receiver answered and how long it took. */
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { webhookDeliveries } from './webhook-deliveries';

export const webhookAttempts = sqliteTable(
  'webhook_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    deliveryId: integer('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attemptedAt: text('attempted_at').notNull(),
    /** The HTTP status; null for a timeout, a network error or a refused URL. */
    status: integer('status'),
    durationMs: integer('duration_ms').notNull(),
    /** Why the attempt failed when the status alone does not say. */
    error: text('error'),
    /** The start of the response body, at most 500 characters. */
    responseExcerpt: text('response_excerpt'),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.id)],
);

export type WebhookAttempt = typeof webhookAttempts.$inferSelect;
export type NewWebhookAttempt = typeof webhookAttempts.$inferInsert;
