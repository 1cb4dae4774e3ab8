/**
 * The one region parameter. Wherever a request names a region (a path, a query, a body, a
 * webhook filter) it may give a GB/T 2260 code (450200), a Chinese name (柳州市, 柳州) or pinyin
 * (Liuzhou). A name several regions share is a 400 `ambiguous-region` listing them with their
 * codes; a name or code no region has is a 404 `unknown-region` in a path or query (the thing
 * asked about does not exist), and a 400 naming the field in a body.
 */
import { z } from '@hono/zod-openapi';
import { regionByCode, searchRegions, type Region } from '../domain/gazetteer/index';
import { badField, problem } from './errors';

export const REGION_PARAM_DESCRIPTION = 'A region: its GB/T 2260 code (450200), Chinese name (柳州市 or 柳州) or pinyin (Liuzhou).';

export const RegionParam = z.string().trim().min(1).max(30).openapi({ example: '450200', description: REGION_PARAM_DESCRIPTION });

const normalise = (s: string) => s.trim().toLowerCase().replace(/[\s'’-]/g, '').replace(/ü/g, 'v');

/** The regions a name means exactly: full names first, then short names, then pinyin. */
function exactMatches(input: string): Region[] {
  const query = normalise(input);
  const found = searchRegions(input, 200);
  for (const same of [(r: Region) => r.name === input.trim(), (r: Region) => r.shortName === input.trim(), (r: Region) => r.pinyin === query]) {
    const tier = found.filter(same);
    if (tier.length) return tier;
  }
  return [];
}

/**
 * @param field where the value came from, as problems name it (`path.region`, `query.region`, `body.regions.0`)
 */
export function resolveRegion(input: string, field: string): Region {
  const value = input.trim();
  const unknown = (reason: string) =>
    field.startsWith('body.')
      ? badField(field, `${reason}; GET /v1/regions?q= finds regions`)
      : problem('unknown-region', `There is no region ${value}.`, { errors: [{ field, reason }] });
  if (/^\d{6}$/.test(value)) {
    const region = regionByCode(value);
    if (!region) throw unknown(`unknown region code ${value}`);
    return region;
  }
  const matches = exactMatches(value);
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) throw unknown(`no region is called ${value}`);
  throw problem('ambiguous-region', `${matches.length} regions are called ${value}; name one by its code.`, {
    errors: [{ field, reason: `ambiguous: ${matches.map((r) => `${r.code} ${regionByCode(r.parent ?? '')?.name ?? ''}${r.name}`).join(', ')}` }],
    members: {
      candidates: matches.slice(0, 20).map((r) => ({ code: r.code, name: r.name, level: r.level, parent: r.parent, parentName: regionByCode(r.parent ?? '')?.name ?? null })),
    },
  });
}
