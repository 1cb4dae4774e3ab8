/**
 * Subscriber API keys. A key is `yb_<lookup>_<secret>`; only its SHA-256 is stored, beside the
 * `lookup` part (not secret) it is found by, so the comparison of the hash is the only step that
 * involves the secret, and it takes constant time.
 */
import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

export const apiKeys = sqliteTable('api_keys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  lookup: text('lookup').notNull().unique(),
  /** Hex SHA-256 of the whole key. */
  keyHash: text('key_hash').notNull(),
  /** `yb_<lookup>_…` and the key's last four characters. */
  hint: text('hint').notNull(),
  lastUsedAt: text('last_used_at'),
  revokedAt: text('revoked_at'),
  createdAt: createdAt(),
});

export type ApiKey = typeof apiKeys.$inferSelect;
