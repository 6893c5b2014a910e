import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../helpers/temp';
import { packageApp } from '../../../helpers/core/app/package-app';
import { multiSco12 } from '../../../helpers/core/library/package-fixtures';

describe("a learner's export with work in an imported package", () => {
  it('names the package and the SCO by their titles, not by the internal key and item id', async () => {
    const { call, importFixture, commit } = packageApp();
    const pkg = await importFixture(multiSco12());
    const { session } = await call('learner/create', { name: 'Amira' });
    const launch = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-sco1' });
    await commit(session, launch, { cmi: { core: { lesson_status: 'completed', exit: '', session_time: '00:02:00' } } });
    const outline = await call('package/outline', { session, packageId: pkg.id });
    const sco = outline.items[0]!.children[0]!;

    const { markdown } = await call('learner/export', { session });
    expect(markdown).toContain(`## ${sco.title} (${outline.title}, poging 1)`);
    expect(markdown).not.toContain('pkg:');
  });

  it('keeps the work of a package removed with its records kept, under its item id', async () => {
    const { call, importFixture, commit } = packageApp();
    const pkg = await importFixture(multiSco12());
    const { session } = await call('learner/create', { name: 'Amira' });
    const launch = await call('package/launch', { session, packageId: pkg.id, itemId: 'item-sco1' });
    await commit(session, launch, { cmi: { core: { lesson_status: 'completed', exit: '', session_time: '00:02:00' } } });
    await call('library/remove', { packageId: pkg.id, keepRecords: true });

    const { markdown } = await call('learner/export', { session });
    expect(markdown).toContain('## item-sco1');
    expect(markdown).toContain('- Status: completed');
  });
});

describe('opening the app after a crash during an import', () => {
  it('deletes the half-written import folder it left in the library, and nothing else', async () => {
    const dataDir = tempDir();
    const first = packageApp(dataDir);
    const pkg = await first.importFixture(multiSco12());
    first.close();
    const leftover = path.join(dataDir, 'library', '.import-crashed');
    fs.mkdirSync(leftover, { recursive: true });
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    fs.utimesSync(leftover, yesterday, yesterday);

    const again = packageApp(dataDir);
    expect(fs.existsSync(leftover)).toBe(false);
    expect((await again.call('library/packages', {})).map((p) => p.id)).toEqual([pkg.id]);
    again.close();
  });
});
