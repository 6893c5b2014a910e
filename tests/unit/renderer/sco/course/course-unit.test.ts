import { describe, expect, it } from 'vitest';
import { decodeCourseState, emptyCourseState, encodeCourseState } from '../../../../../electron/shared/course-sco-state';
import { worstCaseCourseState } from '../../../../../electron/core/scorm/worst-case-state';
import { courseUnit } from '../../../../../renderer/sco/course/course-unit';
import { emptyState } from '../../../../../renderer/sco/state/codec';
import { courseFixture, moduleIdOf } from '../../../../helpers/renderer/sco/course/course-fixture';

describe('where a course SCO starts', () => {
  const pkg = courseFixture({ edition: 'scorm12' });
  const unit = courseUnit(pkg);

  it('on the menu at a first visit', () => {
    expect(unit.start(null, '')).toEqual(emptyCourseState());
  });

  it('in the module and at the section the state holds, that section not yet marked seen', () => {
    const module5 = { ...emptyState(pkg.modules[4]!.module), at: 2 };
    const started = unit.start({ ...emptyCourseState(), m: 4, s: { [moduleIdOf(5)]: module5 } }, `${moduleIdOf(1)}/onderzoeken1-test`);
    expect(started.m).toBe(4);
    expect(started.s[moduleIdOf(5)]).toMatchObject({ at: 2, seen: '0000' });
  });

  it('on the menu when the learner left from there, remembering the module to go back to', () => {
    const started = unit.start({ ...emptyCourseState(), m: -1, l: 4 }, `${moduleIdOf(5)}/onderzoeken5-test`);
    expect([started.m, started.l]).toEqual([-1, 4]);
  });

  it("at the LMS bookmark when there is no state it can read; on the menu for a bookmark that names no module's section", () => {
    expect(unit.start(null, `${moduleIdOf(3)}/onderzoeken3-test`)).toMatchObject({ m: 2, s: { [moduleIdOf(3)]: { at: 3 } } });
    expect(unit.start(null, `${moduleIdOf(3)}/elders`).m).toBe(-1);
    expect(unit.start(null, 'onderzoeken3-test').m).toBe(-1);
  });

  it('on the menu when the state names a module this package does not have', () => {
    expect(unit.start({ ...emptyCourseState(), m: 9, l: 12 }, '')).toEqual(emptyCourseState());
  });

  it("fits each module's state to today's sections", () => {
    const old = { ...emptyState(pkg.modules[0]!.module), at: 7, seen: '1111111' };
    expect(unit.start({ ...emptyCourseState(), s: { [moduleIdOf(1)]: old } }, '').s[moduleIdOf(1)]).toMatchObject({ at: 3, seen: '1111' });
  });

  it('keeps the work of a module the package no longer holds, unless it would push suspend_data over the limit', () => {
    const gone = { ...emptyState(pkg.modules[0]!.module), r: { 'r-weg': 'Wat ik schreef.' } };
    expect(unit.start({ ...emptyCourseState(), s: { 'module-weg': gone } }, '').s['module-weg']).toEqual(gone);
    const huge = { ...gone, r: { 'r-weg': 'x'.repeat(pkg.suspendDataLimit) } };
    expect(unit.start({ ...emptyCourseState(), s: { 'module-weg': huge } }, '').s['module-weg']).toBeUndefined();
  });
});

describe('the course state codec the runtime uses', () => {
  const pkg = courseFixture({ edition: 'scorm12', reflections: 'lms' });
  const unit = courseUnit(pkg);

  it('is the one the preflight measures: a worst-case state goes through the unit unchanged', () => {
    const worst = worstCaseCourseState(
      pkg.modules.map((m) => m.module),
      pkg.reflections,
    );
    const text = unit.encode(worst);
    expect(text).toBe(encodeCourseState(worst));
    expect(unit.decode(text)).toEqual(worst);
    expect(unit.encode(unit.decode(text)!)).toHaveLength(text.length);
  });

  it('stamps and reads the saved-at time, and remembers the module last opened', () => {
    const stamped = unit.stamp({ ...emptyCourseState(), l: 2 }, 1_767_000_000_000);
    expect(unit.savedAt(stamped)).toBe(1_767_000_000_000);
    expect(decodeCourseState(unit.encode(stamped))).toEqual(stamped);
  });
});
