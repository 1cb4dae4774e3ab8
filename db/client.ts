/** The typed D1 client. Everything that touches the database goes through `db/queries/*`. */
import { getTableColumns, type Table } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';

/**
 * Every query goes through drizzle's query builder; none uses its relational API, so the client
 * is built without the schema. With it, building one took about 50 µs (drizzle works out the
 * relations of every table each time), and the app builds one per request.
 */
export function createDb(d1: D1Database) {
  return drizzle(d1);
}

export type Db = ReturnType<typeof createDb>;

/** A D1 binding that counts its round trips to the database, and the count so far. */
export interface CountedD1 {
  binding: D1Database;
  queries: () => number;
}

/**
 * Wraps a D1 binding so each round trip to the database is counted: a statement run (`all`,
 * `first`, `run`, `raw`), a `batch` (one round trip however many statements) or an `exec`.
 * The real binding still answers every call.
 */
export function countQueries(d1: D1Database): CountedD1 {
  let count = 0;
  const statements = new WeakMap<object, D1PreparedStatement>();
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement => {
    const counted = {
      bind: (...values: unknown[]) => wrap(statement.bind(...values)),
      all: (...args: []) => (count++, statement.all(...args)),
      first: (...args: [string?]) => (count++, statement.first(...(args as [string]))),
      run: (...args: []) => (count++, statement.run(...args)),
      raw: (...args: [{ columnNames?: boolean }?]) => (count++, statement.raw(...(args as [{ columnNames: true }]))),
    } as unknown as D1PreparedStatement;
    statements.set(counted, statement);
    return counted;
  };
  const binding = {
    prepare: (query: string) => wrap(d1.prepare(query)),
    batch: (list: D1PreparedStatement[]) => (count++, d1.batch(list.map((s) => statements.get(s) ?? s))),
    exec: (query: string) => (count++, d1.exec(query)),
    dump: () => d1.dump(),
    withSession: (constraint?: string) => d1.withSession(constraint),
  } as unknown as D1Database;
  return { binding, queries: () => count };
}

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
