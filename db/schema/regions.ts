/**
 * Regions of the GB/T 2260 gazetteer. `100000` stands for the whole country; provinces,
 * prefectures and counties hang below it through `parent`.
 */
import { sqliteTable, text, index } from 'drizzle-orm/sqlite-core';

export const regions = sqliteTable(
  'regions',
  {
    /** Six-digit GB/T 2260 code, e.g. `450200`. */
    code: text('code').primaryKey(),
    /** Full name, e.g. 柳州市. */
    name: text('name').notNull(),
    /** Name as articles usually write it, e.g. 柳州. */
    shortName: text('short_name').notNull(),
    /** `country`, `province`, `prefecture` or `county`. */
    level: text('level').notNull(),
    /** Code of the enclosing region; null only for the country. */
    parent: text('parent'),
    pinyin: text('pinyin'),
  },
  (t) => [index('regions_parent_idx').on(t.parent)],
);

export type Region = typeof regions.$inferSelect;
export type NewRegion = typeof regions.$inferInsert;
