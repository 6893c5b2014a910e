import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ZipLimits } from './zip-limits';
import { ZipRefusal } from './zip-refusal';
import { readZip, type ZipSource, type ZipSummary } from './zip-read';

/**
 * Unpacks a zip into `destDir`, which must be new or empty: the caller gives a temporary folder and
 * moves it into place only when this resolves (a refused zip leaves a partial temporary folder for
 * the caller to delete, never a half-imported package). Files are created with 'wx', so nothing
 * that already exists is overwritten, and no link is ever created.
 */
export async function extractZip(source: ZipSource, destDir: string, limits: Partial<ZipLimits> = {}): Promise<ZipSummary> {
  fs.mkdirSync(destDir, { recursive: true });
  if (fs.readdirSync(destDir).length > 0) throw new Error(`extractZip needs an empty folder; '${destDir}' is not`);
  const root = fs.realpathSync(destDir);
  return readZip(source, { limits }, async (entry, zip) => {
    const target = path.join(root, ...entry.name.split('/'));
    // The catalog already refused '..', absolute and drive paths; this is the last line of defence.
    if (target !== root && !target.startsWith(root + path.sep)) throw new ZipRefusal('parent', { entry: entry.name });
    if (entry.directory) {
      fs.mkdirSync(target, { recursive: true });
      return;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await pipeline(await zip.stream(entry), fs.createWriteStream(target, { flags: 'wx', mode: 0o644 }));
  });
}
