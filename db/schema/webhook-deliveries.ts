/**
 * The webhook outbox: one row per (subscription, change event) to send, written in the same batch
 * as the event. `event_uid` is the Standard Webhooks `webhook-id`, the same on every attempt and
 * on a replay, so receivers can deduplicate.
 */
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { webhookSubscriptions } from './webhook-subscriptions';

export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subscriptionId: integer('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    /** `change_events.uid`. */
    eventUid: text('event_uid').notNull(),
    /** `pending`, `delivered` or `failed` (gave up). */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When the sender should try next (ISO); meaningful while pending. */
    nextAttemptAt: text('next_attempt_at').notNull(),
    /** The HTTP status of the last attempt; null when it got no answer. */
    lastStatus: integer('last_status'),
    deliveredAt: text('delivered_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.id),
  ],
);

export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
export type NewWebhookDelivery = typeof webhookDeliveries.$inferInsert;
