/**
 * The webhook sender, run by the Cron Trigger: claims the deliveries that are due, POSTs each
 * change event to its subscriber by the Standard Webhooks specification, and records every attempt
 * with what follows from it (`judgeAttempt`) in one batch.
 *
 * - `webhook-id` is the change event's uid: the same on every attempt and on a replay, so a
 *   receiver that has seen it can drop the repeat; `webhook-timestamp` and `webhook-signature` are
 *   made afresh for each attempt.
 * - The URL is checked again before every attempt (the rules may have tightened since it was
 *   stored); a refused URL is a failed attempt with no request.
 * - Redirects are not followed: a 3xx is a failure like any other non-2xx.
 */
import { createDb, type Db } from '../../db/client';
import { changesByUid } from '../../db/queries/changes';
import { abandonDelivery, claimDueDeliveries, recordAttempt, type ClaimedDelivery } from '../../db/queries/webhooks';
import { judgeAttempt, type AttemptVerdict } from '../../core/retry-schedule';
import { signatureHeader } from '../../core/webhook-signature';
import { checkOutboundUrl } from '../../scrapers/fetch/url-guard';
import { presentChange } from '../routes/changes/list';
import type { SecretsEnv } from '../../core/sealed-secret';
import { openWebhookSecret } from './secrets';

/** The Cron Trigger that sends due webhooks (the other one scrapes). */
export const WEBHOOK_CRON = '*/1 * * * *';

/** The event type of every webhook yibao sends. */
export const RULE_CHANGED = 'rule.changed';

export const RESPONSE_EXCERPT_CHARS = 500;

export interface DeliveryEnv extends SecretsEnv {
  DB: D1Database;
  ALLOW_PRIVATE_URLS?: string;
}

export interface DeliveryOptions {
  now?: Date;
  fetchImpl?: typeof fetch;
  /** How long a receiver has to answer (headers and the start of the body). */
  timeoutMs?: number;
  /** Deliveries one invocation claims at most. */
  batchSize?: number;
  /** Receivers attempted at the same time (a Worker keeps at most 6 connections open). */
  concurrency?: number;
}

export interface DeliveryReport {
  claimed: number;
  delivered: number;
  failed: number;
  /** Failed attempts that will be tried again. */
  retrying: number;
  disabledSubscriptions: number[];
}

const DEFAULTS = { timeoutMs: 10_000, batchSize: 50, concurrency: 6 };

/** How long a claimed delivery is kept from other senders; past it, an unfinished attempt is retried. */
const LEASE_MS = 5 * 60_000;

export async function deliverDueWebhooks(env: DeliveryEnv, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  // Called as a plain function: workerd's `fetch` refuses to run with any other `this`.
  const fetchImpl: typeof fetch = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const settings = { ...DEFAULTS, ...options, fetchImpl };
  const db = createDb(env.DB);
  const claimed = await claimDueDeliveries(db, now.toISOString(), new Date(now.getTime() + LEASE_MS).toISOString(), settings.batchSize);
  const report: DeliveryReport = { claimed: claimed.length, delivered: 0, failed: 0, retrying: 0, disabledSubscriptions: [] };
  if (claimed.length === 0) return report;

  const events = new Map((await changesByUid(db, [...new Set(claimed.map((c) => c.delivery.eventUid))])).map((e) => [e.uid, e]));

  // One queue per subscription, in delivery order: a receiver gets its events one at a time, and
  // a subscription disabled by one answer is not sent the rest.
  const queues = new Map<number, ClaimedDelivery[]>();
  for (const item of claimed) queues.set(item.subscription.id, [...(queues.get(item.subscription.id) ?? []), item]);
  const work = [...queues.values()];
  const sendQueue = async (queue: ClaimedDelivery[]) => {
    for (const item of queue) {
      const event = events.get(item.delivery.eventUid);
      if (!event) {
        await abandonDelivery(db, item.delivery.id, now.toISOString(), `change event ${item.delivery.eventUid} no longer exists`);
        report.failed++;
        continue;
      }
      let outcome: AttemptVerdict;
      try {
        outcome = await attempt(db, env, item, presentChange(event), now, settings);
      } catch (error) {
        // Recording failed (the subscription was deleted meanwhile, D1 hiccuped): the claim's
        // lease runs out and the delivery is tried again; the other receivers still get theirs.
        console.error(`webhook delivery ${item.delivery.id} not recorded`, error);
        continue;
      }
      if (outcome.delivery.status === 'delivered') report.delivered++;
      else if (outcome.delivery.status === 'failed') report.failed++;
      else report.retrying++;
      if (outcome.subscription.state === 'failing' && outcome.subscription.disable) {
        report.disabledSubscriptions.push(item.subscription.id);
        break;
      }
    }
  };
  const workers = Array.from({ length: Math.min(settings.concurrency, work.length) }, async () => {
    for (let queue = work.shift(); queue; queue = work.shift()) await sendQueue(queue);
  });
  await Promise.all(workers);
  return report;
}

/** The body of a webhook: the change event as the feed shows it. */
export function webhookPayload(change: ReturnType<typeof presentChange>): string {
  return JSON.stringify({ type: RULE_CHANGED, timestamp: change.createdAt, data: change });
}

/** The secrets that sign at `now`, unsealed: the current one, and the previous one during its grace period. */
export async function signingSecrets(env: SecretsEnv, subscription: ClaimedDelivery['subscription'], now: Date): Promise<string[]> {
  const { secret, previousSecret, previousSecretExpiresAt } = subscription;
  const previousValid = previousSecret && previousSecretExpiresAt && Date.parse(previousSecretExpiresAt) > now.getTime();
  return Promise.all((previousValid ? [secret, previousSecret] : [secret]).map((sealed) => openWebhookSecret(env, sealed)));
}

async function attempt(
  db: Db,
  env: DeliveryEnv,
  claimed: ClaimedDelivery,
  change: ReturnType<typeof presentChange>,
  now: Date,
  settings: typeof DEFAULTS & { fetchImpl: typeof fetch },
) {
  const { delivery, subscription } = claimed;
  const attemptNumber = delivery.attempts + 1;
  const started = Date.now();
  let status: number | null = null;
  let retryAfter: string | null = null;
  let error: string | null = null;
  let excerpt: string | null = null;

  const checked = checkOutboundUrl(subscription.url, { requireHttps: true, allowPrivate: env.ALLOW_PRIVATE_URLS === 'true' });
  if (!checked.ok) {
    error = `refused: ${checked.reason}: ${checked.detail}`;
  } else {
    const body = webhookPayload(change);
    const timestamp = Math.floor(now.getTime() / 1000);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'yibao-webhooks/1.0',
      'webhook-id': delivery.eventUid,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': await signatureHeader(await signingSecrets(env, subscription, now), delivery.eventUid, timestamp, body),
    };
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), settings.timeoutMs);
    try {
      const response = await settings.fetchImpl(checked.url.toString(), { method: 'POST', headers, body, redirect: 'manual', signal: abort.signal });
      status = response.status;
      retryAfter = response.headers.get('retry-after');
      if (status >= 300 && status < 400) error = `redirect to ${response.headers.get('location') ?? '(no location)'} not followed`;
      excerpt = await readExcerpt(response, RESPONSE_EXCERPT_CHARS);
    } catch (caught) {
      error = abort.signal.aborted ? `timeout after ${settings.timeoutMs} ms` : `network: ${(caught as Error)?.message ?? String(caught)}`;
    } finally {
      clearTimeout(timer);
    }
  }

  const verdict = judgeAttempt({ attempt: attemptNumber, status, retryAfter, at: now }, subscription.failingSince);
  await recordAttempt(
    db,
    claimed,
    { attemptedAt: now.toISOString(), status, durationMs: Math.max(0, Date.now() - started), error, responseExcerpt: excerpt },
    verdict,
  );
  return verdict;
}

/** The first `chars` characters of a response body, reading no more of it than that needs. */
async function readExcerpt(response: Response, chars: number): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    // UTF-8 takes at most 4 bytes a character: stop once that many have arrived.
    let bytes = 0;
    while (bytes < chars * 4 && text.length < chars) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      text += decoder.decode(value, { stream: true });
    }
    text += decoder.decode();
  } catch {
    // A body cut off mid-way still leaves what arrived.
  } finally {
    reader.cancel().catch(() => {});
  }
  return text ? text.slice(0, chars) : null;
}
