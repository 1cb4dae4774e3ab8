/**
 * Reads an article file for the CLIs: `.txt` (first line is the title) or `.html` (any encoding
 * the page declares or that sniffing finds). Refuses what is not an article with a one-line reason.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeBody, looksBinary } from '../fetch/encoding';
import { parseGenericArticle } from '../sources/generic/parse';
import type { ArticleInput } from '../extract/types';

/** Larger files are not articles; the limit keeps one bad input from stalling a batch. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export class ArticleFileError extends Error {}

export function readArticleFile(path: string): ArticleInput {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new ArticleFileError(`${path} is not a file`);
    size = stats.size;
  } catch (error) {
    if (error instanceof ArticleFileError) throw error;
    throw new ArticleFileError(`cannot read ${path}: no such file`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new ArticleFileError(`${path} is ${(size / 1024 / 1024).toFixed(1)} MB; articles larger than ${MAX_FILE_BYTES / 1024 / 1024} MB are refused`);
  }
  const bytes = new Uint8Array(readFileSync(path));
  if (bytes.length === 0) return { title: '', text: '' };
  if (looksBinary(bytes)) throw new ArticleFileError(`${path} is a binary file, not a .txt or .html article`);
  const { text } = decodeBody(bytes);
  const isHtml = /^\.html?$/i.test(extname(path)) || /^\s*<(!doctype|html|head|body)/i.test(text.slice(0, 200));
  if (isHtml) {
    const article = parseGenericArticle(text);
    return { title: article.title, text: article.text, ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) };
  }
  const newline = text.indexOf('\n');
  const title = (newline < 0 ? text : text.slice(0, newline)).trim();
  return { title, text: newline < 0 ? '' : text.slice(newline + 1) };
}
