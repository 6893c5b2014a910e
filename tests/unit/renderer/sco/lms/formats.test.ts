import { describe, expect, it } from 'vitest';
import type { Question } from '../../../../../electron/core/contract/course';
import { correctPattern, interactionType, learnerResponse } from '../../../../../renderer/sco/lms/formats';
import { UNMATCHED } from '../../../../../renderer/sco/state/scoring';

const base = { promptHtml: '<p>?</p>' };
const option = (id: string, correct: boolean) => ({ id, html: id, text: id, correct });
const multiple: Question = { ...base, id: 'q-m', type: 'multiple', options: [option('a', true), option('b', false), option('c', true)] };
const truefalse: Question = { ...base, id: 'q-tf', type: 'truefalse', answer: false };
const matching: Question = {
  ...base,
  id: 'q-koppel',
  type: 'matching',
  pairs: [
    { id: 'p1', left: 'L1', right: 'R1' },
    { id: 'p2', left: 'L2', right: 'R2' },
    { id: 'p3', left: 'L3', right: 'R3' },
  ],
};
const ordering: Question = { ...base, id: 'q-orde', type: 'ordering', items: [{ id: 'i1', text: '1' }, { id: 'i2', text: '2' }, { id: 'i3', text: '3' }] };

describe('interaction responses', () => {
  it('names the SCORM interaction type of every question type', () => {
    expect([multiple, truefalse, matching, ordering].map(interactionType)).toEqual(['choice', 'true-false', 'matching', 'sequencing']);
  });

  it('writes 1.2 responses as single characters with "," and "."', () => {
    expect(learnerResponse(multiple, 'ac', 'scorm12')).toBe('a,c');
    expect(learnerResponse(truefalse, 0, 'scorm12')).toBe('f');
    expect(learnerResponse(matching, [1, 0, 2], 'scorm12')).toBe('a.b,b.a,c.c');
    expect(learnerResponse(ordering, [2, 0, 1], 'scorm12')).toBe('c,a,b');
  });

  it('writes 2004 responses with the [,] and [.] delimiters and short identifiers', () => {
    expect(learnerResponse(multiple, 'ac', 'scorm2004')).toBe('a[,]c');
    expect(learnerResponse(truefalse, 1, 'scorm2004')).toBe('true');
    expect(learnerResponse(matching, [1, 0, 2], 'scorm2004')).toBe('p1[.]p2[,]p2[.]p1[,]p3[.]p3');
    expect(learnerResponse(ordering, [2, 0, 1], 'scorm2004')).toBe('i3[,]i1[,]i2');
  });

  it('leaves out a pair the learner did not match', () => {
    expect(learnerResponse(matching, [1, UNMATCHED, 2], 'scorm2004')).toBe('p1[.]p2[,]p3[.]p3');
  });

  it('writes the correct pattern in the same format as the response', () => {
    expect(correctPattern(multiple, 'scorm2004')).toBe('a[,]c');
    expect(correctPattern(truefalse, 'scorm12')).toBe('f');
    expect(correctPattern(matching, 'scorm12')).toBe('a.a,b.b,c.c');
    expect(correctPattern(ordering, 'scorm2004')).toBe('i1[,]i2[,]i3');
  });
});
