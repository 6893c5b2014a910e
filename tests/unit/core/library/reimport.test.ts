import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPackage } from '../../../../electron/core/library/import-package';
import { listPackages } from '../../../../electron/core/library/library';
import { enc, imported, manifest12, useLibraryDirs } from '../../../helpers/core/library/library-dirs';

const dirs = useLibraryDirs('leerpad-reimport-');
const at = (iso: string) => () => new Date(iso);

function version(name: string, text: string, manifest = manifest12()): string {
  return dirs.zip(name, [{ name: 'imsmanifest.xml', data: enc(manifest) }, { name: 'a.html', data: enc(text) }]);
}

describe('importing a package the library already has', () => {
  it('answers with the existing package and leaves the library unchanged when no mode is given', async () => {
    const first = imported(await importPackage(version('v1.zip', 'one'), dirs.lib));
    const before = fs.readdirSync(dirs.lib);
    const again = await importPackage(version('v2.zip', 'two', manifest12({ title: 'Renamed course' })), dirs.lib);
    expect(again).toEqual({ conflict: first });
    expect(fs.readdirSync(dirs.lib)).toEqual(before);
    expect(fs.readFileSync(path.join(dirs.lib, first.id, 'a.html'), 'utf8')).toBe('one');
  });

  it('replaces the files but keeps the id, so learners keep their records', async () => {
    const first = imported(await importPackage(version('v1.zip', 'one'), dirs.lib, { now: at('2026-01-01T00:00:00Z') }));
    const second = imported(await importPackage(version('v2.zip', 'two', manifest12({ title: 'Renamed course' })), dirs.lib, { mode: 'replace', now: at('2026-02-01T00:00:00Z') }));
    expect(second).toMatchObject({ id: first.id, title: 'Renamed course', importedAt: '2026-02-01T00:00:00.000Z' });
    expect(fs.readFileSync(path.join(dirs.lib, first.id, 'a.html'), 'utf8')).toBe('two');
    expect(fs.readdirSync(dirs.lib)).toEqual([first.id]);
  });

  it('adds a copy under a new id beside the first, keeping its title', async () => {
    const first = imported(await importPackage(version('v1.zip', 'one'), dirs.lib));
    const copy = imported(await importPackage(version('v1.zip', 'one'), dirs.lib, { mode: 'copy' }));
    expect(copy.id).toBe(`${first.id}-2`);
    expect(listPackages(dirs.lib).map((p) => [p.id, p.title])).toEqual([
      [first.id, 'Multi SCO course'],
      [copy.id, 'Multi SCO course'],
    ]);
  });

  it('recognises a manifest without identifier by its title', async () => {
    imported(await importPackage(version('v1.zip', 'one', manifest12({ identifier: '' })), dirs.lib));
    expect(await importPackage(version('v2.zip', 'two', manifest12({ identifier: '' })), dirs.lib)).toHaveProperty('conflict');
    expect(await importPackage(version('v3.zip', 'three', manifest12({ identifier: '', title: 'Other' })), dirs.lib)).toHaveProperty('imported');
  });

  it('treats another manifest identifier as another package, even with the same title', async () => {
    imported(await importPackage(version('v1.zip', 'one'), dirs.lib));
    expect(await importPackage(version('v2.zip', 'two', manifest12({ identifier: 'M2' })), dirs.lib)).toHaveProperty('imported');
    expect(listPackages(dirs.lib)).toHaveLength(2);
  });

  it('puts the old package back when a replace cannot swap the folders', async () => {
    const first = imported(await importPackage(version('v1.zip', 'one'), dirs.lib));
    const rename = fs.renameSync;
    let calls = 0;
    // The second rename of the swap (the new folder in) fails, as it can on Windows when a file is open.
    fs.renameSync = ((from: fs.PathLike, to: fs.PathLike) => {
      if (++calls === 2) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
      rename(from, to);
    }) as typeof fs.renameSync;
    try {
      await expect(importPackage(version('v2.zip', 'two'), dirs.lib, { mode: 'replace' })).rejects.toThrow('EBUSY');
    } finally {
      fs.renameSync = rename;
    }
    expect(fs.readdirSync(dirs.lib)).toEqual([first.id]);
    expect(fs.readFileSync(path.join(dirs.lib, first.id, 'a.html'), 'utf8')).toBe('one');
  });
});
