import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importPackage } from '../../../../electron/core/library/import-package';
import { RECORD_FILE } from '../../../../electron/core/library/package-record';
import { packageApp } from '../../../helpers/core/app/package-app';
import { multiSco12, writeFixtureZip, type FixturePackage } from '../../../helpers/core/library/package-fixtures';
import { tempDir } from '../../../helpers/temp';

const enc = (s: string) => new TextEncoder().encode(s);
const completedWith = (raw: string) => ({ cmi: { core: { lesson_status: 'completed', score: { raw, min: '0', max: '100' } } } });
const underway = { cmi: { core: { lesson_status: 'incomplete', lesson_location: '2' } } };

/** The same package (same manifest identifier) whose third SCO now asks 90 instead of 60 to pass. */
function stricterSco3(): FixturePackage {
  const pkg = multiSco12();
  const manifest = pkg.manifest.replace('<adlcp:masteryscore>60</adlcp:masteryscore>', '<adlcp:masteryscore>90</adlcp:masteryscore>');
  expect(manifest).not.toBe(pkg.manifest);
  return { ...pkg, manifest, files: new Map(pkg.files).set('imsmanifest.xml', enc(manifest)) };
}

async function learnerPlayingSco3() {
  const app = packageApp();
  const pkg = await app.importFixture(multiSco12());
  const { session } = await app.call('learner/create', { name: 'Amira' });
  const launch = await app.call('package/launch', { session, packageId: pkg.id, itemId: 'item-sco3' });
  return { ...app, pkg, session, launch };
}

describe('package commits and the package record', () => {
  it('a replace in the Library between two commits: the next commit is judged by the new package', async () => {
    const { call, importZip, commit, pkg, session, launch } = await learnerPlayingSco3();
    await expect(commit(session, launch, underway, launch.commitSeq + 1)).resolves.toMatchObject({ saved: true });
    await importZip(writeFixtureZip(tempDir(), 'v2.zip', stricterSco3()), { mode: 'replace' });
    expect((await call('library/packages', {})).map((p) => p.id)).toEqual([pkg.id]);
    await expect(commit(session, launch, completedWith('65'), launch.commitSeq + 2)).resolves.toMatchObject({ success: 'failed' });
  });

  it('a `leerpad import --replace` beside the running app between two commits: the next commit is judged by the new package', async () => {
    const { core, commit, session, launch } = await learnerPlayingSco3();
    await expect(commit(session, launch, underway, launch.commitSeq + 1)).resolves.toMatchObject({ saved: true });
    // Straight into the library folder, as the CLI does from another process: the app's handlers hear nothing of it.
    await importPackage(writeFixtureZip(tempDir(), 'v2.zip', stricterSco3()), core.libraryDir, { mode: 'replace' });
    await expect(commit(session, launch, completedWith('65'), launch.commitSeq + 2)).resolves.toMatchObject({ success: 'failed' });
  });

  it('a package removed while a learner plays it: the next commit says the package is gone', async () => {
    const { call, commit, pkg, session, launch } = await learnerPlayingSco3();
    await commit(session, launch, completedWith('65'), launch.commitSeq + 1);
    await call('library/remove', { packageId: pkg.id, keepRecords: true });
    await expect(commit(session, launch, completedWith('70'), launch.commitSeq + 2)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads the package record once for a run of commits, not at every commit', async () => {
    const { core, commit, pkg, session, launch } = await learnerPlayingSco3();
    const record = path.join(core.libraryDir, pkg.id, RECORD_FILE);
    const read = vi.spyOn(fs, 'readFileSync');
    try {
      for (let seq = launch.commitSeq + 1; seq <= launch.commitSeq + 5; seq++) await commit(session, launch, completedWith(String(50 + seq)), seq);
      expect(read.mock.calls.filter(([file]) => file === record)).toHaveLength(1);
    } finally {
      read.mockRestore();
    }
  });
});
