/**
 * The words and line shapes the extractor reads an article's layout by, shared with the page
 * readers that write the text it reads: a related-articles block heading (`相关推荐`), and the test
 * for a line that reads as a heading. A page reader that renders a related block uses the same
 * test, so the extractor sees exactly the headings and snippets the reader meant.
 */

/** Headings of blocks of articles related to this one: rendered as snippets, their links followed. */
export const RELATED_BLOCK_WORDS = [
  '相关推荐', '相关阅读', '相关文章', '推荐阅读', '延伸阅读', '相关问答', '相关资讯', '相关新闻', '相关链接',
  '相关政策', '相关文件',
] as const;

/** Headings of blocks of whatever is popular: a page reader uses one only when a page has no related block. */
export const POPULAR_BLOCK_WORDS = [
  '猜你喜欢', '热门推荐', '热门文章', '热门问答', '大家都在看', '大家都在搜', '为你推荐', '最新文章', '最新问答',
  '精彩推荐',
] as const;

/**
 * A line that is only a block heading, perhaps with a colon and a "more" link
 * (`相关阅读：`, `相关推荐 更多>>`); group 1 is the heading word.
 */
export const RELATED_BLOCK_HEADING = new RegExp(
  `^(${[...RELATED_BLOCK_WORDS, ...POPULAR_BLOCK_WORDS].join('|')})\\s*[:：]?\\s*(?:(?:查看)?更多\\s*[>»›+]*)?$`,
);

export function isRelatedBlockWord(word: string): boolean {
  return (RELATED_BLOCK_WORDS as readonly string[]).includes(word);
}

/** Longest line that can be a heading. */
const MAX_HEADING = 48;
/** A heading with a comma inside must be at most this long (`柳州市，2025年` is one; a clause is not). */
const MAX_HEADING_WITH_COMMA = 24;

/** A heading is a short line with no sentence punctuation inside and none that ends a clause. */
export function readsAsHeading(text: string): boolean {
  if (text.length === 0 || text.length > MAX_HEADING) return false;
  if (/[。；;]/.test(text.slice(0, -1))) return false;
  if (/[。；;，,]$/.test(text)) return false;
  // A label line ("缴费标准:") introduces a list; it is a heading of its own items.
  return !/[，,]/.test(text) || text.length <= MAX_HEADING_WITH_COMMA;
}
