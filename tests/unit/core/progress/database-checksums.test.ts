import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../electron/core/errors';
import { DATABASE_FILE, openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { migrationChecksum } from '../../../../electron/core/progress/migration-checksums';
import { migrations } from '../../../../electron/core/progress/migrations';
import { tempDir } from '../../../helpers/temp';

const CHECKSUMS_ADDED = migrations.findIndex((m) => m.name === 'migration-checksums');

function recorded(dir: string): { id: number; checksum: string | null }[] {
  const raw = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
  const rows = raw.prepare('SELECT id, checksum FROM schema_migrations ORDER BY id').all() as { id: number; checksum: string | null }[];
  raw.close();
  return rows;
}

function refusal(open: () => unknown): AppError {
  try {
    open();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('the database was opened');
}

describe('migration checksums in the database', () => {
  it('records the checksum of the SQL each migration ran', () => {
    const dir = tempDir();
    openDatabase(dir).db.close();
    expect(recorded(dir)).toEqual(migrations.map((m) => ({ id: m.id, checksum: migrationChecksum(m.sql) })));
  });

  it('refuses a database whose migration ran with other SQL than this build has, and leaves it untouched', () => {
    const dir = tempDir();
    openDatabase(dir).db.close();
    const file = path.join(dir, DATABASE_FILE);
    const before = fs.readFileSync(file);
    const edited = migrations.map((m) => (m.id === 2 ? { ...m, sql: m.sql.replace('location TEXT,', 'location TEXT, extra TEXT,') } : m));

    const error = refusal(() => openDatabase(dir, edited));
    expect(error.code).toBe('DB_MIGRATION_MISMATCH');
    expect(error.message).toContain("migration 2 'attempts-and-progress' applied with different SQL");
    expect(error.hint).toMatch(/different build of Leerpad.*restore a backup/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('upgrades a database from before checksums: backs it up, keeps the learners and fills in every checksum', () => {
    const dir = tempDir();
    const old = openDatabase(dir, migrations.slice(0, CHECKSUMS_ADDED));
    createLearnerStore(old.db).create('Jonas');
    old.db.close();

    const upgraded = openDatabase(dir);
    expect(upgraded.backupPath).toMatch(new RegExp(`leerpad-schema${CHECKSUMS_ADDED}-`));
    expect(createLearnerStore(upgraded.db).list().map((l) => l.name)).toEqual(['Jonas']);
    upgraded.db.close();
    expect(recorded(dir).every((r) => r.checksum === migrationChecksum(migrations.find((m) => m.id === r.id)!.sql))).toBe(true);
    expect(openDatabase(dir).backupPath).toBeNull();
  });
});
