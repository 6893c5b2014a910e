import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../../electron/core/backup/create';
import { restoreBackup } from '../../../../electron/core/backup/restore';
import { lockDataDir } from '../../../../electron/core/progress/data-lock';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createAttemptStore } from '../../../../electron/core/progress/attempts';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { dumpTables, learnerCommit, seedProgress } from '../../../bench/backup-seed';
import { tempDir } from '../../../helpers/temp';
import { dataFolder, folderBytes } from './folder';

const dbOf = (dir: string) => path.join(dir, 'leerpad.sqlite');

describe('backup and restore', () => {
  it('gives back every learner\'s attempts, reflections, ratings and answers after the data folder is wiped', async () => {
    const dir = dataFolder(tempDir());
    const before = dumpTables(dbOf(dir));
    expect(before.reflections!.length).toBeGreaterThan(0);
    expect(before.checklist_ratings!.length).toBeGreaterThan(0);
    expect(before.question_results!.length).toBeGreaterThan(0);
    const file = path.join(tempDir(), 'backup.zip');
    const { manifest } = await createBackup(dir, file, { appVersion: '1.2.3' });
    expect(manifest).toMatchObject({ format: 'leerpad-backup', appVersion: '1.2.3', learners: 3 });

    fs.rmSync(dir, { recursive: true });
    const { keptAs } = await restoreBackup(file, dir);

    expect(keptAs).toBeNull();
    expect(dumpTables(dbOf(dir))).toEqual(before);
    expect(fs.readFileSync(path.join(dir, 'library', 'pkg-demo', 'index.html'), 'utf8')).toBe('<h1>Demo</h1>');
    // The restored folder opens as any other.
    openDatabase(dir).db.close();
  });

  it('keeps the data it replaces in backups/before-restore-<time>/', async () => {
    const dir = dataFolder(tempDir());
    const file = path.join(tempDir(), 'backup.zip');
    await createBackup(dir, file);
    const other = dataFolder(tempDir(), 1, 1);
    const otherRows = dumpTables(dbOf(other));

    const { keptAs } = await restoreBackup(file, other, { now: () => new Date('2026-12-04T10:00:00Z') });

    expect(keptAs).toBe(path.join(other, 'backups', 'before-restore-2026-12-04T10-00-00-000Z'));
    expect(dumpTables(path.join(keptAs!, 'leerpad.sqlite'))).toEqual(otherRows);
    expect(dumpTables(dbOf(other))).toEqual(dumpTables(dbOf(dir)));
  });

  it('takes a consistent copy while commits are running, and that copy restores with integrity ok', async () => {
    const dir = tempDir();
    const { db } = openDatabase(dir);
    seedProgress(db, 40, 16);
    const learner = createLearnerStore(db).create('Tijdens de back-up');
    const attempts = createAttemptStore(db);
    const file = path.join(tempDir(), 'backup.zip');
    let done = false;
    const backup = createBackup(dir, file).finally(() => (done = true));
    let during = 0;
    while (!done && during < 12) {
      const { module, cmi } = learnerCommit(`live${during}`, during);
      const attempt = attempts.launch(learner.id, 'c', module.id);
      attempts.commit(attempt.id, attempt.launch_id, 1, cmi, module);
      during++;
      await new Promise((r) => setImmediate(r));
    }
    await backup;
    db.close();
    expect(during).toBeGreaterThan(1);

    const target = tempDir();
    await restoreBackup(file, target);
    const restored = new Database(dbOf(target), { readonly: true });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    // No torn commit: every attempt in the copy has its answers.
    const torn = restored.prepare('SELECT COUNT(*) FROM attempts a WHERE NOT EXISTS (SELECT 1 FROM question_results q WHERE q.attempt_id = a.id)').pluck().get();
    restored.close();
    expect(torn).toBe(0);
  });

  it('refuses to restore while a Leerpad runs on the data folder, and changes nothing', async () => {
    const dir = dataFolder(tempDir());
    const file = path.join(tempDir(), 'backup.zip');
    await createBackup(dir, file);
    const lock = lockDataDir(dir);
    const bytes = folderBytes(dir);
    try {
      await expect(restoreBackup(file, dir)).rejects.toMatchObject({ code: 'DATA_DIR_LOCKED' });
    } finally {
      lock.release();
    }
    expect(folderBytes(dir)).toEqual(bytes);
  });
});
