/**
 * The HTTP API: an OpenAPIHono app with one error renderer, a problem+json 404, the OpenAPI
 * document at `/openapi.json`, and one `registerX(app)` per route file.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { requestId, type RequestIdVariables } from 'hono/request-id';
import { ApiError, problem, problemResponse, problemResponses, validationHook } from './errors';
import { withResponseExamples } from './openapi-examples';
import { dbMiddleware, type DbVariables } from './middleware/db';
import { publishedFacts, type PublishedFactsVariables } from './middleware/published-facts';
import { FactsInForceCache } from './cache/facts-in-force';
import { createDataVersion, isolateDataVersion, type DataVersion } from '../db/data-version';
import { adminAuth } from './middleware/admin-auth';
import { registerAdminArticlesImport } from './routes/admin-articles/import';
import { registerAdminCache } from './routes/admin-cache/get';
import { registerAdminRunsGet } from './routes/admin-runs/get';
import { registerAdminRunsList } from './routes/admin-runs/list';
import { registerAdminScrapeCreate } from './routes/admin-scrape/create';
import { registerAdminSourcesCreate } from './routes/admin-sources/create';
import { registerAdminSourcesDelete } from './routes/admin-sources/delete';
import { registerAdminSourcesList } from './routes/admin-sources/list';
import { registerAdminSourcesUpdate } from './routes/admin-sources/update';
import { registerWebhooksCreate } from './routes/webhooks/create';
import { registerWebhooksList } from './routes/webhooks/list';
import { registerWebhooksGet } from './routes/webhooks/get';
import { registerWebhooksUpdate } from './routes/webhooks/update';
import { registerWebhooksDelete } from './routes/webhooks/delete';
import { registerWebhooksRotate } from './routes/webhooks/rotate';
import { registerWebhooksDeliveries } from './routes/webhooks/deliveries';
import { registerWebhooksReplay } from './routes/webhooks/replay';
import { ADMIN_WEBHOOKS, SUBSCRIBER_WEBHOOKS, type WebhookScope } from './routes/webhooks/scope';
import { registerAdminApiKeysCreate } from './routes/admin-api-keys/create';
import { registerAdminApiKeysList } from './routes/admin-api-keys/list';
import { registerAdminApiKeysRevoke } from './routes/admin-api-keys/delete';
import { registerAdminAuditList } from './routes/admin-audit/list';
import { registerAdminReviewsList } from './routes/admin-reviews/list';
import { registerAdminReviewsDecide } from './routes/admin-reviews/decide';
import { registerAdminSecretsReseal } from './routes/admin-secrets/reseal';
import { identifyApiKey, requireApiKey, type ApiKeyVariables } from './middleware/api-key';
import { auditChanges } from './middleware/audit';
import { rateLimit, type RateLimitBindings } from './middleware/rate-limit';
import { SecretsKeyError, type SecretsEnv } from '../core/sealed-secret';
import { registerArticleDiff } from './routes/articles/diff';
import { registerArticleVersions } from './routes/articles/versions';
import { registerCalculateBackPayment } from './routes/calculate/back-payment';
import { registerCalculateWaitingPeriod } from './routes/calculate/waiting-period';
import { registerCalculateLapse } from './routes/calculate/lapse';
import { registerChangesList } from './routes/changes/list';
import { registerYearDiff } from './routes/diff/get';
import { registerCoverageGet } from './routes/coverage/get';
import { PageError, registerPages, renderPageError, wantsPage } from './pages/index';
import { registerDocsGet } from './routes/docs/get';
import { registerHealthGet } from './routes/health/get';
import { registerRegionFacts } from './routes/regions/facts';
import { registerRegionsList } from './routes/regions/list';
import { registerRegionYears } from './routes/regions/years';

export type Bindings = {
  DB: D1Database;
  /** Workers KV with the data version (db/data-version.ts): what the in-memory caches are keyed by. */
  DATA_VERSION: KVNamespace;
  /** Bearer token for admin routes; a secret in production. */
  ADMIN_TOKEN?: string;
  /** "true" lets the scraper fetch loopback and private addresses (local fixtures only). */
  ALLOW_PRIVATE_URLS?: string;
} & SecretsEnv & RateLimitBindings;

export type AppEnv = { Bindings: Bindings; Variables: DbVariables & PublishedFactsVariables & RequestIdVariables & ApiKeyVariables };
export type App = OpenAPIHono<AppEnv>;

export interface AppOptions {
  /** The clock of the data version's memo (ms since the epoch); tests pass their own. */
  now?: () => number;
  /** The bound of the facts kept in memory, in bytes. */
  cacheBytes?: number;
}

export interface AppParts {
  app: App;
  /** The data version this app reads (the isolate's own unless a clock was given). */
  dataVersion: DataVersion;
  cache: FactsInForceCache;
}

/** The app with its data version and facts cache; `createApp` when only the app is wanted. */
export function createAppParts({ now, cacheBytes }: AppOptions = {}): AppParts {
  const dataVersion = now ? createDataVersion({ now }) : isolateDataVersion;
  const cache = new FactsInForceCache(cacheBytes ? { maxBytes: cacheBytes } : {});
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  build(app, dataVersion, cache);
  return { app, dataVersion, cache };
}

export function createApp(options: AppOptions = {}): App {
  return createAppParts(options).app;
}

function build(app: App, dataVersion: DataVersion, cache: FactsInForceCache) {

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('x-request-id', c.get('requestId'));
  });
  app.use('*', cors({ origin: '*', exposeHeaders: ['x-request-id', 'etag', 'location', 'retry-after', 'ratelimit-limit', 'ratelimit-remaining'], maxAge: 86400 }));
  app.use('*', dbMiddleware);
  app.use('*', publishedFacts({ version: dataVersion, cache }));
  // Every public GET is cacheable: a weak ETag of the body answers If-None-Match with 304, and a
  // Cache-Control the route sets (or a minute by default). Answers to authenticated requests are never cached.
  const publicEtag = etag({ weak: true });
  app.use('*', async (c, next) => {
    const authenticated = c.req.path.startsWith('/v1/admin/') || c.req.path.startsWith('/v1/webhooks') || c.req.header('authorization') !== undefined;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || authenticated) {
      await next();
      if (authenticated) c.res.headers.set('cache-control', 'no-store');
      return;
    }
    await publicEtag(c, async () => {
      await next();
      if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', c.res.ok ? 'public, max-age=60' : 'no-store');
    });
  });

  const render = (error: ApiError, c: Context<AppEnv>) =>
    problemResponse(error, c.req.path, { requestId: c.get('requestId'), origin: new URL(c.req.url).origin });

  app.onError((err, c) => {
    if (err instanceof ApiError) return render(err, c);
    if (err instanceof SecretsKeyError) return render(problem('unavailable', `Secrets cannot be sealed or opened: ${err.message}.`), c);
    if (err instanceof HTTPException) {
      // Hono's own validators (e.g. malformed JSON) throw these.
      const errors = err.status === 400 ? [{ field: 'body', reason: err.message || 'malformed body' }] : undefined;
      return render(new ApiError(err.status, statusTitle(err.status), err.message || statusTitle(err.status), errors ? { errors } : {}), c);
    }
    console.error('unhandled error', c.req.method, c.req.path, err);
    return render(problem('internal-error', 'An unexpected error occurred.'), c);
  });

  // A known path with another method is a 405 naming the methods it has.
  let routeMethods: { pattern: RegExp; methods: Set<string> }[] | undefined;
  const allowedMethods = (path: string): string[] => {
    routeMethods ??= methodsByPath(app);
    const methods = new Set<string>();
    for (const route of routeMethods) if (route.pattern.test(path)) for (const m of route.methods) methods.add(m);
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods];
  };
  app.notFound((c) => {
    const allow = allowedMethods(c.req.path);
    if (allow.length > 0) {
      return render(problem('method-not-allowed', `${c.req.path} answers ${allow.join(', ')}, not ${c.req.method}.`, {
        headers: { allow: [...allow, 'OPTIONS'].join(', ') },
      }), c);
    }
    if (wantsPage(c)) return renderPageError(new PageError(404, '没有这个页面', `${c.req.path} 不存在。可以从首页查找地区，或使用计算器。`), c);
    return render(problem('not-found', `No route matches ${c.req.method} ${c.req.path}.`), c);
  });

  registerHealthGet(app);
  // Every /v1 route but the admin ones is public: counted per API key or client address.
  app.use('/v1/*', identifyApiKey);
  app.use('/v1/*', rateLimit({ except: (path) => path.startsWith('/v1/admin/') }));
  app.use('/v1/admin/*', auditChanges);
  // `/v1/webhooks/*` covers `/v1/webhooks` itself too.
  app.use('/v1/webhooks/*', auditChanges, requireApiKey);
  registerRegionsList(app);
  registerRegionFacts(app);
  registerRegionYears(app);
  registerCoverageGet(app);
  registerChangesList(app);
  registerYearDiff(app);
  registerArticleVersions(app);
  registerArticleDiff(app);
  registerCalculateWaitingPeriod(app);
  registerCalculateBackPayment(app);
  registerCalculateLapse(app);

  app.use('/v1/admin/*', adminAuth);
  app.openAPIRegistry.registerComponent('securitySchemes', 'adminToken', { type: 'http', scheme: 'bearer' });
  registerAdminSourcesCreate(app);
  registerAdminSourcesList(app);
  registerAdminSourcesUpdate(app);
  registerAdminSourcesDelete(app);
  registerAdminScrapeCreate(app);
  registerAdminRunsList(app);
  registerAdminRunsGet(app);
  registerAdminArticlesImport(app);
  registerAdminCache(app);
  registerAdminApiKeysCreate(app);
  registerAdminApiKeysList(app);
  registerAdminApiKeysRevoke(app);
  registerAdminAuditList(app);
  registerAdminReviewsList(app);
  registerAdminReviewsDecide(app);
  registerAdminSecretsReseal(app);
  registerWebhookOperations(app, ADMIN_WEBHOOKS);

  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'A subscriber API key (`POST /v1/admin/api-keys`): manages its own webhooks under `/v1/webhooks`.',
  });
  registerWebhookOperations(app, SUBSCRIBER_WEBHOOKS);
  documentRateLimit(app);

  const documentConfig = {
    openapi: '3.1.0',
    info: {
      title: 'yibao',
      version: '0.1.0',
      description: 'Machine-readable Chinese medical-insurance lapse and back-payment rules.',
    },
  };
  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  const openApiDocument = () => (document ??= withResponseExamples(app.getOpenAPI31Document(documentConfig)));
  app.get('/openapi.json', (c) => {
    c.header('cache-control', 'public, max-age=3600');
    return c.json(openApiDocument());
  });
  registerDocsGet(app, openApiDocument);
  registerPages(app);
}

/** Every public operation (the rate limit's scope, as `rateLimit` above) documents its 429. */
function documentRateLimit(app: App) {
  const tooMany = problemResponses(429)[429];
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue;
    const { path, responses } = definition.route;
    if (path.startsWith('/v1/') && !path.startsWith('/v1/admin/')) responses[429] ??= tooMany;
  }
}

/** The webhook operations, once for each scope (the operator's and a subscriber's). */
function registerWebhookOperations(app: App, scope: WebhookScope) {
  registerWebhooksCreate(app, scope);
  registerWebhooksList(app, scope);
  registerWebhooksGet(app, scope);
  registerWebhooksUpdate(app, scope);
  registerWebhooksDelete(app, scope);
  registerWebhooksRotate(app, scope);
  registerWebhooksDeliveries(app, scope);
  registerWebhooksReplay(app, scope);
}

/** The routes' paths as patterns, with the methods each answers (middleware, `ALL`, left out). */
function methodsByPath(app: App): { pattern: RegExp; methods: Set<string> }[] {
  const byPath = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    const methods = byPath.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    byPath.set(route.path, methods);
  }
  return [...byPath].map(([path, methods]) => ({
    pattern: new RegExp(`^${path.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}/?$`),
    methods,
  }));
}

function statusTitle(status: number): string {
  if (status === 400) return 'Bad Request';
  if (status === 401) return 'Unauthorized';
  if (status === 403) return 'Forbidden';
  if (status === 404) return 'Not Found';
  if (status === 413) return 'Content Too Large';
  if (status >= 500) return 'Internal Server Error';
  return 'Error';
}

export const app = createApp();
