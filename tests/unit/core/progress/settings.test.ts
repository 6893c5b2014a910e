import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createSettingsStore } from '../../../../electron/core/progress/settings';
import { tempDir } from '../../../helpers/temp';

describe('settings', () => {
  it('start in Dutch with a 20-minute idle time and no last profile', () => {
    expect(createSettingsStore(openDatabase(tempDir()).db).get()).toEqual({ language: 'nl-BE', lastLearnerId: null, idleMinutes: 20, autoBackup: true, autoBackupKeep: 7 });
  });

  it('keep a change across a restart', () => {
    const dir = tempDir();
    createSettingsStore(openDatabase(dir).db).set({ language: 'en', idleMinutes: 5 });
    expect(createSettingsStore(openDatabase(dir).db).get()).toMatchObject({ language: 'en', idleMinutes: 5 });
  });

  it('never hand out a secret kept in the same table', () => {
    const settings = createSettingsStore(openDatabase(tempDir()).db);
    settings.setSecret('teacherPinHash', 'scrypt$secret');
    expect(JSON.stringify(settings.get())).not.toContain('secret');
    expect(settings.secret('teacherPinHash')).toBe('scrypt$secret');
    settings.setSecret('teacherPinHash', null);
    expect(settings.secret('teacherPinHash')).toBeNull();
  });

  it('fall back to the default for a damaged or out-of-range stored value instead of failing', () => {
    const { db } = openDatabase(tempDir());
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?), (?, ?)').run('idleMinutes', '100000', 'language', '{not json');
    expect(createSettingsStore(db).get()).toMatchObject({ language: 'nl-BE', idleMinutes: 20 });
  });
});
