/**
 * Changes to the rules in force, written in the same batch as the article version that caused
 * them. The autoincrement id is the feed's monotonic cursor; `uid` names the event to
 * subscribers (the Standard Webhooks `webhook-id`).
 */
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';

export const changeEvents = sqliteTable(
  'change_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull().unique(),
    /** `added`, `removed` or `changed`. */
    kind: text('kind').notNull(),
    region: text('region').notNull(),
    scheme: text('scheme').notNull(),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    variant: text('variant').notNull().default(''),
    oldValue: text('old_value_json', { mode: 'json' }).$type<unknown>(),
    newValue: text('new_value_json', { mode: 'json' }).$type<unknown>(),
    oldEvidence: text('old_evidence_json', { mode: 'json' }).$type<unknown>(),
    newEvidence: text('new_evidence_json', { mode: 'json' }).$type<unknown>(),
    /** The first fact for this region, scheme and key in this policy year. */
    newYear: integer('new_year', { mode: 'boolean' }).notNull().default(false),
    articleId: integer('article_id'),
    versionId: integer('version_id'),
    createdAt: createdAt(),
  },
  (t) => [index('change_events_region_idx').on(t.region, t.id), index('change_events_key_idx').on(t.key, t.id)],
);

export type ChangeEvent = typeof changeEvents.$inferSelect;
