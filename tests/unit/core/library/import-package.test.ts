import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPackage } from '../../../../electron/core/library/import-package';
import { enc, imported, manifest12, useLibraryDirs } from '../../../helpers/core/library/library-dirs';

const SAMPLES = path.resolve(__dirname, '../../../../../shared/scorm-samples');
const dirs = useLibraryDirs('leerpad-import-');

describe('importPackage', () => {
  it.each(['golf-runtime-basic-calls-scorm12.zip', 'golf-runtime-basic-calls-scorm2004-3rd.zip'])('imports the real sample %s into its own folder', async (sample) => {
    const pkg = imported(await importPackage(path.join(SAMPLES, sample), dirs.lib));
    expect(pkg.scoCount).toBeGreaterThan(0);
    expect(pkg.edition).toBe(sample.includes('2004') ? '2004 3rd' : '1.2');
    expect(fs.readdirSync(dirs.lib)).toEqual([pkg.id]);
    expect(fs.existsSync(path.join(dirs.lib, pkg.id, 'imsmanifest.xml'))).toBe(true);
  });

  it('counts every SCO of a multi-SCO 1.2 package, nested items included', async () => {
    const items = '<item identifier="I1" identifierref="R1"><title>A</title></item><item identifier="G"><title>Group</title><item identifier="I2" identifierref="R2"><title>B</title></item></item>';
    const zip = dirs.zip('multi.zip', [{ name: 'imsmanifest.xml', data: enc(manifest12({ items })) }, { name: 'a.html', data: enc('a') }, { name: 'b.html', data: enc('b') }]);
    const pkg = imported(await importPackage(zip, dirs.lib));
    expect(pkg).toMatchObject({ title: 'Multi SCO course', edition: '1.2', scoCount: 2, bytes: expect.any(Number) as number, status: null });
    expect(pkg.id).toMatch(/^multi-sco-course-[0-9a-f]{8}$/);
  });

  it('refuses a manifest below the root, says where it was found, and leaves the library empty', async () => {
    const zip = dirs.zip('nested.zip', [{ name: 'course/imsmanifest.xml', data: enc(manifest12()) }]);
    await expect(importPackage(zip, dirs.lib)).rejects.toMatchObject({
      message: 'imsmanifest.xml is not at the root of the zip; found at course/imsmanifest.xml',
      params: { problem: 'manifest-not-at-root', found: 'course/imsmanifest.xml', root: 'course' },
    });
    expect(fs.readdirSync(dirs.lib)).toEqual([]);
  });

  it('imports from the folder the refusal named when asked to (root)', async () => {
    const zip = dirs.zip('nested.zip', [{ name: 'course/imsmanifest.xml', data: enc(manifest12()) }, { name: 'course/a.html', data: enc('a') }, { name: 'readme.txt', data: enc('r') }]);
    const pkg = imported(await importPackage(zip, dirs.lib, { root: 'course' }));
    expect(fs.readdirSync(path.join(dirs.lib, pkg.id)).sort()).toEqual(['.leerpad-package.json', 'a.html', 'imsmanifest.xml']);
    expect(fs.readdirSync(dirs.lib)).toEqual([pkg.id]);
  });

  it.each(['nothing', '../course', '/course'])('refuses a root folder the zip does not have or that leaves it (%s)', async (root) => {
    const zip = dirs.zip('nested.zip', [{ name: 'course/imsmanifest.xml', data: enc(manifest12()) }]);
    await expect(importPackage(zip, dirs.lib, { root })).rejects.toMatchObject({ code: 'PACKAGE_INVALID', params: { root } });
    expect(fs.readdirSync(dirs.lib)).toEqual([]);
  });

  it('imports an unpacked package folder as a copy, leaving the folder as it was', async () => {
    const src = path.join(dirs.work, 'unpacked');
    fs.mkdirSync(path.join(src, 'sco'), { recursive: true });
    fs.writeFileSync(path.join(src, 'imsmanifest.xml'), manifest12());
    fs.writeFileSync(path.join(src, 'sco', 'a.html'), 'a');
    const pkg = imported(await importPackage(src, dirs.lib));
    expect(fs.readFileSync(path.join(dirs.lib, pkg.id, 'sco', 'a.html'), 'utf8')).toBe('a');
    expect(fs.readdirSync(src).sort()).toEqual(['imsmanifest.xml', 'sco']);
  });

  it('refuses a folder holding a symlink, and leaves the library empty', async () => {
    const src = path.join(dirs.work, 'unpacked');
    fs.mkdirSync(src);
    fs.writeFileSync(path.join(src, 'imsmanifest.xml'), manifest12());
    fs.symlinkSync('/etc/passwd', path.join(src, 'passwd'));
    await expect(importPackage(src, dirs.lib)).rejects.toMatchObject({ code: 'PACKAGE_INVALID', params: { problem: 'symlink', entry: 'passwd' } });
    expect(fs.readdirSync(dirs.lib)).toEqual([]);
  });

  it('refuses a root folder that is a link out of the given folder', async () => {
    const src = path.join(dirs.work, 'unpacked');
    const elsewhere = path.join(dirs.work, 'elsewhere');
    fs.mkdirSync(src);
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(path.join(elsewhere, 'imsmanifest.xml'), manifest12());
    fs.symlinkSync(elsewhere, path.join(src, 'course'));
    await expect(importPackage(src, dirs.lib, { root: 'course' })).rejects.toMatchObject({ params: { problem: 'symlink', entry: 'course' } });
    expect(fs.readdirSync(dirs.lib)).toEqual([]);
  });

  it('refuses a folder that holds the library itself', async () => {
    fs.writeFileSync(path.join(dirs.work, 'imsmanifest.xml'), manifest12());
    await expect(importPackage(dirs.work, dirs.lib)).rejects.toMatchObject({ params: { problem: 'source-holds-library' } });
    expect(fs.readdirSync(dirs.lib)).toEqual([]);
  });

  it('refuses a folder beyond the entry limit before copying it all', async () => {
    const src = path.join(dirs.work, 'unpacked');
    fs.mkdirSync(src);
    fs.writeFileSync(path.join(src, 'imsmanifest.xml'), manifest12());
    for (const n of [1, 2, 3]) fs.writeFileSync(path.join(src, `${n}.html`), 'x');
    await expect(importPackage(src, dirs.lib, { limits: { maxEntries: 3 } })).rejects.toMatchObject({ params: { problem: 'entries', limit: 3 } });
    expect(fs.readdirSync(dirs.lib)).toEqual([]);
  });

  it.each([
    ['not well-formed', '<manifest identifier="M"><organizations></manifest>', 'manifest-malformed'],
    ['without a <manifest> element', '<?xml version="1.0"?><course/>', 'manifest-malformed'],
    ['with nothing to launch', '<manifest identifier="M"><organizations/><resources><resource identifier="R" type="webcontent"/></resources></manifest>', 'nothing-to-play'],
  ])('refuses a manifest %s, saying so, and leaves the library empty', async (_what, manifest, problem) => {
    const zip = dirs.zip('bad.zip', [{ name: 'imsmanifest.xml', data: enc(manifest) }]);
    await expect(importPackage(zip, dirs.lib)).rejects.toMatchObject({ code: 'PACKAGE_INVALID', params: { problem }, message: expect.stringMatching(/imsmanifest\.xml|nothing to play/) as string });
    expect(fs.readdirSync(dirs.lib)).toEqual([]);
  });

  it('refuses a zip-slip entry and writes nothing outside or inside the library', async () => {
    const zip = dirs.zip('slip.zip', [{ name: 'imsmanifest.xml', data: enc(manifest12()) }, { name: '../evil.txt', data: enc('x') }]);
    const before = fs.readdirSync(dirs.work).sort();
    await expect(importPackage(zip, dirs.lib)).rejects.toMatchObject({ code: 'PACKAGE_INVALID' });
    expect(fs.readdirSync(dirs.lib)).toEqual([]);
    expect(fs.readdirSync(dirs.work).sort()).toEqual(before);
  });
});
