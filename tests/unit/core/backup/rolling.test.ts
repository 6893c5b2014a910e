import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { autoBackupsDirOf, rollingBackup } from '../../../../electron/core/backup/rolling';
import { profileApp } from '../../../helpers/profiles';
import { openCore } from '../../../../electron/core/app/services';
import { openDatabase } from '../../../../electron/core/progress/database';
import { dumpTables } from '../../../bench/backup-seed';
import { tempDir } from '../../../helpers/temp';
import { dataFolder } from './folder';

const at = (iso: string) => () => new Date(iso);

describe('daily rolling backups', () => {
  it('writes one copy of the database a day, which holds the same rows', () => {
    const dir = dataFolder(tempDir());
    const { db } = openDatabase(dir);
    const first = rollingBackup(dir, { db, now: at('2026-12-04T09:00:00') });
    const again = rollingBackup(dir, { db, now: at('2026-12-04T17:00:00') });
    db.close();

    expect(first.written).toBe(path.join(autoBackupsDirOf(dir), 'leerpad-2026-12-04.sqlite'));
    expect(again.written).toBeNull();
    expect(fs.readdirSync(autoBackupsDirOf(dir))).toEqual(['leerpad-2026-12-04.sqlite']);
    expect(dumpTables(first.written!)).toEqual(dumpTables(path.join(dir, 'leerpad.sqlite')));
  });

  it('keeps the newest 7 days and deletes older copies', () => {
    const dir = dataFolder(tempDir(), 1, 1);
    const { db } = openDatabase(dir);
    for (let d = 1; d <= 9; d++) rollingBackup(dir, { db, now: at(`2026-12-${String(d).padStart(2, '0')}T12:00:00`) });
    db.close();

    expect(fs.readdirSync(autoBackupsDirOf(dir)).sort()).toEqual([3, 4, 5, 6, 7, 8, 9].map((d) => `leerpad-2026-12-0${d}.sqlite`));
  });

  it('makes no copy of a database without learners', () => {
    const dir = tempDir();
    const { db } = openDatabase(dir);
    expect(rollingBackup(dir, { db }).written).toBeNull();
    db.close();
    expect(fs.existsSync(autoBackupsDirOf(dir))).toBe(false);
  });

  it('is made when Leerpad opens the data folder, and a copy that cannot be written does not stop the start', () => {
    const dir = dataFolder(tempDir());
    openCore({ dataDir: dir, coursesDirs: [], host: 'cli', version: 'test' }).close();
    expect(fs.readdirSync(autoBackupsDirOf(dir))).toHaveLength(1);

    const blocked = dataFolder(tempDir());
    fs.mkdirSync(path.join(blocked, 'backups'));
    fs.writeFileSync(autoBackupsDirOf(blocked), 'not a folder');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const core = openCore({ dataDir: blocked, coursesDirs: [], host: 'cli', version: 'test' });
      expect(core.learners.list().length).toBe(3);
      core.close();
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not write the daily backup/));
    } finally {
      warn.mockRestore();
    }
  });

  it('follows the teacher\'s setting: off makes no copy at the next start, fewer kept deletes the oldest at once', async () => {
    const dir = dataFolder(tempDir(), 1, 1);
    fs.mkdirSync(autoBackupsDirOf(dir), { recursive: true });
    for (const day of ['01', '02', '03', '04', '05']) fs.writeFileSync(path.join(autoBackupsDirOf(dir), `leerpad-2026-11-${day}.sqlite`), `copy ${day}`);
    const app = profileApp(dir);
    const before = await app.call('backup/status', {});
    expect(before).toMatchObject({ autoBackup: true, autoBackupKeep: 7, keepLimits: { min: 3, max: 30 } });
    // Today's copy (written at the start) first, then the older ones, newest first.
    expect(before.copies.map((c) => c.date).slice(1)).toEqual(['2026-11-05', '2026-11-04', '2026-11-03', '2026-11-02', '2026-11-01']);
    expect(before.copies[5]).toEqual({ date: '2026-11-01', bytes: 'copy 01'.length });

    const three = await app.call('backup/auto-settings', { autoBackup: true, autoBackupKeep: 3 });
    expect(three.copies.map((c) => c.date).slice(1)).toEqual(['2026-11-05', '2026-11-04']);
    const off = await app.call('backup/auto-settings', { autoBackup: false, autoBackupKeep: 3 });
    expect(off.copies).toHaveLength(3);
    await expect(app.call('backup/auto-settings', { autoBackup: true, autoBackupKeep: 2 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    app.core.close();

    fs.rmSync(autoBackupsDirOf(dir), { recursive: true });
    openCore({ dataDir: dir, coursesDirs: [], host: 'cli', version: 'test' }).close();
    expect(fs.existsSync(autoBackupsDirOf(dir))).toBe(false);
  });

  it('its settings need lecturer mode once a teacher PIN is set', async () => {
    const app = profileApp();
    await app.call('teacher/set-pin', { pin: '9753' });
    await expect(app.call('backup/status', {})).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
    await expect(app.call('backup/auto-settings', { autoBackup: false, autoBackupKeep: 7 })).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
    expect(app.core.settings.get().autoBackup).toBe(true);
    app.core.close();
  });
});
