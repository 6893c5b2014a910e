import type { Question, QuizBlock } from '../../../electron/core/contract/course';
import type { QuizAnswer, ScoState } from './codec';
import { shuffledIndexes } from './shuffle';

/** Matching answers hold -1 for a left item without a chosen right item. */
export const UNMATCHED = -1;

/** What an untouched question holds: ordering questions start as their shuffled list, so checking it unchanged is an answer. */
export function initialAnswer(q: Question): QuizAnswer | undefined {
  if (q.type === 'ordering') return shuffledIndexes(q.items.length, q.id);
  if (q.type === 'matching') return q.pairs.map(() => UNMATCHED);
  return undefined;
}

export function isComplete(q: Question, answer: QuizAnswer | undefined): boolean {
  if (answer === undefined) return false;
  switch (q.type) {
    case 'single':
      return typeof answer === 'string' && q.options.some((o) => o.id === answer);
    case 'multiple':
      return typeof answer === 'string' && answer.length > 0;
    case 'truefalse':
      return answer === 0 || answer === 1;
    case 'matching':
      return Array.isArray(answer) && answer.length === q.pairs.length && answer.every((v) => v !== UNMATCHED);
    case 'ordering':
      return Array.isArray(answer) && answer.length === q.items.length;
  }
}

/** Share of places where the learner's index is the authored one (pair i ↔ right i; item i at position i). */
function shareInPlace(answer: QuizAnswer, n: number): number {
  if (!Array.isArray(answer) || answer.length !== n || n === 0) return 0;
  return answer.filter((v, i) => v === i).length / n;
}

/**
 * The credit of one answer, from 0 to 1 (the rule courses/README.md documents):
 * - single, true/false: 1 or 0;
 * - multiple: (right options chosen − wrong options chosen) / right options, never below 0, so
 *   ticking every box cannot earn the whole question;
 * - matching: the share of pairs matched right; ordering: the share of items in their right place.
 */
export function questionCredit(q: Question, answer: QuizAnswer | undefined): number {
  if (answer === undefined) return 0;
  switch (q.type) {
    case 'single':
      return q.options.find((o) => o.id === answer)?.correct === true ? 1 : 0;
    case 'multiple': {
      if (typeof answer !== 'string') return 0;
      const right = q.options.filter((o) => o.correct);
      if (right.length === 0) return 0;
      const chosen = q.options.filter((o) => answer.includes(o.id));
      const net = chosen.filter((o) => o.correct).length - chosen.filter((o) => !o.correct).length;
      return Math.max(0, net) / right.length;
    }
    case 'truefalse':
      return (answer === 1) === q.answer ? 1 : 0;
    case 'matching':
      return shareInPlace(answer, q.pairs.length);
    case 'ordering':
      return shareInPlace(answer, q.items.length);
  }
}

/** Full credit only: what SCORM's `result` reports as `correct` (the issue keeps correct/incorrect, no real numbers). */
export function isCorrect(q: Question, answer: QuizAnswer | undefined): boolean {
  return questionCredit(q, answer) === 1;
}

/** The quiz score in percent: the sum of the questions' credits over the number of questions. */
export function scorePercent(quiz: QuizBlock, state: ScoState): number {
  if (quiz.questions.length === 0) return 0;
  const sum = quiz.questions.reduce((total, q) => total + questionCredit(q, state.q[q.id]?.[0]), 0);
  return Math.round((100 * sum) / quiz.questions.length);
}

export function allChecked(quiz: QuizBlock, state: ScoState): boolean {
  return quiz.questions.every((q) => state.q[q.id]?.[1] === 1);
}

/**
 * The best score a restored state may claim. A finished attempt saved before partial credit
 * (issue 11) was scored all or nothing: the same answers may earn more now, so its best score is
 * raised to match what the quiz shows. Never lowered.
 */
export function restoredBest(quiz: QuizBlock | undefined, state: ScoState): number | undefined {
  if (!quiz || state.qf === undefined || state.qb === undefined || !allChecked(quiz, state)) return state.qb;
  return Math.max(state.qb, scorePercent(quiz, state));
}
