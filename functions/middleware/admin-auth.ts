/**
 * Admin routes need `Authorization: Bearer <ADMIN_TOKEN>`. Without a configured token nothing
 * passes: an unset secret must not open the admin API.
 */
import { createMiddleware } from 'hono/factory';
import { ApiError } from '../errors';

export const adminAuth = createMiddleware<{ Bindings: { ADMIN_TOKEN?: string } }>(async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!expected || !match || !(await sameSecret(match[1], expected))) {
    throw new ApiError(401, 'Unauthorized', match ? 'The admin token is not valid.' : 'Send `Authorization: Bearer <ADMIN_TOKEN>`.', {
      errors: [{ field: 'header.authorization', reason: match ? 'invalid token' : 'missing bearer token' }],
      headers: { 'www-authenticate': 'Bearer realm="yibao-admin"' },
    });
  }
  await next();
});

/** Compares digests, so the comparison takes the same time wherever the strings differ. */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const encoder = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(given)),
    crypto.subtle.digest('SHA-256', encoder.encode(expected)),
  ]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}
