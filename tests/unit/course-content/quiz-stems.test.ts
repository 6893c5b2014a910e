/**
 * Issue 13, item 5: a learner never meets the same quiz question twice. The review found nine items
 * repeated in two or three modules ("drempels vanzelf kleiner" in 02, 09 and 10, "videocoaching" in
 * 07, 11 and 14, …); this guards the rewrite with the validator's own comparison (stems.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../electron/core/course';
import { NEAR_STEM, stemSimilarity, stemTokens } from '../../../electron/core/course/stems';

const COURSE_DIR = path.resolve(__dirname, '../../../courses/kleine-kinderen-grote-kansen');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name] ?? whole);

describe('the quiz questions of kleine-kinderen-grote-kansen', () => {
  const { course } = loadCourse(COURSE_DIR);
  const stems = (course?.modules ?? []).flatMap((m) =>
    m.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'quiz' ? b.questions : []))
      .map((q) => ({ module: m.file, id: q.id, tokens: stemTokens(textOf(q.promptHtml)) })),
  );

  it('are there to compare', () => {
    expect(stems.length).toBeGreaterThanOrEqual(16 * 4);
  });

  it('never repeat a stem, or nearly, across modules', () => {
    const repeats: string[] = [];
    stems.forEach((a, i) => {
      for (const b of stems.slice(i + 1)) {
        if (a.module === b.module) continue;
        const similarity = stemSimilarity(a.tokens, b.tokens);
        if (similarity >= NEAR_STEM) repeats.push(`${a.id} (${a.module}) ~ ${b.id} (${b.module}): ${similarity.toFixed(2)}`);
      }
    });
    expect(repeats).toEqual([]);
  });
});
