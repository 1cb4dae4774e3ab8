/**
 * Government notice pages: a title, a 发布日期 line, body paragraphs and often a 缴费标准 table
 * (a row per 档次 or group; columns 个人缴费/财政补助/合计, or 缴费基数/缴费比例/月缴费额). The
 * table's rows are rendered as one sentence each, named by the header (see `renderTable`), so
 * the extractor turns them into facts with the row's group as the variant.
 */
import * as cheerio from 'cheerio';
import { NOISE, cleanInline, findPublishedAt, mainContainer, pageTitle, renderArticle } from '../render';

export interface NoticePage {
  title: string;
  text: string;
  publishedAt: string | null;
}

const NOTICE_DATE = /(?:发布日期|发布时间|发文日期|成文日期|日期)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

export function parseGovNotice(html: string): NoticePage {
  const $ = cheerio.load(html);
  const title = cleanInline($('.title, .article-title, #title').first().text()) || pageTitle($);
  const stated = NOTICE_DATE.exec($('body').text());
  const publishedAt = stated ? `${stated[1]}-${stated[2].padStart(2, '0')}-${stated[3].padStart(2, '0')}` : findPublishedAt($);
  $(NOISE).remove();
  return { title, text: renderArticle($, mainContainer($), title).join('\n'), publishedAt };
}

/** A table whose header speaks of contributions: the mark of a 缴费标准 notice. */
export function hasContributionTable(html: string): boolean {
  return /<table[\s\S]{0,4000}?(缴费|档次|基数|财政补助)/i.test(html);
}
