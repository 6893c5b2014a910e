import { describe, expect, it } from 'vitest';
import type { QuizBlock } from '../../../../../electron/core/contract/course';
import { emptyState, type ScoState } from '../../../../../renderer/sco/state/codec';
import { canRetryQuestion, rescoreAttempt, retryQuestion } from '../../../../../renderer/sco/state/question-retry';

const tf = (id: string, answer: boolean) => ({ type: 'truefalse' as const, id, promptHtml: '', answer });
const quiz: QuizBlock = { kind: 'quiz', id: 'q', title: 'Quiz', pass: 75, retry: true, questions: [tf('a', true), tf('b', true)] };
const [a, b] = quiz.questions as [QuizBlock['questions'][number], QuizBlock['questions'][number]];

/** "a" answered wrong, "b" right, both checked; the attempt finished at 1000 with 50 %. */
const finished = (): ScoState => ({ ...emptyState({ sections: [] } as never), q: { a: [0, 1], b: [1, 1] }, qn: 1, qb: 50, qf: 1000 });

describe('retrying one question', () => {
  it('is possible for a checked question that is not fully right, in a quiz that allows retries', () => {
    expect(canRetryQuestion(quiz, a, finished())).toBe(true);
    expect(canRetryQuestion(quiz, b, finished())).toBe(false);
    expect(canRetryQuestion({ ...quiz, retry: false }, a, finished())).toBe(false);
    expect(canRetryQuestion(quiz, a, { ...finished(), q: { a: [0, 0] } })).toBe(false);
  });

  it('reopens the question with its last answer and leaves the rest of the attempt as it was', () => {
    const s = retryQuestion(finished(), quiz, a);
    expect(s.q).toEqual({ a: [0, 0], b: [1, 1] });
    expect([s.qn, s.qb, s.qf]).toEqual([1, 50, 1000]);
    expect(retryQuestion(finished(), quiz, b)).toEqual(finished());
  });

  it('rescores a finished attempt with the latest answers, at the new time, keeping its number', () => {
    const s = rescoreAttempt({ ...finished(), q: { a: [1, 1], b: [1, 1] } }, quiz, 2000.7);
    expect([s.qn, s.qb, s.qf]).toEqual([1, 100, 2000]);
  });

  it('never lowers the best score, and leaves an attempt in progress alone', () => {
    expect(rescoreAttempt({ ...finished(), q: { a: [0, 1], b: [0, 1] } }, quiz, 2000).qb).toBe(50);
    const open = { ...finished(), qf: undefined };
    delete open.qf;
    expect(rescoreAttempt(open, quiz, 2000)).toBe(open);
  });
});
