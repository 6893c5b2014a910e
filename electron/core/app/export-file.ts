import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { EXPORTS_PREFIX } from './export';
import type { Core } from './services';

export interface ExportedFile {
  fileName: string;
  bytes: number;
  path: string;
  /** The web harness serves exports/ for download; the desktop shows `path` instead. */
  downloadUrl: string | null;
}

/** Where the web harness serves a file of exports/; the desktop shows its path instead. */
export function downloadUrlOf(core: Pick<Core, 'info'>, fileName: string): string | null {
  return core.info().host === 'web' ? `.${EXPORTS_PREFIX}${encodeURIComponent(fileName)}` : null;
}

/** Writes a made file into the data folder's exports/, whole or not at all (never half a PDF under its name). */
export function writeExportFile(core: Pick<Core, 'exportsDir' | 'info'>, fileName: string, bytes: Buffer): ExportedFile {
  const file = path.join(core.exportsDir, fileName);
  const partial = `${file}.part`;
  try {
    fs.mkdirSync(core.exportsDir, { recursive: true });
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, file);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw new AppError({
      code: 'IO',
      message: `Cannot write ${file}: ${(e as Error).message}`,
      hint: 'Free some disk space, or check that the data folder may be written.',
      params: { file: fileName },
    });
  }
  return { fileName, bytes: bytes.length, path: file, downloadUrl: downloadUrlOf(core, fileName) };
}
