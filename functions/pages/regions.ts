/**
 * Finding a region for a page: by code, or by whatever a person types (柳州, 柳州市, liuzhou),
 * through the API's own search. A page about a region lives at its code; other spellings
 * redirect there.
 */
import type { Api } from './api';
import { PageError, pageErrorFrom } from './errors';

export interface RegionView { code: string; name: string; level: string; parent: string | null }

export type Found = { region: RegionView } | { candidates: RegionView[] };

const SUFFIXES = ['市', '省', '区', '县', '自治区', '自治州', '地区', '盟'];

/** What `q` names: one region, or the candidates when it could be several (or none). */
export async function findRegion(api: Api, q: string): Promise<Found> {
  const answer = await api<{ regions: RegionView[] }>(`/v1/regions?q=${encodeURIComponent(q)}&limit=20`);
  if (!answer.ok) throw pageErrorFrom(answer.problem, '请输入地区名称、拼音或六位行政区划代码，最多 50 个字。');
  const { regions } = answer.body;
  const wanted = q.trim().toLowerCase();
  const exact = regions.filter((r) => r.code === wanted || r.name === q.trim() || SUFFIXES.some((s) => r.name === q.trim() + s));
  if (exact.length === 1) return { region: exact[0] };
  if (exact.length === 0 && regions.length === 1) return { region: regions[0] };
  return { candidates: exact.length ? exact : regions };
}

/** A region named in a path: its code, or a 404 page that says how to look it up. */
export async function regionOrPageError(api: Api, ref: string): Promise<RegionView | { redirectTo: string }> {
  if (/^\d{6}$/.test(ref)) {
    const answer = await api<{ regions: RegionView[] }>(`/v1/regions?q=${ref}&limit=1`);
    const region = answer.ok ? answer.body.regions.find((r) => r.code === ref) : undefined;
    if (!region) throw new PageError(404, '没有这个地区', `行政区划代码 ${ref} 不在 yibao 的地区表里。请用下面的搜索框按名称查找。`);
    return region;
  }
  const found = await findRegion(api, ref);
  if ('region' in found) return { redirectTo: found.region.code };
  if (found.candidates.length === 0) throw new PageError(404, '没有这个地区', `没有叫“${ref}”的地区。请换个写法，或输入六位行政区划代码。`);
  throw new PageError(400, '有多个同名地区', `“${ref}”可能指 ${found.candidates.map((r) => `${r.name}（${r.code}）`).join('、')}。请从搜索结果中选一个。`);
}
