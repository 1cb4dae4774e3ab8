/** Puts a typed drizzle client on `c.var.db`, so handlers never build their own. */
import { createMiddleware } from 'hono/factory';
import { createDb, type Db } from '../../db/client';

export type DbVariables = { db: Db };

export const dbMiddleware = createMiddleware<{ Bindings: { DB: D1Database }; Variables: DbVariables }>(
  async (c, next) => {
    c.set('db', createDb(c.env.DB));
    await next();
  },
);
