import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportLearner } from '../../../../electron/core/progress/learner-export';
import { computer, everything, reflection } from './transfer-fixture';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const HASH = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=';

/** A learner made on the laptop and carried once to the school PC: both computers know the same profile. */
function laptopAndSchoolPc() {
  const laptop = computer();
  const school = computer();
  vi.setSystemTime(new Date('2026-09-01T08:00:00.000Z'));
  const noor = laptop.learners.create('Noor', HASH as never);
  school.importFile(laptop.exportFile(noor.id));
  return { laptop, school, id: noor.id };
}

function mergeBothWays(a: ReturnType<typeof computer>, b: ReturnType<typeof computer>, id: string) {
  b.importFile(a.exportFile(id));
  a.importFile(b.exportFile(id));
}

describe('moving one learner between computers', () => {
  it('a learner new to this computer arrives with their PIN hash, attempts, reflections and ratings', () => {
    const laptop = computer();
    vi.setSystemTime(new Date('2026-09-01T08:00:00.000Z'));
    const noor = laptop.learners.create('Noor', HASH as never);
    laptop.study(noor.id, 'm1', '2026-09-02T10:00:00.000Z', { ...reflection('r1', 'Mijn stage begon goed.'), ratings: [{ itemId: 'k1', rating: 2, note: 'rustig' }] });
    const school = computer();
    const summary = school.importFile(laptop.exportFile(noor.id));
    expect(summary).toMatchObject({ created: true, learnerName: 'Noor', attemptsAdded: 1 });
    expect(school.learners.row(noor.id).pin_hash).toBe(HASH);
    expect(everything(school.db, noor.id)).toEqual(everything(laptop.db, noor.id));
  });

  it('progress on different modules on the laptop and the school PC merges both ways to the same state', () => {
    const { laptop, school, id } = laptopAndSchoolPc();
    laptop.study(id, 'm1', '2026-09-02T10:00:00.000Z', reflection('r1', 'Thuis geschreven.'));
    school.study(id, 'm2', '2026-09-03T10:00:00.000Z', reflection('r2', 'Op school geschreven.'));
    mergeBothWays(laptop, school, id);
    const state = everything(laptop.db, id);
    expect(state.attempts.map((a) => a.module_id)).toEqual(['m1', 'm2']);
    expect(everything(school.db, id)).toEqual(state);
  });

  it('the attempt with the newer last commit wins, from whichever computer it comes', () => {
    const { laptop, school, id } = laptopAndSchoolPc();
    laptop.study(id, 'm1', '2026-09-02T10:00:00.000Z', { location: 'p1', scoreScaled: 0.4 });
    school.importFile(laptop.exportFile(id));
    school.study(id, 'm1', '2026-09-03T10:00:00.000Z', { location: 'p5', scoreScaled: 0.9 });
    const summary = laptop.importFile(school.exportFile(id));
    expect(summary.attemptsUpdated).toBe(1);
    expect(everything(laptop.db, id).attempts[0]).toMatchObject({ location: 'p5', score_scaled: 0.9, updated_at: '2026-09-03T10:00:00.000Z' });
    expect(everything(laptop.db, id)).toEqual(everything(school.db, id));
  });

  it('nothing newer here is overwritten by an older file', () => {
    const { laptop, school, id } = laptopAndSchoolPc();
    laptop.study(id, 'm1', '2026-09-02T10:00:00.000Z', { location: 'p1' });
    const oldFile = laptop.exportFile(id);
    laptop.study(id, 'm1', '2026-09-04T10:00:00.000Z', { location: 'p7' });
    school.importFile(laptop.exportFile(id));
    const before = everything(school.db, id);
    expect(school.importFile(oldFile).attemptsUpdated).toBe(0);
    expect(everything(school.db, id)).toEqual(before);
    expect(before.attempts[0]).toMatchObject({ location: 'p7' });
  });

  it('reflections written on both sides are both kept: the newer in place, the other as a dated version', () => {
    const { laptop, school, id } = laptopAndSchoolPc();
    laptop.study(id, 'm1', '2026-09-02T10:00:00.000Z', reflection('r1', 'Eerste gedachte.'));
    school.importFile(laptop.exportFile(id));
    laptop.study(id, 'm1', '2026-09-05T10:00:00.000Z', reflection('r1', 'Thuis herschreven.'));
    school.study(id, 'm1', '2026-09-06T10:00:00.000Z', reflection('r1', 'Op school herschreven.'));
    mergeBothWays(laptop, school, id);
    const [attempt] = everything(laptop.db, id).attempts;
    expect(attempt!.reflections).toEqual([{ reflection_id: 'r1', text: 'Op school herschreven.', updated_at: '2026-09-06T10:00:00.000Z' }]);
    expect(attempt!.reflection_versions).toEqual([{ reflection_id: 'r1', text: 'Thuis herschreven.', written_at: '2026-09-05T10:00:00.000Z' }]);
    expect(everything(school.db, id)).toEqual(everything(laptop.db, id));
  });

  it('a reflection only continued on the other computer keeps no version of the draft it went on from', () => {
    const { laptop, school, id } = laptopAndSchoolPc();
    laptop.study(id, 'm1', '2026-09-02T10:00:00.000Z', reflection('r1', 'Op school begonnen.'));
    school.importFile(laptop.exportFile(id));
    school.study(id, 'm1', '2026-09-03T10:00:00.000Z', reflection('r1', 'Op school begonnen, thuis afgewerkt.'));
    expect(laptop.importFile(school.exportFile(id))).toMatchObject({ attemptsUpdated: 1, versionsKept: 0 });
    laptop.study(id, 'm1', '2026-09-04T10:00:00.000Z', reflection('r1', 'En nog eens herlezen.'));
    expect(school.importFile(laptop.exportFile(id))).toMatchObject({ attemptsUpdated: 1, versionsKept: 0 });
    const [attempt] = everything(school.db, id).attempts;
    expect(attempt!.reflections).toMatchObject([{ text: 'En nog eens herlezen.' }]);
    expect(attempt!.reflection_versions).toEqual([]);
    expect(everything(laptop.db, id)).toEqual(everything(school.db, id));
  });

  it('the learner sees the other version in their export, with its date', () => {
    const shared = laptopAndSchoolPc();
    shared.laptop.study(shared.id, 'm1', '2026-09-02T10:00:00.000Z', reflection('r1', 'Begin.'));
    shared.school.importFile(shared.laptop.exportFile(shared.id));
    shared.laptop.study(shared.id, 'm1', '2026-09-05T10:00:00.000Z', reflection('r1', 'Thuis versie.'));
    shared.school.study(shared.id, 'm1', '2026-09-06T10:00:00.000Z', reflection('r1', 'School versie.'));
    shared.school.importFile(shared.laptop.exportFile(shared.id));
    const kept = exportLearner(shared.school.db, { id: shared.id, name: 'Noor' }, []).markdown;
    expect(kept).toContain('School versie.');
    expect(kept).toMatch(/Andere versie \(van 2026-09-05\)\n\nThuis versie\./);
  });

  it('a fresh attempt started on each side: both are kept, numbered in the order they were started, the same on both', () => {
    const { laptop, school, id } = laptopAndSchoolPc();
    laptop.study(id, 'm1', '2026-09-02T10:00:00.000Z', { location: 'eerste' });
    school.importFile(laptop.exportFile(id));
    school.study(id, 'm1', '2026-09-03T10:00:00.000Z', { location: 'school-opnieuw' }, { fresh: true });
    laptop.study(id, 'm1', '2026-09-04T10:00:00.000Z', { location: 'thuis-opnieuw' }, { fresh: true });
    mergeBothWays(laptop, school, id);
    const attempts = everything(laptop.db, id).attempts;
    expect(attempts.map((a) => [a.number, a.location])).toEqual([[1, 'eerste'], [2, 'school-opnieuw'], [3, 'thuis-opnieuw']]);
    expect(everything(school.db, id)).toEqual(everything(laptop.db, id));
  });

  it('importing the same file twice changes nothing the second time', () => {
    const { laptop, school, id } = laptopAndSchoolPc();
    laptop.study(id, 'm1', '2026-09-02T10:00:00.000Z', { ...reflection('r1', 'Thuis.'), ratings: [{ itemId: 'k1', rating: 1, note: null }] });
    school.study(id, 'm1', '2026-09-03T10:00:00.000Z', reflection('r1', 'School.'), { fresh: true });
    const file = laptop.exportFile(id);
    school.importFile(file);
    const once = everything(school.db, id);
    const states = () => school.db.prepare('SELECT * FROM attempt_merged_states ORDER BY attempt_id, updated_at, commit_seq').all();
    const statesOnce = states();
    expect(school.importFile(file)).toMatchObject({ attemptsAdded: 0, attemptsUpdated: 0, versionsKept: 0 });
    expect(everything(school.db, id)).toEqual(once);
    expect(states()).toEqual(statesOnce);
  });

  it('a kijkwijzer rated again on the other computer keeps how the ratings changed on both', () => {
    const { laptop, school, id } = laptopAndSchoolPc();
    laptop.study(id, 'm1', '2026-09-02T10:00:00.000Z', { ratings: [{ itemId: 'k1', rating: 1, note: null }] });
    school.importFile(laptop.exportFile(id));
    school.study(id, 'm1', '2026-09-09T10:00:00.000Z', { ratings: [{ itemId: 'k1', rating: 3, note: 'beter' }] });
    mergeBothWays(laptop, school, id);
    const [attempt] = everything(laptop.db, id).attempts;
    expect(attempt!.checklist_rating_history.map((h) => [h.rating, h.rated_at])).toEqual([
      [1, '2026-09-02T10:00:00.000Z'],
      [3, '2026-09-09T10:00:00.000Z'],
    ]);
    expect(everything(school.db, id)).toEqual(everything(laptop.db, id));
  });

  it('a module completed on either computer stays completed after the merge', () => {
    const { laptop, school, id } = laptopAndSchoolPc();
    laptop.study(id, 'm1', '2026-09-02T10:00:00.000Z');
    school.importFile(laptop.exportFile(id));
    laptop.study(id, 'm1', '2026-09-03T10:00:00.000Z', { completion: 'completed' });
    school.study(id, 'm1', '2026-09-04T10:00:00.000Z', { completion: 'incomplete' });
    mergeBothWays(laptop, school, id);
    expect(everything(laptop.db, id).attempts[0]).toMatchObject({ completion: 'completed', updated_at: '2026-09-04T10:00:00.000Z' });
    expect(everything(school.db, id)).toEqual(everything(laptop.db, id));
  });

  it('study time of both computers is kept, session by session', () => {
    const { laptop, school, id } = laptopAndSchoolPc();
    laptop.study(id, 'm1', '2026-09-02T10:00:00.000Z', { sessionSeconds: 600 });
    school.importFile(laptop.exportFile(id));
    school.study(id, 'm1', '2026-09-03T10:00:00.000Z', { sessionSeconds: 300 });
    mergeBothWays(laptop, school, id);
    const [attempt] = everything(laptop.db, id).attempts;
    expect(attempt!.study_sessions.map((s) => s.seconds)).toEqual([600, 300]);
    expect(everything(school.db, id)).toEqual(everything(laptop.db, id));
  });

  it("an imported package's attempts (pkg: keys) travel and merge like a course's", () => {
    const { laptop, school, id } = laptopAndSchoolPc();
    laptop.study(id, 'item-1', '2026-09-02T10:00:00.000Z', { location: 'sco' }, { courseId: 'pkg:golf' });
    mergeBothWays(laptop, school, id);
    expect(everything(school.db, id).attempts).toMatchObject([{ course_id: 'pkg:golf', module_id: 'item-1', location: 'sco' }]);
  });

  it('a profile with the same name but made separately is merged into, keeping its own id, name and PIN', () => {
    const laptop = computer();
    const school = computer();
    vi.setSystemTime(new Date('2026-09-01T08:00:00.000Z'));
    const home = laptop.learners.create('Noor', HASH as never);
    const here = school.learners.create('noor');
    laptop.study(home.id, 'm1', '2026-09-02T10:00:00.000Z');
    const summary = school.importFile(laptop.exportFile(home.id));
    expect(summary).toMatchObject({ created: false, learnerId: here.id, learnerName: 'noor', attemptsAdded: 1 });
    expect(school.learners.list()).toHaveLength(1);
    expect(school.learners.row(here.id).pin_hash).toBe(HASH);
  });
});
