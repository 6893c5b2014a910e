import type { CourseScoState } from '../../../electron/shared/course-sco-state';
import { moduleStatus, type ModuleStatus } from '../../../electron/shared/progress-rules';
import type { CourseScoPackage, ScoPackage } from '../../../electron/core/contract/sco';
import { emptyState, type ScoState } from '../state/codec';
import { moduleProgress, type ScoProgress } from '../state/progress';

export type { ModuleStatus };

/** One module of a course SCO with its state (empty when never opened) and progress. */
export interface CourseScoModule {
  pkg: ScoPackage;
  /** The module's place in the package (the course state's `m`). */
  index: number;
  state: ScoState;
  progress: ScoProgress;
  status: ModuleStatus;
  /** A quiz with questions: the module counts in the course's score. */
  scored: boolean;
}

export function moduleEntries(pkg: CourseScoPackage, state: CourseScoState): CourseScoModule[] {
  return pkg.modules.map((modulePkg, index) => {
    const own = state.s[modulePkg.module.id];
    const moduleState = own ?? emptyState(modulePkg.module);
    const progress = moduleProgress(modulePkg.module, moduleState);
    // Opened but nothing seen yet is still begun: the learner was there.
    const status: ModuleStatus = progress.status === 'not-started' && own ? 'in-progress' : progress.status;
    return { pkg: modulePkg, index, state: moduleState, progress, status, scored: (progress.quiz?.questions.length ?? 0) > 0 };
  });
}

/**
 * The score of a set of modules: the average of the best scores of its scored modules, a scored
 * module whose quiz is not finished yet counting 0 (so the grade grows with the course instead of
 * showing the best single module, issue 9 §5). Undefined until at least one quiz is finished.
 */
export function averageScore(entries: CourseScoModule[]): number | undefined {
  const scored = entries.filter((e) => e.scored);
  if (!scored.some((e) => e.progress.best !== undefined)) return undefined;
  const sum = scored.reduce((total, e) => total + (e.progress.best ?? 0), 0);
  // Two decimals: a CMIDecimal / real(10,7) holds it, and "66.67" reads better than 66.666…
  return Math.round((sum / scored.length) * 100) / 100;
}

/**
 * Several modules seen as one, in the shape status.ts judges a module by, so a course (or the
 * modules serving a lever) gets the same statuses and never-downgrade rules as one module: done
 * when every module is completed; its "quiz" is finished then, passed when every scored module
 * passed. `quiz` is one of the modules' quizzes only to say that the set is scored.
 */
export function combinedProgress(entries: CourseScoModule[]): ScoProgress {
  const scored = entries.filter((e) => e.scored);
  const completed = entries.length > 0 && entries.every((e) => e.progress.completed);
  const passed = completed && scored.length > 0 && scored.every((e) => e.progress.passed);
  return {
    seenCount: entries.filter((e) => e.progress.completed).length,
    allSeen: completed,
    quiz: scored[0]?.progress.quiz,
    quizFinished: completed && scored.length > 0,
    best: averageScore(entries),
    passed,
    completed,
    status: moduleStatus({ started: entries.some((e) => e.status !== 'not-started'), completed, hasQuiz: scored.length > 0, passed }),
  };
}
