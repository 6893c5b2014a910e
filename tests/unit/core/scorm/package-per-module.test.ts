import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScoPackage } from '../../../../electron/core/contract';
import { buildPackage } from '../../../../electron/core/scorm/package-build';
import { preflightZip } from '../../../../electron/core/scorm/preflight';
import { parseManifest } from '../../../../electron/core/scorm/preflight/manifest-model';
import { readSchemaSet } from '../../../../electron/core/scorm/schema-sets';
import { tempDir } from '../../../helpers/temp';
import { course, DIRS, exportOf, filesOf, MINI_DIR, mutate, systemXmllint, text } from '../../../helpers/core/scorm/packages';

const perModule = (edition: 'scorm12' | 'scorm2004', dir = MINI_DIR) => buildPackage(course(dir), dir, { edition, packaging: 'package-per-module' }, DIRS);

describe('package-per-module', () => {
  it('is one zip holding one package per module, named so the course order shows in any file list', () => {
    const built = perModule('scorm12');
    expect(built.fileName).toBe('mini-0.1.0-scorm12-per-module.zip');
    expect(built.files).toEqual(['01-start-scorm12.zip', '02-hefboom-onderzoeken-scorm12.zip']);
    expect([...filesOf(built.zip).keys()]).toEqual(built.files);
    expect(built.packages.map((p) => [p.fileName, p.moduleId])).toEqual([
      ['01-start-scorm12.zip', 'start'],
      ['02-hefboom-onderzoeken-scorm12.zip', 'hefboom-onderzoeken'],
    ]);
  });

  it('makes each inner package a complete single-SCO package: manifest, its module, its own runtime and the XSDs', () => {
    for (const edition of ['scorm12', 'scorm2004'] as const) {
      const outer = filesOf(perModule(edition).zip);
      const schemas = [...readSchemaSet(DIRS.schemasDir, edition).keys()];
      const inner = filesOf(outer.get(`02-hefboom-onderzoeken-${edition}.zip`)!);
      const own = [...inner.keys()].filter((f) => !schemas.includes(f));
      expect(own).toEqual(expect.arrayContaining(['_leerpad/sco.css', '_leerpad/sco.js', 'hefboom-onderzoeken/index.html', 'hefboom-onderzoeken/module.json', 'imsmanifest.xml']));
      expect(own.filter((f) => f.startsWith('start/'))).toEqual([]);
      for (const xsd of schemas) expect(inner.has(xsd), xsd).toBe(true);
      const m = parseManifest(text(inner, 'imsmanifest.xml'));
      expect(m.organizations[0]!.items[0]!.children.map((i) => i.identifier)).toEqual(['ITEM-hefboom-onderzoeken']);
      // "Module 2 of 2": the lecturer adds them as a series of activities.
      expect((JSON.parse(text(inner, 'hefboom-onderzoeken/module.json')) as ScoPackage).position).toEqual({ index: 2, total: 2 });
    }
  });

  it('gives inner packages that validate against the official XSDs', () => {
    for (const edition of ['scorm12', 'scorm2004'] as const) {
      for (const pkg of perModule(edition).packages) {
        const result = systemXmllint(pkg.manifest, edition);
        expect(result.ok, `${pkg.fileName}: ${result.output}`).toBe(true);
      }
    }
  });

  it('is byte-identical when exported twice, outer and inner', () => {
    const a = perModule('scorm2004');
    const b = perModule('scorm2004');
    expect(Buffer.compare(Buffer.from(a.zip), Buffer.from(b.zip))).toBe(0);
    a.packages.forEach((p, i) => expect(Buffer.compare(Buffer.from(p.zip), Buffer.from(b.packages[i]!.zip))).toBe(0));
  });

  it('passes the preflight package by package, for Moodle saying the edition remark once', async () => {
    for (const edition of ['scorm12', 'scorm2004'] as const) {
      const result = await exportOf(MINI_DIR, { edition, lms: 'moodle', packaging: 'package-per-module' });
      expect(result.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(edition === 'scorm12' ? [] : ['info lms.moodle-scorm2004']);
    }
  }, 60_000);

  it('names the inner package in the findings of a lecturer\'s preflight of the written zip', async () => {
    const file = path.join(tempDir(), 'per-module.zip');
    const broken = mutate(perModule('scorm12').zip, (files) => {
      files.set('02-hefboom-onderzoeken-scorm12.zip', mutate(files.get('02-hefboom-onderzoeken-scorm12.zip')!, (inner) => inner.delete('hefboom-onderzoeken/module.json')));
    });
    fs.writeFileSync(file, broken);
    const findings = await preflightZip(file, { ...DIRS });
    expect(findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        rule: 'files.file-missing',
        item: '02-hefboom-onderzoeken-scorm12.zip/hefboom-onderzoeken/module.json',
        params: expect.objectContaining({ package: '02-hefboom-onderzoeken-scorm12.zip' }),
      }),
    );
    expect(findings.filter((f) => f.item?.startsWith('01-'))).toEqual([]);
  }, 30_000);

  it('checks a damaged inner package as unreadable without giving up on the others', async () => {
    const built = perModule('scorm12');
    const damaged = mutate(built.zip, (files) => files.set('01-start-scorm12.zip', Buffer.from('not a zip')));
    const findings = await preflightZip(damaged, { ...DIRS });
    expect(findings).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'zip.unreadable', item: '01-start-scorm12.zip' }));
    expect(findings.filter((f) => f.item?.startsWith('02-'))).toEqual([]);
  }, 30_000);

  it('treats a zip with a manifest, or with other files beside packages, as one package', async () => {
    const built = perModule('scorm12');
    const mixed = mutate(built.zip, (files) => files.set('lees-mij.txt', Buffer.from('uitleg')));
    const findings = await preflightZip(mixed, { ...DIRS });
    expect(findings.map((f) => f.rule)).toEqual(['manifest.at-root']);
  });
});
