// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScoPackage } from '../../../../../electron/core/contract/sco';
import { createAdapter } from '../../../../../renderer/sco/lms/adapter';
import { setReflection, visit } from '../../../../../renderer/sco/state/actions';
import { decodeState } from '../../../../../renderer/sco/state/codec';
import { fixture, MemoryStorage, REFLECTION_SECTION } from '../../../../helpers/renderer/sco/render';
import { Moodle2004, play } from '../../../../helpers/renderer/sco/lms/session-fakes';

/**
 * Issue 9, seen 6: Moodle refused Initialize for the second SCO of a visit; the SCO said "no LMS
 * found", saved under learner id 'local', and looked there again: the student saw an empty module.
 * And on a shared school computer a browser copy must never travel to another learner.
 */
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-03T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const module1 = fixture({ edition: 'scorm2004', reflections: 'lms' });
const module5: ScoPackage = { ...module1, module: { ...module1.module, id: 'hefboom-vijf' } };
const TEXT = 'Wat ik schreef toen Moodle de verbinding weigerde.';
const moodlePage = (learnerId: string) => new Moodle2004({ 'cmi.learner_id': learnerId });
const adapter = (api: Moodle2004) => createAdapter({ edition: 'scorm2004', api });

function writeInModule5(api: Moodle2004, storage: MemoryStorage) {
  const sco = play(module5, adapter(api), storage);
  sco.store.update((s) => setReflection(visit(s, REFLECTION_SECTION), 'r-onderzoeken-praktijk', TEXT));
  sco.session.end();
  return sco;
}

describe('a student whose module 5 Moodle refused in one visit', () => {
  it('is told so, and finds the work in module 5 again, and in Moodle, at the next visit', () => {
    const storage = new MemoryStorage();
    const visit1 = moodlePage('student-7');
    play(module1, adapter(visit1), storage).session.end();
    const refused = writeInModule5(visit1, storage);
    expect(refused.store.getSnapshot().health.refused).toBe(true);
    expect(visit1.stored['cmi.suspend_data']).not.toContain(TEXT);

    vi.advanceTimersByTime(24 * 3600_000);
    const visit2 = moodlePage('student-7');
    const again = play(module5, adapter(visit2), storage);
    expect(again.store.state.r['r-onderzoeken-praktijk']).toBe(TEXT);
    expect(again.store.getSnapshot().health).toMatchObject({ connected: true, refused: false });
    expect(decodeState(visit2.stored['cmi.suspend_data'])?.r['r-onderzoeken-praktijk']).toBe(TEXT);
    expect(storage.data.size).toBe(0);
  });
});

describe('the next learner on the same computer', () => {
  it('never gets the browser copy of the learner before', () => {
    const storage = new MemoryStorage();
    const visitA = moodlePage('student-7');
    play(module1, adapter(visitA), storage).session.end();
    writeInModule5(visitA, storage);

    const visitB = moodlePage('student-8');
    const b = play(module5, adapter(visitB), storage);
    expect(b.store.scope.learnerId).toBe('student-8');
    expect(JSON.stringify(b.store.state)).not.toContain(TEXT);
    expect(visitB.stored['cmi.suspend_data']).not.toContain(TEXT);
  });

  it('refused on a new Moodle page, is never taken for the learner before, and sees nothing of theirs', () => {
    const storage = new MemoryStorage();
    const visitA = moodlePage('student-7');
    play(module1, adapter(visitA), storage).session.end();
    writeInModule5(visitA, storage);

    const visitB = moodlePage('student-8');
    visitB.Initialize = () => 'false';
    const b = play(module5, adapter(visitB), storage);
    expect(b.store.scope.learnerId).toBe('local');
    expect(JSON.stringify(b.store.state)).not.toContain(TEXT);
  });
});
