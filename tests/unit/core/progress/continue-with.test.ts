import { describe, expect, it } from 'vitest';
import type { ModuleProgress } from '../../../../electron/core/contract';
import { continueWith } from '../../../../electron/core/progress/dashboard';
import { moduleStatusOf } from '../../../../electron/shared/progress-rules';

type Worked = Pick<ModuleProgress, 'completion'> & { at?: string };

/** Modules m1…mN in course order; `at` is when the learner last worked on it. */
function course(...worked: Worked[]): ModuleProgress[] {
  return worked.map((w, i) => ({
    moduleId: `m${i + 1}`,
    title: `Module ${i + 1}`,
    levers: [],
    completion: w.completion,
    success: 'unknown',
    status: moduleStatusOf(w.completion, 'unknown', false),
    scorePercent: null,
    passPercent: null,
    timeSeconds: 0,
    updatedAt: w.at ?? null,
    attempts: w.at ? 1 : 0,
    sectionIndex: null,
    sectionsTotal: 3,
    sectionTitle: null,
    questionsCorrect: 0,
    questionsTotal: 0,
    followedInSession: null,
  }));
}

const fresh: Worked = { completion: 'not attempted' };

describe('continueWith: where "Ga verder" takes the learner', () => {
  it('starts a new learner at the first module', () => {
    expect(continueWith(course(fresh, fresh, fresh))?.moduleId).toBe('m1');
  });

  it('returns to the module in progress, not to an earlier module never started (issue 11: module 6, not 2)', () => {
    const modules = course(
      { completion: 'completed', at: '2026-12-01T10:00:00Z' },
      fresh,
      fresh,
      fresh,
      fresh,
      { completion: 'incomplete', at: '2026-12-01T09:00:00Z' },
    );
    expect(continueWith(modules)?.moduleId).toBe('m6');
  });

  it('of two modules in progress, takes the one worked on most recently', () => {
    const modules = course({ completion: 'incomplete', at: '2026-12-01T09:00:00Z' }, { completion: 'incomplete', at: '2026-12-02T09:00:00Z' }, fresh);
    expect(continueWith(modules)?.moduleId).toBe('m2');
  });

  it('after finishing a module with nothing in progress, goes on to the next unfinished one in course order', () => {
    const modules = course({ completion: 'completed', at: '2026-12-01T09:00:00Z' }, fresh, { completion: 'completed', at: '2026-12-02T09:00:00Z' }, fresh);
    expect(continueWith(modules)?.moduleId).toBe('m4');
  });

  it('wraps around to an unfinished module earlier in the course when the last one was finished', () => {
    const modules = course(fresh, { completion: 'completed', at: '2026-12-01T09:00:00Z' }, { completion: 'completed', at: '2026-12-02T09:00:00Z' });
    expect(continueWith(modules)?.moduleId).toBe('m1');
  });

  it('offers nothing once every module is completed', () => {
    const done: Worked = { completion: 'completed', at: '2026-12-01T09:00:00Z' };
    expect(continueWith(course(done, done))).toBeNull();
  });
});
