/**
 * Subscriber API keys: `yb_` + a lookup part (8 characters, not secret: it finds the row) + `_` +
 * the secret part (32 characters). Only the SHA-256 of the whole key is stored; a presented key
 * is checked by comparing digests in constant time.
 */

const PREFIX = 'yb_';
const KEY_PATTERN = /^yb_([A-Za-z0-9]{8})_([A-Za-z0-9]{32})$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface NewApiKey {
  key: string;
  lookup: string;
  hint: string;
}

function randomText(length: number): string {
  // 62 symbols: rejection sampling keeps every one equally likely.
  let text = '';
  while (text.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 248 && text.length < length) text += ALPHABET[byte % 62];
    }
  }
  return text;
}

export function newApiKey(): NewApiKey {
  const lookup = randomText(8);
  const key = `${PREFIX}${lookup}_${randomText(32)}`;
  return { key, lookup, hint: apiKeyHint(key) };
}

/** The part a key is found by, or null when the text is not shaped like a key. */
export function apiKeyLookup(presented: string): string | null {
  return KEY_PATTERN.exec(presented)?.[1] ?? null;
}

export function apiKeyHint(key: string): string {
  const lookup = apiKeyLookup(key) ?? '';
  return `${PREFIX}${lookup}_…${key.slice(-4)}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** True when `a` and `b` are the same; the time taken does not depend on where they differ. */
export async function sameSecret(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([sha256Hex(a), sha256Hex(b)]);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x.charCodeAt(i) ^ y.charCodeAt(i);
  return diff === 0;
}
