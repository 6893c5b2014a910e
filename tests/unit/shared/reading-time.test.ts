import { describe, expect, it } from 'vitest';
import { readingMinutes, WORDS_PER_MINUTE } from '../../../electron/shared/reading-time';

describe('the reading-time rule', () => {
  it(`gives one minute per ${WORDS_PER_MINUTE} words, rounded up`, () => {
    expect(readingMinutes(WORDS_PER_MINUTE)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE + 1)).toBe(2);
    expect(readingMinutes(WORDS_PER_MINUTE * 3)).toBe(3);
  });

  it('never promises less than a minute for a section with something to read', () => {
    expect(readingMinutes(1)).toBe(1);
  });

  it('gives no time at all for a section without words (a quiz only)', () => {
    expect(readingMinutes(0)).toBe(0);
  });
});
