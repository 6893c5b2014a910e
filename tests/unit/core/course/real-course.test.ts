import { describe, expect, it } from 'vitest';
import type { Block, ModuleDocument } from '../../../../electron/core/contract';
import { formatIssue, loadCourse } from '../../../../electron/core/course';
import { errorsOf, REAL_COURSE } from '../../../helpers/core/course/fixtures';

const blocksOf = (m: ModuleDocument): Block[] => m.sections.flatMap((s) => s.blocks);

describe('the course kleine-kinderen-grote-kansen', () => {
  const { course, issues } = loadCourse(REAL_COURSE);

  it('compiles without errors', () => {
    expect(errorsOf(issues).map(formatIssue)).toEqual([]);
    expect(course?.id).toBe('kleine-kinderen-grote-kansen');
  });

  it('has 16 modules of 600 to 1500 words', () => {
    expect(course?.modules).toHaveLength(16);
    for (const m of course?.modules ?? []) {
      expect(m.wordCount, m.file).toBeGreaterThanOrEqual(600);
      expect(m.wordCount, m.file).toBeLessThanOrEqual(1500);
    }
  });

  it('gives every module a reflection and a quiz of at least 4 questions of at least 2 types', () => {
    for (const m of course?.modules ?? []) {
      const blocks = blocksOf(m);
      expect(blocks.filter((b) => b.kind === 'reflection').length, m.file).toBeGreaterThanOrEqual(1);
      const quizzes = blocks.filter((b) => b.kind === 'quiz');
      expect(quizzes, m.file).toHaveLength(1);
      const questions = quizzes[0]?.questions ?? [];
      expect(questions.length, m.file).toBeGreaterThanOrEqual(4);
      expect(new Set(questions.map((q) => q.type)).size, m.file).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every lever module a checklist', () => {
    const leverModules = course?.modules.filter((m) => m.id.startsWith('hefboom-')) ?? [];
    expect(leverModules).toHaveLength(7);
    for (const m of leverModules)
      expect(
        blocksOf(m).some((b) => b.kind === 'checklist'),
        m.file,
      ).toBe(true);
  });
});
