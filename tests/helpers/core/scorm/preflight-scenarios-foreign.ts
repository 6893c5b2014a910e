// Packages Leerpad did not make (issue 12, item 5): the same situations, held only to what breaks
// in an LMS, so each produces its `_foreign` text (or a fallback variant of organization.default).
import { mutate } from './packages';
import { check, manifest, P, type Scenarios } from './preflight-scenario-kit';

/** A Leerpad export made to look like another maker's: its manifest identifier and runtime resource renamed. */
export const asForeign = (zip: Uint8Array, edit: (text: string) => string = (t) => t) =>
  manifest(zip, (t) => edit(t.replace(/identifier="LEERPAD-/, 'identifier="com.example.').replaceAll('RES-leerpad-runtime', 'RES-gedeeld')));

const ORG = 'ORG-kleine-kinderen-grote-kansen';
const ROOT_ITEM = 'ITEM-kleine-kinderen-grote-kansen';

export const FOREIGN_SCENARIOS: Scenarios = {
  "another maker's default that names no organization": {
    rules: ['organization.default'],
    run: () => check(asForeign(P.good12, (t) => t.replace(`default="${ORG}"`, 'default="ORG-weg"'))),
  },
  "another maker's organizations without default": {
    rules: ['organization.default'],
    run: () => check(asForeign(P.good12, (t) => t.replace(` default="${ORG}"`, ''))),
  },
  "another maker's package without organization": {
    rules: ['organization.default'],
    run: () => check(asForeign(P.welkom12, (t) => t.replace(/<organization [\s\S]*<\/organization>/, ''))),
  },
  "another maker's two top-level items": {
    rules: ['organization.single-root'],
    run: () => check(asForeign(P.good12, (t) => t.replace('</organization>', '<item identifier="ITEM-extra"><title>Extra</title></item></organization>'))),
  },
  "another maker's launchable root item": {
    rules: ['organization.root-launchable'],
    run: () => check(asForeign(P.good04, (t) => t.replace(`<item identifier="${ROOT_ITEM}"`, `<item identifier="${ROOT_ITEM}" identifierref="RES-welkom"`))),
  },
  "another maker's package of files only": {
    rules: ['organization.no-sco'],
    run: () => check(asForeign(P.good12, (t) => t.replaceAll('scormtype="sco"', 'scormtype="asset"'))),
  },
  "another maker's manifest listing what the zip lacks": {
    rules: ['files.file-missing', 'files.dependency-missing'],
    run: () =>
      check(
        asForeign(P.good12, (t) =>
          t.replace('<file href="welkom/index.html"/>', '<file href="welkom/index.html"/><file href="welkom/weg.png"/>').replace('<dependency identifierref="RES-gedeeld"/>', '<dependency identifierref="RES-weg"/>'),
        ),
      ),
  },
  "another maker's unlisted and stray files": {
    rules: ['files.unlisted', 'files.stray'],
    run: () =>
      check(
        mutate(asForeign(P.good12), (files) => {
          files.set('welkom/notities.txt', Buffer.from('x'));
          files.set('notities.txt', Buffer.from('x'));
        }),
      ),
  },
  "another maker's package without its schemas": {
    rules: ['manifest.schema-missing', 'xsd.invalid'],
    run: () => check(mutate(asForeign(P.good04, (t) => t.replace('<schemaversion>', '<bogus/>\n    <schemaversion>')), (files) => files.delete('common/anyElement.xsd'))),
  },
  "another maker's 1.2 package of several SCOs for Moodle and Canvas": {
    rules: ['lms.moodle-multi-sco-12', 'lms.canvas-scorm12'],
    run: async () => [...(await check(asForeign(P.good12), { lms: 'moodle' })), ...(await check(asForeign(P.good12), { lms: 'canvas' }))],
  },
  "another maker's 2004 package of several SCOs for Moodle": {
    rules: ['lms.moodle-multi-sco-2004', 'lms.moodle-scorm2004'],
    run: () => check(asForeign(P.good04), { lms: 'moodle' }),
  },
  "another maker's sequencing namespace under another prefix": {
    rules: ['manifest.prefix'],
    run: () => check(asForeign(P.good04, (t) => t.replace('xmlns:imsss=', 'xmlns:ss=').replaceAll('<imsss:', '<ss:').replaceAll('</imsss:', '</ss:'))),
  },
};
