/**
 * Issue 13: REVIEW.md tells a lecturer which items test which learning goal. It stays true only if
 * every item it names exists, and every question and scenario of the course is in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../electron/core/course';

const COURSE_DIR = path.resolve(__dirname, '../../../courses/kleine-kinderen-grote-kansen');
const review = fs.readFileSync(path.join(COURSE_DIR, 'REVIEW.md'), 'utf8');

describe('REVIEW.md of kleine-kinderen-grote-kansen', () => {
  const { course } = loadCourse(COURSE_DIR);
  const blocks = (course?.modules ?? []).flatMap((m) => m.sections.flatMap((s) => s.blocks));
  const questions = blocks.flatMap((b) => (b.kind === 'quiz' ? b.questions.map((q) => q.id) : []));
  const scenarios = blocks.flatMap((b) => (b.kind === 'scenario' ? [b.id] : []));
  const others = blocks.flatMap((b) => (b.kind === 'reflection' || b.kind === 'checklist' ? [b.id] : []));
  const named = new Set([...review.matchAll(/`([qsrk]-[a-z0-9-]+)`/g)].map((m) => m[1]!));

  it('names only items that exist in the course', () => {
    const known = new Set([...questions, ...scenarios, ...others]);
    expect([...named].filter((id) => !known.has(id))).toEqual([]);
  });

  it('places every quiz question and every scenario under a learning goal', () => {
    expect(questions.length).toBeGreaterThanOrEqual(64);
    expect([...questions, ...scenarios].filter((id) => !named.has(id))).toEqual([]);
  });
});
