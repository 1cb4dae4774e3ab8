/**
 * The one place that signs webhooks, by the Standard Webhooks specification: the signature is
 * `v1,` and the base64 HMAC-SHA256, keyed by the base64-decoded part of a `whsec_` secret, of
 * `${webhook-id}.${webhook-timestamp}.${body}`. Receivers verify it with any Standard Webhooks
 * library (`new Webhook(secret).verify(body, headers)`).
 */

export const SECRET_PREFIX = 'whsec_';

/** A new signing secret: `whsec_` and base64 of 24 random bytes. */
export function newWebhookSecret(): string {
  return SECRET_PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(24)));
}

/** `v1,<base64 signature>` of one message under one secret. */
export async function signWebhook(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', secretKeyBytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${toBase64(new Uint8Array(mac))}`;
}

/**
 * The `webhook-signature` header: the current secret's signature, then, while a rotation's grace
 * period lasts, the previous secret's, space-separated, so receivers holding either secret verify.
 */
export async function signatureHeader(secrets: readonly string[], id: string, timestamp: number, body: string): Promise<string> {
  const signatures = await Promise.all(secrets.map((secret) => signWebhook(secret, id, timestamp, body)));
  return signatures.join(' ');
}

/** The last characters of a secret, enough to tell two apart without revealing either. */
export function secretHint(secret: string): string {
  return `${SECRET_PREFIX}…${secret.slice(-4)}`;
}

function secretKeyBytes(secret: string): Uint8Array<ArrayBuffer> {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  if (bytes.length === 0) throw new Error('a webhook secret cannot be empty');
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
