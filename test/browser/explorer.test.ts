/**
 * The explorer in headless Chromium against the Worker on a local D1 with the bundled sample.
 * Reading and the forms run with JavaScript off; every page is also checked with it on for
 * console errors, sideways scrolling at 390 px and axe-core's serious or critical violations.
 * Any request to somewhere other than the Worker fails the run. Each page is saved as a
 * screenshot under test/artifacts/explorer/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';

const base = inject('explorerBase');
const adminToken = inject('explorerAdminToken');
const ARTIFACTS = fileURLToPath(new URL('../artifacts/explorer/', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
const outside: string[] = [];

/** A context that lets requests reach the Worker only; anything else is recorded and refused. */
async function context(options: { javaScriptEnabled: boolean }): Promise<BrowserContext> {
  const ctx = await browser.newContext({ ...options, viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const origin = new URL(base).origin;
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  return ctx;
}

async function open(page: Page, path: string, status = 200) {
  const response = await page.goto(base + path);
  expect(response?.status(), path).toBe(status);
  return response!;
}

/** Every page the explorer has, by a name for its screenshot, and the status it should answer. */
const PAGES: { name: string; path: string; status?: number }[] = [
  { name: 'home', path: '/' },
  { name: 'search', path: `/search?q=${encodeURIComponent('城中')}` },
  { name: 'region-liuzhou', path: '/regions/450200' },
  { name: 'region-zhanjiang-conflict', path: '/regions/440800?scheme=resident&year=2025' },
  { name: 'region-diff-dandong', path: '/regions/210600/diff?scheme=flexible&from=2024&to=2025' },
  { name: 'waiting-period', path: `/calculate/waiting-period?region=${encodeURIComponent('青岛')}&scheme=resident&years.from=2025&years.to=2026&paidOn=2026-11-15` },
  { name: 'back-payment', path: `/calculate/back-payment?region=650200&scheme=flexible&variant=${encodeURIComponent('统账结合')}&months.from=2025-01&months.to=2025-04&paidOn=2025-05-20` },
  { name: 'changes', path: '/changes' },
  { name: 'article', path: '/articles/1' },
  { name: 'error-unknown-region', path: '/regions/999999', status: 404 },
  { name: 'error-bad-form', path: '/calculate/waiting-period?region=370200&scheme=resident&paidOn=2026-13-45', status: 400 },
];

// The lapse assessment page is there once the API has its route (issue 12); then it must pass too.
const apiPaths = base ? ((await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, unknown> }).paths : {};
if ('/v1/calculate/lapse' in apiPaths) {
  PAGES.push({ name: 'lapse', path: `/calculate/lapse?region=650200&scheme=flexible&variant=${encodeURIComponent('统账结合')}&months.from=2025-01&months.to=2025-04&paidOn=2025-05-20` });
}

describe.skipIf(!base)('the explorer in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('with JavaScript off', () => {
    let ctx: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ctx = await context({ javaScriptEnabled: false });
      page = await ctx.newPage();
    });
    afterAll(() => ctx?.close());

    it('finds 柳州 from the search box and shows its 400 yuan with the sentence and a link to the source', async () => {
      await open(page, '/');
      await page.fill('input[type="search"][name="q"]', '柳州');
      await Promise.all([page.waitForURL(/\/regions\/450200/), page.click('form.search button[type="submit"]')]);
      const fact = page.locator('article.fact[data-key="contribution.individual_annual"]');
      await expect(fact.locator('.value').textContent()).resolves.toBe('400 元');
      await expect(fact.locator('blockquote mark').first().textContent()).resolves.toBe('400');
      const link = fact.locator('figcaption a').first();
      await expect(link.getAttribute('href')).resolves.toBe('https://yibao.example/sample/liuzhou-resident-2025.html');
      await expect(fact.locator('.badge.official').count()).resolves.toBeGreaterThan(0);
    });

    it('draws 柳州 contribution chart as SVG, a point for each policy year', async () => {
      await open(page, '/regions/450200?scheme=resident');
      const chart = page.locator('figure.chart[data-key="contribution.individual_annual"] svg');
      await expect(chart.count()).resolves.toBe(1);
      await expect(chart.locator('circle').count()).resolves.toBe(2);
      await expect(chart.locator('polyline').count()).resolves.toBe(1);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(80);
      await expect(chart.getAttribute('aria-label')).resolves.toMatch(/2024年 .*2025年 400 元/);
      // The README's picture (docs/explorer-liuzhou.png is a copy): the page's top at a desktop width.
      await page.setViewportSize({ width: 960, height: 760 });
      await page.screenshot({ path: `${ARTIFACTS}readme-region-liuzhou.png` });
      await page.setViewportSize({ width: 390, height: 844 });
    });

    it('shows 丹东 flexible base 5203 → 5480 between the 2024 and 2025 policy years, each with its sentence', async () => {
      await open(page, '/regions/210600/diff?scheme=flexible&from=2024&to=2025');
      const change = page.locator('article.fact[data-key="contribution.base_monthly"]');
      await expect(change.locator('p.value').textContent()).resolves.toMatch(/5203 元\s*→\s*5480 元/);
      await expect(change.locator('blockquote').count()).resolves.toBe(2);
    });

    it('answers the waiting-period form for 青岛 (no cover 2025–2026, paid 2026-11-15) with 2027-05-01, as a link one can share', async () => {
      await open(page, '/calculate/waiting-period');
      await page.fill('[name="region"]', '青岛');
      await page.selectOption('[name="scheme"]', 'resident');
      // The lapse is policy years: `years.*` where the API names it so, else `lapse.*`.
      const period = (await page.locator('[name="years.from"]').count()) ? 'years' : 'lapse';
      await page.fill(`[name="${period}.from"]`, '2025');
      await page.fill(`[name="${period}.to"]`, '2026');
      await page.fill('[name="paidOn"]', '2026-11-15');
      await Promise.all([page.waitForURL(/paidOn=2026-11-15/), page.click('main form button[type="submit"]')]);
      await expect(page.locator('.result .answer').first().textContent()).resolves.toContain('2027-05-01');
      await expect(page.locator('ol.trace li').count()).resolves.toBeGreaterThan(2);
      const shared = await ctx.newPage();
      await open(shared, new URL(page.url()).pathname + new URL(page.url()).search);
      await expect(shared.locator('.result .answer').first().textContent()).resolves.toContain('2027-05-01');
      await shared.close();
    });

    it('marks the field a refused form got wrong, in Chinese, with the API status', async () => {
      await open(page, '/calculate/waiting-period?region=370200&scheme=resident&paidOn=2026-13-45', 400);
      await expect(page.locator('.alert').textContent()).resolves.toContain('缴费日期');
      await expect(page.locator('.field.invalid [name="paidOn"]').count()).resolves.toBe(1);
      await expect(page.locator('[name="paidOn"]').getAttribute('aria-invalid')).resolves.toBe('true');
    });

    it('answers an unknown region with a 404 page in Chinese that says how to find one', async () => {
      await open(page, '/regions/999999', 404);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
      await expect(page.locator('h1').textContent()).resolves.toBe('没有这个地区');
      await expect(page.locator('input[name="q"]').count()).resolves.toBe(1);
    });

    it('shows an article\'s versions and the sentences that changed between them', async () => {
      const url = 'https://ybj.qinzhou.example.gov.cn/resident-2025.html';
      for (const amount of ['360', '375']) {
        const response = await fetch(`${base}/v1/admin/articles`, {
          method: 'POST',
          headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ url, title: '钦州市2025年度城乡居民医保缴费安排', text: `钦州市2025年度城乡居民医保缴费安排\n钦州市2025年度城乡居民基本医疗保险个人缴费标准为每人每年${amount}元。缴费请通过线上渠道办理。` }),
        });
        expect(response.status).toBe(201);
      }
      const id = await articleIdOf(url);
      await open(page, `/articles/${id}`);
      await expect(page.locator('table tbody tr').count()).resolves.toBe(2);
      await expect(page.locator('.sentence.removed').textContent()).resolves.toContain('360元');
      await expect(page.locator('.sentence.added').textContent()).resolves.toContain('375元');
      await expect(page.locator('main').textContent()).resolves.toMatch(/360 元\s*→\s*375 元/);
      await page.screenshot({ path: `${ARTIFACTS}article-diff.png`, fullPage: true });
    });

    it('renders every page without a script', async () => {
      for (const { path, status } of PAGES) {
        await open(page, path, status);
        await expect(page.locator('script').count(), path).resolves.toBe(0);
        await expect(page.locator('main h1').count(), path).resolves.toBe(1);
      }
    });
  });

  describe('with JavaScript on, at 390 px', () => {
    let ctx: BrowserContext;
    beforeAll(async () => {
      ctx = await context({ javaScriptEnabled: true });
    });
    afterAll(() => ctx?.close());

    it.each(PAGES)('$name: no console error, no sideways scroll, no serious axe violation', async ({ name, path, status }) => {
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        // A page answered with an error status logs the failed load of that very document.
        if (message.type() === 'error' && !(status && message.text().includes(`status of ${status}`))) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await open(page, path, status);
      await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
      // Runs in the page, where these are the DOM's (the project's own types are workerd's).
      const widths = await page.evaluate(() => {
        const { document, innerWidth } = globalThis as unknown as { document: { documentElement: { scrollWidth: number } }; innerWidth: number };
        return { scroll: document.documentElement.scrollWidth, viewport: innerWidth };
      });
      expect(widths.scroll, `${path} is wider than the screen`).toBeLessThanOrEqual(widths.viewport);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const { axe, document } = globalThis as unknown as { document: unknown; axe: { run: (context: unknown, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } };
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), path).toEqual([]);
      expect(errors, path).toEqual([]);
      await page.close();
    });
  });

  it('sent no request anywhere but the Worker', () => {
    expect(outside).toEqual([]);
  });
});

async function articleIdOf(url: string): Promise<number> {
  for (let id = 1; id < 100; id++) {
    const response = await fetch(`${base}/v1/articles/${id}/versions`);
    if (response.status === 404) break;
    const body = (await response.json()) as { article: { url: string } };
    if (body.article.url === url) return id;
  }
  throw new Error(`no article for ${url}`);
}
