/** The audit log: appended after each change made through the API, read newest first. */
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, type AuditEntry } from '../schema';

export async function recordAudit(db: Db, entry: Omit<AuditEntry, 'id' | 'createdAt'>): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** Entries newest first, before the cursor `beforeId` (none: from the newest), optionally by one actor. */
export async function listAudit(db: Db, options: { beforeId?: number; actor?: string; limit: number }): Promise<AuditEntry[]> {
  const conditions: SQL[] = [];
  if (options.beforeId) conditions.push(lt(auditLog.id, options.beforeId));
  if (options.actor) conditions.push(eq(auditLog.actor, options.actor));
  return db.select().from(auditLog).where(conditions.length ? and(...conditions) : undefined).orderBy(desc(auditLog.id)).limit(options.limit);
}
