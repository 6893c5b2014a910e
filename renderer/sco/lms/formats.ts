import type { ScormEdition } from '../../../electron/core/contract/sco';
import type { Question } from '../../../electron/core/contract/course';
import type { QuizAnswer } from '../state/codec';
import { UNMATCHED } from '../state/scoring';

/* Interaction responses, per SCORM's response grammars. The value types they are written in live in data-types.ts. */

/**
 * SCORM 1.2 responses are built from single characters (RTE 3.4.2.7.5: choice "a,b", matching
 * "a.b", sequencing "a,b,c"); the position in the authored list gives the character.
 */
const letter = (i: number) => String.fromCharCode(97 + i);

const DELIMITERS = { scorm12: { list: ',', pair: '.' }, scorm2004: { list: '[,]', pair: '[.]' } } as const;

export function interactionType(q: Question): 'choice' | 'true-false' | 'matching' | 'sequencing' {
  return q.type === 'truefalse' ? 'true-false' : q.type === 'matching' ? 'matching' : q.type === 'ordering' ? 'sequencing' : 'choice';
}

/** The learner's answer in the edition's response format (1.2 `student_response`, 2004 `learner_response`). */
export function learnerResponse(q: Question, answer: QuizAnswer, edition: ScormEdition): string {
  const d = DELIMITERS[edition];
  switch (q.type) {
    case 'single':
    case 'multiple':
      return [...String(answer)].join(d.list);
    case 'truefalse':
      if (edition === 'scorm12') return answer === 1 ? 't' : 'f';
      return answer === 1 ? 'true' : 'false';
    case 'matching': {
      const chosen = Array.isArray(answer) ? answer : [];
      return chosen
        .map((right, left) => (right === UNMATCHED || !q.pairs[right] ? null : pairOf(q, left, right, edition)))
        .filter((p) => p !== null)
        .join(d.list);
    }
    case 'ordering': {
      const order = Array.isArray(answer) ? answer : [];
      return order.map((i) => (edition === 'scorm12' ? letter(i) : q.items[i]!.id)).join(d.list);
    }
  }
}

function pairOf(q: Extract<Question, { type: 'matching' }>, left: number, right: number, edition: ScormEdition): string {
  if (edition === 'scorm12') return `${letter(left)}.${letter(right)}`;
  return `${q.pairs[left]!.id}[.]${q.pairs[right]!.id}`;
}

/** `correct_responses.0.pattern`, in the same format as the learner response. */
export function correctPattern(q: Question, edition: ScormEdition): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return learnerResponse(q, q.options.filter((o) => o.correct).map((o) => o.id).join(''), edition);
    case 'truefalse':
      return learnerResponse(q, q.answer ? 1 : 0, edition);
    case 'matching':
      return learnerResponse(q, q.pairs.map((_, i) => i), edition);
    case 'ordering':
      return learnerResponse(q, q.items.map((_, i) => i), edition);
  }
}
