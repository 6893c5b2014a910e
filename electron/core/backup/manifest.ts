import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';

/** The one file a backup holds besides the database and the library (README: "Where the data lives"). */
export const MANIFEST_FILE = 'backup-manifest.json';
/** The database's name inside a backup: the same as in the data folder (progress/database.ts). */
export const BACKUP_DATABASE = 'leerpad.sqlite';
/** Imported packages, under the same name as in the data folder (paths.ts libraryDirOf). */
export const BACKUP_LIBRARY = 'library';
export const BACKUP_FORMAT = 'leerpad-backup';
/** Raised only when a restore of an older format could no longer read a newer backup's layout. */
export const BACKUP_FORMAT_VERSION = 1;

const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.string(),
  learners: z.number().int().nonnegative(),
  /** sha256 (hex) of every other file in the zip, by its path inside the zip. */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

/** The sha256 of a file read in 1 MB pieces: a restore checks a package's video without holding it in memory. */
export function sha256OfFile(file: string): string {
  const hash = createHash('sha256');
  const piece = Buffer.alloc(1024 * 1024);
  const fd = fs.openSync(file, 'r');
  try {
    for (let n = fs.readSync(fd, piece); n > 0; n = fs.readSync(fd, piece)) hash.update(piece.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** The manifest when `text` is one, else null (the caller words the refusal). */
export function parseManifest(text: string): BackupManifest | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = manifestSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
