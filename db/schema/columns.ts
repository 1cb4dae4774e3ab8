/**
 * Column conventions shared by every table. Timestamps are ISO-8601 UTC text with milliseconds
 * (the shape of `Date#toISOString()`), so they sort as text, compare with plain `<`, and read
 * the same in the D1 console as in JSON.
 */
import { sql } from 'drizzle-orm';
import { text } from 'drizzle-orm/sqlite-core';

/** SQLite's "now" in the `toISOString()` shape. */
export const isoNow = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** A `created_at` column that fills itself in. */
export const createdAt = () => text('created_at').notNull().default(isoNow);
