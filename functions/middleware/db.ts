/**
 * Puts a typed drizzle client on `c.var.db`, so handlers never build their own. Its D1 binding
 * counts the round trips a request makes; the answer says how many in `x-d1-queries`, which is
 * how the tests and the bench see that a warm lookup reads no database.
 */
import { createMiddleware } from 'hono/factory';
import { countQueries, createDb, type Db } from '../../db/client';

export type DbVariables = { db: Db };

export const D1_QUERIES_HEADER = 'x-d1-queries';

export const dbMiddleware = createMiddleware<{ Bindings: { DB: D1Database }; Variables: DbVariables }>(
  async (c, next) => {
    const counted = countQueries(c.env.DB);
    c.set('db', createDb(counted.binding));
    await next();
    c.res.headers.set(D1_QUERIES_HEADER, String(counted.queries()));
  },
);
