import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { walkCourse } from './course-paths';
import type { LoadedCourse } from './load';

/** Where compiled courses are kept between processes, and which build of the compiler made them. */
export interface CompileCache {
  dir: string;
  /** Changes with the compiler's code: a result of another build is never used. */
  build: string;
}

/** Bumped when what is stored changes shape. */
const FORMAT = 1;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The exact inputs of loadCourse: the folder's path (the id must match its name) and every file's
 * name and bytes. Undefined when the folder holds a symlink or an unreadable folder: where a link
 * leads can change without any file here changing, so such a course is always compiled afresh.
 */
function inputKey(dir: string, cache: CompileCache): string | undefined {
  const walk = walkCourse(dir);
  if (walk.unreadable.length > 0 || walk.entries.some((e) => e.isLink)) return undefined;
  const hash = createHash('sha256').update(`${FORMAT}\0${cache.build}\0${path.resolve(dir)}\0`);
  for (const e of walk.entries) hash.update(`${e.rel}\0${sha256(fs.readFileSync(path.join(dir, e.rel)))}\0`);
  return hash.digest('hex');
}

function read(file: string, key: string): LoadedCourse | undefined {
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { key?: unknown } & LoadedCourse;
    return stored.key === key && Array.isArray(stored.issues) ? { course: stored.course, issues: stored.issues } : undefined;
  } catch {
    return undefined;
  }
}

/** Beside, then rename: a second process never reads half a file. A failed write only costs the next run a compile. */
function write(file: string, key: string, loaded: LoadedCourse): void {
  try {
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, JSON.stringify({ key, ...loaded }), { mode: 0o600 });
    fs.renameSync(partial, file);
  } catch {
    // The cache is a hint: the course was compiled and is returned all the same.
  }
}

/**
 * loadCourse, answered from the cache when the course folder's files are byte for byte those of the
 * stored result (their hashes are the key, not their mtimes: a copied or restored folder keeps old
 * mtimes). Reading and hashing a course's files takes a millisecond; compiling its Markdown is most
 * of a CLI export. One entry per course folder: the next change replaces it. Without a cache it is loadCourse.
 */
export async function loadCourseCached(dir: string, cache: CompileCache | undefined): Promise<LoadedCourse> {
  const key = cache ? inputKey(dir, cache) : undefined;
  const file = cache && key ? path.join(cache.dir, `${sha256(path.resolve(dir)).slice(0, 32)}.json`) : undefined;
  const hit = file && key ? read(file, key) : undefined;
  if (hit) return hit;
  // The compiler (unified, micromark, YAML: most of the CLI's code) is loaded only when it compiles.
  const { loadCourse } = await import('./load');
  const loaded = loadCourse(dir);
  if (!file || !key) return loaded;
  write(file, key, loaded);
  return loaded;
}
