import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPackage } from '../../../../electron/core/library/import-package';
import { rawZip } from '../../../helpers/core/scorm/raw-zip';

const SAMPLES = path.resolve(__dirname, '../../../../../shared/scorm-samples');
const manifest12 = (items: string) => `<?xml version="1.0"?>
<manifest identifier="M1" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
<organizations default="O"><organization identifier="O"><title>Multi SCO course</title>${items}</organization></organizations>
<resources><resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="a.html"><file href="a.html"/></resource>
<resource identifier="R2" type="webcontent" adlcp:scormtype="sco" href="b.html"><file href="b.html"/></resource></resources>
</manifest>`;
const enc = (s: string) => new TextEncoder().encode(s);

let lib: string;
let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-import-'));
  lib = path.join(work, 'library');
  fs.mkdirSync(lib);
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

function zipFile(name: string, entries: { name: string; data?: Uint8Array }[]): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, rawZip(entries));
  return file;
}

describe('importPackage', () => {
  it.each(['golf-runtime-basic-calls-scorm12.zip', 'golf-runtime-basic-calls-scorm2004-3rd.zip'])('imports the real sample %s into its own folder', async (sample) => {
    const result = await importPackage(path.join(SAMPLES, sample), lib);
    expect(result.scoCount).toBeGreaterThan(0);
    expect(result.edition).toBe(sample.includes('2004') ? '2004 3rd' : '1.2');
    expect(fs.readdirSync(lib)).toEqual([result.id]);
    expect(fs.existsSync(path.join(result.dir, 'imsmanifest.xml'))).toBe(true);
  });

  it('counts every SCO of a multi-SCO 1.2 package, nested items included', async () => {
    const items = '<item identifier="I1" identifierref="R1"><title>A</title></item><item identifier="G"><title>Group</title><item identifier="I2" identifierref="R2"><title>B</title></item></item>';
    const zip = zipFile('multi.zip', [{ name: 'imsmanifest.xml', data: enc(manifest12(items)) }, { name: 'a.html', data: enc('a') }, { name: 'b.html', data: enc('b') }]);
    const result = await importPackage(zip, lib);
    expect(result).toMatchObject({ title: 'Multi SCO course', edition: '1.2', scoCount: 2 });
    expect(result.id).toMatch(/^multi-sco-course-[0-9a-f]{8}$/);
  });

  it('refuses a manifest below the root, says where it was found, and leaves the library empty', async () => {
    const zip = zipFile('nested.zip', [{ name: 'course/imsmanifest.xml', data: enc(manifest12('')) }]);
    await expect(importPackage(zip, lib)).rejects.toMatchObject({
      message: 'imsmanifest.xml is not at the root of the zip; found at course/imsmanifest.xml',
      params: { problem: 'manifest-not-at-root', found: 'course/imsmanifest.xml' },
    });
    expect(fs.readdirSync(lib)).toEqual([]);
  });

  it('refuses a zip-slip entry and writes nothing outside or inside the library', async () => {
    const zip = zipFile('slip.zip', [{ name: 'imsmanifest.xml', data: enc(manifest12('')) }, { name: '../evil.txt', data: enc('x') }]);
    const before = fs.readdirSync(work).sort();
    await expect(importPackage(zip, lib)).rejects.toMatchObject({ code: 'PACKAGE_INVALID' });
    expect(fs.readdirSync(lib)).toEqual([]);
    expect(fs.readdirSync(work).sort()).toEqual(before);
  });
});
