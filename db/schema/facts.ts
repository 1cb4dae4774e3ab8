/**
 * Policy facts extracted from an article version (see DOMAIN.md "A policy fact"). Facts of the
 * latest version of each article are `current`; older ones stay for history and diffs.
 */
import { sqliteTable, integer, real, text, index } from 'drizzle-orm/sqlite-core';
import { articles } from './articles';
import { articleVersions } from './article-versions';

export const facts = sqliteTable(
  'facts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id')
      .notNull()
      .references(() => articleVersions.id, { onDelete: 'cascade' }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** GB/T 2260 code; not a foreign key so a fact survives a gazetteer that lacks its region. */
    region: text('region').notNull(),
    /** `resident`, `employee` or `flexible`. */
    scheme: text('scheme').notNull(),
    year: integer('year').notNull(),
    key: text('key').notNull(),
    /** The sub-group or tier as the text names it; '' when none, so it can take part in keys. */
    variant: text('variant').notNull().default(''),
    /** The normalised value: a number, `{start,end}`, or a list (DOMAIN.md "Keys"). */
    value: text('value_json', { mode: 'json' }).notNull().$type<unknown>(),
    hedged: integer('hedged', { mode: 'boolean' }).notNull().default(false),
    /** The extractor's calibrated confidence in value and scope (0–1); 0 for facts stored before it had one. */
    confidence: real('confidence').notNull().default(0),
    /** The sentence the fact came from. */
    quote: text('quote').notNull(),
    /** Character offsets of `quote` in the version's text. */
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    current: integer('current', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [
    index('facts_lookup_idx').on(t.region, t.scheme, t.year, t.key),
    index('facts_version_idx').on(t.versionId),
    index('facts_article_current_idx').on(t.articleId, t.current),
  ],
);

export type Fact = typeof facts.$inferSelect;
export type NewFact = typeof facts.$inferInsert;
