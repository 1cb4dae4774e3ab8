/**
 * Finding a region for a page, by the API's one region parameter: a code, a Chinese name or
 * pinyin, resolved by the API route the page reads (an unknown region is its 404, an ambiguous
 * name its 400 with the candidates). A page about a region lives at its code; other spellings
 * redirect there.
 */
import { regionByCode } from '../../domain/gazetteer/index';
import type { Api } from './api';
import { pageErrorFrom } from './errors';

export interface RegionView { code: string; name: string; level: string; parent: string | null }

export type YearsAnswer = { region: string; years: { year: number; schemes: string[]; facts: number; own: boolean }[] };

export const regionName = (code: string) => regionByCode(code)?.name ?? code;

export function regionView(code: string): RegionView {
  const region = regionByCode(code);
  return region ? { code, name: region.name, level: region.level, parent: region.parent } : { code, name: code, level: '', parent: null };
}

const ADVICE: Record<number, string> = {
  404: '没有这个地区。请换个写法（全称、简称、拼音），或输入六位行政区划代码。',
  400: '这个名称对应多个地区，请选择其中一个。',
};

/** The region `ref` names and the policy years it has facts for (`GET /v1/regions/{region}/years`). */
export async function regionWithYears(api: Api, ref: string): Promise<{ region: RegionView; years: YearsAnswer['years'] }> {
  const answer = await api<YearsAnswer>(`/v1/regions/${encodeURIComponent(ref)}/years`);
  if (!answer.ok) throw pageErrorFrom(answer.problem, ADVICE[answer.status]);
  return { region: regionView(answer.body.region), years: answer.body.years };
}
