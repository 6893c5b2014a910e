// The library as the handlers and the CLI see it: the imported packages, read from their records.
import fs from 'node:fs';
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
  fs.rmSync(packageDir(libraryDir, id), { recursive: true, force: true });
}
