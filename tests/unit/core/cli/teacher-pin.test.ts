import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { profileApp } from '../../../helpers/profiles';
import { tempDir } from '../../../helpers/temp';

function io() {
  const out: string[] = [];
  return { out, io: { stdout: (t: string) => out.push(t), stderr: () => undefined } };
}

describe('leerpad teacher-pin', () => {
  it('says whether a teacher PIN is set', async () => {
    const c = io();
    expect(await runCli(['teacher-pin', '--data-dir', tempDir(), '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join(''))).toEqual({ hasPin: false, cleared: false });
  });

  it('removes a forgotten teacher PIN and leaves the learners and their PINs alone', async () => {
    const dir = tempDir();
    const first = profileApp(dir);
    await first.call('teacher/set-pin', { pin: '9753' });
    const { learner } = await first.call('learner/create', { name: 'Noor', pin: '2468' });
    first.core.close();

    const c = io();
    expect(await runCli(['teacher-pin', '--clear', '--data-dir', dir, '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join(''))).toEqual({ hasPin: false, cleared: true });

    const second = profileApp(dir);
    expect(await second.call('teacher/status', {})).toMatchObject({ hasPin: false });
    await expect(second.call('learner/open', { id: learner.id })).rejects.toMatchObject({ code: 'PIN_REQUIRED' });
    await expect(second.call('teacher/set-pin', { pin: '1111' })).resolves.toMatchObject({ hasPin: true });
  });
});
