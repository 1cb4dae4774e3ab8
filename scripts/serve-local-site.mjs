#!/usr/bin/env node
/**
 * A static server for `data/local-site/` (or the folder given), to try the scrape loop locally:
 *   node scripts/serve-local-site.mjs [dir] [port]     (default data/local-site, 8000)
 * Pages are read at every request, so editing a file is what the next scrape sees.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? 'data/local-site');
const port = Number(process.argv[3] ?? process.env.SITE_PORT ?? 8000);

createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname)).replace(/^([/\\])+/, '');
  const file = join(dir, path || 'index.html');
  if (!file.startsWith(dir)) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${dir} on http://127.0.0.1:${port}/`));
