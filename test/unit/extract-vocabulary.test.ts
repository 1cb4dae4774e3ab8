import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../scrapers/extract/index';
import { parseStructure } from '../../scrapers/extract/structure';
import { RELATED_BLOCK_HEADING, readsAsHeading } from '../../scrapers/extract/vocabulary';
import { renderRelated } from '../../scrapers/sources/related';

describe('the layout vocabulary the page readers and the extractor share', () => {
  it('takes every block heading a page reader follows as the start of snippets in the text', () => {
    for (const word of ['相关推荐', '相关新闻', '相关政策', '精彩推荐', '大家都在看', '最新问答']) {
      const { lines } = parseStructure(`标题\n正文一句。\n${word}\n\n另一篇\n`, '标题');
      expect(lines.find((line) => line.text === word)?.kind, word).toBe('zone-marker');
    }
    expect(RELATED_BLOCK_HEADING.exec('相关阅读 更多>>')?.[1]).toBe('相关阅读');
    expect(RELATED_BLOCK_HEADING.test('相关推荐的文章都在这里')).toBe(false);
  });

  it('renders a summary the extractor would read as a heading so that it reads as a sentence', () => {
    const lines = renderRelated([
      { title: '2025年梧州居民医保怎么交', summary: '梧州居民医保断缴了还能补吗？', dateLine: '健康问答 2025-02-01', href: null },
    ]);
    const summary = lines[3];
    expect(readsAsHeading('梧州居民医保断缴了还能补吗？')).toBe(true);
    expect(readsAsHeading(summary)).toBe(false);
    const { lines: read } = parseStructure(lines.join('\n'), '');
    expect(read.find((line) => line.text === summary)?.kind).toBe('paragraph');
  });

  it('reads a short line without a full stop as a heading and a clause as a sentence', () => {
    expect(readsAsHeading('缴费标准:')).toBe(true);
    expect(readsAsHeading('个人缴费400元，')).toBe(false);
    expect(readsAsHeading('')).toBe(false);
    expect(readsAsHeading('很长'.repeat(25))).toBe(false);
    expect(extractFacts({ title: 't', text: 't\n相关政策\n\n2025年梧州市居民医保\n个人缴费标准为每人每年390元。\n' }).map((f) => f.region)).toEqual(['450400']);
  });
});
