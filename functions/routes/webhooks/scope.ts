/**
 * The webhook operations exist once and are registered twice: for the operator under
 * `/v1/admin/webhooks` (every subscription, admin token) and for subscribers under `/v1/webhooks`
 * (their own subscriptions, their API key). A scope says where the routes live, how they are
 * secured and whose subscriptions they see; a subscription outside the scope is a 404, never a
 * 403, so a subscriber cannot learn that another's exists.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../../app';
import type { SubscriptionOwner } from '../../../db/queries/webhooks';
import { adminSecurity } from '../admin-sources/schemas';

export interface WebhookScope {
  /** `/v1/admin/webhooks` or `/v1/webhooks`. */
  base: string;
  tags: string[];
  security: { [scheme: string]: string[] }[];
  /** Who is asking: `all` for the operator, the API key's id for a subscriber. */
  owner: (c: Context<AppEnv>) => SubscriptionOwner;
  /** Distinguishes the two registrations of one operation in the OpenAPI document. */
  operationPrefix: string;
}

export const ADMIN_WEBHOOKS: WebhookScope = {
  base: '/v1/admin/webhooks',
  tags: ['admin', 'webhooks'],
  security: adminSecurity,
  owner: () => 'all',
  operationPrefix: 'admin',
};

export const SUBSCRIBER_WEBHOOKS: WebhookScope = {
  base: '/v1/webhooks',
  tags: ['webhooks'],
  security: [{ apiKey: [] }],
  owner: (c) => c.get('apiKey')!.id,
  operationPrefix: 'subscriber',
};
