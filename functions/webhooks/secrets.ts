/**
 * Webhook signing secrets at rest: sealed with `SECRETS_KEY` when stored, opened only to sign a
 * delivery. A secret stored before sealing existed (it reads `whsec_…`) is still used as it is,
 * and `resealWebhookSecrets` seals it; the same call moves every secret to a new `SECRETS_KEY`.
 */
import type { Db } from '../../db/client';
import { subscriptionSecrets, updateSubscriptionSecrets } from '../../db/queries/webhooks';
import { SECRET_PREFIX, secretHint } from '../../core/webhook-signature';
import { isSealed, keyringOf, seal, sealedUnderCurrent, unseal, type SecretsEnv } from '../../core/sealed-secret';

/** Bound into every sealed webhook secret, so no other kind of sealed value opens as one. */
const PURPOSE = 'yibao webhook signing secret';

export interface SealedWebhookSecret {
  sealed: string;
  hint: string;
}

export async function sealWebhookSecret(env: SecretsEnv, secret: string): Promise<SealedWebhookSecret> {
  return { sealed: await seal(await keyringOf(env), secret, PURPOSE), hint: secretHint(secret) };
}

/** The secret to sign with; a legacy plaintext secret is returned as stored. */
export async function openWebhookSecret(env: SecretsEnv, stored: string): Promise<string> {
  if (!isSealed(stored)) return stored;
  return unseal(await keyringOf(env), stored, PURPOSE);
}

/** Seals every webhook secret under the current `SECRETS_KEY`; returns how many were rewritten. */
export async function resealWebhookSecrets(db: Db, env: SecretsEnv): Promise<{ resealed: number; total: number }> {
  const keyring = await keyringOf(env);
  const rows = await subscriptionSecrets(db);
  let resealed = 0;
  for (const row of rows) {
    const fresh = async (value: string) => (sealedUnderCurrent(keyring, value) ? value : seal(keyring, await openWebhookSecret(env, value), PURPOSE));
    const secret = await fresh(row.secret);
    const previousSecret = row.previousSecret === null ? null : await fresh(row.previousSecret);
    const hint = row.secretHint || (row.secret.startsWith(SECRET_PREFIX) ? secretHint(row.secret) : secretHint(await openWebhookSecret(env, row.secret)));
    if (secret === row.secret && previousSecret === row.previousSecret && hint === row.secretHint) continue;
    await updateSubscriptionSecrets(db, row.id, { secret, previousSecret, secretHint: hint });
    resealed++;
  }
  return { resealed, total: rows.length };
}
