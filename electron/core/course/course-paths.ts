import fs from 'node:fs';
import path from 'node:path';

/**
 * Where a path of a course really leads. A course folder is copied between computers and unpacked
 * from zips, so a symlink in it (`media/passwd.png -> /etc/passwd`) must never make Leerpad read,
 * serve or pack a file outside the folder. Links that stay inside are followed: they are only
 * another name for a file of the course, and every read checks again where they lead.
 */
export type CoursePath =
  | { state: 'file'; real: string }
  | { state: 'folder'; real: string }
  | { state: 'missing' }
  /** A symlink whose target does not exist (an editor's `.#file.md` lock, a moved file). */
  | { state: 'dangling'; target: string }
  | { state: 'outside'; target: string }
  | { state: 'unreadable'; reason: string };

export const NOT_A_FILE = 'not a regular file';

function isInside(real: string, realRoot: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
}

function reasonOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** The course folder's own real path, or undefined when it cannot be resolved (gone, unreadable). */
export function realCourseRoot(courseDir: string): string | undefined {
  try {
    return fs.realpathSync.native(courseDir);
  } catch {
    return undefined;
  }
}

/** Resolves `rel` (a posix path relative to the course folder) and says whether it may be used. */
export function resolveCoursePath(courseDir: string, rel: string, realRoot = realCourseRoot(courseDir)): CoursePath {
  if (!realRoot) return { state: 'unreadable', reason: 'ENOENT' };
  const candidate = path.join(courseDir, rel);
  let real: string;
  try {
    real = fs.realpathSync.native(candidate);
  } catch (e) {
    const code = reasonOf(e);
    if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'ELOOP') return { state: 'unreadable', reason: code };
    return linkTarget(candidate) !== undefined ? { state: 'dangling', target: linkTarget(candidate)! } : { state: 'missing' };
  }
  if (!isInside(real, realRoot)) return { state: 'outside', target: real };
  try {
    const stat = fs.statSync(real);
    if (stat.isDirectory()) return { state: 'folder', real };
    // A FIFO or device would block a read forever (and the app with it): only regular files are course files.
    return stat.isFile() ? { state: 'file', real } : { state: 'unreadable', reason: NOT_A_FILE };
  } catch (e) {
    return { state: 'unreadable', reason: reasonOf(e) };
  }
}

function linkTarget(p: string): string | undefined {
  try {
    return fs.readlinkSync(p);
  } catch {
    return undefined;
  }
}

export interface CourseEntry {
  /** Posix path relative to the course folder. */
  rel: string;
  isLink: boolean;
  /** lstat's mtime: changes when the file or the link itself is replaced. */
  mtimeMs: number;
  /**
   * lstat's size: FAT and exFAT (a course copied on a USB stick) keep mtimes to 2 seconds, so a save
   * within the same 2 seconds that changes the length is still seen.
   */
  size: number;
}

export interface CourseWalk {
  entries: CourseEntry[];
  /** Folders that could not be listed, with the reason (EACCES, …). */
  unreadable: { rel: string; reason: string }[];
}

/** Limits keep a course folder that holds a whole disk (a link to /, a node_modules) from freezing the app. */
const MAX_ENTRIES = 20_000;

/**
 * Every file and symlink in the course folder, without following links and without throwing: a
 * file that vanishes or a folder that cannot be read between two calls is noted, never fatal.
 */
export function walkCourse(courseDir: string): CourseWalk {
  const entries: CourseEntry[] = [];
  const unreadable: CourseWalk['unreadable'] = [];
  const pending = [''];
  while (pending.length > 0 && entries.length < MAX_ENTRIES) {
    const rel = pending.pop()!;
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(path.join(courseDir, rel), { withFileTypes: true });
    } catch (e) {
      unreadable.push({ rel: rel || '.', reason: reasonOf(e) });
      continue;
    }
    for (const d of names) {
      const child = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) {
        pending.push(child);
        continue;
      }
      let stat: fs.Stats;
      try {
        stat = fs.lstatSync(path.join(courseDir, child));
      } catch {
        continue;
      }
      entries.push({ rel: child, isLink: d.isSymbolicLink(), mtimeMs: stat.mtimeMs, size: stat.size });
    }
  }
  entries.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { entries, unreadable };
}

/** A fingerprint of the folder's state: equal stamps mean nothing was added, removed or changed. */
export function stampOf(walk: CourseWalk): string {
  return [...walk.entries.map((e) => `${e.rel}:${e.mtimeMs}:${e.size}`), ...walk.unreadable.map((u) => `!${u.rel}:${u.reason}`)].join('|');
}
