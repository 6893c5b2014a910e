// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emptyCourseState, encodeCourseState } from '../../../../../electron/shared/course-sco-state';
import { buildCourseReport } from '../../../../../renderer/sco/course/course-report';
import { openModule, toMenu } from '../../../../../renderer/sco/course/course-actions';
import { EMPTY_BASELINE } from '../../../../../renderer/sco/lms/baseline';
import { courseFixture, moduleIdOf } from '../../../../helpers/renderer/sco/course/course-fixture';
import { completeModule, courseWith } from '../../../../helpers/renderer/sco/course/course-state';

const ALL_RIGHT = { 1: 'right', 2: 'right', 3: 'right', 4: 'right', 5: 'right', 6: 'right' } as const;
const valuesOf = (report: { values: [string, string][] }) => Object.fromEntries(report.values);

describe.each(['scorm12', 'scorm2004'] as const)('the report of a course SCO in %s', (edition) => {
  const pkg = courseFixture({ edition });
  const score = edition === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw';
  const status = (values: Record<string, string>) =>
    edition === 'scorm12' ? values['cmi.core.lesson_status'] : `${values['cmi.completion_status']}/${values['cmi.success_status']}`;

  it('is incomplete, without a score, until every module is completed', () => {
    const values = valuesOf(buildCourseReport(pkg, courseWith(pkg, { 1: 'right', 2: 'right', 3: 'right', 4: 'right', 5: 'right' }), EMPTY_BASELINE));
    expect(status(values)).toBe(edition === 'scorm12' ? 'incomplete' : 'incomplete/unknown');
    expect(valuesOf(buildCourseReport(pkg, emptyCourseState(), EMPTY_BASELINE))[score]).toBeUndefined();
  });

  it('is passed when every module is completed and every scored module passed', () => {
    const values = valuesOf(buildCourseReport(pkg, courseWith(pkg, ALL_RIGHT), EMPTY_BASELINE));
    expect(status(values)).toBe(edition === 'scorm12' ? 'passed' : 'completed/passed');
    expect(values[score]).toBe('100');
  });

  it('is failed when every module is completed and one scored module failed', () => {
    const values = valuesOf(buildCourseReport(pkg, courseWith(pkg, { ...ALL_RIGHT, 3: 'wrong' }), EMPTY_BASELINE));
    expect(status(values)).toBe(edition === 'scorm12' ? 'failed' : 'completed/failed');
    expect(values[score]).toBe('80');
  });

  it('scores the average of the scored modules, a module whose quiz is not finished counting 0', () => {
    // Five scored modules (module 2 has no quiz): 100 in module 5 alone is 20 for the course.
    const values = valuesOf(buildCourseReport(pkg, courseWith(pkg, { 5: 'right', 2: 'right' }), EMPTY_BASELINE));
    expect(values[score]).toBe('20');
    if (edition === 'scorm2004') expect(values['cmi.score.scaled']).toBe('0.2');
  });

  it('never reports below what the LMS holds: status and score', () => {
    const baseline = { ...EMPTY_BASELINE, lessonStatus: 'passed', completion: 'completed', success: 'passed', scoreRaw: 50 };
    const values = valuesOf(buildCourseReport(pkg, courseWith(pkg, { 5: 'right' }), baseline));
    expect(status(values)).toBe(edition === 'scorm12' ? 'passed' : 'completed/passed');
    expect(values[score]).toBe('50');
  });

  it('bookmarks the module and section the learner is in, and nothing on the menu', () => {
    const location = edition === 'scorm12' ? 'cmi.core.lesson_location' : 'cmi.location';
    const inModule = openModule(pkg, emptyCourseState(), 4, 2);
    expect(valuesOf(buildCourseReport(pkg, inModule, EMPTY_BASELINE))[location]).toBe(`${moduleIdOf(5)}/onderzoeken5-eigen-praktijk`);
    expect(valuesOf(buildCourseReport(pkg, toMenu(inModule), EMPTY_BASELINE))[location]).toBeUndefined();
  });

  it('writes suspend_data exactly as encodeCourseState encodes the state, and asks to be resumed', () => {
    const state = courseWith(pkg, { 1: 'right', 5: 'wrong' });
    const report = buildCourseReport(pkg, state, EMPTY_BASELINE);
    expect(report.suspendData).toBe(encodeCourseState(state));
    expect(valuesOf(report)['cmi.suspend_data']).toBe(report.suspendData);
    expect(valuesOf(report)[edition === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
  });

  it("puts every module's questions and reflection at fixed indexes in package order", () => {
    // Modules 1, 3 and 4 hold five questions and a reflection each, module 2 one reflection: module 5 starts at 19.
    const values = valuesOf(buildCourseReport(pkg, courseWith(pkg, { 5: 'right' }), EMPTY_BASELINE));
    expect(values['cmi.interactions.0.id']).toBe('q-onderzoeken1-doel');
    expect(values['cmi.interactions.6.id']).toBe('r-onderzoeken2-praktijk');
    expect(values['cmi.interactions.19.id']).toBe('q-onderzoeken5-doel');
    expect(values['cmi.interactions.19.result']).toBe('correct');
    expect(values['cmi.interactions.0.result']).toBeUndefined();
    // Indexes do not move when an earlier module is finished later.
    const later = valuesOf(buildCourseReport(pkg, completeModule(pkg, 1)(courseWith(pkg, { 5: 'right' })), EMPTY_BASELINE));
    expect(later['cmi.interactions.19.id']).toBe('q-onderzoeken5-doel');
    expect(later['cmi.interactions.0.result']).toBe('correct');
  });

  it('reports one objective per lever over the modules serving it, then one per module', () => {
    const values = valuesOf(buildCourseReport(pkg, courseWith(pkg, { 2: 'right' }), EMPTY_BASELINE));
    const ids = Array.from({ length: 8 }, (_, n) => values[`cmi.objectives.${n}.id`]);
    expect(ids).toEqual(['onderzoeken', 'kinderrechten', ...[1, 2, 3, 4, 5, 6].map(moduleIdOf)]);
    const done = (n: number) => (edition === 'scorm12' ? values[`cmi.objectives.${n}.status`] : values[`cmi.objectives.${n}.completion_status`]);
    // Module 2 alone is done: its own objective is, the levers it serves with other modules are not.
    expect(done(3)).toBe('completed');
    expect(done(1)).toBe('incomplete');
    expect(done(2)).toBe('incomplete');
  });

  it('keeps the objective indexes the LMS created from the manifest', () => {
    const baseline = { ...EMPTY_BASELINE, objectiveIds: [moduleIdOf(1), 'onderzoeken'] };
    const values = valuesOf(buildCourseReport(pkg, courseWith(pkg, { 1: 'right' }), baseline));
    expect(values['cmi.objectives.0.id']).toBe(moduleIdOf(1));
    expect(values['cmi.objectives.0.score.raw']).toBe('100');
    expect(values['cmi.objectives.1.id']).toBe('onderzoeken');
    expect(values['cmi.objectives.1.score.raw']).toBe('20');
  });
});

describe('a course SCO with private reflections', () => {
  it('sends only that a reflection was written, never its text', () => {
    const pkg = courseFixture({ edition: 'scorm12', reflections: 'private' });
    const state = openModule(pkg, emptyCourseState(), 0);
    const id = moduleIdOf(1);
    const written = { ...state, s: { ...state.s, [id]: { ...state.s[id]!, r: { 'r-onderzoeken1-praktijk': 'Mijn geheime tekst' } } } };
    const report = buildCourseReport(pkg, written, EMPTY_BASELINE);
    expect(JSON.stringify(report.values)).not.toContain('geheime');
    expect(report.suspendData).toContain('"r-onderzoeken1-praktijk":1');
  });
});
