import type { Settings } from '../contract';
import type { Db } from './database';

const defaults: Settings = { language: 'nl-BE', lastLearnerId: null };

export function createSettingsStore(db: Db) {
  const read = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');

  function get(): Settings {
    const stored = Object.fromEntries(read.all().map((r) => [r.key, JSON.parse(r.value) as unknown]));
    return { ...defaults, ...stored } as Settings;
  }

  return {
    get,
    set(patch: Partial<Settings>): Settings {
      db.transaction(() => {
        for (const [key, value] of Object.entries(patch)) {
          if (value !== undefined) write.run(key, JSON.stringify(value));
        }
      })();
      return get();
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
