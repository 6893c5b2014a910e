import type { FileIssues, Where } from './issues';

/**
 * Two stems this close (token Jaccard: shared words over all words, each counted once) ask the
 * same thing: at 0.9 a stem of ten words may differ in one word ("niet" included: a negated
 * repeat is still a repeat), while stems that share a topic but ask different things stay apart.
 */
export const NEAR_STEM = 0.9;

/** The words of a stem as compared: case, diacritics, punctuation and spacing do not count. */
export function stemTokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function stemSimilarity(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const w of left) if (right.has(w)) shared++;
  return shared / (left.size + right.size - shared);
}

interface Stem {
  id: string;
  tokens: string[];
  file: string;
  line?: number;
}

/** Every question's stem in the course, so a repeat is reported at the second place, naming the first (as ids are). */
export class StemRegistry {
  private readonly stems: Stem[] = [];

  add(issues: FileIssues, id: string, text: string, at: Where): void {
    const tokens = stemTokens(text);
    if (tokens.length === 0) return;
    const joined = tokens.join(' ');
    let first: Stem | undefined;
    let same = false;
    for (const s of this.stems) {
      if (s.tokens.join(' ') === joined) [first, same] = [s, true];
      else if (!first && stemSimilarity(s.tokens, tokens) >= NEAR_STEM) first = s;
      if (same) break;
    }
    this.stems.push({ id, tokens, file: issues.file, line: at.line });
    if (!first) return;
    issues.warning('question.stem-repeated', at, {
      question: id,
      first: first.id,
      firstFile: first.file,
      firstLine: first.line ?? 0,
      rule: same ? 'same' : 'near',
    });
  }
}
