// The library's own record of an imported package, kept beside its files: the folder is the
// package, so a package copied or restored with its folder keeps its record, and the library needs
// no database to list what it holds (learners' progress is the database's business, keyed by id).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PACKAGE_EDITIONS, type PackageSummary } from '../contract/library';
import { AppError } from '../errors';
import { IMPORT_TEMP_PREFIX } from './library-names';

/** Inside the package folder; the leading dot keeps it apart from the package's own files (none is written there by a SCO). */
export const RECORD_FILE = '.leerpad-package.json';

const recordSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  edition: z.enum(PACKAGE_EDITIONS),
  scoCount: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  importedAt: z.string(),
  /** `<manifest identifier>`; a re-import of the same package is recognised by it (by the title when it is missing). */
  manifestIdentifier: z.string().nullable(),
  /** The zip or folder name the package came from, as the user chose it. */
  sourceName: z.string(),
});

export type PackageRecord = z.infer<typeof recordSchema>;

/** A library summary: what the Library lists, before the learner's status is added. */
export type LibraryPackage = Omit<PackageSummary, 'status'>;

export function summaryOf(r: PackageRecord): LibraryPackage {
  return { id: r.id, title: r.title, edition: r.edition, scoCount: r.scoCount, bytes: r.bytes, importedAt: r.importedAt };
}

export function writeRecord(dir: string, record: PackageRecord): void {
  fs.writeFileSync(path.join(dir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/** The record in a package folder; undefined when missing or unreadable (the folder is then not listed). */
export function readRecord(dir: string): PackageRecord | undefined {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, RECORD_FILE), 'utf8')));
    return parsed.success && parsed.data.id === path.basename(dir) ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Every package record in the library; temporary import folders and folders without a readable record are skipped. */
export function listRecords(libraryDir: string): PackageRecord[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(libraryDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith(IMPORT_TEMP_PREFIX))
    .map((d) => readRecord(path.join(libraryDir, d.name)))
    .filter((r): r is PackageRecord => r !== undefined)
    .sort((a, b) => a.title.localeCompare(b.title, 'nl-BE') || a.id.localeCompare(b.id));
}

/** A package id is a folder name the library gave; anything else (a path, a dot name) is simply not found. */
const SAFE_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

export function packageDir(libraryDir: string, id: string): string {
  return path.join(libraryDir, id);
}

/**
 * What tells one version of a package's record from the next without reading it: an import or replace
 * writes a new file (new inode, time and size), a remove takes it away (undefined). One stat, no parse.
 */
export function recordStamp(libraryDir: string, id: string): string | undefined {
  if (!SAFE_ID.test(id)) return undefined;
  const stat = fs.statSync(path.join(packageDir(libraryDir, id), RECORD_FILE), { throwIfNoEntry: false, bigint: true });
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeNs}` : undefined;
}

/** The record of one package, or NOT_FOUND. */
export function getRecord(libraryDir: string, id: string): PackageRecord {
  const record = SAFE_ID.test(id) ? readRecord(packageDir(libraryDir, id)) : undefined;
  if (!record) {
    throw new AppError({
      code: 'NOT_FOUND',
      message: `There is no package '${id}' in the library.`,
      hint: 'Open the Library again: the package may have been removed. Import it again if you still need it.',
      params: { id },
    });
  }
  return record;
}
