// The library as the handlers and the CLI see it: the imported packages, read from their records.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REMOVED_PREFIX, WORK_PREFIXES } from './library-names';
import { getRecord, listRecords, packageDir, summaryOf, type LibraryPackage } from './package-record';

export type { LibraryPackage } from './package-record';

/** The packages in the library, sorted by title; one unreadable folder never hides the others. */
export function listPackages(libraryDir: string): LibraryPackage[] {
  return listRecords(libraryDir).map(summaryOf);
}

/** One package; NOT_FOUND (with a hint) when the library has no such package. */
export function getPackage(libraryDir: string, id: string): LibraryPackage {
  return summaryOf(getRecord(libraryDir, id));
}

/** Removes a package's folder; the learners' records are kept or removed by the caller (SQLite). */
export function removePackage(libraryDir: string, id: string): void {
  getRecord(libraryDir, id);
  const aside = path.join(libraryDir, `${REMOVED_PREFIX}${id}-${randomBytes(4).toString('hex')}`);
  fs.renameSync(packageDir(libraryDir, id), aside);
  fs.rmSync(aside, { recursive: true, force: true });
}

/** An import of a large package takes minutes at most; a work folder older than this belongs to no running import. */
const LEFTOVER_AGE_MS = 6 * 60 * 60 * 1000;

/**
 * Deletes what a crash left of imports, replaces and removes (the library never lists those
 * folders, but they hold disk space). Only old ones: a `leerpad import` may be running beside the
 * app. Returns the names deleted.
 */
export function sweepLeftovers(libraryDir: string, now = Date.now()): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(libraryDir, { withFileTypes: true });
  } catch {
    return [];
  }
  const old = entries.filter((d) => {
    if (!d.isDirectory() || !WORK_PREFIXES.some((p) => d.name.startsWith(p))) return false;
    const stat = fs.statSync(path.join(libraryDir, d.name), { throwIfNoEntry: false });
    return stat !== undefined && now - stat.mtimeMs > LEFTOVER_AGE_MS;
  });
  for (const d of old) fs.rmSync(path.join(libraryDir, d.name), { recursive: true, force: true });
  return old.map((d) => d.name);
}
