import { describe, expect, it } from 'vitest';
import { profileApp } from '../helpers/profiles';

/** Issue 8, section 7: one school computer, one learner after another. */
describe('profiles on a shared school computer', () => {
  it("recipe: learner B cannot delete or rename learner A's profile (A has no PIN) from B's own session", async () => {
    const { call } = profileApp();
    const a = await call('learner/create', { name: 'Amira' });
    const b = await call('learner/create', { name: 'Bram' });
    await expect(call('learner/delete', { id: a.learner.id, session: b.session })).rejects.toMatchObject({ code: 'TEACHER_PIN_NOT_SET' });
    await expect(call('learner/rename', { id: a.learner.id, name: 'Weg', session: b.session })).rejects.toMatchObject({ code: 'TEACHER_PIN_NOT_SET' });
    await call('teacher/set-pin', { pin: '9753' });
    await expect(call('learner/delete', { id: a.learner.id, session: b.session })).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
    expect((await call('learner/list', {})).map((l) => l.name)).toEqual(['Amira', 'Bram']);
  });

  it("recipe: learner B's data export holds only B's own work, never A's reflection", async () => {
    const { call, writeReflection } = profileApp();
    const a = await call('learner/create', { name: 'Amira' });
    const b = await call('learner/create', { name: 'Bram' });
    await writeReflection(a.session, 'Geheim van Amira');
    const bExport = await call('learner/export', { session: b.session });
    expect(bExport.markdown + bExport.json).not.toContain('Geheim van Amira');
    expect((await call('learner/export', { session: a.session })).markdown).toContain('Geheim van Amira');
  });

  it('recipe: deleting the own protected profile with an empty PIN field asks for the PIN instead of "bad request"', async () => {
    const { call } = profileApp();
    const noor = await call('learner/create', { name: 'Noor', pin: '2468' });
    await expect(call('learner/delete', { id: noor.learner.id, session: noor.session, pin: '' })).rejects.toMatchObject({ code: 'PIN_REQUIRED' });
    await expect(call('learner/delete', { id: noor.learner.id, session: noor.session, pin: '2468' })).resolves.toEqual({ deleted: true });
  });

  it("the teacher resets a forgotten PIN: the learner's reflection stays, the old PIN and open sessions stop working", async () => {
    const { call, writeReflection } = profileApp();
    const a = await call('learner/create', { name: 'Amira', pin: '1357' });
    await writeReflection(a.session, 'Mijn reflectie over Lina');
    await call('teacher/set-pin', { pin: '9753' });
    const { teacher } = await call('teacher/unlock', { pin: '9753' });

    await expect(call('teacher/reset-learner-pin', { teacher, id: a.learner.id, pin: '8642' })).resolves.toMatchObject({ hasPin: true });
    await expect(call('progress/dashboard', { session: a.session, courseId: 'mini' })).rejects.toMatchObject({ code: 'SESSION_REQUIRED' });
    await expect(call('learner/open', { id: a.learner.id, pin: '1357' })).rejects.toMatchObject({ code: 'PIN_WRONG' });
    const { session } = await call('learner/open', { id: a.learner.id, pin: '8642' });
    expect((await call('learner/export', { session })).markdown).toContain('Mijn reflectie over Lina');
  });

  it('the teacher deletes a profile in lecturer mode; without lecturer mode nobody else can', async () => {
    const { call } = profileApp();
    const a = await call('learner/create', { name: 'Amira', pin: '1357' });
    await call('teacher/set-pin', { pin: '9753' });
    await expect(call('learner/delete', { id: a.learner.id, teacher: 'x'.repeat(32) })).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
    const { teacher } = await call('teacher/unlock', { pin: '9753' });
    await expect(call('learner/delete', { id: a.learner.id, teacher })).resolves.toEqual({ deleted: true });
    expect(await call('learner/list', {})).toEqual([]);
    await expect(call('progress/dashboard', { session: a.session, courseId: 'mini' })).rejects.toMatchObject({ code: 'SESSION_REQUIRED' });
  });

  it('recipe: once a teacher PIN is set, export (a lecturer tool) needs lecturer mode, enforced by core', async () => {
    const { call } = profileApp();
    const request = { courseId: 'mini', edition: 'scorm12', reflections: 'private', lms: 'moodle' } as const;
    await call('teacher/set-pin', { pin: '9753' });
    await expect(call('scorm/export', request)).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
    const { teacher } = await call('teacher/unlock', { pin: '9753' });
    await expect(call('scorm/export', { ...request, teacher })).resolves.toMatchObject({ fileName: expect.stringMatching(/\.zip$/) });
  });

  it('never hands out the teacher PIN or its hash through settings', async () => {
    const { call } = profileApp();
    await call('teacher/set-pin', { pin: '9753' });
    expect(JSON.stringify(await call('settings/get', {}))).not.toMatch(/scrypt|9753/);
    expect(await call('teacher/status', {})).toMatchObject({ hasPin: true });
  });

  it('a learner cannot change the idle time once a teacher PIN is set', async () => {
    const { call } = profileApp();
    await expect(call('teacher/settings', { idleMinutes: 5 })).resolves.toMatchObject({ idleMinutes: 5 });
    await call('teacher/set-pin', { pin: '9753' });
    await expect(call('teacher/settings', { idleMinutes: 120 })).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
    expect((await call('settings/get', {})).idleMinutes).toBe(5);
  });
});
