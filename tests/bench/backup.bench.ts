import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackup } from '../../electron/core/backup/create';
import { restoreBackup } from '../../electron/core/backup/restore';
import { openDatabase } from '../../electron/core/progress/database';
import { seedProgress } from './backup-seed';
import { bench, median, timeAsync, timeMs } from './stats';

const LEARNERS = 200;
const MODULES = 16;
const RUNS = 3;

/**
 * Backup and restore of 200 learners × 16 modules of progress (issue 14 acceptance), beside the
 * Debian `sqlite3` command's `.backup` of the same database in the same run: what SQLite's own
 * copy costs, without the zip, the checksums and the restore's checks.
 */
export async function benchBackup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-bench-backup-'));
  try {
    const data = path.join(dir, 'data');
    const { db } = openDatabase(data);
    // Seeding only: 3200 durable commits would measure the disk, not the backup.
    db.pragma('synchronous = OFF');
    seedProgress(db, LEARNERS, MODULES);
    db.close();
    const zip = path.join(dir, 'backup.zip');
    const backups = [];
    for (let i = 0; i < RUNS; i++) backups.push(await timeAsync(() => createBackup(data, zip)));
    const restores = [];
    for (let i = 0; i < RUNS; i++) restores.push(await timeAsync(() => restoreBackup(zip, path.join(dir, `restored-${i}`))));
    const cli: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const out = path.join(dir, `cli-${i}.sqlite`);
      cli.push(timeMs(() => execFileSync('sqlite3', [path.join(data, 'leerpad.sqlite'), `.backup '${out}'`])));
    }
    bench('backup_ms', median(backups), 'ms');
    bench('restore_ms', median(restores), 'ms');
    bench('sqlite_backup_cli_ms', median(cli), 'ms');
    bench('backup_zip_bytes', fs.statSync(zip).size, 'bytes');
    bench('backup_database_bytes', fs.statSync(path.join(data, 'leerpad.sqlite')).size, 'bytes');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
