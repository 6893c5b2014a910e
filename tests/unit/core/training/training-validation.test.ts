import { describe, expect, it } from 'vitest';
import { TRAINING_LIMITS } from '../../../../electron/core/contract';
import { studiedag, trainingApp } from './training-app';

describe('a trainer session refuses what cannot be right, and says what to fix', () => {
  it.each([
    ['an empty title', { title: '   ' }, 'title: the title is empty'],
    ['a date that does not exist', { date: '2026-02-30' }, 'date: this date does not exist'],
    ['a date in another notation', { date: '04/12/2026' }, 'date: a date is written YYYY-MM-DD'],
    ['no module', { moduleIds: [] }, 'moduleIds: choose at least one module'],
    ['a module chosen twice', { moduleIds: ['start', 'start'] }, 'moduleIds: a module is chosen twice'],
    ['an empty participant name', { participants: [{ name: '' }] }, 'participants.0.name: a participant name is empty'],
    [
      `more than ${TRAINING_LIMITS.participants} participants`,
      { participants: Array.from({ length: TRAINING_LIMITS.participants + 1 }, (_, i) => ({ name: `Deelnemer ${i + 1}` })) },
      `participants: at most ${TRAINING_LIMITS.participants} participants in one session`,
    ],
  ])('refuses %s', async (_what, change, message) => {
    const { refusal } = trainingApp();
    const error = await refusal('training/create', { ...studiedag([]), ...change });
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain(message);
  });

  it(`accepts exactly ${TRAINING_LIMITS.participants} participants, in the order given`, async () => {
    const { call } = trainingApp();
    const names = Array.from({ length: TRAINING_LIMITS.participants }, (_, i) => `Deelnemer ${i + 1}`);
    const t = await call('training/create', studiedag(names.map((name) => ({ name }))));
    expect(t.participants.map((p) => p.name)).toEqual(names);
  });

  it('refuses a module the course does not have, naming the modules it has', async () => {
    const { refusal } = trainingApp();
    expect(await refusal('training/create', { ...studiedag([]), moduleIds: ['start', 'module-5'] })).toMatchObject({
      code: 'NOT_FOUND',
      message: "The course 'mini' has no module 'module-5'.",
      hint: "Choose modules of 'Mini': start, hefboom-onderzoeken.",
    });
  });

  it('refuses an unknown profile, and one profile linked to two participants', async () => {
    const { refusal, learner } = trainingApp();
    expect(await refusal('training/create', studiedag([{ name: 'Noor', learnerId: 'bestaat-niet' }]))).toMatchObject({ code: 'NOT_FOUND' });
    const noor = await learner('Noor');
    expect(await refusal('training/create', studiedag([{ name: 'Noor P.', learnerId: noor.id }, { name: 'Noor Peeters', learnerId: noor.id }]))).toMatchObject({
      code: 'BAD_REQUEST',
      message: "The profile 'Noor' is linked to two participants ('Noor P.' and 'Noor Peeters').",
    });
  });

  it('refuses a tally for a question or option the module does not have', async () => {
    const { call, refusal } = trainingApp();
    const t = await call('training/create', studiedag([]));
    const tally = { id: t.id, moduleId: 'hefboom-onderzoeken', questionId: 'q-onderzoeken-doel', optionId: 'z', count: 3 };
    expect(await refusal('training/tally', tally)).toMatchObject({ code: 'NOT_FOUND', message: "The question 'q-onderzoeken-doel' has no option 'z'." });
    expect(await refusal('training/tally', { ...tally, questionId: 'q-weg' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal('training/tally', { ...tally, optionId: 'a', count: -1 })).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await call('training/tally', { ...tally, optionId: 'a' })).toEqual({ moduleId: 'hefboom-onderzoeken', questionId: 'q-onderzoeken-doel', optionId: 'a', count: 3 });
    await call('training/tally', { ...tally, optionId: 'a', count: 5 });
    expect((await call('training/get', { id: t.id })).tallies).toEqual([{ moduleId: 'hefboom-onderzoeken', questionId: 'q-onderzoeken-doel', optionId: 'a', count: 5 }]);
  });

  it('updates an open session: keeps a participant by id with their attendance, adds new ones, drops the left-out', async () => {
    const { call, refusal } = trainingApp();
    const t = await call('training/create', studiedag([{ name: 'Noor' }, { name: 'Jonas' }]));
    const [noor, jonas] = t.participants;
    await call('training/attendance', { id: t.id, participantId: noor!.id, present: true });
    const updated = await call('training/update', { id: t.id, ...studiedag([{ name: 'Sara' }, { id: noor!.id, name: 'Noor Peeters' }]), place: 'Aula' });
    expect(updated.place).toBe('Aula');
    expect(updated.participants.map((p) => [p.name, p.present])).toEqual([
      ['Sara', false],
      ['Noor Peeters', true],
    ]);
    expect(await refusal('training/attendance', { id: t.id, participantId: jonas!.id, present: true })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal('training/update', { id: t.id, ...studiedag([{ id: 'van-een-andere-sessie', name: 'X' }]) })).toMatchObject({
      code: 'NOT_FOUND',
      hint: 'Leave the id out for a new participant.',
    });
  });

  it('answers NOT_FOUND for a session that does not exist', async () => {
    const { refusal } = trainingApp();
    expect(await refusal('training/get', { id: 'weg' })).toMatchObject({ code: 'NOT_FOUND', message: 'There is no session with id weg.' });
    expect(await refusal('training/delete', { id: 'weg' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
