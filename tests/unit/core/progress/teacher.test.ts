import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createPinGuard } from '../../../../electron/core/progress/pin-guard';
import { createSettingsStore } from '../../../../electron/core/progress/settings';
import { createTeacher, TEACHER_IDLE_MS } from '../../../../electron/core/progress/teacher';
import { tempDir } from '../../../helpers/temp';
import { fakePins } from '../../../helpers/core/progress/fake-pins';

function setup(dir = tempDir()) {
  const clock = { now: 9_000_000 };
  const { db } = openDatabase(dir);
  const settings = createSettingsStore(db);
  return { clock, settings, teacher: createTeacher(settings, createPinGuard(db, fakePins, () => clock.now), fakePins, () => clock.now) };
}

describe('the teacher PIN', () => {
  it('is optional: without one, lecturer tools stay open and managing others is refused with a pointer to where to set it', () => {
    const { teacher } = setup();
    expect(teacher.status()).toMatchObject({ hasPin: false, idleMinutes: 20 });
    expect(() => teacher.requireIfSet(undefined)).not.toThrow();
    expect(() => teacher.assertUnlocked(undefined)).toThrow(expect.objectContaining({ code: 'TEACHER_PIN_NOT_SET' }));
  });

  it('is set once without a PIN, and then only changed or removed with the current one', async () => {
    const { teacher } = setup();
    await teacher.setPin(undefined, '9753');
    await expect(teacher.setPin(undefined, '1111')).rejects.toMatchObject({ code: 'PIN_REQUIRED' });
    await expect(teacher.setPin('0000', '1111')).rejects.toMatchObject({ code: 'PIN_WRONG' });
    await teacher.setPin('9753', '1111');
    await expect(teacher.unlock('9753')).rejects.toMatchObject({ code: 'PIN_WRONG' });
    await expect(teacher.setPin('1111', null)).resolves.toMatchObject({ hasPin: false });
  });

  it('opens lecturer mode for ten idle minutes, and closes it on lock or a PIN change', async () => {
    const { teacher, clock } = setup();
    await teacher.setPin(undefined, '9753');
    expect(() => teacher.requireIfSet(undefined)).toThrow(expect.objectContaining({ code: 'TEACHER_REQUIRED' }));
    const { teacher: token } = await teacher.unlock('9753');
    clock.now += TEACHER_IDLE_MS - 1;
    expect(() => teacher.assertUnlocked(token)).not.toThrow();
    clock.now += TEACHER_IDLE_MS;
    expect(() => teacher.assertUnlocked(token)).toThrow(expect.objectContaining({ code: 'TEACHER_REQUIRED' }));

    const second = (await teacher.unlock('9753')).teacher;
    teacher.lock(second);
    expect(() => teacher.assertUnlocked(second)).toThrow(expect.objectContaining({ code: 'TEACHER_REQUIRED' }));
    const third = (await teacher.unlock('9753')).teacher;
    await teacher.setPin('9753', '8642');
    expect(() => teacher.assertUnlocked(third)).toThrow(expect.objectContaining({ code: 'TEACHER_REQUIRED' }));
  });

  it('is kept only as a hash, and survives a restart', async () => {
    const dir = tempDir();
    const first = setup(dir);
    await first.teacher.setPin(undefined, '9753');
    expect(JSON.stringify(first.settings.get())).not.toContain('9753');
    const second = setup(dir);
    expect(second.teacher.status().hasPin).toBe(true);
    await expect(second.teacher.unlock('9753')).resolves.toMatchObject({ expiresInSeconds: TEACHER_IDLE_MS / 1000 });
  });

  it('locks lecturer mode after five wrong teacher PINs', async () => {
    const { teacher } = setup();
    await teacher.setPin(undefined, '9753');
    for (let i = 0; i < 5; i++) await expect(teacher.unlock('0000')).rejects.toMatchObject({ code: 'PIN_WRONG' });
    await expect(teacher.unlock('9753')).rejects.toMatchObject({ code: 'PIN_LOCKED' });
  });
});
