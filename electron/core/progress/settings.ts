import { IDLE_MINUTES, settingValues, type Settings } from '../contract/learner';
import { DEFAULT_LANGUAGE } from '../../shared/enums';
import { AUTO_BACKUP_KEEP } from '../contract/backup';
import type { Db } from './database';

const defaults: Settings = {
  language: DEFAULT_LANGUAGE,
  lastLearnerId: null,
  idleMinutes: IDLE_MINUTES.default,
  autoBackup: true,
  autoBackupKeep: AUTO_BACKUP_KEEP.default,
};
const publicKeys = Object.keys(defaults) as (keyof Settings)[];

/**
 * App settings in the `settings` table. Only the keys of `Settings` ever reach a caller:
 * the same table holds the teacher PIN's hash (teacher.ts), which must not leave core.
 */
export function createSettingsStore(db: Db) {
  const read = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const readOne = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  // Read on every call that checks a session (every commit): kept in memory, refreshed on write.
  let cached: Settings | null = null;

  function parse(value: string): unknown {
    try {
      return JSON.parse(value);
    } catch {
      return undefined;
    }
  }

  function get(): Settings {
    if (cached) return cached;
    const stored = new Map(read.all().map((r) => [r.key, parse(r.value)]));
    const merged: Record<string, unknown> = { ...defaults };
    for (const key of publicKeys) {
      const value = stored.get(key);
      // A value the contract would refuse (a hand-edited or damaged row) falls back to the default.
      if (value !== undefined && settingValues.shape[key].safeParse(value).success) merged[key] = value;
    }
    cached = merged as unknown as Settings;
    return cached;
  }

  return {
    get,
    set(patch: Partial<Settings>): Settings {
      db.transaction(() => {
        for (const key of publicKeys) {
          if (patch[key] !== undefined) write.run(key, JSON.stringify(patch[key]));
        }
      })();
      cached = null;
      return get();
    },
    /** A value kept in core only (the teacher PIN hash). */
    secret(key: string): string | null {
      const row = readOne.get(key);
      const value = row ? parse(row.value) : null;
      return typeof value === 'string' ? value : null;
    },
    setSecret(key: string, value: string | null) {
      if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
      else write.run(key, JSON.stringify(value));
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
