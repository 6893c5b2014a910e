// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScoPackage } from '../../../../../electron/core/contract/sco';
import { createAdapter } from '../../../../../renderer/sco/lms/adapter';
import { visit } from '../../../../../renderer/sco/state/actions';
import { decodeState, emptyState, encodeState, type ScoState } from '../../../../../renderer/sco/state/codec';
import { readMirror, writeMirror, type StorageScope } from '../../../../../renderer/sco/state/storage';
import { fixture, MemoryStorage, REFLECTION_SECTION } from '../../../../helpers/renderer/sco/render';
import { Moodle12, Moodle2004, play } from '../../../../helpers/renderer/sco/lms/session-fakes';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-03T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const pkg = fixture({ edition: 'scorm2004', reflections: 'lms' });
/** Another module of the same course, packaged as its own SCO: Moodle opens both in one visit. */
const otherModule: ScoPackage = { ...pkg, module: { ...pkg.module, id: 'hefboom-andere' } };
const adapter = (api: Moodle2004) => createAdapter({ edition: 'scorm2004', api });
const scopeOf = (p: ScoPackage, learnerId: string): StorageScope => ({ learnerId, courseId: p.course.id, moduleId: p.module.id });
const at = (iso: string) => new Date(iso).getTime();

/** The first SCO of a Moodle visit: it runs, and terminates when the learner opens the next one. */
function firstScoOfTheVisit(api: Moodle2004, storage: MemoryStorage) {
  const first = play(pkg, adapter(api), storage);
  first.session.end();
}

describe('when Moodle refuses Initialize (104: another SCO of this visit terminated)', () => {
  it('says so, and keeps what the learner changes in this browser under the learner id of this visit', () => {
    const api = new Moodle2004({ 'cmi.learner_id': 'student-7' });
    const storage = new MemoryStorage();
    firstScoOfTheVisit(api, storage);

    const second = play(otherModule, adapter(api), storage);
    expect(second.store.getSnapshot().health).toMatchObject({ connected: false, standalone: false, refused: true });
    expect(second.store.scope.learnerId).toBe('student-7');
    expect(readMirror(storage, scopeOf(otherModule, 'student-7'))).toBeNull();

    second.store.update((s) => visit(s, REFLECTION_SECTION));
    const copy = readMirror(storage, scopeOf(otherModule, 'student-7'));
    expect(copy?.pending).toBe(true);
    expect(decodeState(copy?.state)).toMatchObject({ at: REFLECTION_SECTION, t: at('2026-12-03T10:00:00Z') });
    expect(second.warnings.join()).toMatch(/Initialize failed \(104/);
  });

  it('asks the LMS for the learner id anyway, and uses it when it answers', () => {
    const api = new Moodle2004({ 'cmi.learner_id': 'student-9' });
    api.Initialize = () => 'false';
    api.GetValue = (element) => (element === 'cmi.learner_id' ? 'student-9' : '');
    const refused = play(pkg, adapter(api), new MemoryStorage());
    expect(refused.store.scope.learnerId).toBe('student-9');
  });

  it("never takes a learner id remembered for another course, and then saves under 'local' without restoring anyone's copy there", () => {
    const api = new Moodle2004({ 'cmi.learner_id': 'student-7' });
    const storage = new MemoryStorage();
    firstScoOfTheVisit(api, storage);
    const otherCourse: ScoPackage = { ...otherModule, course: { ...pkg.course, id: 'andere-cursus' } };
    const someoneElse = { ...emptyState(pkg.module), at: 2, seen: '1110' };
    writeMirror(storage, scopeOf(otherCourse, 'local'), { state: encodeState(someoneElse), pending: true });

    const refused = play(otherCourse, adapter(api), storage);
    expect(refused.store.scope.learnerId).toBe('local');
    expect(refused.store.state.at).toBe(0);
  });

  it('writes nothing to the browser while the learner changes nothing: an untouched state must not look newer than the LMS', () => {
    const api = new Moodle2004({ 'cmi.learner_id': 'student-7' });
    const storage = new MemoryStorage();
    firstScoOfTheVisit(api, storage);
    const refused = play(otherModule, adapter(api), storage);
    vi.advanceTimersByTime(60_000);
    refused.session.flush();
    refused.session.end();
    expect(storage.data.size).toBe(0);
  });

  it('resumes from its own earlier refused copy when refused again', () => {
    const api = new Moodle2004({ 'cmi.learner_id': 'student-7' });
    const storage = new MemoryStorage();
    firstScoOfTheVisit(api, storage);
    play(otherModule, adapter(api), storage).store.update((s) => visit(s, REFLECTION_SECTION));
    const again = play(otherModule, adapter(api), storage);
    expect(again.store.state.at).toBe(REFLECTION_SECTION);
  });
});

describe('when Moodle 1.2 throws in LMSInitialize (a SCO reopened in the visit after it wrote objectives, seen 4)', () => {
  it('counts as a refusal, and keeps the changes under the learner id this Moodle page gave', () => {
    const pkg12 = fixture({ edition: 'scorm12' });
    const api = new Moodle12({ 'cmi.core.student_id': 'student-7' });
    const storage = new MemoryStorage();
    play(pkg12, createAdapter({ edition: 'scorm12', api }), storage).session.end();
    api.LMSInitialize = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'score')");
    };
    const reopened = play(pkg12, createAdapter({ edition: 'scorm12', api }), storage);
    expect(reopened.store.getSnapshot().health.refused).toBe(true);
    reopened.store.update((s) => visit(s, REFLECTION_SECTION));
    expect(readMirror(storage, scopeOf(pkg12, 'student-7'))?.pending).toBe(true);
  });
});

describe('a later session that Moodle accepts', () => {
  const lmsState = (t?: number): ScoState => ({ ...emptyState(pkg.module), at: 1, seen: '1100', ...(t === undefined ? {} : { t }) });
  const copyState = (t?: number): ScoState => ({ ...emptyState(pkg.module), at: 2, seen: '1110', r: { 'r-onderzoeken-praktijk': 'Geschreven toen Moodle weigerde.' }, ...(t === undefined ? {} : { t }) });

  function launch(lms: ScoState, copy: ScoState) {
    const api = new Moodle2004({ 'cmi.learner_id': 'student-7', 'cmi.entry': 'resume', 'cmi.suspend_data': encodeState(lms) });
    const storage = new MemoryStorage();
    writeMirror(storage, scopeOf(pkg, 'student-7'), { state: encodeState(copy), pending: true });
    return { api, storage };
  }

  it('takes over a browser copy newer than what the LMS holds, commits it, and removes it from the browser', () => {
    const { api, storage } = launch(lmsState(at('2026-12-01T09:00:00Z')), copyState(at('2026-12-02T09:00:00Z')));
    const session = play(pkg, adapter(api), storage);
    expect(session.store.state.r['r-onderzoeken-praktijk']).toBe('Geschreven toen Moodle weigerde.');
    expect(decodeState(api.stored['cmi.suspend_data'])).toMatchObject({ at: 2, r: { 'r-onderzoeken-praktijk': 'Geschreven toen Moodle weigerde.' } });
    expect(storage.data.size).toBe(0);
  });

  it('keeps the newer LMS data and drops an older browser copy', () => {
    const { api, storage } = launch(lmsState(at('2026-12-02T09:00:00Z')), copyState(at('2026-12-01T09:00:00Z')));
    const session = play(pkg, adapter(api), storage);
    expect(session.store.state).toMatchObject({ at: 1, r: {} });
    expect(storage.data.size).toBe(0);
  });

  it('never lets a copy without a stamp override LMS data that has one', () => {
    const { api, storage } = launch(lmsState(at('2026-12-01T09:00:00Z')), copyState());
    expect(play(pkg, adapter(api), storage).store.state).toMatchObject({ at: 1, r: {} });
  });

  it('takes over a stamped copy when the LMS data has no stamp (written by an older Leerpad)', () => {
    const { api, storage } = launch(lmsState(), copyState(at('2026-12-01T09:00:00Z')));
    expect(play(pkg, adapter(api), storage).store.state.at).toBe(2);
  });

  it('keeps the copy in the browser until a commit carrying it succeeds', () => {
    const { api, storage } = launch(lmsState(at('2026-12-01T09:00:00Z')), copyState(at('2026-12-02T09:00:00Z')));
    const commit = api.Commit.bind(api);
    api.Commit = () => 'false';
    const session = play(pkg, adapter(api), storage);
    expect(readMirror(storage, scopeOf(pkg, 'student-7'))?.pending).toBe(true);
    api.Commit = commit;
    vi.advanceTimersByTime(15_000);
    expect(decodeState(api.stored['cmi.suspend_data'])?.at).toBe(2);
    expect(storage.data.size).toBe(0);
    expect(session.store.getSnapshot().health.failing).toBe(false);
  });
});

describe('a page back from the back-forward cache', () => {
  it('whose Initialize is refused keeps later changes in the browser under the same learner, and says so', () => {
    const api = new Moodle2004({ 'cmi.learner_id': 'student-7' });
    const storage = new MemoryStorage();
    const page = play(pkg, adapter(api), storage);
    const unlisten = page.session.listen(window);
    window.dispatchEvent(new Event('pagehide'));
    const back = new Event('pageshow') as PageTransitionEvent;
    Object.defineProperty(back, 'persisted', { value: true });
    window.dispatchEvent(back);
    unlisten();

    expect(page.store.getSnapshot().health).toMatchObject({ connected: false, refused: true });
    page.store.update((s) => visit(s, REFLECTION_SECTION));
    expect(decodeState(readMirror(storage, scopeOf(pkg, 'student-7'))?.state)?.at).toBe(REFLECTION_SECTION);
  });
});
