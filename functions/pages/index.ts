/**
 * The explorer: pages people read, served by the same Worker as the API. Each page asks the API
 * in-process (see api.ts) and renders its answer as HTML in Chinese; errors are pages with the
 * API's status. No script, no asset from elsewhere: the one stylesheet is served here.
 */
import { Hono, type Context } from 'hono';
import { etag } from 'hono/etag';
import type { App, AppEnv } from '../app';
import { apiFor, type Api } from './api';
import { articlePage } from './article';
import { calculatorPage } from './calculators';
import { changesPage } from './changes';
import { PageError, renderPageError } from './errors';
import { homePage, searchPage } from './home';
import { STYLESHEET_PATH } from './layout';
import { regionPage } from './region';
import { regionDiffPage } from './region-diff';
import { EXPLORER_CSS } from './styles';

export { PageError, renderPageError } from './errors';

type Page = (c: Context<AppEnv>, api: Api) => Response | Promise<Response>;

export function registerPages(app: App) {
  const pages = new Hono<AppEnv>();
  pages.onError((error, c) => {
    if (error instanceof PageError) return renderPageError(error, c);
    console.error('page error', c.req.method, c.req.path, error);
    return renderPageError(new PageError(500, '出错了', '页面没能生成，请稍后再试。'), c);
  });
  const page = (render: Page) => (c: Context<AppEnv>) => {
    // Pages change as the data does: caches may keep them briefly and must revalidate.
    c.header('cache-control', 'public, max-age=60');
    return render(c, apiFor(app, c));
  };

  pages.get(STYLESHEET_PATH, etag(), (c) => {
    c.header('content-type', 'text/css; charset=utf-8');
    c.header('cache-control', 'public, max-age=3600');
    return c.body(EXPLORER_CSS);
  });
  pages.get('/', page(homePage));
  pages.get('/search', page(searchPage));
  pages.get('/regions/:ref', page(regionPage));
  pages.get('/regions/:ref/diff', page(regionDiffPage));
  pages.get('/calculate/waiting-period', page((c, api) => calculatorPage(c, api, app, 'waiting-period')));
  pages.get('/calculate/back-payment', page((c, api) => calculatorPage(c, api, app, 'back-payment')));
  pages.get('/calculate/lapse', page((c, api) => calculatorPage(c, api, app, 'lapse')));
  pages.get('/changes', page(changesPage));
  pages.get('/articles/:id', page(articlePage));
  app.route('/', pages);
}

/** Whether a request that matched no route is a person's browser rather than an API client. */
export function wantsPage(c: Context): boolean {
  return !c.req.path.startsWith('/v1/') && (c.req.header('accept') ?? '').includes('text/html');
}
