/** @jsxImportSource hono/jsx */
/**
 * The frame of every explorer page: `lang="zh-CN"`, the one stylesheet the Worker serves, a
 * header with the search box and the ways in, no script.
 */
import type { Child } from 'hono/jsx';

export const STYLESHEET_PATH = '/assets/explorer.css';

export function Layout(props: { title: string; children: Child; description?: string }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · yibao 医保断缴规则`}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <link rel="stylesheet" href={STYLESHEET_PATH} />
      </head>
      <body>
        <a class="skip" href="#main">跳到正文</a>
        <header class="site">
          <div class="bar">
            <a class="brand" href="/">yibao 医保断缴规则</a>
            <nav aria-label="主导航">
              <a href="/calculate/waiting-period">等待期</a>
              <a href="/calculate/back-payment">补缴金额</a>
              <a href="/calculate/lapse">断缴评估</a>
              <a href="/changes">规则变更</a>
              <a href="/docs" lang="en">API</a>
            </nav>
          </div>
        </header>
        <main id="main">{props.children}</main>
        <footer class="site">
          <p>
            yibao 收录各地公开的医保缴费与断缴规则。每个数值都附有原文句子和出处；标为“非官方”的来自聚合网站，标为“表述不确定”的原文用了“一般”“部分地区”等字眼。办理前请以当地医保部门的通知为准。
          </p>
          <p>
            同样的数据可通过 <a href="/docs">API</a>（<a href="/openapi.json">OpenAPI</a>）获取。
          </p>
        </footer>
      </body>
    </html>
  );
}

/** The search form; `q` is what `/v1/regions?q=` takes. */
export function SearchForm(props: { value?: string; id?: string }) {
  const id = props.id ?? 'q';
  return (
    <form class="search" action="/search" method="get" role="search">
      <label for={id} class="muted">地区名称、拼音或行政区划代码</label>
      <input type="search" id={id} name="q" value={props.value ?? ''} placeholder="如 柳州、liuzhou、450200" required maxlength={50} />
      <button type="submit">查询</button>
    </form>
  );
}
