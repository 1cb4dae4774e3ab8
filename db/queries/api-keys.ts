/** Subscriber API keys: made, found by their lookup part, listed, revoked. */
import { and, asc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../client';
import { apiKeys, webhookSubscriptions, type ApiKey } from '../schema';

export async function createApiKey(db: Db, key: { name: string; lookup: string; keyHash: string; hint: string }): Promise<ApiKey> {
  const [row] = await db.insert(apiKeys).values(key).returning();
  return row;
}

export async function findApiKeyByLookup(db: Db, lookup: string): Promise<ApiKey | undefined> {
  return db.select().from(apiKeys).where(eq(apiKeys.lookup, lookup)).get();
}

/** Keys in id order after the cursor `afterId` (0: from the start). */
export async function listApiKeys(db: Db, options: { afterId: number; limit: number }): Promise<ApiKey[]> {
  return db.select().from(apiKeys).where(gt(apiKeys.id, options.afterId)).orderBy(asc(apiKeys.id)).limit(options.limit);
}

/**
 * Revokes a key and disables its webhooks, in one batch. False when there is no such key; a key
 * already revoked keeps its first revocation time.
 */
export async function revokeApiKey(db: Db, id: number, at: string): Promise<boolean> {
  if (!(await db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.id, id)).get())) return false;
  await db.batch([
    db
      .update(webhookSubscriptions)
      .set({ enabled: false, disabledReason: 'its API key was revoked' })
      .where(and(eq(webhookSubscriptions.apiKeyId, id), eq(webhookSubscriptions.enabled, true))),
    db.update(apiKeys).set({ revokedAt: at }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))),
  ]);
  return true;
}

/**
 * Notes that a key was used at `at`, at most once a minute per key, so a busy subscriber does not
 * write on every request.
 */
export async function touchApiKey(db: Db, id: number, at: string): Promise<void> {
  const aMinuteBefore = new Date(Date.parse(at) - 60_000).toISOString();
  await db
    .update(apiKeys)
    .set({ lastUsedAt: at })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, aMinuteBefore))));
}
