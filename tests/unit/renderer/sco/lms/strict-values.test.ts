// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ScormEdition } from '../../../../../electron/core/contract/sco';
import { EMPTY_BASELINE } from '../../../../../renderer/sco/lms/baseline';
import { buildCourseReport } from '../../../../../renderer/sco/course/course-report';
import { buildReport } from '../../../../../renderer/sco/lms/reporter';
import { blocksOf, emptyState, type ScoState } from '../../../../../renderer/sco/state/codec';
import { courseFixture } from '../../../../helpers/renderer/sco/course/course-fixture';
import { courseWith } from '../../../../helpers/renderer/sco/course/course-state';
import { fixture } from '../../../../helpers/renderer/sco/render';
import { MIXED, playQuiz, visitAll } from '../../../../helpers/renderer/sco/quiz-fixture';
import { CMI_IDENTIFIER, CMI_TIME, DECIMAL_12, isLocalizedString, LONG_IDENTIFIER, REAL_10_7, TIME } from '../../../../helpers/renderer/sco/lms/strict-grammars';

/** Whether a strict LMS (Moodle's datamodel) stores `value` for `element`; null: an element this test does not know. */
function accepted(element: string, value: string, edition: ScormEdition): boolean | null {
  const last = element.split('.').at(-1)!;
  const is12 = edition === 'scorm12';
  if (/score\.(raw|min|max)$/.test(element)) return is12 ? DECIMAL_12.test(value) && Number(value) >= 0 && Number(value) <= 100 : REAL_10_7.test(value);
  if (last === 'scaled') return REAL_10_7.test(value) && Math.abs(Number(value)) <= 1;
  if (last === 'timestamp') return TIME.test(value);
  if (last === 'time') return CMI_TIME.test(value);
  if (last === 'id') return (is12 ? CMI_IDENTIFIER : LONG_IDENTIFIER).test(value);
  if (last === 'description') return isLocalizedString(value, 250);
  if (last === 'learner_response') return isLocalizedString(value, 4000);
  if (last === 'student_response') return value.length <= 255;
  if (last === 'lesson_location') return value.length <= 255;
  if (last === 'location') return value.length <= 1000;
  if (last === 'suspend_data') return value.length <= (is12 ? 4096 : 64000);
  if (['lesson_status', 'completion_status', 'success_status', 'status', 'exit', 'type', 'result', 'pattern', 'weighting'].includes(last)) return value !== '';
  return null;
}

/** A state with every kind of value in it: a finished quiz, a reflection made of what strict LMSs refuse. */
function fullState(edition: ScormEdition): ScoState {
  const pkg = fixture({ edition, reflections: 'lms' });
  const reflection = blocksOf(pkg.module, 'reflection')[0]!.id;
  const played = playQuiz(pkg, MIXED, Date.UTC(2026, 11, 3, 17, 18, 59, 999) / 1000)(visitAll(pkg)(emptyState(pkg.module)));
  return { ...played, r: { [reflection]: `{eerst}\r\nregel\u2028${'😀'.repeat(300)}` } };
}

describe('every value the SCO reports is one a strict LMS stores (issue 9, seen 2)', () => {
  for (const edition of ['scorm12', 'scorm2004'] as const) {
    it(`in ${edition}, also with a score of 66.666… that another SCO left in the LMS`, () => {
      const pkg = fixture({ edition, reflections: 'lms' });
      const report = buildReport(pkg, fullState(edition), { ...EMPTY_BASELINE, scoreRaw: 200 / 3 });
      const refused = report.values.filter(([element, value]) => accepted(element, value, edition) === false);
      const unknown = report.values.filter(([element, value]) => accepted(element, value, edition) === null);
      expect(refused).toEqual([]);
      expect(unknown).toEqual([]);
      const score = Object.fromEntries(report.values)[edition === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.scaled'];
      expect(score).toBe(edition === 'scorm12' ? '66.67' : '0.6667');
    });
  }
});

describe('every value a course SCO reports is one a strict LMS stores', () => {
  for (const edition of ['scorm12', 'scorm2004'] as const) {
    it(`in ${edition}: the average score, module objectives and every module's interactions`, () => {
      const pkg = courseFixture({ edition, reflections: 'lms' });
      const report = buildCourseReport(pkg, courseWith(pkg, { 1: 'right', 3: 'wrong', 4: 'right' }), { ...EMPTY_BASELINE, scoreRaw: 200 / 3 });
      expect(report.values.filter(([element, value]) => accepted(element, value, edition) !== true)).toEqual([]);
      expect(report.values.some(([element]) => element.endsWith('.timestamp') || element.endsWith('.time'))).toBe(true);
    });
  }
});
