import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { lockDataDir } from '../../../../electron/core/progress/data-lock';
import { openDatabase } from '../../../../electron/core/progress/database';
import { seedProgress } from '../../../bench/backup-seed';

/** Every file under `dir` with the sha256 of its bytes: "nothing changed" means this is equal before and after. */
export function folderBytes(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${d.name}` : d.name;
    const full = path.join(dir, d.name);
    if (d.isDirectory()) Object.assign(out, folderBytes(full, rel));
    else out[rel] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

/** A data folder with learners' progress and one imported package, closed (no Leerpad running on it). */
export function dataFolder(dir: string, learners = 3, modules = 4): string {
  // As the app leaves it: the lock file stays after Leerpad closes (data-lock.ts).
  lockDataDir(dir).release();
  const { db } = openDatabase(dir);
  seedProgress(db, learners, modules);
  db.close();
  fs.mkdirSync(path.join(dir, 'library', 'pkg-demo'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'library', 'pkg-demo', 'index.html'), '<h1>Demo</h1>');
  return dir;
}
