/**
 * Subscriber API keys on a request. `identifyApiKey` recognises `Authorization: Bearer yb_…` and
 * puts the key on `c.var.apiKey` (the rate limit counts per key, the webhook routes scope by it);
 * it refuses nothing. `requireApiKey` makes a route need one: no key, a wrong key and a revoked
 * key are each a 401.
 */
import { createMiddleware } from 'hono/factory';
import { apiKeyLookup, sameSecret, sha256Hex } from '../../core/api-key';
import { findApiKeyByLookup, touchApiKey } from '../../db/queries/api-keys';
import { createDb } from '../../db/client';
import { problem } from '../errors';

export interface ApiKeyVariables {
  /** The subscriber's key, when the request carries a valid one. */
  apiKey?: { id: number; name: string };
  /** Why the bearer token presented is not a valid key (for the 401's detail). */
  apiKeyProblem?: string;
}

const bearer = (header: string | undefined) => /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];

export const identifyApiKey = createMiddleware<{ Bindings: { DB: D1Database }; Variables: ApiKeyVariables }>(async (c, next) => {
  const token = bearer(c.req.header('authorization'));
  const lookup = token ? apiKeyLookup(token) : null;
  if (token && !lookup) c.set('apiKeyProblem', 'not an API key');
  if (token && lookup) {
    const db = createDb(c.env.DB);
    const row = await findApiKeyByLookup(db, lookup);
    // A key shaped right but unknown still costs a digest comparison, as a known one does.
    const valid = await sameSecret(await sha256Hex(token), row?.keyHash ?? '0'.repeat(64)).then((same) => same && row !== undefined);
    if (!valid || !row) c.set('apiKeyProblem', 'unknown API key');
    else if (row.revokedAt) c.set('apiKeyProblem', `API key revoked at ${row.revokedAt}`);
    else {
      c.set('apiKey', { id: row.id, name: row.name });
      const touched = touchApiKey(db, row.id, new Date().toISOString()).catch((error) => console.error('api key last use not recorded', error));
      try {
        c.executionCtx.waitUntil(touched);
      } catch {
        await touched;
      }
    }
  }
  await next();
});

export const requireApiKey = createMiddleware<{ Variables: ApiKeyVariables }>(async (c, next) => {
  if (!c.get('apiKey')) {
    const reason = c.get('apiKeyProblem') ?? 'missing bearer token';
    throw problem('unauthorized', reason === 'missing bearer token' ? 'Send `Authorization: Bearer <API key>` (POST /v1/admin/api-keys makes one).' : `The API key is not valid: ${reason}.`, {
      errors: [{ field: 'header.authorization', reason }],
      headers: { 'www-authenticate': 'Bearer realm="yibao"' },
    });
  }
  await next();
});
