import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { lockDataDir } from '../../../../electron/core/progress/data-lock';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { everything } from '../progress/transfer-fixture';
import { tempDir } from '../../../helpers/temp';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

/** A data folder with one profile, closed again as after quitting Leerpad. */
function folderWith(name: string) {
  const dir = tempDir();
  const { db } = openDatabase(dir);
  const learner = createLearnerStore(db).create(name);
  db.close();
  return { dir, id: learner.id };
}

function rowsOf(dir: string, id: string) {
  const { db } = openDatabase(dir);
  try {
    return everything(db, id);
  } finally {
    db.close();
  }
}

describe('leerpad learner-export and learner-import', () => {
  it('moves a profile from the laptop to the school PC, and a second import changes nothing', async () => {
    const laptop = folderWith('Noor');
    const school = tempDir();
    const file = path.join(tempDir(), 'noor.json');
    const c = io();
    expect(await runCli(['learner-export', '--learner', 'noor', '--out', file, '--data-dir', laptop.dir], c.io)).toBe(0);
    expect(c.out.join('')).toContain('Noor');
    expect(await runCli(['learner-import', file, '--data-dir', school, '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.at(-1)!)).toMatchObject({ ok: true, created: true, learnerName: 'Noor' });
    const once = rowsOf(school, laptop.id);
    expect(once).toEqual(rowsOf(laptop.dir, laptop.id));
    expect(await runCli(['learner-import', file, '--data-dir', school, '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.at(-1)!)).toMatchObject({ ok: true, created: false, attemptsAdded: 0, attemptsUpdated: 0 });
    expect(rowsOf(school, laptop.id)).toEqual(once);
  });

  it('names the profiles there are when the learner is not in the folder (exit 1)', async () => {
    const { dir } = folderWith('Noor');
    const c = io();
    expect(await runCli(['learner-export', '--learner', 'Sara', '--data-dir', dir, '--out', path.join(tempDir(), 'x.json')], c.io)).toBe(1);
    expect(c.err.join('')).toMatch(/no profile named 'Sara'[\s\S]*The profiles here: Noor/);
  });

  it('refuses to import while Leerpad is open on the data folder (exit 1), and nothing changes', async () => {
    const laptop = folderWith('Noor');
    const school = tempDir();
    const file = path.join(tempDir(), 'noor.json');
    expect(await runCli(['learner-export', '--learner', 'Noor', '--out', file, '--data-dir', laptop.dir], io().io)).toBe(0);
    const running = lockDataDir(school);
    const c = io();
    try {
      expect(await runCli(['learner-import', file, '--data-dir', school], c.io)).toBe(1);
    } finally {
      running.release();
    }
    expect(c.err.join('')).toContain('already open with this data folder');
    expect(rowsOf(school, laptop.id).learner).toBeUndefined();
  });

  it('a damaged file (exit 2), a file that is not JSON (exit 2) and a missing file (exit 2) import nothing', async () => {
    const laptop = folderWith('Noor');
    const school = tempDir();
    const file = path.join(tempDir(), 'noor.json');
    expect(await runCli(['learner-export', '--learner', 'Noor', '--out', file, '--data-dir', laptop.dir], io().io)).toBe(0);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"Noor"', '"Nora"'));
    const torn = path.join(path.dirname(file), 'torn.json');
    fs.writeFileSync(torn, fs.readFileSync(file, 'utf8').slice(0, 100));
    for (const [f, says] of [[file, 'does not match its checksum'], [torn, 'not JSON'], [path.join(school, 'missing.json'), 'cannot be read']] as const) {
      const c = io();
      expect(await runCli(['learner-import', f, '--data-dir', school], c.io)).toBe(2);
      expect(c.err.join('')).toContain(says);
    }
    expect(rowsOf(school, laptop.id).learner).toBeUndefined();
  });

  it('a file from a newer Leerpad is refused with exit 1 and the advice to update', async () => {
    const school = tempDir();
    const file = path.join(tempDir(), 'future.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'leerpad-learner/2', sha256: 'x' }));
    const c = io();
    expect(await runCli(['learner-import', file, '--data-dir', school], c.io)).toBe(1);
    expect(c.err.join('')).toMatch(/leerpad-learner\/2[\s\S]*Update Leerpad/);
  });
});
