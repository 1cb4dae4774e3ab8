/** Helpers for tests that run inside workerd: the Worker's fetch with the admin token, and the fixture server's control API. */
import { exports } from 'cloudflare:workers';
import { inject } from 'vitest';

export const ADMIN_TOKEN = 'test-admin-token';

export function api(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(`http://yibao.test${path}`, init);
}

export function admin(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${ADMIN_TOKEN}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(init.json);
  }
  return api(path, { ...init, headers, body });
}

export const fixtureBase = () => inject('fixtureBaseUrl');

/** Serves `body` at `path` on the fixture server (overrides any file there). */
export async function servePage(path: string, body: string, contentType = 'text/html; charset=utf-8'): Promise<string> {
  const res = await fetch(`${fixtureBase()}/__control/page?path=${encodeURIComponent(path)}`, {
    method: 'POST',
    headers: { 'x-content-type': contentType },
    body,
  });
  if (!res.ok) throw new Error(`fixture control failed: ${res.status}`);
  return `${fixtureBase()}${path}`;
}

/** Scripts the next answers for `path`, consumed in order. */
export async function scriptAnswers(path: string, answers: unknown[]): Promise<void> {
  const res = await fetch(`${fixtureBase()}/__control/script?path=${encodeURIComponent(path)}`, {
    method: 'POST',
    body: JSON.stringify(answers),
  });
  if (!res.ok) throw new Error(`fixture control failed: ${res.status}`);
}

export async function requestCount(path: string): Promise<number> {
  const res = await fetch(`${fixtureBase()}/__control/requests?path=${encodeURIComponent(path)}`);
  return ((await res.json()) as { count: number }).count;
}

export async function resetFixtures(): Promise<void> {
  await fetch(`${fixtureBase()}/__control/reset`, { method: 'POST' });
}

export type FixtureSite = Awaited<ReturnType<typeof fixtureSite>>;

/**
 * A fixture site of its own (its own port): pages, scripts, robots.txt and request log that no
 * other test file shares, so files running in parallel cannot reset each other's pages.
 */
export async function fixtureSite() {
  const created = await fetch(`${fixtureBase()}/__control/site`, { method: 'POST' });
  const { baseUrl } = (await created.json()) as { baseUrl: string };
  const control = (action: string, path?: string, init?: RequestInit) =>
    fetch(`${baseUrl}/__control/${action}${path ? `?path=${encodeURIComponent(path)}` : ''}`, init);
  return {
    baseUrl,
    async page(path: string, body: string | Uint8Array, contentType = 'text/html; charset=utf-8') {
      const res = await control('page', path, { method: 'POST', headers: { 'x-content-type': contentType }, body });
      if (!res.ok) throw new Error(`fixture control failed: ${res.status}`);
      return `${baseUrl}${path}`;
    },
    async script(path: string, answers: unknown[]) {
      const res = await control('script', path, { method: 'POST', body: JSON.stringify(answers) });
      if (!res.ok) throw new Error(`fixture control failed: ${res.status}`);
    },
    async requests(path: string) {
      return (await (await control('requests', path)).json()) as { count: number; requests: Array<{ method: string; headers: Record<string, string>; at: number; body?: string }> };
    },
    async reset() {
      await control('reset', undefined, { method: 'POST' });
    },
  };
}

/** A small policy page in the aggregator layout, with a sentence per rule. */
export function policyPage(title: string, sentences: string[], extra = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1><p class="date">2025-03-01</p>${sentences.map((s) => `<p>${s}</p>`).join('')}${extra}</article></body></html>`;
}
