import { blocksOf, type QuizAnswer, type ScoState } from '../../../../renderer/sco/state/codec';
import type { QuizBlock } from '../../../../electron/core/contract/course';
import type { ScoPackage } from '../../../../electron/core/contract/sco';
import { check, finishQuiz, visit } from '../../../../renderer/sco/state/actions';

/** Answers to the fixture's five questions: right ones, and wrong ones (no credit at all) that are still complete. */
export const RIGHT: Record<string, QuizAnswer> = {
  'q-onderzoeken-doel': 'b',
  'q-onderzoeken-werkwoorden': 'abd',
  'q-onderzoeken-dialoog': 0,
  'q-onderzoeken-voorbeelden': [0, 1, 2, 3],
  'q-onderzoeken-waterbak': [0, 1, 2, 3],
};
export const WRONG: Record<string, QuizAnswer> = {
  'q-onderzoeken-doel': 'a',
  'q-onderzoeken-werkwoorden': 'c',
  'q-onderzoeken-dialoog': 1,
  'q-onderzoeken-voorbeelden': [1, 0, 3, 2],
  'q-onderzoeken-waterbak': [1, 0, 3, 2],
};

export function quizOf(pkg: ScoPackage): QuizBlock {
  return blocksOf(pkg.module, 'quiz')[0]!;
}

/** Checks every question with the given answers and finishes the attempt, as the quiz UI does. */
export function playQuiz(pkg: ScoPackage, answers: Record<string, QuizAnswer>, at = 1_700_000_000) {
  return (s: ScoState): ScoState => {
    let next = s;
    for (const q of quizOf(pkg).questions) next = check(next, q.id, answers[q.id]!);
    return finishQuiz(next, quizOf(pkg), at);
  };
}

export function visitAll(pkg: ScoPackage, end = pkg.module.sections.length - 1) {
  return (s: ScoState): ScoState => {
    let next = s;
    for (let i = 0; i < pkg.module.sections.length; i++) next = visit(next, i);
    return visit(next, end);
  };
}

/**
 * Two right, one wrong, two partly right: 1 + 0 + 2/3 (two of three verbs) + 1 + 1/2 (two of four
 * pairs) = 3.17 of 5 = 63 %, under the pass mark of 75 % (all or nothing would have said 40 %).
 */
export const MIXED: Record<string, QuizAnswer> = {
  ...RIGHT,
  'q-onderzoeken-doel': 'a',
  'q-onderzoeken-werkwoorden': 'ab',
  'q-onderzoeken-voorbeelden': [1, 0, 2, 3],
};
