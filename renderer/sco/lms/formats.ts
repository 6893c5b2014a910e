import type { ScormEdition } from '../../../electron/core/contract/sco';
import type { Question } from '../../../electron/core/contract/course';
import type { QuizAnswer } from '../state/codec';
import { UNMATCHED } from '../quiz/scoring';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** SCORM 1.2 CMITimespan (RTE 3.4.2.2.9): `HHHH:MM:SS.SS`, hours 2–4 digits, at most two decimals. */
export function sessionTime12(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor(centis / 6000) % 60;
  const seconds = Math.floor(centis / 100) % 60;
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(centis % 100)}`;
}

/** SCORM 2004 timeinterval (RTE 4.1.1.3): an ISO 8601 duration such as `PT1H2M3.5S`, at most 0.01 s precision. */
export function sessionTime2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor(centis / 6000) % 60;
  const seconds = (centis % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || out === 'PT') out += `${Number(seconds.toFixed(2))}S`;
  return out;
}

/** SCORM 1.2 CMITime (interaction `time`): the local time of day, `HH:MM:SS`. */
export function timeOfDay12(unixSeconds: number): string {
  const d = new Date(unixSeconds * 1000);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** SCORM 2004 time(second,10,0) (RTE 4.1.1.2) in UTC; a zone designator is only valid after fractional seconds. */
export function timestamp2004(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}

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

/**
 * Free text for a CMI string: one line (scorm-again and strict LMSs reject line breaks in
 * characterstrings), at most `max` characters. 2004 localized strings may not start with "{"
 * (RTE 4.1.1.6 reserves it for the `{lang=…}` delimiter), so such text gets a leading space.
 */
export function oneLine(text: string, max: number, edition: ScormEdition): string {
  let line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const chars = [...line];
  if (chars.length > max) line = chars.slice(0, max).join('');
  if (edition === 'scorm2004' && line.startsWith('{')) line = ` ${[...line].slice(0, max - 1).join('')}`;
  return line;
}

/** A description that would be cut gets an ellipsis inside the limit, so a report shows it was shortened. */
export function description(text: string, max = 250): string {
  const line = oneLine(text, Number.MAX_SAFE_INTEGER, 'scorm2004');
  const chars = [...line];
  return chars.length <= max ? line : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
