/** The typed D1 client. Everything that touches the database goes through `db/queries/*`. */
import { getTableColumns, type Table } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

export function createDb(d1: D1Database) {
  return drizzle(d1, { schema });
}

export type Db = ReturnType<typeof createDb>;

/** D1 binds at most this many parameters a statement. */
export const D1_MAX_BOUND_PARAMETERS = 100;

/** A list of values named one parameter each (ids, URLs) goes this many at a time. */
export const VALUES_PER_STATEMENT = 90;

/**
 * Rows of `table` one multi-row insert may carry: a row binds at most one parameter a column
 * (drizzle binds the defaults it fills in too), so adding a column can never push a statement
 * past D1's limit.
 */
export function rowsPerStatement(table: Table): number {
  return Math.max(1, Math.floor(D1_MAX_BOUND_PARAMETERS / Object.keys(getTableColumns(table)).length));
}

/** `items` in runs of at most `size`, one statement each, to stay within D1's parameter limit. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size));
  return runs;
}
