/** @jsxImportSource hono/jsx */
/**
 * `/changes?region=&key=&scheme=`: the change feed of `GET /v1/changes`, newest first, each
 * change with its old and new sentence.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../app';
import { FACT_KEYS, SCHEMES } from '../../domain/facts';
import type { Api } from './api';
import { pageErrorFrom } from './errors';
import type { ChangeEvent } from '../routes/changes/list';
import { Evidence } from './evidence';
import { day, keyName, schemeName, valueText } from './labels';
import { Layout } from './layout';
import { regionName } from './regions';

export type ChangeEventView = ChangeEvent;

interface Feed { changes: ChangeEvent[]; next: string; hasMore: boolean }

export interface ChangeFilter { region?: string; scheme?: string; key?: string }

/** The newest `limit` changes matching `filter`, newest first (`GET /v1/changes?order=newest`). */
export async function latestChanges(api: Api, filter: ChangeFilter, limit: number): Promise<ChangeEventView[]> {
  const params = new URLSearchParams({ order: 'newest', limit: String(limit) });
  for (const [name, value] of Object.entries(filter)) if (value) params.set(name, value);
  const answer = await api<Feed>(`/v1/changes?${params}`);
  if (!answer.ok) throw pageErrorFrom(answer.problem, '请检查筛选条件：地区、参保类型和规则项目。');
  return answer.body.changes;
}

const KIND = { added: '新增', removed: '取消', changed: '调整' } as const;

export function ChangeList(props: { changes: ChangeEventView[] }) {
  return (
    <div>
      {props.changes.map((change) => {
        const old = change.old?.evidence ? change.old : null;
        const now = change.new?.evidence ? change.new : null;
        return (
          <article class="change" data-key={change.key}>
            <p>
              <span class="badge">{KIND[change.kind] ?? change.kind}</span>{' '}
              <a href={`/regions/${change.region}?scheme=${change.scheme}&year=${change.year}`}>{regionName(change.region)}</a>{' '}
              {`${change.year} 年度${schemeName(change.scheme)} · ${keyName(change.key)}`}
              {change.variant ? `（${change.variant}）` : ''}：
              {old ? <span class="diff-old">{valueText(change.key, old.value)}</span> : null}
              {old && now ? ' → ' : null}
              {now ? <span class="diff-new">{valueText(change.key, now.value)}</span> : null}
              <span class="muted">{` · 记录于 ${day(change.createdAt)}`}</span>
            </p>
            {now ? <Evidence source={now.evidence!} factKey={change.key} value={now.value} /> : old ? <Evidence source={old.evidence!} factKey={change.key} value={old.value} /> : null}
          </article>
        );
      })}
    </div>
  );
}

export async function changesPage(c: Context<AppEnv>, api: Api) {
  const { region: regionQuery, scheme, key } = c.req.query();
  const filter: ChangeFilter = {};
  if (regionQuery) filter.region = regionQuery;
  if (scheme) filter.scheme = scheme;
  if (key) filter.key = key;
  const changes = await latestChanges(api, filter, 100);
  return c.html(
    <Layout title="规则变更记录">
      <h1>规则变更记录</h1>
      <p class="lead">文章更新后，yibao 记录下每一条规则的变化，最新的在前。</p>
      <form method="get" action="/changes">
        <fieldset>
          <legend>筛选</legend>
          <div class="field">
            <label for="f-region">地区（名称或代码）</label>
            <input type="text" id="f-region" name="region" value={regionQuery ?? ''} />
          </div>
          <div class="field">
            <label for="f-scheme">参保类型</label>
            <select id="f-scheme" name="scheme">
              <option value="">全部</option>
              {SCHEMES.map((s) => <option value={s} selected={s === scheme}>{schemeName(s)}</option>)}
            </select>
          </div>
          <div class="field">
            <label for="f-key">规则项目</label>
            <select id="f-key" name="key">
              <option value="">全部</option>
              {FACT_KEYS.map((k) => <option value={k} selected={k === key}>{keyName(k)}</option>)}
            </select>
          </div>
          <button type="submit">筛选</button>
        </fieldset>
      </form>
      <p>
        {`${changes.length} 条`}
        {regionQuery ? `（${regionQuery}及其下辖地区）` : ''}
        {changes.length === 100 ? '，只列出最新的 100 条' : ''}。
      </p>
      <ChangeList changes={changes} />
    </Layout>,
  );
}
