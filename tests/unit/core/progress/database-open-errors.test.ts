import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAttemptStore } from '../../../../electron/core/progress/attempts';
import { DATABASE_FILE, openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { tempDir } from '../../../helpers/temp';

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

afterEach(() => vi.restoreAllMocks());

describe('opening the database on storage that cannot be written', () => {
  it.each(['EROFS', 'EACCES', 'EPERM'])('reports %s while creating the data folder as a read-only folder, naming it', (code) => {
    // A read-only mount cannot be made here (tests run as root, in a container): the error is injected.
    vi.spyOn(fs, 'mkdirSync').mockImplementation(() => {
      throw errno(code);
    });
    const dataDir = path.join(tempDir(), 'Leerpad');
    expect(() => openDatabase(dataDir)).toThrow(
      expect.objectContaining({ code: 'DATA_DIR_READ_ONLY', message: expect.stringContaining(dataDir), params: { dataDir } }),
    );
  });

  it('still reports other failures to create the folder as such', () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, 'x');
    expect(() => openDatabase(path.join(file, 'sub'))).toThrow(expect.objectContaining({ code: 'DB_UNAVAILABLE' }));
  });
});

describe('a commit when the database became read-only while Leerpad runs', () => {
  it('answers DATA_DIR_READ_ONLY (kept and retried by the player), not an internal error', () => {
    const dataDir = tempDir();
    const { db } = openDatabase(dataDir);
    const learner = createLearnerStore(db).create('Amira');
    db.close();
    // SQLite's own read-only connection stands in for a file whose write permission was taken away.
    const readOnly = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    const attempts = createAttemptStore(readOnly);
    expect(() => attempts.launch(learner.id, 'c', 'm1')).toThrow(expect.objectContaining({ code: 'DATA_DIR_READ_ONLY', params: { dataDir } }));
    readOnly.close();
  });
});

describe('opening a database that another connection is writing', () => {
  it('reads the committed state from its -wal file and opens normally', () => {
    const dataDir = tempDir();
    const writer = openDatabase(dataDir).db;
    createLearnerStore(writer).create('Amira');
    expect(fs.statSync(path.join(dataDir, `${DATABASE_FILE}-wal`)).size).toBeGreaterThan(0);
    const second = openDatabase(dataDir).db;
    expect(createLearnerStore(second).list().map((l) => l.name)).toEqual(['Amira']);
    second.close();
    writer.close();
  });
});
