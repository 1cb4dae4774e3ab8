/**
 * A diff of two texts by sentence: what a page stopped saying and what it says now. Sentences
 * end at 。！？!? or a line break; the diff is a longest common subsequence over them.
 */

export interface SentenceChange {
  op: 'added' | 'removed';
  sentence: string;
  /** Position of the sentence in its own version's sentence list. */
  index: number;
}

/** Longest inputs compared exactly; beyond it the trimmed common prefix and suffix are diffed. */
const MAX_CELLS = 4_000_000;

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function diffSentences(before: string, after: string): SentenceChange[] {
  const a = sentencesOf(before);
  const b = sentencesOf(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const changes: SentenceChange[] = [];
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    midA.forEach((sentence, i) => changes.push({ op: 'removed', sentence, index: start + i }));
    midB.forEach((sentence, i) => changes.push({ op: 'added', sentence, index: start + i }));
    return changes;
  }
  // lcs[i][j] = length of the LCS of midA[i..] and midB[j..]
  const width = midB.length + 1;
  const lcs = new Uint32Array((midA.length + 1) * width);
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lcs[i * width + j] = midA[i] === midB[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < midA.length && j < midB.length) {
    if (midA[i] === midB[j]) {
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) {
      changes.push({ op: 'removed', sentence: midA[i], index: start + i });
      i++;
    } else {
      changes.push({ op: 'added', sentence: midB[j], index: start + j });
      j++;
    }
  }
  for (; i < midA.length; i++) changes.push({ op: 'removed', sentence: midA[i], index: start + i });
  for (; j < midB.length; j++) changes.push({ op: 'added', sentence: midB[j], index: start + j });
  return changes;
}
