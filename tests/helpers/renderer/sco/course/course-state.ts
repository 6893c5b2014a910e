import { emptyCourseState, type CourseScoState } from '../../../../../electron/shared/course-sco-state';
import type { CourseScoPackage } from '../../../../../electron/core/contract/sco';
import { openModule } from '../../../../../renderer/sco/course/course-actions';
import { playQuiz, visitAll } from '../quiz-fixture';
import { answersOf, UNSCORED } from './course-fixture';

/** Module k opened, every section seen and (when it has one) its quiz finished with the given answers. */
export function completeModule(pkg: CourseScoPackage, k: number, answers: 'right' | 'wrong' = 'right') {
  return (state: CourseScoState): CourseScoState => {
    const modulePkg = pkg.modules[k - 1]!;
    const opened = openModule(pkg, state, k - 1);
    let moduleState = visitAll(modulePkg)(opened.s[modulePkg.module.id]!);
    if (k !== UNSCORED) moduleState = playQuiz(modulePkg, answersOf(k, answers))(moduleState);
    return { ...opened, s: { ...opened.s, [modulePkg.module.id]: moduleState } };
  };
}

/** The given modules completed in order, starting from a first visit. */
export function courseWith(pkg: CourseScoPackage, done: Record<number, 'right' | 'wrong'>): CourseScoState {
  let state = emptyCourseState();
  for (const [k, answers] of Object.entries(done)) state = completeModule(pkg, Number(k), answers)(state);
  return state;
}
