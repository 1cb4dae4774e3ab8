/** @jsxImportSource hono/jsx */
/**
 * `/articles/{id}?from=&to=`: a page's stored versions (`GET /v1/articles/{id}/versions`) and,
 * when it has more than one, the sentence-by-sentence and fact-by-fact difference between two of
 * them (`GET /v1/articles/{id}/diff`).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../app';
import type { Change } from '../schemas';
import type { Api } from './api';
import { PageError, pageErrorFrom } from './errors';
import { day, keyName, schemeName, valueText } from './labels';
import { Layout } from './layout';
import { regionName } from './regions';

interface ArticleView { id: number; url: string; title: string; publishedAt: string | null; adapter: string | null }
interface VersionView { id: number; fetchedAt: string; title: string; factsCount: number; httpStatus: number; checkedAt?: string | null }
interface ArticleDiff {
  from: { id: number; fetchedAt: string };
  to: { id: number; fetchedAt: string };
  text: { op: 'added' | 'removed'; sentence: string; index: number }[];
  changes: Change[];
}

/** Versions listed, oldest first; a page with more says so. */
const VERSIONS_SHOWN = 100;

export async function articlePage(c: Context<AppEnv>, api: Api) {
  const id = c.req.param('id') ?? '';
  if (!/^\d+$/.test(id)) throw new PageError(400, '文章编号有误', '文章编号是正整数，例如 /articles/1。', [{ field: 'path.id', reason: 'a positive integer' }]);
  const versions = await api<{ article: ArticleView; versions: VersionView[]; hasMore: boolean }>(`/v1/articles/${id}/versions?limit=${VERSIONS_SHOWN}`);
  if (!versions.ok) throw pageErrorFrom(versions.problem, versions.status === 404 ? `没有编号为 ${id} 的文章。` : undefined);
  const { article } = versions.body;
  const list = versions.body.versions;
  const { from, to } = c.req.query();
  let diff: ArticleDiff | undefined;
  if (list.length > 1) {
    const params = new URLSearchParams();
    if (from) params.set('from', from);
    if (to) params.set('to', to);
    const answer = await api<ArticleDiff>(`/v1/articles/${id}/diff${params.size ? `?${params}` : ''}`);
    if (!answer.ok) throw pageErrorFrom(answer.problem, '请从下面的版本列表中选两个版本比较。');
    diff = answer.body;
  }
  return c.html(
    <Layout title={article.title || `文章 ${id}`}>
      <h1>{article.title || `文章 ${id}`}</h1>
      <p>
        <a href={article.url} rel="noopener noreferrer">{article.url}</a>
        {article.publishedAt ? ` · 发布于 ${day(article.publishedAt)}` : ''}
      </p>
      <h2>保存的版本</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-label="保存的版本（表格）">
        <table>
          <thead>
            <tr><th scope="col">版本</th><th scope="col">抓取时间</th><th scope="col">规则条数</th><th scope="col">比较</th></tr>
          </thead>
          <tbody>
            {list.map((v, i) => (
              <tr>
                <td class="num">{`#${v.id}`}</td>
                <td class="num">{v.fetchedAt.replace('T', ' ').slice(0, 16)}</td>
                <td class="num">{String(v.factsCount)}</td>
                <td>{i > 0 ? <a href={`/articles/${id}?from=${list[i - 1].id}&to=${v.id}`}>{`与 #${list[i - 1].id} 比较`}</a> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {versions.body.hasMore ? <p class="muted">{`只列出最早的 ${VERSIONS_SHOWN} 个版本。`}</p> : null}
      {diff ? <DiffView diff={diff} /> : <p>这篇文章只保存了一个版本，还没有可比较的变化。</p>}
    </Layout>,
  );
}

function ChangeLine(props: { change: Change }) {
  const { change } = props;
  const what = `${regionName(change.region)} ${change.year} 年度${schemeName(change.scheme)} · ${keyName(change.key)}${change.variant ? `（${change.variant}）` : ''}`;
  const verb = change.kind === 'added' ? '新增 ' : change.kind === 'removed' ? '删除 ' : '';
  return (
    <li>
      {`${verb}${what}：`}
      {change.old ? <span class="diff-old">{valueText(change.key, change.old.value)}</span> : null}
      {change.old && change.new ? ' → ' : null}
      {change.new ? <span class="diff-new">{valueText(change.key, change.new.value)}</span> : null}
    </li>
  );
}

function DiffView(props: { diff: ArticleDiff }) {
  const { diff } = props;
  return (
    <>
      <h2>{`版本 #${diff.from.id} → #${diff.to.id}`}</h2>
      <h3>规则的变化</h3>
      {diff.changes.length === 0 ? <p>规则没有变化。</p> : <ul>{diff.changes.map((change) => <ChangeLine change={change} />)}</ul>}
      <h3>逐句对比</h3>
      {diff.text.length === 0 ? <p>正文没有变化。</p> : diff.text.map((s) => (
        <p class={`sentence ${s.op}`}>
          <span class="op">{s.op === 'added' ? '＋ 新增' : '－ 删除'}</span>
          {s.sentence}
        </p>
      ))}
    </>
  );
}
