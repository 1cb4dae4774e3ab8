/** @jsxImportSource hono/jsx */
/**
 * `/articles/{id}?from=&to=`: a page's stored versions (`GET /v1/articles/{id}/versions`) and,
 * when it has more than one, the sentence-by-sentence and fact-by-fact difference between two of
 * them (`GET /v1/articles/{id}/diff`).
 */
import type { Context } from 'hono';
import type { AppEnv } from '../app';
import type { Api } from './api';
import { PageError, pageErrorFrom } from './errors';
import { day, keyName, schemeName, valueText } from './labels';
import { Layout } from './layout';
import { regionName } from './regions';

interface ArticleView { id: number; url: string; title: string; publishedAt: string | null; adapter: string | null }
interface VersionView { id: number; fetchedAt: string; title: string; factsCount: number; httpStatus: number; checkedAt?: string | null }
interface FactRef { region: string; scheme: string; year: number; key: string; variant: string; value: unknown; hedged: boolean; quote: string }
interface ArticleDiff {
  from: { id: number; fetchedAt: string };
  to: { id: number; fetchedAt: string };
  text: { op: 'added' | 'removed'; sentence: string; index: number }[];
  facts: { added: FactRef[]; removed: FactRef[]; changed: { old: FactRef; new: FactRef }[] };
}

export async function articlePage(c: Context<AppEnv>, api: Api) {
  const id = c.req.param('id') ?? '';
  if (!/^\d+$/.test(id)) throw new PageError(400, '文章编号有误', '文章编号是正整数，例如 /articles/1。', [{ field: 'path.id', reason: 'a positive integer' }]);
  const versions = await api<{ article: ArticleView; versions: VersionView[] }>(`/v1/articles/${id}/versions`);
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
      {diff ? <DiffView diff={diff} /> : <p>这篇文章只保存了一个版本，还没有可比较的变化。</p>}
    </Layout>,
  );
}

function FactLine(props: { fact: FactRef }) {
  const { fact } = props;
  return <>{`${regionName(fact.region)} ${fact.year} 年度${schemeName(fact.scheme)} · ${keyName(fact.key)}${fact.variant ? `（${fact.variant}）` : ''}`}</>;
}

function DiffView(props: { diff: ArticleDiff }) {
  const { diff } = props;
  const { added, removed, changed } = diff.facts;
  return (
    <>
      <h2>{`版本 #${diff.from.id} → #${diff.to.id}`}</h2>
      <h3>规则的变化</h3>
      {added.length + removed.length + changed.length === 0 ? <p>规则没有变化。</p> : (
        <ul>
          {changed.map((c) => <li><FactLine fact={c.new} />：<span class="diff-old">{valueText(c.old.key, c.old.value)}</span> → <span class="diff-new">{valueText(c.new.key, c.new.value)}</span></li>)}
          {added.map((f) => <li>新增 <FactLine fact={f} />：<span class="diff-new">{valueText(f.key, f.value)}</span></li>)}
          {removed.map((f) => <li>删除 <FactLine fact={f} />：<span class="diff-old">{valueText(f.key, f.value)}</span></li>)}
        </ul>
      )}
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
