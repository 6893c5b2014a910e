import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { listPackages } from '../../../../electron/core/library/library';
import { libraryDirOf } from '../../../../electron/core/paths';
import { MULTI_SCO_12, multiSco12, writeFixtureZip } from '../../../helpers/core/library/package-fixtures';
import { tempDir } from '../../../helpers/temp';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

async function leerpad(...args: string[]) {
  const c = io();
  const code = await runCli(['import', ...args], c.io);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

describe('leerpad import', () => {
  it('imports a zip into the library of the data folder and says what it imported', async () => {
    const data = tempDir();
    const zip = writeFixtureZip(tempDir(), 'course.zip', multiSco12());
    const run = await leerpad(zip, '--data-dir', data);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`^Imported '${MULTI_SCO_12.title}' \\(SCORM 1\\.2, 3 SCOs, [\\d.]+ MB\\) as `));
    expect(listPackages(libraryDirOf(data)).map((p) => p.title)).toEqual([MULTI_SCO_12.title]);
  });

  it('refuses the same package again, telling to add --replace or --copy, and then does either', async () => {
    const lib = tempDir();
    const zip = writeFixtureZip(tempDir(), 'course.zip', multiSco12());
    const first = JSON.parse((await leerpad(zip, '--library-dir', lib, '--json')).out) as { imported: { id: string } };
    const again = await leerpad(zip, '--library-dir', lib);
    expect(again.code).toBe(1);
    expect(again.err).toContain('--replace');
    expect(again.err).toContain('--copy');
    const replaced = JSON.parse((await leerpad(zip, '--library-dir', lib, '--replace', '--json')).out) as { imported: { id: string } };
    expect(replaced.imported.id).toBe(first.imported.id);
    expect((await leerpad(zip, '--library-dir', lib, '--copy')).code).toBe(0);
    expect(listPackages(lib)).toHaveLength(2);
    expect((await leerpad(zip, '--library-dir', lib, '--copy', '--replace')).code).toBe(1);
  });

  it('says where the manifest is and imports from that folder with --root', async () => {
    const lib = tempDir();
    const pkg = multiSco12();
    const nested = { ...pkg, files: new Map([...pkg.files].map(([name, bytes]) => [`course/${name}`, bytes])) };
    const zip = writeFixtureZip(tempDir(), 'nested.zip', nested);
    const refused = await leerpad(zip, '--library-dir', lib);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('found at course/imsmanifest.xml');
    expect(refused.err).toContain('--root course');
    expect((await leerpad(zip, '--library-dir', lib, '--root', 'course')).code).toBe(0);
  });

  it('imports an unpacked package folder', async () => {
    const src = tempDir();
    for (const [name, bytes] of multiSco12().files) {
      fs.mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
      fs.writeFileSync(path.join(src, name), bytes);
    }
    const lib = tempDir();
    expect((await leerpad(src, '--library-dir', lib)).code).toBe(0);
    expect(listPackages(lib)).toHaveLength(1);
  });

  it('exits 2 for what cannot be read at all, with the reason in --json', async () => {
    const dir = tempDir();
    const notZip = path.join(dir, 'not.zip');
    fs.writeFileSync(notZip, 'plain text');
    const missing = await leerpad(path.join(dir, 'nope.zip'), '--library-dir', dir);
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining("There is no file or folder")]);
    const unreadable = await leerpad(notZip, '--library-dir', path.join(dir, 'lib'), '--json');
    expect(unreadable.code).toBe(2);
    expect(JSON.parse(unreadable.out)).toMatchObject({ ok: false, error: { code: 'PACKAGE_INVALID', params: { problem: 'unreadable' } } });
  });
});
