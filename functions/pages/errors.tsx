/** @jsxImportSource hono/jsx */
/**
 * Errors as pages: the one error type of the explorer and its renderer. An API problem becomes a
 * page in Chinese with the same status, saying what to fix; the fields the API named are listed.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError, Problem } from '../errors';
import { Layout, SearchForm } from './layout';

export class PageError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly advice: string,
    readonly fields: FieldError[] = [],
    /** For an ambiguous region name: the regions it could mean. */
    readonly candidates: { code: string; name: string; parentName?: string | null }[] = [],
  ) {
    super(title);
    this.name = 'PageError';
  }
}

const TITLES: Record<number, string> = {
  400: '请求有误',
  404: '没有找到',
  409: '无法比较',
  422: '现有规则不足以回答',
  429: '请求太频繁',
  500: '出错了',
  503: '数据库暂时不可用',
};

/** The page for an API problem: its status, `advice` (else a general word) and the fields or candidates it names. */
export function pageErrorFrom(problem: Problem, advice?: string): PageError {
  const status = (problem.status >= 400 && problem.status < 600 ? problem.status : 500) as ContentfulStatusCode;
  const fallback = status >= 500 ? '请稍后再试。' : status === 429 ? '一分钟内的请求太多了，请稍等一会儿再打开。' : '请检查下面列出的项目后重试。';
  const candidates = problem.candidates ?? [];
  const title = candidates.length ? '有多个同名地区' : problem.code === 'unknown-region' ? '没有这个地区' : TITLES[status] ?? '出错了';
  return new PageError(status, title, advice ?? fallback, candidates.length ? [] : problem.errors ?? [], candidates);
}

export function renderPageError(error: PageError, c: Context) {
  c.status(error.status);
  return c.html(
    <Layout title={error.title}>
      <h1>{error.title}</h1>
      <p class="lead">{error.advice}</p>
      {error.fields.length ? (
        <ul>
          {error.fields.map((f) => (
            <li>
              <code>{f.field}</code>：<span lang="en">{f.reason}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {error.candidates.length ? (
        <ul>
          {error.candidates.map((r) => (
            <li>
              <a href={`/regions/${r.code}`}>{`${r.parentName ?? ''}${r.name}`}</a> <span class="en">{r.code}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <h2>查找地区</h2>
      <SearchForm id="error-q" />
      <p>
        <a href="/">返回首页</a>
      </p>
    </Layout>,
  );
}
