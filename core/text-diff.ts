/**
 * A diff of two texts by sentence: what a page stopped saying and what it says now. Sentences
 * end at 。！？!? or a line break; `diff` (jsdiff, Myers' algorithm) compares the sentence lists.
 */
import { diffArrays } from 'diff';

export interface SentenceChange {
  op: 'added' | 'removed';
  sentence: string;
  /** Position of the sentence in its own version's sentence list. */
  index: number;
}

/**
 * Most sentences added plus removed that are worked out exactly; past it (a page rewritten from
 * top to bottom) every sentence of the old text is removed and every one of the new added.
 */
const MAX_EDIT_LENGTH = 1_000;

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？!?])|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function diffSentences(before: string, after: string): SentenceChange[] {
  const a = sentencesOf(before);
  const b = sentencesOf(after);
  const parts = diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH });
  if (!parts) {
    return [
      ...a.map((sentence, index) => ({ op: 'removed' as const, sentence, index })),
      ...b.map((sentence, index) => ({ op: 'added' as const, sentence, index })),
    ];
  }
  const changes: SentenceChange[] = [];
  let inBefore = 0;
  let inAfter = 0;
  for (const part of parts) {
    if (part.removed) {
      part.value.forEach((sentence, i) => changes.push({ op: 'removed', sentence, index: inBefore + i }));
      inBefore += part.value.length;
    } else if (part.added) {
      part.value.forEach((sentence, i) => changes.push({ op: 'added', sentence, index: inAfter + i }));
      inAfter += part.value.length;
    } else {
      inBefore += part.value.length;
      inAfter += part.value.length;
    }
  }
  return changes;
}
