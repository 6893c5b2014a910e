/**
 * The reading-time rule, written once: 200 words a minute, a common figure for attentive reading of
 * non-fiction prose in Dutch (readers of study texts are slower than the ~240 quoted for fiction). Rounded
 * up, and never below one minute, so a short section does not claim to take no time at all.
 */
export const WORDS_PER_MINUTE = 200;

export function readingMinutes(words: number): number {
  if (!Number.isFinite(words) || words <= 0) return 0;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
