// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { i18next, initI18n } from '../../../../../../renderer/app/i18n';
import { argsOf, checkDraft, emptyDraft, today, type TrainingDraft } from '../../../../../../renderer/app/screens/training/training-form';

const filled: TrainingDraft = {
  title: '  Studiedag onderzoeken ',
  date: '2026-12-04',
  place: 'Gent',
  trainer: 'Els Mertens',
  courseId: 'kkgk',
  moduleIds: ['hefboom-onderzoeken'],
  participants: [
    { key: 'r1', id: 'p1', name: 'Noor Peeters', learnerId: 'l-noor' },
    { key: 'r2', name: ' Bram Claes ', learnerId: null },
  ],
};

describe('the session form', () => {
  beforeAll(async () => {
    await initI18n('nl-BE');
    await i18next.changeLanguage('nl-BE');
  });

  it('starts on today, in the computer’s own time zone', () => {
    expect(today(new Date(2026, 11, 4, 23, 30))).toBe('2026-12-04');
    expect(emptyDraft('kkgk')).toMatchObject({ courseId: 'kkgk', date: today(), moduleIds: [], participants: [] });
  });

  it('says at each field what is missing or too long', () => {
    const t = i18next.t.bind(i18next);
    const found = checkDraft(t, { ...emptyDraft('kkgk'), date: '', title: 'x'.repeat(121), participants: [{ key: 'r1', name: ' ', learnerId: null }] });
    expect(found.fields).toEqual({
      title: 'Hoogstens 120 tekens.',
      place: 'Vul dit veld in.',
      trainer: 'Vul dit veld in.',
      date: 'Kies een datum.',
      moduleIds: 'Kies minstens één module.',
    });
    expect(found.rows).toEqual({ r1: { name: 'Vul dit veld in.' } });
    expect(found.count).toBe(6);
  });

  it('refuses one profile linked to two participants, at the second', () => {
    const t = i18next.t.bind(i18next);
    const found = checkDraft(t, { ...filled, participants: [...filled.participants, { key: 'r3', name: 'Noor P.', learnerId: 'l-noor' }] });
    expect(found.rows).toEqual({ r3: { learnerId: 'Dit profiel is al gekoppeld aan een andere deelnemer.' } });
  });

  it('sends trimmed fields, keeps an existing participant’s id (and so its attendance), and is clean when all is filled in', () => {
    expect(checkDraft(i18next.t.bind(i18next), filled).count).toBe(0);
    expect(argsOf(filled)).toEqual({
      title: 'Studiedag onderzoeken',
      date: '2026-12-04',
      place: 'Gent',
      trainer: 'Els Mertens',
      courseId: 'kkgk',
      moduleIds: ['hefboom-onderzoeken'],
      participants: [
        { id: 'p1', name: 'Noor Peeters', learnerId: 'l-noor' },
        { name: 'Bram Claes', learnerId: null },
      ],
    });
  });
});
