import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPackage } from '../../../../electron/core/library/import-package';
import { getPackage, listPackages, removePackage, sweepLeftovers } from '../../../../electron/core/library/library';
import { RECORD_FILE } from '../../../../electron/core/library/package-record';
import { libraryDirOf } from '../../../../electron/core/paths';
import { enc, imported, manifest12, useLibraryDirs } from '../../../helpers/core/library/library-dirs';

const dirs = useLibraryDirs('leerpad-library-');

async function add(identifier: string, title: string) {
  const zip = dirs.zip(`${identifier}.zip`, [{ name: 'imsmanifest.xml', data: enc(manifest12({ identifier, title, items: '<item identifier="I1" identifierref="R1"><title>A</title></item>' })) }, { name: 'a.html', data: enc('<p>a</p>') }]);
  return imported(await importPackage(zip, dirs.lib, { now: () => new Date('2026-03-04T05:06:07Z') }));
}

describe('the library', () => {
  it('lives in the data folder', () => {
    expect(libraryDirOf('/data/Leerpad')).toBe(path.join('/data/Leerpad', 'library'));
  });

  it('keeps a record of each import beside its files', async () => {
    const pkg = await add('M1', 'Veiligheid');
    const record = JSON.parse(fs.readFileSync(path.join(dirs.lib, pkg.id, RECORD_FILE), 'utf8')) as Record<string, unknown>;
    expect(record).toEqual({ id: pkg.id, title: 'Veiligheid', edition: '1.2', scoCount: 1, bytes: pkg.bytes, importedAt: '2026-03-04T05:06:07.000Z', manifestIdentifier: 'M1', sourceName: 'M1.zip' });
  });

  it('lists the packages by title', async () => {
    const b = await add('M1', 'Zorg');
    const a = await add('M2', 'Armoede');
    expect(listPackages(dirs.lib)).toEqual([
      { id: a.id, title: 'Armoede', edition: '1.2', scoCount: 1, bytes: a.bytes, importedAt: a.importedAt },
      { id: b.id, title: 'Zorg', edition: '1.2', scoCount: 1, bytes: b.bytes, importedAt: b.importedAt },
    ]);
  });

  it('skips temporary folders, stray files and folders with a damaged record, listing the rest', async () => {
    const pkg = await add('M1', 'Zorg');
    fs.mkdirSync(path.join(dirs.lib, '.import-abc'));
    fs.mkdirSync(path.join(dirs.lib, 'broken'));
    fs.writeFileSync(path.join(dirs.lib, 'broken', RECORD_FILE), '{"id": "broken"');
    fs.mkdirSync(path.join(dirs.lib, 'empty'));
    fs.writeFileSync(path.join(dirs.lib, 'notes.txt'), 'x');
    expect(listPackages(dirs.lib).map((p) => p.id)).toEqual([pkg.id]);
  });

  it('lists nothing when the library folder does not exist yet', () => {
    expect(listPackages(path.join(dirs.work, 'nowhere'))).toEqual([]);
  });

  it('finds one package by id, and says so when there is none', async () => {
    const pkg = await add('M1', 'Zorg');
    expect(getPackage(dirs.lib, pkg.id)).toMatchObject({ id: pkg.id, title: 'Zorg' });
    for (const id of ['nope', '../library', '.import-abc']) {
      expect(() => getPackage(dirs.lib, id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', hint: expect.any(String) as string }));
    }
  });

  it('removes a package folder and nothing else', async () => {
    const keep = await add('M1', 'Zorg');
    const gone = await add('M2', 'Armoede');
    removePackage(dirs.lib, gone.id);
    expect(fs.readdirSync(dirs.lib)).toEqual([keep.id]);
    expect(() => removePackage(dirs.lib, gone.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('leftovers of a crash', () => {
  it('are swept when old, while a package and a running import stay', async () => {
    const pkg = await add('M1', 'Zorg');
    const old = Date.now() / 1000 - 7 * 3600;
    for (const name of ['.import-old', '.replaced-x-1234', '.removed-y-5678', '.import-running']) fs.mkdirSync(path.join(dirs.lib, name));
    for (const name of ['.import-old', '.replaced-x-1234', '.removed-y-5678']) fs.utimesSync(path.join(dirs.lib, name), old, old);
    expect(sweepLeftovers(dirs.lib).sort()).toEqual(['.import-old', '.removed-y-5678', '.replaced-x-1234']);
    expect(fs.readdirSync(dirs.lib).sort()).toEqual(['.import-running', pkg.id]);
  });
});
