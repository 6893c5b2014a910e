import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flatOutline, packageApp } from '../../../helpers/core/app/package-app';
import { enc, manifest12 } from '../../../helpers/core/library/library-dirs';
import { multiSco12, writeFixtureZip } from '../../../helpers/core/library/package-fixtures';
import { rawZip } from '../../../helpers/core/scorm/raw-zip';
import { tempDir } from '../../../helpers/temp';

const passed = { cmi: { core: { lesson_status: 'passed', score: { raw: '95' } } } };

async function studied() {
  const app = packageApp();
  const pkg = await app.importFixture(multiSco12());
  const { session } = await app.call('learner/create', { name: 'Amira' });
  await app.commit(session, await app.call('package/launch', { session, packageId: pkg.id, itemId: 'item-sco1' }), passed);
  return { ...app, pkg, session };
}

const sco1 = async (app: Awaited<ReturnType<typeof studied>>) =>
  flatOutline((await app.call('package/outline', { session: app.session, packageId: app.pkg.id })).items).find((i) => i.id === 'item-sco1')?.status;

describe('removing a package', () => {
  it('without its records: the package and every learner\'s work on it are gone, a re-import starts afresh', async () => {
    const app = await studied();
    await expect(app.call('library/remove', { packageId: app.pkg.id, keepRecords: false })).resolves.toEqual({ removed: true });
    expect(await app.call('library/packages', { session: app.session })).toEqual([]);
    await expect(app.call('package/outline', { session: app.session, packageId: app.pkg.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(app.core.db.prepare('SELECT COUNT(*) AS n FROM attempts').get()).toEqual({ n: 0 });

    await app.importFixture(multiSco12());
    expect(await sco1(app)).toMatchObject({ completion: 'not attempted' });
  });

  it('keeping its records: importing the same package again finds the learner\'s work', async () => {
    const app = await studied();
    await app.call('library/remove', { packageId: app.pkg.id, keepRecords: true });
    const again = await app.importFixture(multiSco12());
    expect(again.id).toBe(app.pkg.id);
    expect(await sco1(app)).toMatchObject({ completion: 'completed', success: 'passed', scoreScaled: 0.95 });
  });

  it('needs lecturer mode once a teacher PIN is set', async () => {
    const app = await studied();
    await app.call('teacher/set-pin', { pin: '9753' });
    await expect(app.call('library/remove', { packageId: app.pkg.id, keepRecords: false })).rejects.toMatchObject({ code: 'TEACHER_REQUIRED' });
    const { teacher } = await app.call('teacher/unlock', { pin: '9753' });
    await expect(app.call('library/remove', { packageId: app.pkg.id, keepRecords: false, teacher })).resolves.toEqual({ removed: true });
  });
});

describe('importing through an upload', () => {
  it('answers a package the library has with a conflict, and a replace on the same upload keeps the id and the records', async () => {
    const app = await studied();
    const zip = writeFixtureZip(tempDir(), 'again.zip', multiSco12());
    const uploadId = await app.core.uploads.stage(zip);
    await expect(app.call('library/import', { uploadId })).resolves.toEqual({ conflict: expect.objectContaining({ id: app.pkg.id }) });
    await expect(app.call('library/import', { uploadId, mode: 'replace' })).resolves.toEqual({ imported: expect.objectContaining({ id: app.pkg.id }) });
    expect(await sco1(app)).toMatchObject({ success: 'passed' });
    // Imported: the upload is used up.
    await expect(app.call('library/import', { uploadId, mode: 'copy' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the upload when the manifest is in a folder, so the learner can import from that folder', async () => {
    const app = packageApp();
    const zip = `${tempDir()}/nested.zip`;
    fs.writeFileSync(zip, rawZip([{ name: 'course/imsmanifest.xml', data: enc(manifest12({ items: '<item identifier="I1" identifierref="R1"><title>A</title></item>' })) }, { name: 'course/a.html', data: enc('<p>a</p>') }]));
    const uploadId = await app.core.uploads.stage(zip);
    await expect(app.call('library/import', { uploadId })).rejects.toMatchObject({ code: 'PACKAGE_INVALID', params: { problem: 'manifest-not-at-root' } });
    await expect(app.call('library/import', { uploadId, root: 'course' })).resolves.toHaveProperty('imported');
  });
});

describe('items a package cannot play offline', () => {
  it('refuses to launch an item that opens a page on the internet, saying so', async () => {
    const app = packageApp();
    const manifest = manifest12({ items: '<item identifier="I1" identifierref="R1"><title>A</title></item><item identifier="I2" identifierref="WEB"><title>Web</title></item>' }).replace(
      '</resources>',
      '<resource identifier="WEB" type="webcontent" adlcp:scormtype="sco" href="https://example.org/course.html"/></resources>',
    );
    const zip = `${tempDir()}/web.zip`;
    fs.writeFileSync(zip, rawZip([{ name: 'imsmanifest.xml', data: enc(manifest) }, { name: 'a.html', data: enc('a') }, { name: 'b.html', data: enc('b') }]));
    const result = await app.importZip(zip);
    if (!('imported' in result)) throw new Error('expected an import');
    const { session } = await app.call('learner/create', { name: 'Amira' });
    const outline = await app.call('package/outline', { session, packageId: result.imported.id });
    expect(flatOutline(outline.items).find((i) => i.id === 'I2')).toMatchObject({ notice: 'external-url' });
    await expect(app.call('package/launch', { session, packageId: result.imported.id, itemId: 'I2' })).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: expect.stringContaining('offline'),
      params: { problem: 'external-url', item: 'I2' },
    });
    await expect(app.call('package/launch', { session, packageId: result.imported.id, itemId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a package damaged on disk', () => {
  it('stays listed, without a status, and opening it says what is wrong', async () => {
    const before = await studied();
    const { dataDir } = before.core.info();
    fs.writeFileSync(`${before.core.libraryDir}/${before.pkg.id}/imsmanifest.xml`, '<manifest');
    before.close();
    // A new start: the manifest is read again.
    const app = packageApp(dataDir);
    const [amira] = await app.call('learner/list', {});
    const { session } = await app.call('learner/open', { id: amira!.id });
    expect(await app.call('library/packages', { session })).toEqual([expect.objectContaining({ id: before.pkg.id, status: null })]);
    await expect(app.call('package/outline', { session, packageId: before.pkg.id })).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      hint: expect.stringContaining('Import the package again'),
      params: { problem: 'manifest-unreadable' },
    });
  });
});

describe('our own course views beside package records', () => {
  it('keep a course dashboard free of the package rows of the same learner', async () => {
    const app = await studied();
    const dashboard = await app.call('progress/dashboard', { session: app.session, courseId: 'mini' });
    expect(dashboard.modules.every((m) => m.attempts === 0 && m.updatedAt === null)).toBe(true);
    expect(dashboard.overall).toMatchObject({ modulesCompleted: 0, timeSeconds: 0 });
  });
});
