import { describe, expect, it } from 'vitest';
import { studiedag, trainingApp } from './training-app';

describe('closing a trainer session: "gevolgd in sessie" on the linked profiles', () => {
  it('gives the covered modules to the present, linked participants only, without calling them finished', async () => {
    const { call, learner, core } = trainingApp();
    const noor = await learner('Noor');
    const jonas = await learner('Jonas');
    const created = await call(
      'training/create',
      studiedag([{ name: 'Noor Peeters', learnerId: noor.id }, { name: 'Jonas De Smet', learnerId: jonas.id }, { name: 'Sara Claes' }]),
    );
    const [pNoor, pJonas, pSara] = created.participants;
    await call('training/note', { id: created.id, moduleId: 'start', promptId: 'r-start', seq: 1, text: 'We starten elke dag met een kringgesprek.' });
    await call('training/tally', { id: created.id, moduleId: 'hefboom-onderzoeken', questionId: 'q-onderzoeken-dialoog', optionId: 'true', count: 9 });
    await call('training/attendance', { id: created.id, participantId: pNoor!.id, present: true });
    await call('training/attendance', { id: created.id, participantId: pSara!.id, present: true });

    const closed = await call('training/close', { id: created.id });
    expect(closed).toMatchObject({ status: 'closed', participantsPresent: 2, participantsTotal: 3 });
    expect(closed.participants.map((p) => [p.name, p.present])).toEqual([
      ['Noor Peeters', true],
      ['Jonas De Smet', false],
      ['Sara Claes', true],
    ]);
    expect(pJonas!.learnerName).toBe('Jonas');

    const noorModules = (await call('progress/dashboard', { session: noor.session, courseId: 'mini' })).modules;
    expect(noorModules.map((m) => [m.moduleId, m.followedInSession, m.status])).toEqual([
      ['start', { title: 'Pedagogische studiedag', date: '2026-12-04' }, 'not-started'],
      ['hefboom-onderzoeken', { title: 'Pedagogische studiedag', date: '2026-12-04' }, 'not-started'],
    ]);
    const noorDashboard = await call('progress/dashboard', { session: noor.session, courseId: 'mini' });
    expect(noorDashboard.overall.modulesCompleted).toBe(0);

    const jonasModules = (await call('progress/dashboard', { session: jonas.session, courseId: 'mini' })).modules;
    expect(jonasModules.map((m) => m.followedInSession)).toEqual([null, null]);
    // Sara has no profile: nothing is recorded for anyone else.
    expect(core.db.prepare('SELECT DISTINCT learner_id FROM followed_in_training').all()).toEqual([{ learner_id: noor.id }]);
  });

  it('keeps "gevolgd in sessie" when the closed session is deleted, and shows the latest session of a module', async () => {
    const { call, learner } = trainingApp();
    const noor = await learner('Noor');
    const first = await call('training/create', { ...studiedag([{ name: 'Noor', learnerId: noor.id }]), date: '2026-10-01', title: 'Najaar' });
    await call('training/attendance', { id: first.id, participantId: first.participants[0]!.id, present: true });
    await call('training/close', { id: first.id });
    const second = await call('training/create', { ...studiedag([{ name: 'Noor', learnerId: noor.id }]), moduleIds: ['start'], title: 'Winter' });
    await call('training/attendance', { id: second.id, participantId: second.participants[0]!.id, present: true });
    await call('training/close', { id: second.id });

    await call('training/delete', { id: first.id });
    expect(await call('training/list', {})).toEqual([expect.objectContaining({ id: second.id, status: 'closed' })]);
    const modules = (await call('progress/dashboard', { session: noor.session, courseId: 'mini' })).modules;
    expect(modules.map((m) => m.followedInSession)).toEqual([
      { title: 'Winter', date: '2026-12-04' },
      { title: 'Najaar', date: '2026-10-01' },
    ]);
  });

  it('refuses changes to a closed session except its notes, and closes only once', async () => {
    const { call, refusal } = trainingApp();
    const t = await call('training/create', studiedag([{ name: 'Sara' }]));
    await call('training/close', { id: t.id });
    const participantId = t.participants[0]!.id;
    for (const [name, args] of [
      ['training/attendance', { id: t.id, participantId, present: true }],
      ['training/update', { id: t.id, ...studiedag([]) }],
      ['training/tally', { id: t.id, moduleId: 'hefboom-onderzoeken', questionId: 'q-onderzoeken-dialoog', optionId: 'true', count: 1 }],
      ['training/close', { id: t.id }],
    ] as const) {
      const error = await refusal(name, args);
      expect(error, name).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('is closed') });
    }
    const late = await call('training/note', { id: t.id, moduleId: 'start', promptId: 'r-start', seq: 1, text: 'Nagekomen.' });
    expect(late.saved).toBe(true);
  });

  it('unlinks a participant whose profile is deleted, and forgets that profile\'s "gevolgd in sessie" with it', async () => {
    const { call, learner, core } = trainingApp();
    const noor = await learner('Noor');
    const t = await call('training/create', studiedag([{ name: 'Noor Peeters', learnerId: noor.id }]));
    await call('training/attendance', { id: t.id, participantId: t.participants[0]!.id, present: true });
    await call('training/close', { id: t.id });
    await call('learner/delete', { id: noor.id, session: noor.session });

    expect((await call('training/get', { id: t.id })).participants).toEqual([
      expect.objectContaining({ name: 'Noor Peeters', learnerId: null, learnerName: null, present: true }),
    ]);
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM followed_in_training').get()).toEqual({ n: 0 });
  });
});
