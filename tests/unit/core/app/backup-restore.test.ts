import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpTables } from '../../../bench/backup-seed';
import { profileApp } from '../../../helpers/profiles';
import { restorableApp } from '../../../helpers/core/app/restorable-app';

const opened: { live: { close(): void } }[] = [];
afterEach(() => {
  for (const app of opened.splice(0)) app.live.close();
});

function app() {
  const made = restorableApp();
  opened.push(made);
  return made;
}

const database = (dataDir: string) => path.join(dataDir, 'leerpad.sqlite');

describe('restoring a backup from the Settings screen while Leerpad runs (backup/restore)', () => {
  it("puts back the backup's profiles and reflections, ends every open session, and keeps the replaced data as a named backup", async () => {
    const school = app();
    const noor = await school.call('learner/create', { name: 'Noor' });
    await school.writeReflection(noor.session, 'Ik liet de kleuters zelf kiezen.');
    const backup = await school.call('backup/create', {});
    const atBackup = dumpTables(database(school.dataDir));
    // Work after the backup: a restore replaces it, and keeps it aside.
    const later = await school.call('learner/create', { name: 'Lars' });

    const done = await school.call('backup/restore', { uploadId: await school.upload(backup.path) });

    expect(done).toMatchObject({ learners: 1, keptAs: expect.stringContaining(`${path.sep}before-restore-`) });
    expect((await school.call('learner/list', {})).map((l) => l.name)).toEqual(['Noor']);
    const restored = dumpTables(database(school.dataDir));
    expect(restored.reflections).toEqual(atBackup.reflections);
    expect(JSON.stringify(restored.reflections)).toContain('Ik liet de kleuters zelf kiezen.');
    await expect(school.call('learner/session', { session: later.session })).rejects.toMatchObject({ code: 'SESSION_REQUIRED' });
    const kept = new Database(path.join(done.keptAs!, 'leerpad.sqlite'), { readonly: true });
    expect(kept.prepare('SELECT name FROM learners ORDER BY name').pluck().all()).toEqual(['Lars', 'Noor']);
    kept.close();

    // The reopened core works as before: a learner signs in and writes again.
    const again = await school.call('learner/open', { id: noor.learner.id });
    await school.writeReflection(again.session, 'Na het terugzetten verder geschreven.');
    expect((await school.call('learner/export', { session: again.session })).markdown).toContain('Na het terugzetten verder geschreven.');
  });

  it('refuses a damaged backup with its reason and changes nothing: the same rows, the session still open', async () => {
    const school = app();
    const noor = await school.call('learner/create', { name: 'Noor' });
    await school.writeReflection(noor.session, 'Mijn eerste reflectie.');
    const backup = await school.call('backup/create', {});
    const bytes = fs.readFileSync(backup.path);
    const cut = path.join(path.dirname(backup.path), 'cut.zip');
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const before = dumpTables(database(school.dataDir));

    await expect(school.call('backup/restore', { uploadId: await school.upload(cut) })).rejects.toMatchObject({
      code: 'BACKUP_REFUSED',
      params: expect.objectContaining({ reason: 'unreadable' }),
      hint: expect.stringMatching(/not changed/),
    });

    expect(dumpTables(database(school.dataDir))).toEqual(before);
    expect(await school.call('learner/session', { session: noor.session })).toMatchObject({ learner: { name: 'Noor' } });
    expect(fs.readdirSync(school.dataDir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
  });

  it('refuses a file that is not a backup at all, and the upload is used up', async () => {
    const school = app();
    const notes = path.join(school.dataDir, 'notes.zip');
    fs.writeFileSync(notes, 'mijn notities');
    const uploadId = await school.upload(notes);
    await expect(school.call('backup/restore', { uploadId })).rejects.toMatchObject({ code: 'BACKUP_REFUSED' });
    await expect(school.call('backup/restore', { uploadId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('needs lecturer mode once a teacher PIN is set', async () => {
    const school = app();
    const backup = await school.call('backup/create', {});
    await school.call('teacher/set-pin', { pin: '9753' });
    await expect(school.call('backup/restore', { uploadId: await school.upload(backup.path) })).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
    const { teacher } = await school.call('teacher/unlock', { pin: '9753' });
    // The backup was made before the PIN: after the restore, the computer has no teacher PIN again.
    await expect(school.call('backup/restore', { uploadId: await school.upload(backup.path), teacher })).resolves.toMatchObject({ learners: 0 });
    expect(await school.call('teacher/status', {})).toMatchObject({ hasPin: false });
  });

  it('is refused with a pointer to `leerpad restore` by a core that cannot be reopened (the CLI)', async () => {
    const cli = profileApp();
    await expect(cli.call('backup/restore', { uploadId: 'x'.repeat(24) })).rejects.toMatchObject({ code: 'BAD_REQUEST', hint: expect.stringContaining('leerpad restore') });
    cli.core.close();
  });
});
