/** `GET /v1/regions?q=`: regions by name, short name, pinyin or code. */
import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../../app';
import { problemResponses } from '../../errors';
import { searchRegions } from '../../../domain/gazetteer/index';
import { RegionSchema } from './schemas';

const SearchQuery = z.object({
  q: z.string().trim().min(1).max(50).openapi({ example: '柳州', description: 'A name (柳州, 柳州市), pinyin (Liuzhou) or code (450200).' }),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const listRegionsRoute = createRoute({
  method: 'get',
  path: '/v1/regions',
  tags: ['lookups'],
  summary: 'Find regions',
  request: { query: SearchQuery },
  responses: {
    200: {
      description: 'Matching regions, exact matches first.',
      content: {
        'application/json': {
          schema: z.object({ regions: z.array(RegionSchema) }).openapi('RegionList'),
          example: { regions: [{ code: '450200', name: '柳州市', level: 'prefecture', parent: '450000' }] },
        },
      },
    },
    ...problemResponses(400),
  },
});

export function registerRegionsList(app: App) {
  app.openapi(listRegionsRoute, (c) => {
    const { q, limit } = c.req.valid('query');
    const regions = searchRegions(q, limit).map(({ code, name, level, parent }) => ({ code, name, level, parent }));
    return c.json({ regions }, 200);
  });
}
