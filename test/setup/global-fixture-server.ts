/**
 * A local HTTP server that stands in for the sites the scraper visits. Tests read its base URL
 * with `inject('fixtureBaseUrl')`.
 *
 * Pages: the files of `test/fixtures/pages/` byte for byte (so GBK pages stay GBK), or content a
 * test posted (below), with an ETag (sha1 of the body) and a Last-Modified. `If-None-Match`, else
 * `If-Modified-Since`, is answered with 304. `/robots.txt` is a page like any other (404 unless a
 * file or a test provides one). Every answer can be bent with query parameters:
 *   ?status=503                     answer with that status (the page's body, if any)
 *   ?delay=200                      wait that many milliseconds first
 *   ?type=text/html;charset=gbk     use this Content-Type; `?type=none` sends none
 *   ?bytes=3000000                  serve that many bytes of filler HTML instead of the page
 *   ?chunked=1                      stream the body without a Content-Length
 *
 * Control API (not logged as requests; `path` is a URL path such as `/a/b.html`):
 *   POST /__control/page?path=/a/b.html      body = the page's bytes; header `x-content-type`
 *        (default by extension, `none` for no header). Overrides any file at that path. The ETag
 *        follows the content; Last-Modified stays put until the content changes.
 *        Answers {url, etag, lastModified}.  DELETE removes the override.
 *   POST /__control/script?path=/x.html      JSON array of answers, consumed one per request, in
 *        order, before normal serving resumes: [{"status":500},
 *        {"status":429,"headers":{"retry-after":"1"}}, {"status":200}]. Each entry may have
 *        `status`, `headers`, `body` (a string; without it the page itself is served with that
 *        status and headers), `delayMs`, `hang: true` (never answers) and `stall: true` (sends
 *        the headers and half the body, then nothing more). Replaces any script still queued
 *        for the path.
 *   GET  /__control/requests?path=/x.html    {"count": n, "requests": [{"method", "headers", "at",
 *        "body"}]} in arrival order (`at` is the server's Date.now(); `body` the request body as
 *        UTF-8 text, '' for GET and HEAD); without `path`, every request, each with its `path`.
 *   POST /__control/reset                    forget pages, scripts and the request log; hung
 *        requests are dropped.
 *   POST /__control/site                     start another site on its own port, with its own
 *        pages, scripts, request log and robots.txt (the files are shared). Answers {baseUrl}.
 *        For tests that must not see, or be reset by, other test files running concurrently.
 * Control calls act on the site (port) they are sent to.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const pagesDir = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

interface PostedPage {
  body: Buffer;
  contentType: string | null;
  etag: string;
  lastModified: string;
}

interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
  hang?: boolean;
  stall?: boolean;
}

interface LoggedRequest {
  path: string;
  method: string;
  headers: IncomingMessage['headers'];
  at: number;
  body: string;
}

interface Site {
  server: Server;
  baseUrl: string;
  pages: Map<string, PostedPage>;
  scripts: Map<string, ScriptedAnswer[]>;
  requests: LoggedRequest[];
  hung: Set<ServerResponse>;
  /** Last-Modified handed out last, so a changed page always gets a later one. */
  lastStamp: number;
}

const sites: Site[] = [];

export default async function setup(project: TestProject) {
  const main = await startSite();
  project.provide('fixtureBaseUrl', main.baseUrl);

  return async () => {
    await Promise.all(sites.map(stopSite));
    sites.length = 0;
  };
}

async function startSite(): Promise<Site> {
  const site = { pages: new Map(), scripts: new Map(), requests: [], hung: new Set(), lastStamp: 0 } as unknown as Site;
  site.server = createServer((req, res) => {
    res.on('error', () => {}); // the fetcher aborts oversized downloads mid-body
    handle(site, req, res).catch((error) => {
      if (res.headersSent) return res.destroy();
      send(res, 500, String(error));
    });
  });
  await new Promise<void>((resolve) => site.server.listen(0, '127.0.0.1', resolve));
  site.baseUrl = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`;
  sites.push(site);
  return site;
}

async function stopSite(site: Site) {
  dropHung(site);
  site.server.closeAllConnections();
  await new Promise<void>((resolve) => site.server.close(() => resolve()));
}

function dropHung(site: Site) {
  for (const res of site.hung) res.destroy();
  site.hung.clear();
}

async function handle(site: Site, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://fixture.invalid');
  if (url.pathname.startsWith('/__control/')) return control(site, req, res, url);

  const path = url.pathname;
  const body = req.method === 'GET' || req.method === 'HEAD' ? '' : (await readBody(req)).toString('utf8');
  site.requests.push({ path, method: req.method ?? 'GET', headers: req.headers, at: Date.now(), body });

  const scripted = site.scripts.get(path)?.shift();
  if (scripted?.hang) return hold(site, res);
  if (scripted?.delayMs) await wait(scripted.delayMs);
  if (scripted?.body !== undefined) {
    const headers = { 'content-type': 'text/html; charset=utf-8', ...lowerKeys(scripted.headers) };
    return respond(req, res, url, scripted.status ?? 200, headers, Buffer.from(scripted.body));
  }

  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay > 0) await wait(delay);

  const status = scripted?.status ?? Number(url.searchParams.get('status') ?? 200);
  const bytes = Number(url.searchParams.get('bytes') ?? 0);
  const page = bytes > 0 ? filler(bytes) : await findPage(site, path);
  if (!page) {
    if (scripted?.status) return respond(req, res, url, scripted.status, lowerKeys(scripted.headers), Buffer.alloc(0));
    return send(res, 404, 'not found');
  }

  const typeParam = url.searchParams.get('type');
  const contentType = typeParam === 'none' ? null : (typeParam ?? page.contentType);
  const headers: Record<string, string> = { etag: page.etag, 'last-modified': page.lastModified };
  if (contentType) headers['content-type'] = contentType;
  Object.assign(headers, lowerKeys(scripted?.headers));

  if (scripted?.stall) {
    res.writeHead(status, headers);
    res.write(page.body.subarray(0, Math.ceil(page.body.length / 2)));
    return hold(site, res);
  }
  if (status === 200 && isNotModified(req, page)) {
    res.writeHead(304, { etag: page.etag, 'last-modified': page.lastModified });
    return res.end();
  }
  respond(req, res, url, status, headers, page.body);
}

/** Leaves the request unanswered (or unfinished) until the client gives up or the site resets. */
function hold(site: Site, res: ServerResponse) {
  site.hung.add(res);
  res.on('close', () => site.hung.delete(res));
}

/** A posted page, else a file; null when neither exists. */
async function findPage(site: Site, path: string): Promise<PostedPage | null> {
  const posted = site.pages.get(path);
  if (posted) return posted;

  const relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
  const file = join(pagesDir, relative);
  if (!file.startsWith(pagesDir) || file.endsWith(sep)) return null;
  try {
    const [body, info] = await Promise.all([readFile(file), stat(file)]);
    return {
      body,
      contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      etag: etagOf(body),
      lastModified: new Date(Math.floor(info.mtimeMs / 1000) * 1000).toUTCString(),
    };
  } catch {
    return null;
  }
}

function isNotModified(req: IncomingMessage, page: PostedPage): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  // If-None-Match takes precedence over If-Modified-Since (RFC 9110 §13.2.2).
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === page.etag || tag.trim() === '*');
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && since >= Date.parse(page.lastModified);
}

function respond(req: IncomingMessage, res: ServerResponse, url: URL, status: number, headers: Record<string, string>, body: Buffer) {
  const chunked = url.searchParams.get('chunked') === '1';
  res.writeHead(status, chunked ? headers : { ...headers, 'content-length': String(body.length) });
  if (req.method === 'HEAD') return res.end();
  if (!chunked) return res.end(body);
  for (let offset = 0; offset < body.length && !res.destroyed; offset += 64 * 1024) {
    res.write(body.subarray(offset, offset + 64 * 1024));
  }
  res.end();
}

/** Exactly `size` bytes of valid HTML, for size limits. */
function filler(size: number): PostedPage {
  const head = Buffer.from('<!doctype html><html><head><meta charset="utf-8"><title>filler</title></head><body><p>');
  const tail = Buffer.from('</p></body></html>');
  const body = Buffer.alloc(size, 'x');
  if (size >= head.length + tail.length) {
    head.copy(body, 0);
    tail.copy(body, size - tail.length);
  }
  return { body, contentType: 'text/html; charset=utf-8', etag: etagOf(body), lastModified: new Date(0).toUTCString() };
}

async function control(site: Site, req: IncomingMessage, res: ServerResponse, url: URL) {
  const action = url.pathname.slice('/__control/'.length);
  const rawPath = url.searchParams.get('path');
  const path = rawPath ? pathKey(rawPath) : null;

  if (action === 'page' && req.method === 'POST' && path) {
    const body = await readBody(req);
    const etag = etagOf(body);
    const previous = site.pages.get(path);
    let lastModified = previous?.lastModified;
    if (!previous || previous.etag !== etag) {
      // HTTP dates have one-second resolution: a change within the same second must still move forward.
      site.lastStamp = Math.max(Math.floor(Date.now() / 1000) * 1000, site.lastStamp + 1000);
      lastModified = new Date(site.lastStamp).toUTCString();
    }
    const typeHeader = [req.headers['x-content-type']].flat()[0];
    const contentType = typeHeader === 'none' ? null : (typeHeader ?? CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
    site.pages.set(path, { body, contentType, etag, lastModified: lastModified! });
    return json(res, 200, { url: `${site.baseUrl}${path}`, etag, lastModified });
  }
  if (action === 'page' && req.method === 'DELETE' && path) {
    site.pages.delete(path);
    return json(res, 200, { ok: true });
  }
  if (action === 'script' && req.method === 'POST' && path) {
    let answers: unknown;
    try {
      answers = JSON.parse((await readBody(req)).toString('utf8'));
    } catch {
      return json(res, 400, { error: 'the body must be a JSON array of answers' });
    }
    if (!Array.isArray(answers)) return json(res, 400, { error: 'the body must be a JSON array of answers' });
    site.scripts.set(path, answers as ScriptedAnswer[]);
    return json(res, 200, { ok: true, queued: answers.length });
  }
  if (action === 'requests' && req.method === 'GET') {
    const requests = path ? site.requests.filter((r) => r.path === path).map(({ path: _, ...r }) => r) : site.requests;
    return json(res, 200, { count: requests.length, requests });
  }
  if (action === 'reset' && req.method === 'POST') {
    site.pages.clear();
    site.scripts.clear();
    site.requests.length = 0;
    dropHung(site);
    return json(res, 200, { ok: true });
  }
  if (action === 'site' && req.method === 'POST') {
    const created = await startSite();
    return json(res, 200, { baseUrl: created.baseUrl });
  }
  return json(res, 404, { error: `no control action ${req.method} /__control/${action}${path ? '' : ' (is ?path= missing?)'}` });
}

/** The key a request for this path is logged and served under: `/维护.html` and `/%E7%BB%B4%E6%8A%A4.html` alike. */
function pathKey(path: string): string {
  return new URL(path, 'http://fixture.invalid').pathname;
}

function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('hex')}"`;
}

function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function wait(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function json(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function send(res: ServerResponse, status: number, text: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(text);
}
