import { describe, expect, it } from 'vitest';
import { EMPTY_BASELINE } from '../../../../../renderer/sco/lms/baseline';
import { moduleUnit } from '../../../../../renderer/sco/lms/module-unit';
import { decodeState, emptyState, encodeState } from '../../../../../renderer/sco/state/codec';
import { fixture } from '../../../../helpers/renderer/sco/render';

const pkg = fixture({ edition: 'scorm12' });
const unit = moduleUnit(pkg);

describe('a module as the unit of an LMS session', () => {
  it('is named by its course and module, with the edition and suspend_data limit of its package', () => {
    expect(unit).toMatchObject({ edition: 'scorm12', courseId: pkg.course.id, unitId: pkg.module.id, suspendDataLimit: 4096 });
  });

  it('starts a first launch at the LMS bookmark without marking that section seen (it counts once its end is reached)', () => {
    const state = unit.start(null, 'onderzoeken-test');
    expect(state.at).toBe(3);
    expect(state.seen).toBe('0000');
  });

  it('starts a first launch at the first section when the bookmark names no section', () => {
    expect(unit.start(null, 'weg').at).toBe(0);
  });

  it('resumes a restored state where it was, ignoring the bookmark, fitted to the sections of today', () => {
    const restored = { ...emptyState(pkg.module), at: 9, seen: '11' };
    const state = unit.start(restored, 'onderzoeken-test');
    expect(state.at).toBe(3);
    expect(state.seen).toBe('1100');
  });

  it('reads and writes the stamp, and round-trips through suspend_data', () => {
    const stamped = unit.stamp(emptyState(pkg.module), 1_764_756_000_000);
    expect(unit.savedAt(stamped)).toBe(1_764_756_000_000);
    expect(unit.savedAt(emptyState(pkg.module))).toBeUndefined();
    expect(unit.decode(unit.encode(stamped))).toEqual(stamped);
    expect(unit.decode('garbage')).toBeNull();
  });

  it('reports the module as data-model values, with the stamped state in suspend_data', () => {
    const stamped = unit.stamp(unit.start(null, ''), 1_764_756_000_000);
    const report = unit.report(stamped, EMPTY_BASELINE);
    const values = new Map(report.values);
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(decodeState(values.get('cmi.suspend_data'))?.t).toBe(1_764_756_000_000);
    expect(report.suspendData).toBe(encodeState(stamped));
  });
});
