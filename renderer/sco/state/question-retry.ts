import type { Question, QuizBlock } from '../../../electron/core/contract/course';
import type { ScoState } from './codec';
import { questionCredit, scorePercent } from './scoring';

/**
 * "Probeer deze vraag opnieuw": one question, checked and not fully right, in a quiz whose author
 * allows retries (the same flag as retrying the whole quiz: a quiz without retries stays one try).
 */
export function canRetryQuestion(quiz: QuizBlock, question: Question, state: ScoState): boolean {
  const entry = state.q[question.id];
  return quiz.retry && entry?.[1] === 1 && questionCredit(question, entry[0]) < 1;
}

/**
 * Opens the question again with the learner's last answer in place, so they only change what was
 * wrong. The rest of the attempt stays as it is: the attempt number does not change, and a finished
 * attempt stays finished (its result is updated when the question is checked again, rescoreAttempt).
 */
export function retryQuestion(state: ScoState, quiz: QuizBlock, question: Question): ScoState {
  if (!canRetryQuestion(quiz, question, state)) return state;
  const [answer] = state.q[question.id]!;
  return { ...state, q: { ...state.q, [question.id]: [answer, 0] } };
}

/**
 * A question of a finished attempt checked again: the question's credit is its latest answer, the
 * attempt's time is now, and the best score only goes up (what the LMS got before stays the floor).
 */
export function rescoreAttempt(state: ScoState, quiz: QuizBlock, nowSeconds: number): ScoState {
  if (state.qf === undefined) return state;
  return { ...state, qb: Math.max(state.qb ?? 0, scorePercent(quiz, state)), qf: Math.floor(nowSeconds) };
}
