import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/core/cli/run';
import { DATABASE_FILE, openDatabase } from '../../electron/core/progress/database';
import { createLearnerStore } from '../../electron/core/progress/learners';
import { openCore } from '../../electron/core/app/services';
import { lineFrom, ROOT, spawnTs } from '../helpers/node-child';
import { tempDir } from '../helpers/temp';

const open = (dataDir: string) => openCore({ dataDir, coursesDirs: [], host: 'web', version: 't' });
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

function refusal(fn: () => unknown) {
  try {
    const opened = fn() as { close?: () => void };
    closers.push(() => opened.close?.());
  } catch (e) {
    return e as { code: string; message: string; hint: string; params?: Record<string, unknown> };
  }
  throw new Error('expected a refusal, but it opened');
}

/** The database file's bytes and the folder's listing: what "nothing was changed" promises. */
function snapshot(dataDir: string) {
  return { bytes: fs.readFileSync(path.join(dataDir, DATABASE_FILE)), files: fs.readdirSync(dataDir).sort() };
}

function databaseWithLearner(dataDir: string) {
  const { db } = openDatabase(dataDir);
  createLearnerStore(db).create('Amira');
  db.close();
}

describe('recipe: a second Leerpad on the same data folder', () => {
  it('is refused with DATA_DIR_LOCKED, in the same process', () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    closers.push(() => first.close());
    const error = refusal(() => open(dataDir));
    expect(error).toMatchObject({ code: 'DATA_DIR_LOCKED', message: `Leerpad is already open with this data folder (${dataDir}).`, params: { dataDir } });
    expect(error.hint).toMatch(/close it .* start again.*--data-dir/);
  });

  it('is refused while another process holds the folder, and starts at once after that process was killed (SIGKILL)', async () => {
    const dataDir = tempDir();
    const holder = spawnTs('tests/helpers/data-dir-child.ts', ['hold', dataDir]);
    await lineFrom(holder, (l) => l === 'holding');
    expect(refusal(() => open(dataDir)).code).toBe('DATA_DIR_LOCKED');

    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    const core = open(dataDir);
    closers.push(() => core.close());
    expect(core.learners.list()).toEqual([]);
  }, 30_000);

  it('is allowed again once the first one closed', () => {
    const dataDir = tempDir();
    open(dataDir).close();
    const again = open(dataDir);
    closers.push(() => again.close());
    expect(again.info().dataDir).toBe(dataDir);
  });

  it('does not stop `leerpad info`, which only reads', async () => {
    const dataDir = tempDir();
    const core = open(dataDir);
    closers.push(() => core.close());
    core.learners.create('Amira');
    const out: string[] = [];
    const code = await runCli(['info', '--data-dir', dataDir, '--json'], { stdout: (t) => out.push(t), stderr: (t) => out.push(t) });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ dataDir, learners: 1, database: 'present' });
  });
});

describe('`leerpad info`', () => {
  it('creates nothing: no data folder, no database, no lock file', async () => {
    const dataDir = path.join(tempDir(), 'not-yet');
    const out: string[] = [];
    expect(await runCli(['info', '--data-dir', dataDir, '--json'], { stdout: (t) => out.push(t), stderr: (t) => out.push(t) })).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ database: 'absent', learners: 0 });
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('leaves a database from a newer Leerpad untouched, and reports its schema', async () => {
    const dataDir = tempDir();
    databaseWithLearner(dataDir);
    const raw = new Database(path.join(dataDir, DATABASE_FILE));
    raw.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(999, 'from-the-future', 'x');
    raw.close();
    const before = snapshot(dataDir);
    const out: string[] = [];
    expect(await runCli(['info', '--data-dir', dataDir, '--json'], { stdout: (t) => out.push(t), stderr: (t) => out.push(t) })).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ schemaVersion: 999, learners: 1 });
    expect(snapshot(dataDir)).toEqual(before);
  });
});

describe('recipe: a database from a newer Leerpad', () => {
  it('is refused and left exactly as it was: same bytes, no -wal or -shm file', () => {
    const dataDir = tempDir();
    databaseWithLearner(dataDir);
    const raw = new Database(path.join(dataDir, DATABASE_FILE));
    raw.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(999, 'from-the-future', 'x');
    raw.close();
    const before = snapshot(dataDir);

    const error = refusal(() => openDatabase(dataDir));
    expect(error).toMatchObject({ code: 'DB_NEWER_THAN_APP' });
    expect(error.hint).toContain('Nothing in the database was changed.');
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('is refused by the app (core) too, without a -wal or -shm beside it', () => {
    const dataDir = tempDir();
    databaseWithLearner(dataDir);
    const raw = new Database(path.join(dataDir, DATABASE_FILE));
    raw.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(999, 'from-the-future', 'x');
    raw.close();
    const before = snapshot(dataDir);

    expect(refusal(() => open(dataDir)).code).toBe('DB_NEWER_THAN_APP');
    const after = snapshot(dataDir);
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.files.filter((f) => f.startsWith(DATABASE_FILE))).toEqual([DATABASE_FILE]);
  });
});

describe('recipe: an empty (0-byte) database', () => {
  it('is refused as damaged in a folder that has held data, and stays as it was', () => {
    const dataDir = tempDir();
    databaseWithLearner(dataDir);
    fs.mkdirSync(path.join(dataDir, 'backups'));
    fs.truncateSync(path.join(dataDir, DATABASE_FILE), 0);

    const error = refusal(() => openDatabase(dataDir));
    expect(error).toMatchObject({ code: 'DB_UNAVAILABLE', message: expect.stringContaining('is empty (0 bytes)') });
    expect(error.hint).toContain(path.join(dataDir, 'backups'));
    expect(fs.statSync(path.join(dataDir, DATABASE_FILE)).size).toBe(0);
  });

  it('is set up as a new database when it is all a new folder holds (a first start that stopped half-way)', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE), '');
    const { db } = openDatabase(dataDir);
    expect(createLearnerStore(db).list()).toEqual([]);
    db.close();
  });
});

describe('a file that is not a Leerpad database', () => {
  it('is refused with a clear message when it is not SQLite at all, and left as it was', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE), 'Dit is een tekstbestand, geen database.\n'.repeat(100));
    const before = snapshot(dataDir);
    const error = refusal(() => openDatabase(dataDir));
    expect(error).toMatchObject({ code: 'DB_UNAVAILABLE', message: expect.stringContaining('is not an SQLite file at all') });
    expect(snapshot(dataDir)).toEqual(before);
  });

  it("is refused when it is another program's SQLite database, instead of adding Leerpad's tables to it", () => {
    const dataDir = tempDir();
    const other = new Database(path.join(dataDir, DATABASE_FILE));
    other.exec('CREATE TABLE recipes (name TEXT)');
    other.close();
    const before = snapshot(dataDir);
    const error = refusal(() => openDatabase(dataDir));
    expect(error).toMatchObject({ code: 'DB_UNAVAILABLE', message: expect.stringContaining('another program') });
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('is refused as damaged when its pages are garbage', () => {
    const dataDir = tempDir();
    databaseWithLearner(dataDir);
    const file = path.join(dataDir, DATABASE_FILE);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 100);
    fs.writeFileSync(file, bytes);
    expect(refusal(() => openDatabase(dataDir))).toMatchObject({ code: 'DB_UNAVAILABLE', message: expect.stringContaining('is damaged') });
  });
});

/**
 * Tests run as root, and root writes through any permission bit. So these run the opening in a child
 * process as the unprivileged user `nobody`, for whom the folder really is read-only. Not covered: a
 * read-only mount (EROFS), which the same check reports (see the unit test of open-errors).
 */
describe('recipe: a read-only data folder', () => {
  const canDropPrivileges = process.getuid?.() === 0;

  function openAsNobody(dataDir: string) {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NODE_CHANNEL') && !k.startsWith('VITEST')));
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/helpers/data-dir-child.ts'), 'open', dataDir], {
      cwd: ROOT,
      env: { ...env, HOME: '/tmp', TSX_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.node.json') },
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
    });
    const line = run.stdout.split('\n').find((l) => l.startsWith('{'));
    if (!line) throw new Error(`child printed no result: ${run.stderr}`);
    return JSON.parse(line) as { ok: boolean; error?: { code: string; message: string; hint: string } };
  }

  function worldReadableDir() {
    const dir = tempDir();
    fs.chmodSync(dir, 0o755);
    return dir;
  }

  it.runIf(canDropPrivileges)('says the folder is read-only (naming it), not that the database is damaged', () => {
    const dataDir = path.join(worldReadableDir(), 'data');
    databaseWithLearner(dataDir);
    fs.chmodSync(dataDir, 0o555);
    fs.chmodSync(path.join(dataDir, DATABASE_FILE), 0o644);
    const result = openAsNobody(dataDir);
    expect(result.error).toMatchObject({ code: 'DATA_DIR_READ_ONLY', message: expect.stringContaining(dataDir) });
    expect(result.error?.message).not.toMatch(/damaged/);
  }, 30_000);

  it.runIf(canDropPrivileges)('says so for a read-only database file in a writable folder too', () => {
    const dataDir = path.join(worldReadableDir(), 'data');
    databaseWithLearner(dataDir);
    fs.chmodSync(dataDir, 0o777);
    fs.chmodSync(path.join(dataDir, DATABASE_FILE), 0o444);
    const result = openAsNobody(dataDir);
    expect(result.error).toMatchObject({ code: 'DATA_DIR_READ_ONLY', message: expect.stringContaining('read-only') });
  }, 30_000);

  it.runIf(canDropPrivileges)('says so when the data folder cannot even be created', () => {
    const parent = worldReadableDir();
    fs.chmodSync(parent, 0o555);
    const result = openAsNobody(path.join(parent, 'Leerpad'));
    expect(result.error).toMatchObject({ code: 'DATA_DIR_READ_ONLY' });
  }, 30_000);
});
