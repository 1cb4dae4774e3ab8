/**
 * `POST /v1/admin/reviews/{id}/approve` publishes a held version (facts in force, change events
 * and webhook outbox in one batch); `POST /v1/admin/reviews/{id}/reject` discards its changes,
 * keeping the version and its facts on record. An item already decided is a 409.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problem, problemResponses } from '../../errors';
import { approveReview, rejectReview, type Decision } from '../../../scrapers/pipeline/review';
import { adminSecurity } from '../admin-sources/schemas';
import { ReviewIdParams, ReviewSchema, presentReview } from './schemas';

const DecisionSchema = z
  .object({ review: ReviewSchema, published: z.number().int().openapi({ example: 1, description: 'Change events written (0 for a rejection).' }) })
  .openapi('ReviewDecision');

const decideRoute = (verb: 'approve' | 'reject') =>
  createRoute({
    method: 'post',
    path: `/v1/admin/reviews/{id}/${verb}`,
    tags: ['admin', 'reviews'],
    summary: verb === 'approve' ? 'Approve: publish the held changes' : 'Reject: keep the version on record, unpublished',
    security: adminSecurity,
    request: { params: ReviewIdParams },
    responses: {
      200: { description: 'The item as decided.', content: { 'application/json': { schema: DecisionSchema } } },
      ...problemResponses(400, 401, 404, 409),
    },
  });

export function registerAdminReviewsDecide(app: App) {
  for (const verb of ['approve', 'reject'] as const) {
    app.openapi(decideRoute(verb), async (c) => {
      const { id } = c.req.valid('param');
      const db = c.get('db');
      const decided: Decision = await (verb === 'approve' ? approveReview : rejectReview)(db, id, { by: 'admin', publish: { kv: c.env.DATA_VERSION, version: c.var.dataVersion } });
      if (decided.kind === 'unknown') throw problem('not-found', `There is no review item ${id}.`, { errors: [{ field: 'path.id', reason: 'unknown review item' }] });
      if (decided.kind === 'already') {
        throw problem('conflict', `Review item ${id} is ${decided.review.status} already.`, { errors: [{ field: 'path.id', reason: `already ${decided.review.status}` }] });
      }
      return c.json({ review: await presentReview(db, decided.review), published: decided.published }, 200);
    });
  }
}
