import path from 'node:path';
import type { CallResult } from '../contract';
import { createBackup } from '../backup/create';
import { downloadUrlOf } from './export-file';
import type { Core } from './services';

/** Local date and time in the name: two backups of one day both stay, and sort by when they were made. */
export function stamp(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

/** The Settings screen's backup: into exports/ beside the packages, so the web harness serves it as it serves them. */
export async function writeBackup(core: Core): Promise<CallResult<'backup/create'>> {
  const info = core.info();
  const fileName = `leerpad-backup-${stamp(new Date())}.zip`;
  const made = await createBackup(info.dataDir, path.join(core.exportsDir, fileName), { appVersion: info.version, db: core.db });
  return {
    fileName,
    bytes: made.bytes,
    path: made.file,
    downloadUrl: downloadUrlOf(core, fileName),
    learners: made.manifest.learners,
  };
}
