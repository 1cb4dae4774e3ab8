/** Liveness of the database, for `GET /health`. */
import { sql } from 'drizzle-orm';
import type { Db } from '../client';

/** Runs `SELECT 1`; throws when D1 cannot answer. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.get(sql`select 1 as ok`);
}
