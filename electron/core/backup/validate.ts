import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError, isAppError } from '../errors';
import { assertKnownMigrations, readAppliedMigrations } from '../progress/database-check';
import { migrations as knownMigrations, type Migration } from '../progress/migrations';
import { extractZip } from '../scorm/zip-extract';
import { isZipRefusal } from '../scorm/zip-refusal';
import { BACKUP_DATABASE, BACKUP_FORMAT_VERSION, MANIFEST_FILE, parseManifest, sha256OfFile, type BackupManifest } from './manifest';
import { backupRefused, isBackupRefusal } from './refusal';

/**
 * A database deflates far beyond the 100:1 a package may (empty pages are zeros); every file is
 * checked against its sha256 anyway. A library holds many packages, each within the import limits
 * and together beyond them (more files, more bytes): what stops a bomb here is the free disk space.
 */
export const BACKUP_ZIP_LIMITS = { maxRatio: 100_000, maxEntries: Number.MAX_SAFE_INTEGER };

const MB = 1024 * 1024;

function freeBytes(dir: string): number {
  const disk = fs.statfsSync(dir);
  return disk.bavail * disk.bsize;
}

function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const name = prefix ? `${prefix}/${d.name}` : d.name;
    return d.isDirectory() ? filesUnder(path.join(dir, d.name), name) : [name];
  });
}

async function unpack(file: string, into: string): Promise<void> {
  fs.mkdirSync(into, { recursive: true });
  const free = freeBytes(into);
  try {
    await extractZip(file, into, { ...BACKUP_ZIP_LIMITS, maxTotalBytes: free, maxEntryBytes: free });
  } catch (e) {
    if (!isZipRefusal(e)) throw e;
    if (e.problem === 'unreadable') {
      throw backupRefused('unreadable', file, `it is not a zip file, or it was cut off (truncated): ${e.facts.reason ?? e.message}.`);
    }
    if (e.problem === 'total-size' || e.problem === 'entry-size') {
      throw new AppError({
        code: 'IO',
        message: `Cannot restore ${file}: it unpacks to more than the ${Math.floor(free / MB)} MB free on the disk of ${into}.`,
        hint: 'Make room on that disk (or restore on a computer with more free space), then try again. The data folder was not changed.',
        params: { file, freeMb: Math.floor(free / MB) },
      });
    }
    throw backupRefused('damaged', file, `the zip is damaged: ${e.message}`);
  }
}

function readManifest(file: string, dir: string): BackupManifest {
  const at = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(at)) throw backupRefused('not-a-backup', file, `it is a zip file but not a Leerpad backup (it has no ${MANIFEST_FILE}).`);
  const manifest = parseManifest(fs.readFileSync(at, 'utf8'));
  if (!manifest) throw backupRefused('not-a-backup', file, `its ${MANIFEST_FILE} is not the manifest of a Leerpad backup.`);
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    throw backupRefused('format', file, `it was made by a newer Leerpad (backup format ${manifest.formatVersion}; this version reads up to ${BACKUP_FORMAT_VERSION}).`, {
      formatVersion: manifest.formatVersion,
    });
  }
  return manifest;
}

function checkSums(file: string, dir: string, manifest: BackupManifest): void {
  const present = filesUnder(dir).filter((n) => n !== MANIFEST_FILE);
  for (const name of present) {
    const expected = manifest.files[name];
    if (!expected) throw backupRefused('checksum', file, `it holds ${name}, which its manifest does not list.`, { entry: name });
    if (sha256OfFile(path.join(dir, ...name.split('/'))) !== expected) {
      throw backupRefused('checksum', file, `the checksum of ${name} does not match its manifest.`, { entry: name });
    }
  }
  const listed = new Set(present);
  const missing = Object.keys(manifest.files).find((n) => !listed.has(n));
  if (missing !== undefined) throw backupRefused('checksum', file, `${missing}, listed in its manifest, is missing.`, { entry: missing });
  if (!listed.has(BACKUP_DATABASE)) throw backupRefused('not-a-backup', file, `it holds no database (${BACKUP_DATABASE}).`);
}

/** integrity_check and this build's migrations, on the extracted copy only (opened read-only). */
function checkDatabase(file: string, dbFile: string, migrations: readonly Migration[], nativeBinding?: string): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(dbFile, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw backupRefused('integrity', file, `the database in it fails SQLite's integrity check (${String(result)}).`);
    assertKnownMigrations(readAppliedMigrations(db), migrations, BACKUP_DATABASE);
  } catch (e) {
    if (isBackupRefusal(e)) throw e;
    if (isAppError(e) && e.code === 'DB_NEWER_THAN_APP') {
      throw backupRefused('newer', file, `its database was written by a newer version of Leerpad (migration ${String(e.params?.id)} '${String(e.params?.name)}' is unknown to this one).`);
    }
    if (isAppError(e)) throw backupRefused('mismatch', file, e.message);
    throw backupRefused('integrity', file, `the database in it cannot be read: ${(e as Error).message}.`);
  } finally {
    db?.close();
  }
}

/**
 * Everything a restore checks before it touches the data folder: the zip through the safe reader,
 * the manifest, every checksum, the schema version and the database's integrity. Unpacks into `into`.
 */
export async function validateBackup(file: string, into: string, options: { migrations?: readonly Migration[]; nativeBinding?: string } = {}): Promise<BackupManifest> {
  const migrations = options.migrations ?? knownMigrations;
  await unpack(file, into);
  const manifest = readManifest(file, into);
  checkSums(file, into, manifest);
  const appSchema = Math.max(0, ...migrations.map((m) => m.id));
  if (manifest.schemaVersion > appSchema) {
    throw backupRefused('newer', file, `it was made by a newer Leerpad (database schema ${manifest.schemaVersion}; this version knows up to ${appSchema}).`, {
      schemaVersion: manifest.schemaVersion,
      appSchemaVersion: appSchema,
    });
  }
  checkDatabase(file, path.join(into, BACKUP_DATABASE), migrations, options.nativeBinding);
  return manifest;
}
