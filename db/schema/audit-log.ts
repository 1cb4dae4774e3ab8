/**
 * Who changed what, when: every successful change made through the admin or the subscriber API.
 * Written after the change by the audit middleware; never updated.
 */
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** `admin`, or `api-key:<id>` for a subscriber. */
    actor: text('actor').notNull(),
    apiKeyId: integer('api_key_id'),
    /** The operation, as the route names it: `POST /v1/webhooks/{id}/rotate`. */
    action: text('action').notNull(),
    /** The address acted on, or the one created (its Location). */
    target: text('target').notNull(),
    status: integer('status').notNull(),
    requestId: text('request_id'),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_actor_idx').on(t.actor, t.id)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
