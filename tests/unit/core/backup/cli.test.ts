import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { openCore } from '../../../../electron/core/app/services';
import { dumpTables } from '../../../bench/backup-seed';
import { tempDir } from '../../../helpers/temp';
import { dataFolder, folderBytes } from './folder';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

describe('leerpad backup and leerpad restore', () => {
  it('back up a data folder and restore it into an empty one, keeping every row', async () => {
    const dir = dataFolder(tempDir());
    const file = path.join(tempDir(), 'leerpad-backup.zip');
    const b = io();
    expect(await runCli(['backup', '--out', file, '--data-dir', dir, '--json'], b.io)).toBe(0);
    expect(JSON.parse(b.out.join(''))).toMatchObject({ ok: true, file, learners: 3 });

    const target = tempDir();
    const r = io();
    expect(await runCli(['restore', file, '--data-dir', target], r.io)).toBe(0);
    expect(r.out.join('\n')).toMatch(/Restored the backup of .* \(3 learner\(s\)\)/);
    expect(dumpTables(path.join(target, 'leerpad.sqlite'))).toEqual(dumpTables(path.join(dir, 'leerpad.sqlite')));
  });

  it('backs up while Leerpad is open on the folder', async () => {
    const dir = dataFolder(tempDir());
    const core = openCore({ dataDir: dir, coursesDirs: [], host: 'cli', version: 'test' });
    try {
      const c = io();
      expect(await runCli(['backup', '--out', path.join(tempDir(), 'open.zip'), '--data-dir', dir], c.io)).toBe(0);
    } finally {
      core.close();
    }
  });

  it('exits 1 with a hint for a damaged backup and 2 for a file it cannot read, changing nothing', async () => {
    const dir = dataFolder(tempDir());
    const file = path.join(tempDir(), 'backup.zip');
    expect(await runCli(['backup', '--out', file, '--data-dir', dir], io().io)).toBe(0);
    const bytes = folderBytes(dir);

    const zip = fs.readFileSync(file);
    const swapped = path.join(tempDir(), 'other.zip');
    fs.writeFileSync(swapped, zip.subarray(0, 200));
    const cut = io();
    expect(await runCli(['restore', swapped, '--data-dir', dir], cut.io)).toBe(2);
    expect(cut.err.join('\n')).toMatch(/cut off[\s\S]*hint: .*not changed/);

    const missing = io();
    expect(await runCli(['restore', path.join(dir, 'nope.zip'), '--data-dir', dir], missing.io)).toBe(2);

    const locked = openCore({ dataDir: dir, coursesDirs: [], host: 'cli', version: 'test' });
    const refused = io();
    try {
      expect(await runCli(['restore', file, '--data-dir', dir], refused.io)).toBe(1);
    } finally {
      locked.close();
    }
    expect(refused.err.join('\n')).toMatch(/already open with this data folder/);
    // openCore's daily copy is the one change: the refusals touched nothing.
    const after = folderBytes(dir);
    for (const name of Object.keys(after)) if (name.startsWith('backups/auto/')) delete after[name];
    expect(after).toEqual(bytes);
  });

  it('backup without --out says how to call it', async () => {
    const c = io();
    expect(await runCli(['backup', '--data-dir', tempDir()], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(/needs --out/);
  });
});
