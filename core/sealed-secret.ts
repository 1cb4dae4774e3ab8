/**
 * Secrets sealed at rest: AES-256-GCM (Web Crypto) under the key in the Worker secret
 * `SECRETS_KEY` (base64 of 32 random bytes). A sealed value reads
 * `sealed:v1:<key id>:<iv>:<ciphertext>` (base64url), the key id being the first 8 hex digits of
 * the key's SHA-256, so a value sealed under the previous key (`SECRETS_KEY_PREVIOUS`, during a
 * rotation) is still opened, and resealing moves it to the current one. `purpose` is bound in as
 * additional data: a sealed webhook secret cannot be passed off as another kind of secret.
 */

export const SEALED_PREFIX = 'sealed:v1:';

export interface SecretsEnv {
  SECRETS_KEY?: string;
  /** The key being rotated out: values sealed under it still open until they are resealed. */
  SECRETS_KEY_PREVIOUS?: string;
}

export interface Keyring {
  currentId: string;
  keys: Map<string, CryptoKey>;
}

export class SecretsKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretsKeyError';
  }
}

/** A fresh key for `SECRETS_KEY`: base64 of 32 random bytes. */
export function newSecretsKey(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(32)));
}

const keyrings = new Map<string, Promise<Keyring>>();

/** The keys of `env`, imported once per isolate; throws `SecretsKeyError` when SECRETS_KEY is unusable. */
export function keyringOf(env: SecretsEnv): Promise<Keyring> {
  const id = `${env.SECRETS_KEY ?? ''}|${env.SECRETS_KEY_PREVIOUS ?? ''}`;
  let keyring = keyrings.get(id);
  if (!keyring) {
    keyring = buildKeyring(env);
    keyring.catch(() => keyrings.delete(id));
    keyrings.set(id, keyring);
  }
  return keyring;
}

async function buildKeyring(env: SecretsEnv): Promise<Keyring> {
  if (!env.SECRETS_KEY) throw new SecretsKeyError('SECRETS_KEY is not set: `wrangler secret put SECRETS_KEY` (npm start makes a local one in .dev.vars)');
  const current = await importKey(env.SECRETS_KEY, 'SECRETS_KEY');
  const keys = new Map([[current.id, current.key]]);
  if (env.SECRETS_KEY_PREVIOUS) {
    const previous = await importKey(env.SECRETS_KEY_PREVIOUS, 'SECRETS_KEY_PREVIOUS');
    if (!keys.has(previous.id)) keys.set(previous.id, previous.key);
  }
  return { currentId: current.id, keys };
}

async function importKey(encoded: string, name: string): Promise<{ id: string; key: CryptoKey }> {
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = fromBase64(encoded.trim());
  } catch {
    throw new SecretsKeyError(`${name} is not base64`);
  }
  if (raw.length !== 32) throw new SecretsKeyError(`${name} must be base64 of 32 bytes (it has ${raw.length}); \`openssl rand -base64 32\` makes one`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  const id = [...digest.slice(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const key = await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  return { id, key };
}

export function isSealed(value: string): boolean {
  return value.startsWith(SEALED_PREFIX);
}

/** `plaintext` sealed under the current key, for `purpose`. */
export async function seal(keyring: Keyring, plaintext: string, purpose: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(purpose) },
    keyring.keys.get(keyring.currentId)!,
    new TextEncoder().encode(plaintext),
  );
  return `${SEALED_PREFIX}${keyring.currentId}:${toBase64Url(iv)}:${toBase64Url(new Uint8Array(ciphertext))}`;
}

/** Opens a sealed value; throws when its key is not in the keyring or it was tampered with. */
export async function unseal(keyring: Keyring, sealed: string, purpose: string): Promise<string> {
  if (!isSealed(sealed)) throw new SecretsKeyError('not a sealed value');
  const [keyId, iv, ciphertext] = sealed.slice(SEALED_PREFIX.length).split(':');
  const key = keyring.keys.get(keyId);
  if (!key) throw new SecretsKeyError(`sealed under key ${keyId}, which is neither SECRETS_KEY nor SECRETS_KEY_PREVIOUS`);
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(iv), additionalData: new TextEncoder().encode(purpose) },
      key,
      fromBase64Url(ciphertext),
    );
    return new TextDecoder().decode(plaintext);
  } catch {
    throw new SecretsKeyError('a sealed value failed its integrity check');
  }
}

/** True when a value is sealed under the current key already (resealing would change nothing). */
export function sealedUnderCurrent(keyring: Keyring, value: string): boolean {
  return isSealed(value) && value.slice(SEALED_PREFIX.length).startsWith(`${keyring.currentId}:`);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const toBase64Url = (bytes: Uint8Array) => toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => fromBase64(text.replace(/-/g, '+').replace(/_/g, '/'));
