import fs from 'node:fs';
import path from 'node:path';
import type { PackStore } from './zip';

/** More entries than a few courses' worth of re-exports need: past it the folder is emptied and refilled. */
const MAX_ENTRIES = 2000;

/**
 * Deflated files in a folder of their own, one file per key. Every failure is a miss: the store is
 * a hint, and zip.ts uses a body only after inflating it back to the very bytes it stands for.
 */
export function folderPackStore(dir: string): PackStore {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (fs.readdirSync(dir).length > MAX_ENTRIES) for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { force: true });
  } catch {
    // Unusable folder: every get misses and every set fails quietly below.
  }
  return {
    get(key) {
      try {
        return fs.readFileSync(path.join(dir, key));
      } catch {
        return undefined;
      }
    },
    set(key, body) {
      try {
        const partial = path.join(dir, `${key}.${process.pid}.partial`);
        fs.writeFileSync(partial, body, { mode: 0o600 });
        fs.renameSync(partial, path.join(dir, key));
      } catch {
        // The next export deflates this file again.
      }
    },
  };
}
