import path from 'node:path';
import { mutate } from './packages';
import { deflatedZeros } from './raw-zip';
import { check, manifest, MANIFEST, P, plain, raw, ROOT, smallZeros, zeros, type Scenarios } from './preflight-scenario-kit';

/** The zip, the manifest, its organization, files and schemas: one scenario per situation. */
export const PACKAGE_SCENARIOS: Scenarios = {
  'a damaged zip': { rules: ['zip.unreadable'], run: () => check(new Uint8Array([80, 75, 3, 4, 1, 2, 3])) },
  'an unsafe path': { rules: ['zip.path'], run: () => check(mutate(P.good12, (files) => files.set('../buiten.txt', Buffer.from('x')))) },
  'an absolute path': { rules: ['zip.path'], run: () => raw([plain('/etc/cron.d/x')]) },
  'a drive letter': { rules: ['zip.path'], run: () => raw([plain('C:/Windows/x.dll')]) },
  'a backslash': { rules: ['zip.path'], run: () => raw([plain('a\\..\\..\\x.txt')]) },
  'a NUL in a name': { rules: ['zip.path'], run: () => raw([plain('index.html\0.png')]) },
  'an entry larger than it declares': { rules: ['zip.damaged'], run: () => raw([{ name: 'a.txt', method: 8, data: Buffer.from('hello world'), size: 3 }]) },
  'a wrong CRC': { rules: ['zip.crc'], run: () => raw([{ ...plain('a.txt', 'hello'), crc: 1234 }]) },
  'too many entries': { rules: ['zip.entries'], run: () => raw([plain('a'), plain('b'), plain('c')], { limits: { maxEntries: 2 } }) },
  'too much unpacked': { rules: ['zip.total-size'], run: () => raw([plain('a', 'x'.repeat(600)), plain('b', 'x'.repeat(600))], { limits: { maxTotalBytes: 1000 } }) },
  'one file too large': { rules: ['zip.entry-size'], run: () => raw([plain('a', 'x'.repeat(600))], { limits: { maxEntryBytes: 500 } }) },
  'a zip bomb entry': { rules: ['zip.ratio'], run: () => raw([{ name: 'bomb.bin', method: 8, ...zeros }]) },
  'a zip bomb of small entries': { rules: ['zip.total-ratio'], run: () => raw([smallZeros('a'), smallZeros('b'), smallZeros('c')]) },
  'a symlink': { rules: ['zip.symlink'], run: () => raw([{ ...plain('passwd.png', '/etc/passwd'), unixMode: 0o120777 }]) },
  'an encrypted entry': { rules: ['zip.encrypted'], run: () => raw([{ ...plain('a.txt'), encrypted: true }]) },
  'an unknown compression method': { rules: ['zip.method'], run: () => raw([{ ...plain('a.txt'), method: 12 }]) },
  'a name twice': { rules: ['zip.duplicate'], run: () => raw([plain('a.txt'), plain('a.txt')]) },
  'names differing in case': { rules: ['zip.case-collision'], run: () => raw([plain('Index.html'), plain('index.html')]) },
  'a Windows device name': { rules: ['zip.reserved'], run: () => raw([plain('media/aux.js')]) },
  'a name that is a file and a folder': { rules: ['zip.file-folder'], run: () => raw([plain('media'), plain('media/foto.png')]) },
  'a huge manifest': {
    rules: ['zip.read-cap'],
    run: () => raw([{ name: 'imsmanifest.xml', method: 8, ...deflatedZeros(65) }], { limits: { maxRatio: 100_000 } }),
  },
  'a manifest with an external entity': {
    rules: ['xml.entity'],
    run: () => check(manifest(P.good12, (t) => t.replace('<manifest', '<!DOCTYPE manifest [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<manifest'))),
  },
  'a manifest nested too deep': {
    rules: ['xml.depth'],
    run: () => check(manifest(P.good12, (t) => t.replace('</organizations>', `${'<item>'.repeat(200)}${'</item>'.repeat(200)}</organizations>`))),
  },
  'many stray files': {
    rules: ['files.stray', 'findings.more'],
    run: () => check(mutate(P.good12, (files) => Array.from({ length: 25 }, (_, i) => files.set(`los-${i}.txt`, Buffer.from('x'))))),
  },
  'a manifest in a subfolder': {
    rules: ['manifest.at-root'],
    run: () =>
      check(
        mutate(P.good12, (files) => {
          for (const [name, body] of [...files]) {
            files.delete(name);
            files.set(`pakket/${name}`, body);
          }
        }),
      ),
  },
  'no manifest': { rules: ['manifest.at-root'], run: () => check(mutate(P.good12, (files) => files.delete(MANIFEST))) },
  'a manifest in capitals': {
    rules: ['manifest.at-root'],
    run: () =>
      check(
        mutate(P.good12, (files) => {
          files.set('IMSManifest.xml', files.get(MANIFEST)!);
          files.delete(MANIFEST);
        }),
      ),
  },
  'a manifest that is not well-formed': { rules: ['manifest.well-formed'], run: () => check(manifest(P.good12, (t) => t.replace('</organizations>', ''))) },
  'an unknown schemaversion': {
    rules: ['manifest.schemaversion'],
    run: () => check(manifest(P.good04, (t) => t.replace('2004 4th Edition', '2004 4th edition'))),
  },
  'no schemaversion': { rules: ['manifest.schemaversion'], run: () => check(manifest(P.good12, (t) => t.replace('<schemaversion>1.2</schemaversion>', ''))) },
  'the schemaversion of the other edition': {
    rules: ['manifest.schemaversion'],
    run: () => check(manifest(P.good04, (t) => t.replace('<schemaversion>2004 4th Edition<', '<schemaversion>1.2<'))),
  },
  'another edition than asked': { rules: ['manifest.edition'], run: () => check(P.good12, { edition: 'scorm2004' }) },
  'other namespace prefixes and a character reference': {
    rules: ['manifest.prefix', 'manifest.numeric-entity'],
    run: () =>
      check(manifest(P.good12, (t) => t.replaceAll('adlcp:', 'cp:').replace('xmlns:adlcp=', 'xmlns:cp=').replace('<title>Welkom bij', '<title>&#87;elkom bij'))),
  },
  'a namespace as the default one': {
    rules: ['manifest.prefix'],
    run: () =>
      check(
        manifest(P.good12, (t) =>
          t
            .replace('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"', 'xmlns:imscp="http://www.imsproject.org/xsd/imscp_rootv1p1p2"')
            .replace('xmlns:adlcp=', 'xmlns=')
            .replaceAll('adlcp:', ''),
        ),
      ),
  },
  'no organization': { rules: ['organization.default'], run: () => check(manifest(P.good12, (t) => t.replace(/<organization [\s\S]*<\/organization>/, ''))) },
  'a default that names no organization': {
    rules: ['organization.default'],
    run: () => check(manifest(P.good12, (t) => t.replace('default="ORG-kleine-kinderen-grote-kansen"', 'default="ORG-weg"'))),
  },
  'no default organization': {
    rules: ['organization.default'],
    run: () => check(manifest(P.good12, (t) => t.replace(' default="ORG-kleine-kinderen-grote-kansen"', ''))),
  },
  'two top-level items': {
    rules: ['organization.single-root'],
    run: () => check(manifest(P.good12, (t) => t.replace('</organization>', '<item identifier="ITEM-extra"><title>Extra</title></item></organization>'))),
  },
  'a launchable root item': {
    rules: ['organization.root-launchable'],
    run: () =>
      check(
        manifest(P.good04, (t) =>
          t.replace('<item identifier="ITEM-kleine-kinderen-grote-kansen"', '<item identifier="ITEM-kleine-kinderen-grote-kansen" identifierref="RES-welkom"'),
        ),
      ),
  },
  'an item pointing to no resource': {
    rules: ['organization.item-resource'],
    run: () => check(manifest(P.good12, (t) => t.replace('identifierref="RES-transities"', 'identifierref="RES-weg"'))),
  },
  'an item launching an asset': {
    rules: ['organization.item-not-sco'],
    run: () => check(manifest(P.good12, (t) => t.replace(/(identifier="RES-welkom"[^>]*scormtype=")sco"/, '$1asset"'))),
  },
  'no SCO at all': {
    rules: ['organization.no-sco', 'organization.item-not-sco'],
    run: () => check(manifest(P.good12, (t) => t.replaceAll('scormtype="sco"', 'scormtype="asset"'))),
  },
  'a launch page missing from the zip': {
    rules: ['files.href-missing', 'files.file-missing'],
    run: () => check(mutate(P.good12, (files) => files.delete('welkom/index.html'))),
  },
  'a dependency the manifest lacks': {
    rules: ['files.dependency-missing'],
    run: () => check(manifest(P.good12, (t) => t.replaceAll('<dependency identifierref="RES-leerpad-runtime"/>', '<dependency identifierref="RES-weg"/>'))),
  },
  'unlisted and stray files': {
    rules: ['files.unlisted', 'files.stray'],
    run: () =>
      check(
        mutate(P.good12, (files) => {
          files.set('welkom/notities.txt', Buffer.from('x'));
          files.set('notities.txt', Buffer.from('x'));
        }),
      ),
  },
  'a schema file missing': { rules: ['manifest.schema-missing'], run: () => check(mutate(P.good04, (files) => files.delete('common/anyElement.xsd'))) },
  'an element the schemas do not allow': {
    rules: ['xsd.invalid'],
    run: () => check(manifest(P.good12, (t) => t.replace('<schemaversion>', '<bogus/>\n    <schemaversion>'))),
  },
  'many elements the schemas do not allow': {
    rules: ['xsd.invalid'],
    run: () => check(manifest(P.good12, (t) => t.replaceAll('isvisible="true"', 'isvisible="misschien"'))),
  },
  'schemas that cannot be read': { rules: ['xsd.unchecked'], run: () => check(P.good12, { schemasDir: path.join(ROOT, 'bestaat-niet') }) },
};
