import { describe, expect, it } from 'vitest';
import { profileApp } from '../../../helpers/profiles';

describe('profile calls', () => {
  it('list every profile for anyone, without PIN hashes', async () => {
    const { call } = profileApp();
    await call('learner/create', { name: 'Noor', pin: '2468' });
    const list = await call('learner/list', {});
    expect(list).toEqual([expect.objectContaining({ name: 'Noor', hasPin: true })]);
    expect(JSON.stringify(list)).not.toContain('scrypt');
  });

  it('let a learner rename their own profile with their session', async () => {
    const { call } = profileApp();
    const amira = await call('learner/create', { name: 'Amira' });
    await expect(call('learner/rename', { id: amira.learner.id, name: 'Amira K.', session: amira.session })).resolves.toMatchObject({ name: 'Amira K.' });
  });

  it('let lecturer mode rename another profile, also when the teacher passes an expired learner session', async () => {
    const { call } = profileApp();
    const amira = await call('learner/create', { name: 'Amira' });
    await call('learner/close', { session: amira.session });
    await call('teacher/set-pin', { pin: '9753' });
    const { teacher } = await call('teacher/unlock', { pin: '9753' });
    await expect(call('learner/rename', { id: amira.learner.id, name: 'Amira K.', session: amira.session, teacher })).resolves.toMatchObject({ name: 'Amira K.' });
  });

  it('end an expired own session with SESSION_REQUIRED rather than pretending lecturer mode is missing', async () => {
    const { call } = profileApp();
    const amira = await call('learner/create', { name: 'Amira' });
    await call('learner/close', { session: amira.session });
    await expect(call('learner/rename', { id: amira.learner.id, name: 'X', session: amira.session })).rejects.toMatchObject({ code: 'SESSION_REQUIRED' });
  });

  it('let the teacher remove a PIN, so a learner can open without one again', async () => {
    const { call } = profileApp();
    const noor = await call('learner/create', { name: 'Noor', pin: '2468' });
    await call('teacher/set-pin', { pin: '9753' });
    const { teacher } = await call('teacher/unlock', { pin: '9753' });
    await expect(call('teacher/reset-learner-pin', { teacher, id: noor.learner.id, pin: null })).resolves.toMatchObject({ hasPin: false });
    await expect(call('learner/open', { id: noor.learner.id })).resolves.toMatchObject({ learner: { name: 'Noor' } });
  });

  it('lift a wrong-PIN lock when the teacher resets the PIN', async () => {
    const { call } = profileApp();
    const noor = await call('learner/create', { name: 'Noor', pin: '2468' });
    for (let i = 0; i < 5; i++) await expect(call('learner/open', { id: noor.learner.id, pin: '0000' })).rejects.toMatchObject({ code: 'PIN_WRONG' });
    await call('teacher/set-pin', { pin: '9753' });
    const { teacher } = await call('teacher/unlock', { pin: '9753' });
    await call('teacher/reset-learner-pin', { teacher, id: noor.learner.id, pin: '1357' });
    await expect(call('learner/open', { id: noor.learner.id, pin: '1357' })).resolves.toMatchObject({ learner: { name: 'Noor' } });
  });

  it('refuse a teacher reset of a profile that does not exist with NOT_FOUND', async () => {
    const { call } = profileApp();
    await call('teacher/set-pin', { pin: '9753' });
    const { teacher } = await call('teacher/unlock', { pin: '9753' });
    await expect(call('teacher/reset-learner-pin', { teacher, id: 'nope', pin: null })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('close lecturer mode on teacher/lock', async () => {
    const { call } = profileApp();
    await call('teacher/set-pin', { pin: '9753' });
    const { teacher } = await call('teacher/unlock', { pin: '9753' });
    await call('teacher/lock', { teacher });
    await expect(call('teacher/settings', { teacher, idleMinutes: 10 })).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
  });
});
