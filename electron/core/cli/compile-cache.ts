import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CompileCache } from '../course/compile-cache';
import { folderPackStore } from '../scorm/pack-store';
import type { PackStore } from '../scorm/zip';

/** Set to any value to compile every course afresh (the bench's cold figure, a suspicious result). */
export const NO_CACHE_ENV = 'LEERPAD_NO_CACHE';

/**
 * A per-user folder in the temp folder. The temp folder is shared: another user could have made the
 * folder first (or a link by its name) to plant compiled courses, so it is used only when it is a
 * real folder owned by this user that no one else may write.
 */
function ownFolder(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(dir);
    const uid = process.getuid?.();
    return stat.isDirectory() && (uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0));
  } catch {
    return false;
  }
}

/**
 * The CLI's compiled-course cache, only when it runs as the built bundle: the bundle's chunk names
 * carry the hashes of their code, so they name the compiler's build. From source (tsx, tests) there
 * is no such name, and every course is compiled afresh.
 */
export function cliCompileCache(codeDir: string): CompileCache | undefined {
  if (process.env[NO_CACHE_ENV] || path.basename(codeDir) !== 'cli') return undefined;
  let chunks: string[];
  try {
    chunks = fs.readdirSync(codeDir).filter((f) => f.endsWith('.mjs')).sort();
  } catch {
    return undefined;
  }
  if (chunks.length === 0) return undefined;
  const dir = path.join(os.tmpdir(), `leerpad-${process.getuid?.() ?? 'user'}`, 'compiled-courses');
  return ownFolder(path.dirname(dir)) && ownFolder(dir) ? { dir, build: createHash('sha256').update(chunks.join('\n')).digest('hex') } : undefined;
}

/**
 * Deflated package files kept beside the compiled courses, in a folder per build: a new fflate could
 * deflate the same file to other bytes, and a re-export must give the zip a fresh export gives.
 * Folders of earlier builds are removed.
 */
export function cliPackStore(cache: CompileCache): PackStore {
  const parent = path.dirname(cache.dir);
  const name = `deflated-${cache.build.slice(0, 16)}`;
  try {
    for (const f of fs.readdirSync(parent)) if (f.startsWith('deflated-') && f !== name) fs.rmSync(path.join(parent, f), { recursive: true, force: true });
  } catch {
    // Old folders stay; the temp folder is emptied by the system in time.
  }
  return folderPackStore(path.join(parent, name));
}
