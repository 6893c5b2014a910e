import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Leerpad';

/**
 * The folder Electron's `app.getPath('userData')` gives for productName "Leerpad", computed without
 * Electron so the CLI and the web harness open the same database as the desktop app.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_NAME);
}

/** `--data-dir` wins over `LEERPAD_DATA_DIR`, which wins over the OS default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag || env.LEERPAD_DATA_DIR;
  return chosen ? path.resolve(chosen) : defaultDataDir(env);
}

/** The repository root when running from source; `out/main` and `electron/core` are both two levels down. */
export function projectRoot(fromDir: string): string {
  return path.resolve(fromDir, '..', '..');
}

/** Imported SCORM packages, one folder each (issue 12). */
export const libraryDirOf = (dataDir: string): string => path.join(dataDir, 'library');
