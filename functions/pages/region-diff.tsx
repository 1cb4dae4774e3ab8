/** @jsxImportSource hono/jsx */
/**
 * `/regions/{code}/diff?scheme=&from=&to=`: what changed between two policy years, as
 * `GET /v1/diff` answers it: old and new values, each with its sentence.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../app';
import type { Api } from './api';
import { PageError, pageErrorFrom } from './errors';
import type { Change } from '../schemas';
import { Evidence } from './evidence';
import { keyName, percent, schemeName, valueText } from './labels';
import { Layout } from './layout';
import { regionView, type RegionView } from './regions';

type DiffChange = Change & { relativeChange: number | null };
interface YearDiff { region: RegionView; changes: DiffChange[]; unchanged: number }

const KIND_NAMES = { changed: '改变', added: '新增', removed: '不再规定' } as const;

export async function regionDiffPage(c: Context<AppEnv>, api: Api) {
  const ref = decodeURIComponent(c.req.param('ref') ?? '');
  const { scheme, from, to } = c.req.query();
  if (!scheme || !from || !to) {
    throw new PageError(400, '缺少比较条件', '请给出参保类型和两个政策年度，例如 ?scheme=resident&from=2024&to=2025。', [
      ...(!scheme ? [{ field: 'query.scheme', reason: 'required' }] : []),
      ...(!from ? [{ field: 'query.from', reason: 'required' }] : []),
      ...(!to ? [{ field: 'query.to', reason: 'required' }] : []),
    ]);
  }
  const answer = await api<YearDiff>(`/v1/diff?region=${encodeURIComponent(ref)}&scheme=${encodeURIComponent(scheme)}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  if (!answer.ok) throw pageErrorFrom(answer.problem, answer.problem.candidates?.length ? '这个名称对应多个地区，请选择其中一个。' : '请检查地区、参保类型（resident、employee、flexible）和两个不同的四位政策年度。');
  const region = regionView(answer.body.region.code);
  if (region.code !== ref) return c.redirect(`/regions/${region.code}/diff${new URL(c.req.url).search}`, 302);
  const { changes, unchanged } = answer.body;

  return c.html(
    <Layout title={`${region.name} ${from}→${to} 年度变化`}>
      <p class="muted">
        <a href="/">首页</a> › <a href={`/regions/${region.code}?scheme=${scheme}`}>{region.name}</a> › 年度比较
      </p>
      <h1>{`${region.name}${schemeName(scheme)}：${from} → ${to} 年度`}</h1>
      <p class="lead">
        {changes.length === 0 ? '两个年度的规则相同。' : `${changes.length} 项规则不同`}
        {`，${unchanged} 项不变。`}
        <a href={`/v1/diff?region=${region.code}&scheme=${scheme}&from=${from}&to=${to}`}>JSON</a>
      </p>
      {changes.map((change) => (
        <article class="fact" data-key={change.key}>
          <div class="head">
            <strong>{keyName(change.key)}</strong>
            {change.variant ? <span>{change.variant}</span> : null}
            <span class="badge">{KIND_NAMES[change.kind]}</span>
          </div>
          <p class="value">
            {change.old ? <span class="diff-old">{valueText(change.key, change.old.value)}</span> : '（无）'}
            {' → '}
            {change.new ? <span class="diff-new">{valueText(change.key, change.new.value)}</span> : '（无）'}
            {change.relativeChange ? <span class="muted">{` （${change.relativeChange > 0 ? '+' : ''}${percent(change.relativeChange)}）`}</span> : null}
          </p>
          <div class="conflicts">
            {change.old ? (
              <div>
                <p><strong>{`${from} 年度`}</strong></p>
                {change.old.evidence ? <Evidence source={change.old.evidence} factKey={change.key} value={change.old.value} /> : null}
              </div>
            ) : null}
            {change.new ? (
              <div>
                <p><strong>{`${to} 年度`}</strong></p>
                {change.new.evidence ? <Evidence source={change.new.evidence} factKey={change.key} value={change.new.value} /> : null}
              </div>
            ) : null}
          </div>
        </article>
      ))}
    </Layout>,
  );
}
