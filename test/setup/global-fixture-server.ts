/**
 * A local HTTP server that stands in for the sites the scraper visits. It serves the files of
 * `test/fixtures/pages/` byte for byte (so GBK pages stay GBK) with an ETag, answers
 * `If-None-Match` with 304, and bends the answer on request:
 *   ?status=503      answer with that status (the file's body, if any)
 *   ?delay=200       wait that many milliseconds first
 *   ?type=text/html;charset=gbk   use this Content-Type
 * Tests read the base URL with `inject('fixtureBaseUrl')`.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
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

export default async function setup(project: TestProject) {
  const server = createServer((req, res) => {
    serveFixture(req, res).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('fixtureBaseUrl', `http://127.0.0.1:${port}`);

  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

async function serveFixture(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://fixture.invalid');
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

  const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
  const file = join(pagesDir, relative);
  if (!file.startsWith(pagesDir) || file.endsWith(sep)) return send(res, 404, 'not found');

  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return send(res, 404, 'not found');
  }

  const status = Number(url.searchParams.get('status') ?? 200);
  const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
  res.setHeader('etag', etag);
  res.setHeader('content-type', url.searchParams.get('type') ?? CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    return res.end();
  }
  res.statusCode = status;
  res.end(req.method === 'HEAD' ? undefined : body);
}

function send(res: ServerResponse, status: number, text: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(text);
}
