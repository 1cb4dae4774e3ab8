/**
 * Government notice pages (gov.cn sites, most on TRS-style CMSs): a title, a 发布日期 line, the
 * notice's paragraphs and often a 缴费标准 table (a row per 档次 or population group; columns
 * 个人缴费/财政补助/合计, or 缴费基数/缴费比例/月缴费额). Each table row becomes one sentence
 * named by the header (`../table`), under the table's caption or title row, which names the
 * region, year and scheme the rows are for.
 *
 * The page chrome such sites leave inside the content (来源, 字号, 打印) is dropped; a related
 * block (相关链接) is dropped from the text and its same-site links kept for discovery.
 */
import { canonicalUrlOf, sameSiteLinks } from '../links';
import { findRelatedZones, followedZones, removeZones } from '../related';
import {
  NOISE,
  PUBLISHED_LABELS,
  cleanInline,
  documentTitle,
  findPublishedAt,
  inlineText,
  loadPage,
  mainContainer,
  renderArticle,
  removeBylines,
  withoutChrome,
  type Page,
} from '../render';
import type { PageArticle } from '../page-article';
import { leadingRows } from '../table';
import { labelledDate } from '../text';
import type { Element } from 'domhandler';

/** Body containers of the CMSs government sites run on, before the generic ones. */
const NOTICE_BODY = ['#UCAP-CONTENT', '.TRS_Editor', '.TRS_UEDITOR', '#zoom', '.zoom', '.pages_content', '.article-content', '.view', '#content'];
const TITLE_ELEMENTS = '.article-title, .news-title, .detail-title, .content-title, .title, #title, .tit, [class*="article-title"], [class*="news-title"], [class*="detail-title"], [class*="con-title"]';
const CONTRIBUTION_HEADER = /缴费|档次|基数|财政补助|个人缴纳|筹资标准/;

/** A table whose first rows speak of contributions: the mark of a 缴费标准 notice. */
export function hasContributionTable($: Page): boolean {
  return $('table').toArray().some((table) => CONTRIBUTION_HEADER.test(leadingRows(table as Element, 3).map((row) => inlineText(row)).join(' ')));
}

export function parseGovNotice(html: string, url = ''): PageArticle {
  return readGovNotice(loadPage(html), url);
}

/** Reads a loaded page; it is consumed (blocks and chrome are removed from it). */
export function readGovNotice($: Page, url: string): PageArticle {
  const title = noticeTitle($);
  const canonicalUrl = canonicalUrlOf($, url);
  const zones = findRelatedZones($);
  const links = sameSiteLinks(followedZones(zones).flatMap((zone) => zone.items.map((item) => item.href)), url);
  removeZones($, zones);
  // TRS pages declare the date in meta; others only say 发布日期 in the text, which is preferred
  // to a date element (the first one may be the site's "today").
  const declared = cleanInline($('meta[name="PubDate"], meta[name="pubdate"], meta[name="firstpublishedtime"], meta[name="publishdate"]').first().attr('content') ?? '');
  const publishedAt = (declared && findPublishedAt($)) || labelledDate(cleanInline($('body').text()).slice(0, 20_000), PUBLISHED_LABELS) || findPublishedAt($);
  $(NOISE).remove();
  $('[class*="crumb"]').remove();
  const root = mainContainer($, NOTICE_BODY);
  removeBylines($, root);
  const lines = withoutChrome(renderArticle($, root, title));
  if (lines.length && lines[0].trim() === title) lines.shift();
  return { title, text: lines.join('\n'), publishedAt, canonicalUrl, links };
}

/** The notice's title: the CMS's meta, an h1, a title element, else `<title>` without the site name. */
function noticeTitle($: Page): string {
  const meta = cleanInline($('meta[name="ArticleTitle"], meta[name="articletitle"]').first().attr('content') ?? '');
  if (meta) return meta;
  const h1 = $('h1').toArray().find((el) => $(el).closest('nav, [class*="logo"], [id*="logo"], [class*="header"]').length === 0 && inlineText(el));
  if (h1) return inlineText(h1);
  const element = $(TITLE_ELEMENTS).toArray().find((el) => {
    const text = inlineText(el);
    return text.length >= 4 && text.length <= 150 && $(el).closest('head').length === 0;
  });
  return (element ? inlineText(element) : '') || documentTitle($);
}
