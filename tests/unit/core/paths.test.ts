import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../electron/core/paths';

describe('data folder', () => {
  it('matches Electron userData for productName Leerpad on each OS', () => {
    expect(defaultDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.config', 'Leerpad'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x/cfg' }, 'linux')).toBe(path.join('/x/cfg', 'Leerpad'));
    expect(defaultDataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library', 'Application Support', 'Leerpad'));
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(path.join('C:\\Users\\a\\AppData\\Roaming', 'Leerpad'));
  });

  it('prefers --data-dir over LEERPAD_DATA_DIR', () => {
    expect(resolveDataDir('/a', { LEERPAD_DATA_DIR: '/b' })).toBe(path.resolve('/a'));
    expect(resolveDataDir(undefined, { LEERPAD_DATA_DIR: '/b' })).toBe(path.resolve('/b'));
  });
});
