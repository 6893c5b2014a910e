import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { preflightPackageFolder } from '../../../../electron/core/scorm/preflight';
import { manifestProblems } from '../../../../electron/core/scorm/preflight/rules-schemas';
import { DIRS, mutate } from '../../../helpers/core/scorm/packages';
import { errorsIn, FOREIGN, rulesIn } from '../../../helpers/core/scorm/preflight-foreign-fixtures';
import { buildScenarioPackages, check, manifest, P } from '../../../helpers/core/scorm/preflight-scenario-kit';
import { asForeign } from '../../../helpers/core/scorm/preflight-scenarios-foreign';
import { tempDir } from '../../../helpers/temp';

describe("Leerpad's own exports stay held to its conventions; other makers' packages only to what breaks", () => {
  beforeAll(() => buildScenarioPackages());
  const twoRoots = (t: string) => t.replace('</organization>', '<item identifier="ITEM-extra"><title>Extra</title></item></organization>');

  it('calls two top-level items an error in a Leerpad export and a note in another maker’s package', async () => {
    const ours = (await check(manifest(P.good12, twoRoots))).find((f) => f.rule === 'organization.single-root');
    const theirs = (await check(asForeign(P.good12, twoRoots))).find((f) => f.rule === 'organization.single-root');
    expect(ours).toMatchObject({ severity: 'error' });
    expect(theirs).toMatchObject({ severity: 'info' });
    expect(theirs!.message).toContain('Moodle');
  });

  it('still calls an unknown default organization an error in a Leerpad export', async () => {
    const findings = await check(manifest(P.good12, (t) => t.replace('default="ORG-kleine-kinderen-grote-kansen"', 'default="ORG-weg"')));
    expect(findings.find((f) => f.rule === 'organization.default')).toMatchObject({ severity: 'error', params: { problem: 'unknown' } });
  });

  it('warns, without calling it an error, when another maker binds the sequencing namespace to another prefix: Moodle skips those rules, the SCOs still record', async () => {
    const renamed = (t: string) => t.replace('xmlns:imsss=', 'xmlns:ss=').replaceAll('<imsss:', '<ss:').replaceAll('</imsss:', '</ss:');
    expect((await check(manifest(P.good04, renamed))).find((f) => f.rule === 'manifest.prefix')).toMatchObject({ severity: 'error' });
    const theirs = (await check(asForeign(P.good04, renamed))).find((f) => f.rule === 'manifest.prefix');
    expect(theirs).toMatchObject({ severity: 'warning', params: { bound: 'rules', prefix: 'imsss' } });
    expect(theirs!.message).toContain('the SCOs still play and record');
  });

  it('reads a module.json only in a Leerpad export: another maker may have a file of that name in its own format', async () => {
    const ownFormat = (zip: Uint8Array) => mutate(zip, (files) => files.set('welkom/module.json', Buffer.from('{"name":"welkom"}')));
    expect(rulesIn(await check(ownFormat(P.good12)))).toContain('sco.module-json');
    const theirs = await check(ownFormat(asForeign(P.good12)));
    expect(rulesIn(theirs)).not.toContain('sco.module-json');
    expect(errorsIn(theirs)).toEqual([]);
  });

  it('still calls a missing launch page an error in another maker’s package: it breaks in every LMS', async () => {
    const findings = await check(asForeign(P.good12, (t) => t.replace('href="welkom/index.html"', 'href="welkom/weg.html"')));
    expect(findings.find((f) => f.rule === 'files.href-missing')).toMatchObject({ severity: 'error', item: 'welkom/weg.html' });
  });
});

describe('schema check of another maker’s manifest', () => {
  beforeAll(() => buildScenarioPackages());

  it('is left out, with a note, for a 1.2 manifest in the IMS CP 1.1.4 namespace: no official schema set covers that pair', async () => {
    const cp114 = asForeign(P.good12, (t) => t.replace('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"', 'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"'));
    const findings = await check(cp114);
    expect(rulesIn(findings)).not.toContain('xsd.invalid');
    expect(findings.find((f) => f.rule === 'xsd.unchecked')).toMatchObject({ severity: 'info' });
    expect(errorsIn(findings)).toEqual([]);
  });
});

describe('schema messages', () => {
  it('leave out the lines about the schema set itself, such as ims_xml.xsd, so the reason is the manifest’s own', () => {
    const raw = [
      "ims_xml.xsd:12: element import: Schemas parser warning : Element '{http://www.w3.org/2001/XMLSchema}import': Skipping import of schema located at 'ims_xml.xsd'.",
      "imsmanifest.xml:7: element bogus: Schemas validity error : Element 'bogus': This element is not expected.",
    ].join('\n');
    expect(manifestProblems([{ message: raw }, { line: 3, message: 'ims_xml.xsd:1: warning only' }])).toEqual([
      { message: "imsmanifest.xml:7: element bogus: Schemas validity error : Element 'bogus': This element is not expected." },
    ]);
  });
});

describe('preflight of an unpacked package folder', () => {
  it('refuses a link in the folder as it refuses one in a zip, without following it', async () => {
    const dir = tempDir();
    fs.cpSync(FOREIGN.emptyOrganizations, dir, { recursive: true });
    fs.symlinkSync('/etc/passwd', path.join(dir, 'passwd.html'));
    const findings = await preflightPackageFolder(dir, { schemasDir: DIRS.schemasDir });
    expect(findings.map((f) => [f.rule, f.item])).toEqual([['zip.symlink', 'passwd.html']]);
  });

  it('is what `leerpad preflight <folder>` checks when the folder has imsmanifest.xml and no course.yaml', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['preflight', FOREIGN.multiSco12, '--json'], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
    const result = JSON.parse(out.join('\n')) as { ok: boolean; findings: Array<{ rule: string }> };
    expect([code, result.ok]).toEqual([0, true]);
    expect(result.findings.map((f) => f.rule)).not.toContain('course.invalid');
    expect(result.findings.map((f) => f.rule)).toContain('sco.not-leerpad');
  });

  it('says where imsmanifest.xml is when the package was unpacked into a folder of its own', async () => {
    const dir = tempDir();
    fs.cpSync(FOREIGN.emptyOrganizations, path.join(dir, 'pakket'), { recursive: true });
    const out: string[] = [];
    const code = await runCli(['preflight', dir, '--json'], { stdout: (t) => out.push(t), stderr: () => undefined });
    const result = JSON.parse(out.join('\n')) as { findings: Array<{ rule: string; item?: string }> };
    expect(code).toBe(1);
    expect(result.findings.map((f) => [f.rule, f.item])).toEqual([['manifest.at-root', 'pakket/imsmanifest.xml']]);
  });
});
