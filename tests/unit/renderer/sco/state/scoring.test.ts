import { describe, expect, it } from 'vitest';
import type { Question, QuizBlock } from '../../../../../electron/core/contract/course';
import { emptyState, type QuizAnswer, type ScoState } from '../../../../../renderer/sco/state/codec';
import { isCorrect, questionCredit, scorePercent, UNMATCHED } from '../../../../../renderer/sco/state/scoring';

const option = (id: string, correct: boolean) => ({ id, html: id, text: id, correct });
const single: Question = { type: 'single', id: 'q-single', promptHtml: '', options: [option('a', false), option('b', true), option('c', false)] };
// Three right options (a, b, d) and two wrong ones (c, e).
const multiple: Question = {
  type: 'multiple',
  id: 'q-multiple',
  promptHtml: '',
  options: [option('a', true), option('b', true), option('c', false), option('d', true), option('e', false)],
};
const truefalse: Question = { type: 'truefalse', id: 'q-tf', promptHtml: '', answer: false };
const matching: Question = {
  type: 'matching',
  id: 'q-match',
  promptHtml: '',
  pairs: ['1', '2', '3', '4'].map((n) => ({ id: `p${n}`, left: `left ${n}`, right: `right ${n}` })),
};
const ordering: Question = { type: 'ordering', id: 'q-order', promptHtml: '', items: ['1', '2', '3', '4'].map((n) => ({ id: `i${n}`, text: `step ${n}` })) };

describe('credit per question', () => {
  it('single choice: the right option earns the whole question, another option nothing', () => {
    expect(questionCredit(single, 'b')).toBe(1);
    expect(questionCredit(single, 'a')).toBe(0);
    expect(questionCredit(single, undefined)).toBe(0);
  });

  it('true or false: all or nothing', () => {
    expect(questionCredit(truefalse, 0)).toBe(1);
    expect(questionCredit(truefalse, 1)).toBe(0);
  });

  it('multiple choice: each right option chosen earns its share, each wrong one chosen takes a share away', () => {
    expect(questionCredit(multiple, 'abd')).toBe(1);
    expect(questionCredit(multiple, 'ab')).toBeCloseTo(2 / 3);
    expect(questionCredit(multiple, 'a')).toBeCloseTo(1 / 3);
    expect(questionCredit(multiple, 'abc')).toBeCloseTo(1 / 3);
    expect(questionCredit(multiple, 'abcd')).toBeCloseTo(2 / 3);
  });

  it('multiple choice: ticking every box earns only what the right options outweigh; more wrong than right earns nothing (never below zero)', () => {
    expect(questionCredit(multiple, 'abcde')).toBeCloseTo(1 / 3);
    expect(questionCredit(multiple, 'ace')).toBe(0);
    expect(questionCredit(multiple, 'ce')).toBe(0);
  });

  it('matching: the share of pairs matched right', () => {
    expect(questionCredit(matching, [0, 1, 2, 3])).toBe(1);
    expect(questionCredit(matching, [0, 2, 1, 3])).toBe(0.5);
    expect(questionCredit(matching, [0, 3, 1, 2])).toBe(0.25);
    expect(questionCredit(matching, [1, 0, 3, 2])).toBe(0);
    expect(questionCredit(matching, [0, UNMATCHED, UNMATCHED, UNMATCHED])).toBe(0.25);
  });

  it('ordering: the share of steps in their right place', () => {
    expect(questionCredit(ordering, [0, 1, 2, 3])).toBe(1);
    expect(questionCredit(ordering, [0, 1, 3, 2])).toBe(0.5);
    expect(questionCredit(ordering, [3, 0, 1, 2])).toBe(0);
  });

  it('an answer of the wrong shape (a damaged or outdated state) earns nothing instead of failing', () => {
    expect(questionCredit(matching, 'ab' as QuizAnswer)).toBe(0);
    expect(questionCredit(matching, [0, 1])).toBe(0);
    expect(questionCredit(ordering, [0, 1, 2, 3, 4])).toBe(0);
    expect(questionCredit(multiple, [0, 1])).toBe(0);
  });

  it('is "correct" for SCORM only at full credit', () => {
    expect(isCorrect(matching, [0, 1, 2, 3])).toBe(true);
    expect(isCorrect(matching, [0, 1, 3, 2])).toBe(false);
    expect(isCorrect(multiple, 'ab')).toBe(false);
  });
});

describe('quiz score', () => {
  const quiz: QuizBlock = { kind: 'quiz', id: 'q', title: 'Quiz', pass: 75, retry: true, questions: [single, multiple, truefalse, matching, ordering] };
  const state = (answers: Record<string, QuizAnswer>): ScoState => {
    const s = emptyState({ sections: [] } as never);
    for (const [id, a] of Object.entries(answers)) s.q[id] = [a, 1];
    return s;
  };

  it('is the sum of the credits over the number of questions, in whole percent', () => {
    // 1 + 2/3 + 1 + 1/4 + 1/2 = 3.4167 of 5 → 68 %.
    const s = state({ 'q-single': 'b', 'q-multiple': 'ab', 'q-tf': 0, 'q-match': [0, 3, 1, 2], 'q-order': [0, 1, 3, 2] });
    expect(scorePercent(quiz, s)).toBe(68);
  });

  it('gives 1 of 4 pairs right a quarter of the question, no longer 0', () => {
    expect(scorePercent({ ...quiz, questions: [matching] }, state({ 'q-match': [0, 3, 1, 2] }))).toBe(25);
  });

  it('counts an unanswered question as 0 and is 100 only with every question fully right', () => {
    expect(scorePercent(quiz, state({ 'q-single': 'b' }))).toBe(20);
    expect(scorePercent(quiz, state({ 'q-single': 'b', 'q-multiple': 'abd', 'q-tf': 0, 'q-match': [0, 1, 2, 3], 'q-order': [0, 1, 2, 3] }))).toBe(100);
    expect(scorePercent({ ...quiz, questions: [] }, state({}))).toBe(0);
  });
});
