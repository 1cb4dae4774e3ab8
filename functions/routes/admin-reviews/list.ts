/** `GET /v1/admin/reviews?status=`: review items of one status, oldest first. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { PageInfo, decodeCursor, pageOf, pageQuery } from '../../pagination';
import { listReviews, REVIEW_STATUSES } from '../../../db/queries/reviews';
import { adminSecurity } from '../admin-sources/schemas';
import { ReviewSchema, presentReview } from './schemas';

const ListQuery = z.object({
  status: z.enum(REVIEW_STATUSES).default('pending').openapi({ example: 'pending' }),
  ...pageQuery({ defaultLimit: 20, max: 50 }),
});

export const listReviewsRoute = createRoute({
  method: 'get',
  path: '/v1/admin/reviews',
  tags: ['admin', 'reviews'],
  summary: 'List review items',
  description: 'Article versions whose changes to the rules in force wait for an operator, with the version diff and every change (both sentences and confidences, and why it waits).',
  security: adminSecurity,
  request: { query: ListQuery },
  responses: {
    200: {
      description: 'Items of the status asked for, in id order.',
      content: { 'application/json': { schema: z.object({ reviews: z.array(ReviewSchema), ...PageInfo }).openapi('ReviewList') } },
    },
    ...problemResponses(400, 401),
  },
});

export function registerAdminReviewsList(app: App) {
  app.openapi(listReviewsRoute, async (c) => {
    const { status, cursor, limit } = c.req.valid('query');
    const db = c.get('db');
    const afterId = cursor === undefined ? 0 : decodeCursor(cursor);
    const page = pageOf(await listReviews(db, { status, afterId, limit: limit + 1 }), limit, (r) => r.id, afterId);
    return c.json({ reviews: await Promise.all(page.items.map((r) => presentReview(db, r))), next: page.next, hasMore: page.hasMore }, 200);
  });
}
