import fs from 'node:fs';
import path from 'node:path';
import { EXPORTS_PREFIX } from './export';
import type { Core } from './services';

export interface ExportedFile {
  fileName: string;
  bytes: number;
  path: string;
  /** The web harness serves exports/ for download; the desktop shows `path` instead. */
  downloadUrl: string | null;
}

/** Writes a made file into the data folder's exports/, whole or not at all (never half a PDF under its name). */
export function writeExportFile(core: Pick<Core, 'exportsDir' | 'info'>, fileName: string, bytes: Buffer): ExportedFile {
  fs.mkdirSync(core.exportsDir, { recursive: true });
  const file = path.join(core.exportsDir, fileName);
  const partial = `${file}.part`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, file);
  return {
    fileName,
    bytes: bytes.length,
    path: file,
    downloadUrl: core.info().host === 'web' ? `.${EXPORTS_PREFIX}${encodeURIComponent(fileName)}` : null,
  };
}
