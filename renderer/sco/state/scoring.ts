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

const isIdentity = (a: number[], n: number) => a.length === n && a.every((v, i) => v === i);

/** All or nothing per question: partial credit would make the pass mark mean different things per quiz. */
export function isCorrect(q: Question, answer: QuizAnswer | undefined): boolean {
  if (answer === undefined) return false;
  switch (q.type) {
    case 'single':
      return q.options.find((o) => o.id === answer)?.correct === true;
    case 'multiple': {
      if (typeof answer !== 'string') return false;
      return q.options.every((o) => o.correct === answer.includes(o.id));
    }
    case 'truefalse':
      return (answer === 1) === q.answer;
    case 'matching':
      return Array.isArray(answer) && isIdentity(answer, q.pairs.length);
    case 'ordering':
      return Array.isArray(answer) && isIdentity(answer, q.items.length);
  }
}

export function scorePercent(quiz: QuizBlock, state: ScoState): number {
  if (quiz.questions.length === 0) return 0;
  const right = quiz.questions.filter((q) => isCorrect(q, state.q[q.id]?.[0])).length;
  return Math.round((100 * right) / quiz.questions.length);
}

export function allChecked(quiz: QuizBlock, state: ScoState): boolean {
  return quiz.questions.every((q) => state.q[q.id]?.[1] === 1);
}
