/*
 * Third-party SCORM packages for the library's tests, written as a tool other than Leerpad would:
 * several SCOs in nested items, SCOs sharing a folder and a script, a 2004 4th edition package with
 * sequencing values, a hidden item and an xml:base resource. Written with the project's
 * deterministic zip writer (the same package gives the same bytes), with the official schema set
 * at the root as CAM asks. Shared by core, handler and e2e tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ScormEdition } from '../../../../electron/core/contract';
import { readSchemaSet, schemaLocation } from '../../../../electron/core/scorm/schema-sets';
import { zipDeterministic } from '../../../../electron/core/scorm/zip';
import { assetPage, SCO_SCRIPT, SCO_SCRIPT_FILE, scoPage } from './fixture-sco-page';

const SCHEMAS_DIR = path.resolve(__dirname, '../../../../build/scorm-schemas');
const enc = (s: string) => new TextEncoder().encode(s);

export interface FixturePackage {
  /** Every file of the package by its path in the zip. */
  files: Map<string, Uint8Array>;
  manifest: string;
  /** The title of the default organization, as the library lists it. */
  title: string;
}

/** The multi-SCO 1.2 fixture: items, hrefs as the play model must give them. */
export const MULTI_SCO_12 = {
  title: "Fixture 1.2: drie SCO's",
  identifier: 'fixture-multi-sco-12',
  /** Item id → launch href (parameters joined). */
  hrefs: { 'item-sco1': 'shared/sco1.html?chapter=1', 'item-sco2': 'shared/sco2.html#deel2', 'item-sco3': 'sco3/index.html' },
  tree: [{ id: 'item-part1', children: ['item-sco1', 'item-sco2'] }, { id: 'item-part2', children: ['item-sco3'] }],
} as const;

export const SCORM_2004 = {
  title: 'Fixture 2004 4th: modules met lessen',
  identifier: 'fixture-scorm-2004-4th',
  hrefs: { 'item-les1': 'lessen/les1.html', 'item-les2': 'lessen/les2.html?niveau=2', 'item-bijlage': 'bijlage.html', 'item-les3': 'lessons/three/index.html' },
  tree: [{ id: 'item-module-a', children: ['item-les1', 'item-les2'] }, { id: 'item-module-b', children: ['item-bijlage', 'item-les3'] }],
} as const;

function withSchemas(files: Map<string, Uint8Array>, edition: ScormEdition): Map<string, Uint8Array> {
  for (const [name, bytes] of readSchemaSet(SCHEMAS_DIR, edition)) files.set(name, new Uint8Array(bytes));
  return files;
}

function manifest12(): string {
  const f = MULTI_SCO_12;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${f.identifier}" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${schemaLocation('scorm12')}">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${f.title}</title>
      <item identifier="item-part1">
        <title>Deel 1: kennismaken</title>
        <item identifier="item-sco1" identifierref="res-sco1" parameters="?chapter=1">
          <title>Les 1: wie is het kind?</title>
          <adlcp:datafromlms>modus=leerling</adlcp:datafromlms>
          <adlcp:masteryscore>80</adlcp:masteryscore>
        </item>
        <item identifier="item-sco2" identifierref="res-sco2" parameters="#deel2">
          <title>Les 2: de context</title>
        </item>
      </item>
      <item identifier="item-part2">
        <title>Deel 2: aan de slag</title>
        <item identifier="item-sco3" identifierref="res-sco3">
          <title>Les 3: toets</title>
          <adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>
          <adlcp:timelimitaction>continue,message</adlcp:timelimitaction>
          <adlcp:masteryscore>60</adlcp:masteryscore>
        </item>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-sco1" type="webcontent" adlcp:scormtype="sco" href="shared/sco1.html">
      <file href="shared/sco1.html"/><dependency identifierref="res-common"/>
    </resource>
    <resource identifier="res-sco2" type="webcontent" adlcp:scormtype="sco" href="shared/sco2.html">
      <file href="shared/sco2.html"/><dependency identifierref="res-common"/>
    </resource>
    <resource identifier="res-sco3" type="webcontent" adlcp:scormtype="sco" href="sco3/index.html">
      <file href="sco3/index.html"/><dependency identifierref="res-common"/>
    </resource>
    <resource identifier="res-common" type="webcontent" adlcp:scormtype="asset">
      <file href="${SCO_SCRIPT_FILE}"/>
    </resource>
  </resources>
</manifest>
`;
}

/** A multi-SCO SCORM 1.2 package: three SCOs in nested items, two in one folder, masteryscore, datafromlms, parameters. */
export function multiSco12(): FixturePackage {
  const manifest = manifest12();
  const files = new Map<string, Uint8Array>([
    ['imsmanifest.xml', enc(manifest)],
    [SCO_SCRIPT_FILE, enc(SCO_SCRIPT)],
    ['shared/sco1.html', enc(scoPage({ title: 'Les 1: wie is het kind?', scriptPath: '../common/sco.js', pass: 80 }))],
    ['shared/sco2.html', enc(scoPage({ title: 'Les 2: de context', scriptPath: '../common/sco.js' }))],
    ['sco3/index.html', enc(scoPage({ title: 'Les 3: toets', scriptPath: '../common/sco.js', pass: 60 }))],
  ]);
  return { files: withSchemas(files, 'scorm12'), manifest, title: MULTI_SCO_12.title };
}

function manifest2004(): string {
  const f = SCORM_2004;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${f.identifier}" version="1.0" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:lom="http://ltsc.ieee.org/xsd/LOM" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${schemaLocation('scorm2004')}">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org-2004">
    <organization identifier="org-2004">
      <title>${f.title}</title>
      <item identifier="item-module-a">
        <title>Module A: kijken</title>
        <item identifier="item-les1" identifierref="res-les1">
          <title>Les 1: observeren</title>
          <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.8"/>
        </item>
        <item identifier="item-les2" identifierref="res-les2" parameters="niveau=2">
          <title>Les 2: toets</title>
          <adlcp:dataFromLMS>modus=toets</adlcp:dataFromLMS>
          <imsss:sequencing>
            <imsss:objectives>
              <imsss:primaryObjective objectiveID="obj-les2" satisfiedByMeasure="true">
                <imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>
              </imsss:primaryObjective>
            </imsss:objectives>
          </imsss:sequencing>
        </item>
      </item>
      <item identifier="item-module-b">
        <title>Module B: doen</title>
        <item identifier="item-bijlage" identifierref="res-bijlage" isvisible="false">
          <title>Bijlage</title>
        </item>
        <item identifier="item-les3" identifierref="res-les3">
          <title>Les 3: in de praktijk</title>
        </item>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-les1" type="webcontent" adlcp:scormType="sco" href="lessen/les1.html">
      <file href="lessen/les1.html"/><dependency identifierref="res-common"/>
    </resource>
    <resource identifier="res-les2" type="webcontent" adlcp:scormType="sco" href="lessen/les2.html">
      <file href="lessen/les2.html"/><dependency identifierref="res-common"/>
    </resource>
    <resource identifier="res-bijlage" type="webcontent" adlcp:scormType="asset" href="bijlage.html">
      <file href="bijlage.html"/>
    </resource>
    <resource identifier="res-les3" type="webcontent" adlcp:scormType="sco" xml:base="lessons/three/" href="index.html">
      <file href="index.html"/><dependency identifierref="res-common"/>
    </resource>
    <resource identifier="res-common" type="webcontent" adlcp:scormType="asset">
      <file href="${SCO_SCRIPT_FILE}"/>
    </resource>
  </resources>
</manifest>
`;
}

/** A SCORM 2004 4th edition package: nested items, completionThreshold, scaled passing score, a hidden asset, an xml:base resource. */
export function scorm2004(): FixturePackage {
  const manifest = manifest2004();
  const files = new Map<string, Uint8Array>([
    ['imsmanifest.xml', enc(manifest)],
    [SCO_SCRIPT_FILE, enc(SCO_SCRIPT)],
    ['lessen/les1.html', enc(scoPage({ title: 'Les 1: observeren', scriptPath: '../common/sco.js' }))],
    ['lessen/les2.html', enc(scoPage({ title: 'Les 2: toets', scriptPath: '../common/sco.js', pass: 70 }))],
    ['bijlage.html', enc(assetPage('Bijlage'))],
    ['lessons/three/index.html', enc(scoPage({ title: 'Les 3: in de praktijk', scriptPath: '../../common/sco.js' }))],
  ]);
  return { files: withSchemas(files, 'scorm2004'), manifest, title: SCORM_2004.title };
}

/** Writes a fixture as a zip into `dir`; returns its path. */
export function writeFixtureZip(dir: string, name: string, pkg: FixturePackage): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, zipDeterministic(pkg.files));
  return file;
}
