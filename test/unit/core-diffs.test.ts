import { describe, expect, it } from 'vitest';
import { diffFactsBy, sameFactValue } from '../../core/fact-diff';
import { diffSentences } from '../../core/text-diff';

describe('the sentence diff of two versions', () => {
  it('lists the sentence that changed as removed then added, at its place in each version', () => {
    const before = '梧州市2025年城乡居民医保个人缴费每人每年390元。缴费期为9月至12月。逾期不补。';
    const after = '梧州市2025年城乡居民医保个人缴费每人每年410元。缴费期为9月至12月。逾期不补。';
    expect(diffSentences(before, after)).toEqual([
      { op: 'removed', sentence: '梧州市2025年城乡居民医保个人缴费每人每年390元。', index: 0 },
      { op: 'added', sentence: '梧州市2025年城乡居民医保个人缴费每人每年410元。', index: 0 },
    ]);
  });

  it('numbers added and removed sentences in their own versions', () => {
    const changes = diffSentences('甲。乙。丙。', '甲。新的一句。丙。丁。');
    expect(changes).toEqual([
      { op: 'removed', sentence: '乙。', index: 1 },
      { op: 'added', sentence: '新的一句。', index: 1 },
      { op: 'added', sentence: '丁。', index: 3 },
    ]);
  });

  it('finds nothing between texts that differ only in line breaks around sentences', () => {
    expect(diffSentences('甲。\n乙。', '甲。乙。\n')).toEqual([]);
  });

  it('lists a page rewritten past the exact limit as every sentence removed and added', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `旧句${i}。`).join('');
    const after = Array.from({ length: 3000 }, (_, i) => `新句${i}。`).join('');
    const changes = diffSentences(before, after);
    expect(changes.filter((c) => c.op === 'removed')).toHaveLength(3000);
    expect(changes.filter((c) => c.op === 'added')).toHaveLength(3000);
  });
});

describe('the fact diff', () => {
  const fact = (key: string, value: unknown) => ({ key, value });

  it('pairs facts by the identity it is given and sorts them into added, removed, changed and unchanged', () => {
    const diff = diffFactsBy(
      [fact('a', 1), fact('b', { start: '2024-09-01', end: '2024-12-31' }), fact('c', 3)],
      [fact('a', 1), fact('b', { end: '2024-12-31', start: '2024-10-01' }), fact('d', 4)],
      (f) => f.key,
    );
    expect(diff.unchanged).toBe(1);
    expect(diff.added).toEqual([fact('d', 4)]);
    expect(diff.removed).toEqual([fact('c', 3)]);
    expect(diff.changed.map((c) => [c.old.key, c.new.value])).toEqual([['b', { end: '2024-12-31', start: '2024-10-01' }]]);
  });

  it('counts the first fact of an identity only', () => {
    expect(diffFactsBy([fact('a', 1), fact('a', 2)], [fact('a', 1)], (f) => f.key)).toEqual({ added: [], removed: [], changed: [], unchanged: 1 });
  });

  it('reads key order and undefined members as the same value', () => {
    expect(sameFactValue({ start: 'x', end: 'y' }, { end: 'y', start: 'x', note: undefined })).toBe(true);
    expect(sameFactValue(0.065, 0.065)).toBe(true);
    expect(sameFactValue(400, '400')).toBe(false);
  });
});
