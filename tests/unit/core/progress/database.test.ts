import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../electron/core/errors';
import { DATABASE_FILE, openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { migrations } from '../../../../electron/core/progress/migrations';
import { tempDir } from '../../../helpers/temp';

describe('progress database', () => {
  it('creates the file in the data folder with WAL and foreign keys on', () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const { db, path: file, schemaVersion } = openDatabase(dir);
    expect(file).toBe(path.join(dir, DATABASE_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion).toBe(migrations[migrations.length - 1]!.id);
    db.close();
  });

  it('records every migration once and keeps learners across restarts', () => {
    const dir = tempDir();
    const first = openDatabase(dir);
    createLearnerStore(first.db).create('Amira');
    first.db.close();

    const second = openDatabase(dir);
    const rows = second.db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all();
    expect(rows).toEqual(migrations.map((m) => ({ id: m.id, name: m.name })));
    expect(createLearnerStore(second.db).list().map((l) => l.name)).toEqual(['Amira']);
    second.db.close();
  });

  it('refuses a database with an unknown migration and leaves it untouched', () => {
    const dir = tempDir();
    openDatabase(dir).db.close();
    const raw = new Database(path.join(dir, DATABASE_FILE));
    raw.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(999, 'from-the-future', 'x');
    raw.close();
    const before = fs.readFileSync(path.join(dir, DATABASE_FILE));

    let error: unknown;
    try {
      openDatabase(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('DB_NEWER_THAN_APP');
    expect(appError.message).toContain("migration 999 'from-the-future'");
    expect(appError.hint).toMatch(/newest Leerpad.*--data-dir/);
    expect(fs.readFileSync(path.join(dir, DATABASE_FILE)).equals(before)).toBe(true);
  });

  it('refuses a database whose migration name differs from this build', () => {
    const dir = tempDir();
    openDatabase(dir).db.close();
    const raw = new Database(path.join(dir, DATABASE_FILE));
    raw.prepare('UPDATE schema_migrations SET name = ? WHERE id = 1').run('something-else');
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/migration 1 'something-else'/);
  });

  it('backs the data up before an upgrade adds a migration', () => {
    const dir = tempDir();
    const old = openDatabase(dir, migrations.slice(0, 1));
    createLearnerStore(old.db).create('Jonas');
    old.db.close();

    const upgraded = openDatabase(dir, [...migrations, { id: 900, name: 'test-upgrade', sql: 'CREATE TABLE t900 (x)' }]);
    expect(upgraded.backupPath).not.toBeNull();
    upgraded.db.close();
    const backup = new Database(upgraded.backupPath!, { readonly: true });
    expect(backup.prepare('SELECT name FROM learners').all()).toEqual([{ name: 'Jonas' }]);
    backup.close();
  });

  it('explains a data folder that cannot be created', () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, 'x');
    expect(() => openDatabase(path.join(file, 'sub'))).toThrow(/Cannot create the data folder/);
  });
});

describe('the native SQLite binding', () => {
  it('can be given explicitly (Electron loads one built for its own ABI)', () => {
    const binding = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    const { db } = openDatabase(tempDir(), migrations, binding);
    expect(db.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    db.close();
  });

  it('explains a missing binding instead of crashing', () => {
    expect(() => openDatabase(tempDir(), migrations, '/nope/better_sqlite3.node')).toThrow(/Cannot open the database/);
  });
});
