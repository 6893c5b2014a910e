import { reflectionWritten } from '../../../electron/shared/progress-rules';
import type { ScoPackage } from '../../../electron/core/contract/sco';
import type { QuizBlock, ReflectionBlock, ScenarioBlock } from '../../../electron/core/contract/course';
import { blocksOf, type ScoState } from '../state/codec';
import { plainText } from '../text/plain-text';
import { isCorrect } from '../state/scoring';
import { scenarioCorrect, scenarioDone, scenarioPath } from '../state/scenarios';
import { characterstring, cmiTime, identifier, LENGTHS, localizedString, oneLine, time } from './data-types';
import { correctPattern, interactionType, learnerResponse } from './formats';
import { ELEMENTS, type CmiValue } from './elements';

/** SCORM 1.2 `student_response` is a CMIString255 (RTE 3.4.2.7.5): longer text is cut. */
export const FILL_IN_MAX_12 = LENGTHS.cmiString255;

export interface InteractionRecord {
  id: string;
  type: string;
  /** The rest, written after id and type (RTE 4.2.9: the type must exist before the response); null: id and type only. */
  fields: CmiValue[] | null;
}

function questionRecords(quiz: QuizBlock | undefined, state: ScoState, pkg: ScoPackage): InteractionRecord[] {
  const edition = pkg.edition;
  const finished = state.qf;
  return (quiz?.questions ?? []).map((q) => {
    const type = interactionType(q);
    const [answer, checked] = state.q[q.id] ?? [];
    // Written when an attempt is finished, never per question: the result of an attempt is one
    // event, and re-finishing overwrites the same records at the same indexes. A question the
    // learner is trying again (unchecked) keeps what the LMS has until it is checked.
    if (finished === undefined || answer === undefined || checked !== 1) return { id: identifier(q.id, edition), type, fields: null };
    const fields: CmiValue[] = [];
    if (edition === 'scorm2004') fields.push(['description', localizedString(plainText(q.promptHtml), LENGTHS.description, { ellipsis: true })]);
    fields.push(
      [ELEMENTS[edition].response, learnerResponse(q, answer, edition)],
      // Partial credit counts in the score; `result` stays correct (full credit only) or incorrect,
      // as LMS reports read it (2004 would allow a real number here, RTE 4.2.9.7; 1.2 does not).
      ['result', isCorrect(q, answer) ? 'correct' : edition === 'scorm12' ? 'wrong' : 'incorrect'],
      ['correct_responses.0.pattern', correctPattern(q, edition)],
      ['weighting', '1'],
    );
    // `qf` is in Unix seconds. An instant the type cannot hold is left out: the element is optional.
    const at = edition === 'scorm12' ? cmiTime(finished * 1000) : time(finished * 1000);
    if (at !== undefined) fields.push([edition === 'scorm12' ? 'time' : 'timestamp', at]);
    return { id: identifier(q.id, edition), type, fields };
  });
}

function reflectionRecords(reflections: ReflectionBlock[], state: ScoState, pkg: ScoPackage): InteractionRecord[] {
  const edition = pkg.edition;
  // 1.2 has no long text type: `fill-in` is the only free-text interaction (RTE 3.4.2.7.2).
  const type = edition === 'scorm12' ? 'fill-in' : 'long-fill-in';
  return reflections.map((r) => {
    const text = state.r[r.id];
    const id = identifier(r.id, edition);
    // Below its minimum length a reflection does not count as written (progress-rules.ts): the LMS gets no answer yet.
    if (pkg.reflections !== 'lms' || typeof text !== 'string' || !reflectionWritten(text, r.minLength)) return { id, type, fields: null };
    const fields: CmiValue[] = [];
    if (edition === 'scorm2004') fields.push(['description', localizedString(r.promptText, LENGTHS.description, { ellipsis: true })]);
    // One line in 1.2 too: scorm-again and strict LMSs refuse line breaks in a `fill-in` response.
    const response = edition === 'scorm12' ? characterstring(oneLine(text), FILL_IN_MAX_12) : localizedString(text, LENGTHS.longFillIn);
    fields.push([ELEMENTS[edition].response, response], ['result', 'neutral']);
    return { id, type, fields };
  });
}

/**
 * Scored scenarios only, as `choice` interactions: the path's choice ids are the response, the best
 * choice of every step the correct one. An unscored scenario has no right answer to report, and a
 * record without a result reads as "wrong" or "unknown" in LMS reports (courses/README.md).
 */
function scenarioRecords(scenarios: ScenarioBlock[], state: ScoState, pkg: ScoPackage): InteractionRecord[] {
  const edition = pkg.edition;
  const list = edition === 'scorm12' ? ',' : '[,]';
  return scenarios
    .filter((s) => s.scored)
    .map((s) => {
      const path = scenarioPath(state, s.id);
      const id = identifier(s.id, edition);
      if (!scenarioDone(s, path)) return { id, type: 'choice', fields: null };
      const fields: CmiValue[] = [];
      if (edition === 'scorm2004') fields.push(['description', localizedString(s.situationText, LENGTHS.description, { ellipsis: true })]);
      const best = s.steps.map((step) => step.choices.find((c) => c.best)?.id ?? '').join('');
      fields.push(
        [ELEMENTS[edition].response, [...path].join(list)],
        ['result', scenarioCorrect(s, path) ? 'correct' : edition === 'scorm12' ? 'wrong' : 'incorrect'],
        ['correct_responses.0.pattern', [...best].join(list)],
        // Weight 0: a scenario never counts in the module's score (scoring.ts), and the LMS should not weigh it either.
        ['weighting', '0'],
      );
      return { id, type: 'choice', fields };
    });
}

/**
 * One record per question, then one per reflection, then one per scored scenario: a module's
 * interactions in their fixed order. Scenarios come last so that adding one to a module leaves
 * the indexes of its questions and reflections where an LMS already holds them.
 */
export function interactionRecords(pkg: ScoPackage, state: ScoState): InteractionRecord[] {
  return [
    ...questionRecords(blocksOf(pkg.module, 'quiz')[0], state, pkg),
    ...reflectionRecords(blocksOf(pkg.module, 'reflection'), state, pkg),
    ...scenarioRecords(blocksOf(pkg.module, 'scenario'), state, pkg),
  ];
}

/**
 * Records at fixed indexes (a module's, or a course SCO's modules one after the other). LMSs
 * create interactions strictly in order (RTE 4.2.9: n must equal _count), so an index can only
 * be written when every lower one exists: those below get their id and type only.
 */
export function recordValues(records: InteractionRecord[]): CmiValue[] {
  const last = records.findLastIndex((r) => r.fields !== null);
  const values: CmiValue[] = [];
  for (let n = 0; n <= last; n++) {
    const r = records[n]!;
    const at = `cmi.interactions.${n}.`;
    values.push([`${at}id`, r.id], [`${at}type`, r.type]);
    for (const [k, v] of r.fields ?? []) values.push([at + k, v]);
  }
  return values;
}

/** One interaction per question, then one per reflection (`lms` mode), then one per scored scenario, at fixed indexes. */
export function interactionValues(pkg: ScoPackage, state: ScoState): CmiValue[] {
  return recordValues(interactionRecords(pkg, state));
}
