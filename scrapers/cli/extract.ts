/**
 * `npm run --silent extract -- <file>`: prints `{"facts":[...]}` for one article file on stdout.
 * Diagnostics go to stderr as one line; a bad input exits non-zero, never with a stack trace.
 */
import { extractFacts } from '../extract/index';
import { ArticleFileError, readArticleFile } from './article-file';

function main(argv: string[]): number {
  const path = argv.find((arg) => !arg.startsWith('-'));
  if (!path) {
    process.stderr.write('usage: npm run --silent extract -- <article.txt|article.html>\n');
    return 2;
  }
  try {
    const facts = extractFacts(readArticleFile(path));
    process.stdout.write(`${JSON.stringify({ facts })}\n`);
    return 0;
  } catch (error) {
    const reason = error instanceof ArticleFileError ? error.message : `could not extract ${path}: ${(error as Error).message ?? error}`;
    process.stderr.write(`extract: ${reason}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
