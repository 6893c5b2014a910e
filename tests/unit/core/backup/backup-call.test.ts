import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../../electron/core/backup/restore';
import { dumpTables } from '../../../bench/backup-seed';
import { profileApp } from '../../../helpers/profiles';
import { tempDir } from '../../../helpers/temp';

describe("the Settings screen's backup call", () => {
  it("writes a backup into exports/ while the app is open, and it restores the learner's reflection", async () => {
    const app = profileApp();
    const { session } = await app.call('learner/create', { name: 'Noor' });
    await app.writeReflection(session, 'Ik liet de kleuters zelf kiezen.');
    const made = await app.call('backup/create', {});
    expect(made).toMatchObject({ learners: 1, downloadUrl: null, fileName: expect.stringMatching(/^leerpad-backup-\d{4}-\d{2}-\d{2}-\d{6}\.zip$/) });
    expect(path.dirname(made.path)).toBe(app.core.exportsDir);
    const rows = dumpTables(path.join(app.dataDir, 'leerpad.sqlite'));
    app.core.close();

    const target = tempDir();
    await restoreBackup(made.path, target);
    const restored = dumpTables(path.join(target, 'leerpad.sqlite'));
    expect(restored.reflections).toEqual(rows.reflections);
    expect(JSON.stringify(restored.reflections)).toContain('Ik liet de kleuters zelf kiezen.');
  });

  it('needs lecturer mode once a teacher PIN is set', async () => {
    const app = profileApp();
    await app.call('teacher/set-pin', { pin: '9753' });
    await expect(app.call('backup/create', {})).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
    const { teacher } = await app.call('teacher/unlock', { pin: '9753' });
    await expect(app.call('backup/create', { teacher })).resolves.toMatchObject({ learners: 0 });
    app.core.close();
  });
});
