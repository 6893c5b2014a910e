// Issue 8 §6, beyond the recipes: random damage to a valid package and random entry names. The
// reader either reads a zip or refuses it with a ZipRefusal (a finding), never another error; a
// name it accepts stays inside the folder it is unpacked to, on POSIX and on Windows.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../electron/core/scorm/preflight/package-read';
import { xmlHazard } from '../../electron/core/scorm/xml';
import { isZipRefusal } from '../../electron/core/scorm/zip-refusal';
import { nameProblem } from '../../electron/core/scorm/zip-names';
import { rawZip } from '../helpers/core/scorm/raw-zip';

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="M" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="O"><organization identifier="O"><title>T</title>
    <item identifier="I" identifierref="R"><title>Les</title></item>
  </organization></organizations>
  <resources><resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="les/index.html"><file href="les/index.html"/></resource></resources>
</manifest>`;

const valid = rawZip([
  { name: 'imsmanifest.xml', method: 8, data: Buffer.from(MANIFEST) },
  { name: 'les/', data: Buffer.alloc(0) },
  { name: 'les/index.html', method: 8, data: Buffer.from('<p>Welkom</p>'.repeat(40)) },
  { name: 'les/foto.png', data: Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]) },
]);

async function readOrRefuse(zip: Uint8Array) {
  try {
    await readPackage(zip);
  } catch (e) {
    if (!isZipRefusal(e)) throw e;
  }
}

describe('a damaged package', () => {
  it('is read or refused with a ZipRefusal, whatever bytes are changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 }), async (flips) => {
        const zip = Buffer.from(valid);
        for (const { at, byte } of flips) zip[at % zip.length] = byte;
        await readOrRefuse(zip);
      }),
      { numRuns: 400 },
    );
  });

  it('is refused with a ZipRefusal when cut off anywhere', async () => {
    for (let length = 0; length < valid.length; length += 7) await readOrRefuse(valid.subarray(0, length));
  });
});

describe('entry names', () => {
  const segment = fc.oneof(fc.constantFrom('..', '.', '', 'C:', 'c:', 'a', 'CON', '\\', '..\\..', '\0', '/'), fc.string({ maxLength: 4 }));
  const name = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'));

  it('that the checks accept stay inside the folder they are unpacked to, on POSIX and Windows', () => {
    fc.assert(
      fc.property(name, (n) => {
        if (nameProblem(n) !== null) return;
        const posix = path.posix.join('/dest', n);
        expect(posix === '/dest' || posix.startsWith('/dest/'), `${JSON.stringify(n)} → ${posix}`).toBe(true);
        const win = path.win32.join('C:\\dest', n);
        expect(win === 'C:\\dest' || win.startsWith('C:\\dest\\'), `${JSON.stringify(n)} → ${win}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the XML hazard scan', () => {
  it('never throws, on any text', () => {
    const markup = fc.array(fc.constantFrom('<', '>', '/', '!', '?', '-', '[', ']', '"', "'", '<!ENTITY', '<!--', '-->', '<![CDATA[', ']]>', 'a', ' '), { maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), markup.map((parts) => parts.join(''))), (text) => {
        const hazard = xmlHazard(text);
        expect(hazard === null || hazard.problem === 'entity' || hazard.problem === 'depth').toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
