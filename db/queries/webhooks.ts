/**
 * Webhooks: subscriptions, the outbox of deliveries written with each change, and the log of
 * attempts. The sender claims due deliveries and records each attempt's outcome in one batch.
 */
import { and, asc, desc, eq, gt, inArray, lt, lte, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { AttemptVerdict } from '../../core/retry-schedule';
import { isAncestorOrSelf } from '../../domain/gazetteer/index';
import { chunks, rowsPerStatement, type Db } from '../client';
import {
  webhookAttempts,
  webhookDeliveries,
  webhookSubscriptions,
  type NewWebhookAttempt,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookSubscription,
} from '../schema';

/** Whose subscriptions a call may see: `all` (the operator) or one API key's. */
export type SubscriptionOwner = 'all' | number;

const ownedBy = (id: number, owner: SubscriptionOwner) =>
  owner === 'all' ? eq(webhookSubscriptions.id, id) : and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.apiKeyId, owner));

export type SubscriptionFilters = Pick<WebhookSubscription, 'regions' | 'schemes' | 'keys'>;
export type SubscriptionPatch = Partial<Pick<WebhookSubscription, 'url' | 'regions' | 'schemes' | 'keys' | 'enabled'>>;

/** The part of a change event that subscriptions filter on. */
export interface OutboxEvent {
  uid: string;
  region: string;
  scheme: string;
  key: string;
}

export async function createSubscription(
  db: Db,
  subscription: { url: string; secret: string; secretHint: string; apiKeyId?: number | null } & Partial<SubscriptionFilters>,
): Promise<WebhookSubscription> {
  const [row] = await db.insert(webhookSubscriptions).values(subscription).returning();
  return row;
}

export async function listSubscriptions(db: Db, options: { limit: number; afterId: number; owner?: SubscriptionOwner }): Promise<WebhookSubscription[]> {
  const owner = options.owner ?? 'all';
  const after = gt(webhookSubscriptions.id, options.afterId);
  return db
    .select()
    .from(webhookSubscriptions)
    .where(owner === 'all' ? after : and(after, eq(webhookSubscriptions.apiKeyId, owner)))
    .orderBy(asc(webhookSubscriptions.id))
    .limit(options.limit);
}

export async function getSubscription(db: Db, id: number, owner: SubscriptionOwner = 'all'): Promise<WebhookSubscription | undefined> {
  return db.select().from(webhookSubscriptions).where(ownedBy(id, owner)).get();
}

export async function updateSubscription(db: Db, id: number, owner: SubscriptionOwner, patch: SubscriptionPatch): Promise<WebhookSubscription | undefined> {
  const changes: Partial<WebhookSubscription> = { ...patch };
  // Re-enabling forgets why it was disabled and how long it had been failing.
  if (patch.enabled === true) Object.assign(changes, { disabledReason: null, failingSince: null });
  if (Object.keys(changes).length === 0) return getSubscription(db, id, owner);
  const [row] = await db.update(webhookSubscriptions).set(changes).where(ownedBy(id, owner)).returning();
  return row;
}

/** Deletes a subscription with its deliveries and their attempts. */
export async function deleteSubscription(db: Db, id: number, owner: SubscriptionOwner = 'all'): Promise<boolean> {
  const rows = await db.delete(webhookSubscriptions).where(ownedBy(id, owner)).returning({ id: webhookSubscriptions.id });
  return rows.length > 0;
}

/** Puts the sealed `secret` in place; the one it replaces keeps signing until `previousExpiresAt`. */
export async function rotateSubscriptionSecret(
  db: Db,
  id: number,
  owner: SubscriptionOwner,
  secret: { sealed: string; hint: string },
  previousExpiresAt: string,
): Promise<WebhookSubscription | undefined> {
  const [row] = await db
    .update(webhookSubscriptions)
    .set({ previousSecret: sql`${webhookSubscriptions.secret}`, previousSecretExpiresAt: previousExpiresAt, secret: secret.sealed, secretHint: secret.hint })
    .where(ownedBy(id, owner))
    .returning();
  return row;
}

/** Every subscription's stored secrets, for resealing them under a new key. */
export async function subscriptionSecrets(db: Db) {
  return db
    .select({ id: webhookSubscriptions.id, secret: webhookSubscriptions.secret, previousSecret: webhookSubscriptions.previousSecret, secretHint: webhookSubscriptions.secretHint })
    .from(webhookSubscriptions)
    .orderBy(asc(webhookSubscriptions.id));
}

export async function updateSubscriptionSecrets(db: Db, id: number, secrets: Pick<WebhookSubscription, 'secret' | 'previousSecret' | 'secretHint'>): Promise<void> {
  await db.update(webhookSubscriptions).set(secrets).where(eq(webhookSubscriptions.id, id));
}

/** True when a subscription's filters let the event through; a null filter lets everything through. */
export function subscriptionMatches(filters: SubscriptionFilters, event: Omit<OutboxEvent, 'uid'>): boolean {
  if (filters.regions && !filters.regions.some((region) => isAncestorOrSelf(region, event.region))) return false;
  if (filters.schemes && !filters.schemes.includes(event.scheme)) return false;
  if (filters.keys && !filters.keys.includes(event.key)) return false;
  return true;
}

/** An enabled subscription's id and filters: what the outbox needs to route an event. */
export type ActiveSubscription = SubscriptionFilters & { id: number };

export async function activeSubscriptions(db: Db): Promise<ActiveSubscription[]> {
  return db
    .select({ id: webhookSubscriptions.id, regions: webhookSubscriptions.regions, schemes: webhookSubscriptions.schemes, keys: webhookSubscriptions.keys })
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.enabled, true));
}

/**
 * The outbox: statements inserting a pending delivery, due now, for every enabled subscription
 * each event matches. Returned unexecuted so they join the batch that writes the events.
 * `subscriptions` lets a caller storing many pages read them once instead of once a page.
 */
export async function webhookOutboxStatements(
  db: Db,
  events: OutboxEvent[],
  options: { now?: Date; subscriptions?: () => Promise<ActiveSubscription[]> } = {},
): Promise<BatchItem<'sqlite'>[]> {
  if (events.length === 0) return [];
  const subscriptions = await (options.subscriptions ?? (() => activeSubscriptions(db)))();
  const due = (options.now ?? new Date()).toISOString();
  const rows = events.flatMap((event) =>
    subscriptions.filter((s) => subscriptionMatches(s, event)).map((s) => ({ subscriptionId: s.id, eventUid: event.uid, nextAttemptAt: due })),
  );
  return chunks(rows, rowsPerStatement(webhookDeliveries)).map((some) => db.insert(webhookDeliveries).values(some));
}

export interface ClaimedDelivery {
  delivery: WebhookDelivery;
  subscription: WebhookSubscription;
}

/**
 * Takes up to `limit` pending deliveries due at `now` whose subscription is enabled, and moves
 * their next attempt to `leaseUntil` in the same statement, so a second sender running at the
 * same time does not take them too, and a sender that dies mid-attempt leaves them to be retried.
 */
export async function claimDueDeliveries(db: Db, now: string, leaseUntil: string, limit: number): Promise<ClaimedDelivery[]> {
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now), eq(webhookSubscriptions.enabled, true)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
    .limit(limit);
  const claimed = await db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: leaseUntil })
    .where(and(inArray(webhookDeliveries.id, due), eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
    .returning();
  if (claimed.length === 0) return [];
  const subscriptionIds = [...new Set(claimed.map((d) => d.subscriptionId))];
  const subscriptions = await db.select().from(webhookSubscriptions).where(inArray(webhookSubscriptions.id, subscriptionIds));
  const byId = new Map(subscriptions.map((s) => [s.id, s]));
  return claimed
    .filter((d) => byId.has(d.subscriptionId))
    .sort((a, b) => a.id - b.id)
    .map((delivery) => ({ delivery, subscription: byId.get(delivery.subscriptionId)! }));
}

/**
 * Records an attempt and what follows from it, in one batch: the attempt row, the delivery's new
 * state, and the subscription's health (failing since when, disabled or not).
 */
export async function recordAttempt(
  db: Db,
  claimed: ClaimedDelivery,
  attempt: Omit<NewWebhookAttempt, 'deliveryId'>,
  verdict: AttemptVerdict,
): Promise<void> {
  const { delivery, subscription } = claimed;
  const statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]] = [
    db.insert(webhookAttempts).values({ ...attempt, deliveryId: delivery.id }),
    db
      .update(webhookDeliveries)
      .set({
        status: verdict.delivery.status,
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        nextAttemptAt: verdict.delivery.nextAttemptAt,
        lastStatus: attempt.status ?? null,
        deliveredAt: verdict.delivery.deliveredAt,
      })
      .where(eq(webhookDeliveries.id, delivery.id)),
  ];
  const health = verdict.subscription;
  if (health.state === 'healthy') {
    statements.push(db.update(webhookSubscriptions).set({ failingSince: null }).where(eq(webhookSubscriptions.id, subscription.id)));
  } else {
    statements.push(
      db
        .update(webhookSubscriptions)
        .set({
          failingSince: sql`coalesce(${webhookSubscriptions.failingSince}, ${attempt.attemptedAt})`,
          ...(health.disable ? { enabled: false, disabledReason: health.disable } : {}),
        })
        .where(eq(webhookSubscriptions.id, subscription.id)),
    );
  }
  await db.batch(statements);
}

/** Marks a delivery failed without an attempt (its event no longer exists). */
export async function abandonDelivery(db: Db, deliveryId: number, at: string, reason: string): Promise<void> {
  await db.batch([
    db.insert(webhookAttempts).values({ deliveryId, attemptedAt: at, status: null, durationMs: 0, error: reason }),
    db.update(webhookDeliveries).set({ status: 'failed', nextAttemptAt: at }).where(eq(webhookDeliveries.id, deliveryId)),
  ]);
}

export type DeliveryWithAttempts = WebhookDelivery & { attemptLog: WebhookAttempt[] };

/** A subscription's deliveries, newest first, each with its attempts in order. */
export async function listDeliveries(
  db: Db,
  subscriptionId: number,
  options: { limit: number; beforeId?: number; status?: string },
): Promise<DeliveryWithAttempts[]> {
  const conditions = [eq(webhookDeliveries.subscriptionId, subscriptionId)];
  if (options.beforeId !== undefined) conditions.push(lt(webhookDeliveries.id, options.beforeId));
  if (options.status) conditions.push(eq(webhookDeliveries.status, options.status));
  const deliveries = await db
    .select()
    .from(webhookDeliveries)
    .where(and(...conditions))
    .orderBy(desc(webhookDeliveries.id))
    .limit(options.limit);
  if (deliveries.length === 0) return [];
  const attempts = await db
    .select()
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, deliveries.map((d) => d.id)))
    .orderBy(asc(webhookAttempts.id));
  return deliveries.map((d) => ({ ...d, attemptLog: attempts.filter((a) => a.deliveryId === d.id) }));
}

export async function getDelivery(db: Db, subscriptionId: number, deliveryId: number): Promise<WebhookDelivery | undefined> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.subscriptionId, subscriptionId)))
    .get();
}

/** A new pending delivery, due at `now`, of the same event (and so the same `webhook-id`). */
export async function replayDelivery(db: Db, delivery: WebhookDelivery, now: string): Promise<WebhookDelivery> {
  const [row] = await db
    .insert(webhookDeliveries)
    .values({ subscriptionId: delivery.subscriptionId, eventUid: delivery.eventUid, nextAttemptAt: now })
    .returning();
  return row;
}
