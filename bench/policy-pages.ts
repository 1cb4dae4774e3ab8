/**
 * Policy pages for the scraping bench, in the style of the corpus: a notice from a city's 医保局
 * with its year, contribution standards, payment window and lapse rules, among the usual
 * government-site chrome and paragraphs that state no rule. Regions, years and figures vary page
 * by page; the same index always gives the same page. Served from a local HTTP server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { allRegions, type Region } from '../domain/gazetteer/index';

export interface PolicyPage {
  path: string;
  html: string;
}

const CHROME_LINKS = ['首页', '机构概况', '政务公开', '政策法规', '医保服务', '互动交流', '专题专栏', '办事指南', '公示公告', '统计数据'];

const PROSE = [
  '为进一步做好城乡居民基本医疗保险参保缴费工作，切实保障参保群众的基本医疗需求，现将有关事项通知如下。',
  '各级医疗保障部门要加强宣传引导，通过多种渠道向群众讲清参保缴费政策，提高群众参保意识。',
  '参保人可通过当地医保服务大厅、银行网点、微信或支付宝小程序等渠道办理缴费，缴费后可查询缴费记录。',
  '医疗保障经办机构应当优化经办流程，推行线上办理，做到应保尽保，不断提升服务质量和群众满意度。',
  '有关政策如有调整，以上级医疗保障部门最新发布的文件为准。如有疑问，请咨询当地医保经办机构。',
];

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];

function chrome(city: string, body: string, n: number): string {
  const nav = CHROME_LINKS.map((label, i) => `<li><a href="/col/${i + 1}/index.html">${label}</a></li>`).join('');
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/related/${(n + i) % 97}.html">${city}医疗保障局关于做好第${i + 1}批医保工作的通知</a><span>2024-0${(i % 9) + 1}-1${i}</span></li>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${city}医疗保障局</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/site.css">
<script>window.siteConfig = { id: ${n}, stat: true, search: "/search" };</script></head>
<body><header class="top"><div class="logo">${city}医疗保障局</div><form class="search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></header>
<nav><ul>${nav}</ul></nav>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/5/index.html">政务公开</a> &gt; 通知公告</div>
<div class="main"><div class="content">${body}</div>
<aside><h3>相关文章</h3><ul>${related}</ul></aside></div>
<footer><p>主办单位：${city}医疗保障局 地址：${city}人民路1号 电话：12393</p><p>网站标识码：${4500000000 + n} 备案号：桂ICP备${10000000 + n}号</p></footer>
<script src="/js/stat.js"></script></body></html>`;
}

function notice(region: Region, year: number, n: number): string {
  const city = region.name;
  const individual = 320 + (n % 12) * 10;
  const subsidy = 610 + (n % 7) * 15;
  const base = 4200 + (n % 20) * 73;
  const rate = pick(['5.5', '6', '6.8', '7', '8'], n);
  const sentences = [
    `${year}年度${city}城乡居民医保个人缴费标准为每人每年${individual}元。`,
    `${year}年度${city}城乡居民基本医疗保险人均财政补助标准为每人每年${subsidy}元。`,
    `${city}${year}年度城乡居民基本医疗保险集中缴费期为${year - 1}年9月1日至${year - 1}年12月31日。`,
    `未在集中缴费期缴费的${city}居民，设置缴费后固定待遇等待期3个月。`,
    `未连续参保的，每多断保1年，增加变动待遇等待期${1 + (n % 2)}个月。`,
    `${year}年${city}灵活就业人员医保缴费基数为${base}元，缴费比例为${rate}%。`,
    `${city}职工医保断缴3个月内补缴的，视同连续参保，补缴到账次月恢复医保待遇。`,
    `因个人原因欠缴的，补缴时按日加收万分之五的滞纳金。`,
  ];
  // Rules come in a varying order and amount, with prose between them, as real notices do.
  const chosen = sentences.filter((_, i) => (n + i) % 5 !== 0);
  const paragraphs: string[] = [];
  chosen.forEach((sentence, i) => {
    paragraphs.push(`<p>${sentence}</p>`);
    for (let k = 0; k <= (n + i) % 3; k++) paragraphs.push(`<p>${pick(PROSE, n + i + k)}</p>`);
  });
  const title = `${city}医疗保障局关于做好${year}年度城乡居民基本医疗保险参保缴费工作的通知`;
  return chrome(
    city,
    `<h1>${title}</h1><p class="date">发布日期：${year - 1}-08-${String(1 + (n % 28)).padStart(2, '0')} 来源：${city}医疗保障局</p>
<div class="TRS_Editor">${paragraphs.join('\n')}</div>`,
    n,
  );
}

/** `count` pages, the `from`th onwards, over the prefectures of the gazetteer and the years 2023–2027. */
export function policyPages(count: number, from = 0): PolicyPage[] {
  const prefectures = allRegions().filter((region) => region.level === 'prefecture');
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return { path: `/notice/${n}.html`, html: notice(prefectures[(n * 7) % prefectures.length], 2023 + (n % 5), n) };
  });
}

export interface PageServer {
  /** Page n's address, on host n % hosts. */
  urls: string[];
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Sites on ports of their own: each is a host to the fetcher, which asks one at a time. */
  hosts?: number;
  /** How long each answer waits before it starts, as a site across a network would. */
  latencyMs?: number;
}

/** Serves the pages on 127.0.0.1 (robots.txt and anything else: 404). */
export async function servePages(pages: PolicyPage[], options: ServeOptions = {}): Promise<PageServer> {
  const hosts = Math.max(1, options.hosts ?? 1);
  const latencyMs = options.latencyMs ?? 0;
  const bodies = new Map(pages.map((page) => [page.path, Buffer.from(page.html)]));
  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const body = bodies.get(request.url ?? '');
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
  };
  const servers = await Promise.all(
    Array.from({ length: hosts }, () =>
      listen(createServer((request, response) => (latencyMs > 0 ? setTimeout(answer, latencyMs, request, response) : answer(request, response)))),
    ),
  );
  return {
    urls: pages.map((page, n) => servers[n % hosts].base + page.path),
    close: () => Promise.all(servers.map((server) => server.close())).then(() => undefined),
  };
}

function listen(server: Server): Promise<{ base: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolve({ base: `http://127.0.0.1:${port}`, close });
    });
  });
}
