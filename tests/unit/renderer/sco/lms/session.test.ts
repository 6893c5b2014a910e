// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdapter } from '../../../../../renderer/sco/lms/adapter';
import { LmsSession } from '../../../../../renderer/sco/lms/session';
import type { ScoUnit } from '../../../../../renderer/sco/lms/unit';
import { visit } from '../../../../../renderer/sco/state/actions';
import { decodeState, emptyState, encodeState } from '../../../../../renderer/sco/state/codec';
import { StateStore } from '../../../../../renderer/sco/state/store';
import { fixture, MemoryStorage } from '../../../../helpers/renderer/sco/render';
import { Moodle2004, play } from '../../../../helpers/renderer/sco/lms/session-fakes';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-03T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const pkg = fixture({ edition: 'scorm2004' });
const adapter = (api: Moodle2004) => createAdapter({ edition: 'scorm2004', api });

describe('the saved-at stamp in suspend_data', () => {
  it('is the time of the change, and suspend_data is not sent again while nothing changed', () => {
    const api = new Moodle2004({ 'cmi.learner_id': 'student-7' });
    const sco = play(pkg, adapter(api));
    vi.advanceTimersByTime(5 * 60_000);
    sco.store.update((s) => visit(s, 2));
    sco.session.flush();
    expect(decodeState(api.stored['cmi.suspend_data'])?.t).toBe(new Date('2026-12-03T10:05:00Z').getTime());

    vi.advanceTimersByTime(60_000);
    sco.session.flush();
    expect(api.commits.at(-1)).not.toHaveProperty(['cmi.suspend_data']);
    expect(decodeState(api.stored['cmi.suspend_data'])?.t).toBe(new Date('2026-12-03T10:05:00Z').getTime());
  });

  it('stays as the LMS had it when a resumed state is opened and left untouched', () => {
    const saved = { ...emptyState(pkg.module), at: 1, seen: '1100', t: new Date('2026-11-30T08:00:00Z').getTime() };
    const api = new Moodle2004({ 'cmi.learner_id': 'student-7', 'cmi.entry': 'resume', 'cmi.suspend_data': encodeState(saved) });
    play(pkg, adapter(api)).session.end();
    expect(decodeState(api.stored['cmi.suspend_data'])?.t).toBe(saved.t);
  });
});

describe('one session for any unit', () => {
  /** A unit that is not a module: the session must need nothing but the ScoUnit interface. */
  const counter: ScoUnit<{ n: number; t?: number }> = {
    edition: 'scorm2004',
    courseId: 'cursus',
    unitId: 'teller',
    suspendDataLimit: 64000,
    decode: (text) => (text?.startsWith('N:') ? (JSON.parse(text.slice(2)) as { n: number; t?: number }) : null),
    start: (restored) => restored ?? { n: 0 },
    savedAt: (state) => state.t,
    stamp: (state, at) => ({ ...state, t: at }),
    encode: (state) => `N:${JSON.stringify(state)}`,
    report: (state) => ({ values: [['cmi.suspend_data', `N:${JSON.stringify(state)}`], ['cmi.location', String(state.n)]], suspendData: '', suspendTooLong: false }),
  };

  it('restores, commits and terminates a unit it knows only through ScoUnit', () => {
    const api = new Moodle2004({ 'cmi.learner_id': 'student-7', 'cmi.entry': 'resume', 'cmi.suspend_data': 'N:{"n":4}' });
    const session = new LmsSession({ unit: counter, lms: adapter(api), storage: new MemoryStorage(), warn: () => undefined });
    const restored = session.start();
    expect(restored.state.n).toBe(4);
    expect(restored.scope).toEqual({ learnerId: 'student-7', courseId: 'cursus', moduleId: 'teller' });
    const store = new StateStore(restored.state, restored.health);
    session.attach(store);
    store.update((s) => ({ ...s, n: 5 }));
    session.end();
    expect(api.stored['cmi.location']).toBe('5');
    expect(JSON.parse(api.stored['cmi.suspend_data']!.slice(2))).toEqual({ n: 5, t: Date.now() });
  });
});
