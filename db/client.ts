/** The typed D1 client. Everything that touches the database goes through `db/queries/*`. */
import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

export function createDb(d1: D1Database) {
  return drizzle(d1, { schema });
}

export type Db = ReturnType<typeof createDb>;

/**
 * D1 binds at most 100 parameters a statement. A list of values named one parameter each (ids,
 * URLs) goes this many at a time; rows of several parameters go fewer, as their callers count.
 */
export const VALUES_PER_STATEMENT = 90;

/** `items` in runs of at most `size`, one statement each, to stay within D1's parameter limit. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size));
  return runs;
}
