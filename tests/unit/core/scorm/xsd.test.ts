import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScormEdition } from '../../../../electron/core/contract';
import { validateManifestsXsd, validateManifestXsd } from '../../../../electron/core/scorm/xsd';
import type { PackStore } from '../../../../electron/core/scorm/zip';
import { build, COURSE_DIR, DIRS, filesOf, MINI_DIR, systemXmllint } from '../../../helpers/core/scorm/packages';

const EDITIONS: ScormEdition[] = ['scorm12', 'scorm2004'];

describe.each(EDITIONS)('%s manifest against the official schemas', (edition) => {
  const whole = build(COURSE_DIR, { edition, reflections: 'lms' });
  const mini = build(MINI_DIR, { edition, mastery: 80 });

  it('validates with the system xmllint (wrapper XSD importing every namespace)', () => {
    for (const pkg of [whole, mini]) {
      const result = systemXmllint(pkg.manifest, edition);
      expect(result.output).not.toContain('fails to validate');
      expect(result.ok).toBe(true);
    }
  });

  it('validates with the wasm validator', async () => {
    for (const pkg of [whole, mini]) expect(await validateManifestXsd(pkg.manifest, edition, DIRS.schemasDir)).toEqual({ valid: true, problems: [] });
  });

  it('is rejected by both validators when broken, with the line', async () => {
    const broken = whole.manifest.replace('<schemaversion>', '<bogus/>\n    <schemaversion>');
    const wasm = await validateManifestXsd(broken, edition, DIRS.schemasDir);
    expect(wasm.valid).toBe(false);
    expect(wasm.problems[0]).toMatchObject({ line: 5, message: expect.stringContaining('bogus') });
    expect(systemXmllint(broken, edition).ok).toBe(false);
    const badId = whole.manifest.replace(/identifier="ITEM-welkom"/, 'identifier="1-welkom"');
    expect((await validateManifestXsd(badId, edition, DIRS.schemasDir)).problems[0]!.message).toContain("'xs:ID'");
  });

  it('checks several manifests in one run, each with its own result and lines', async () => {
    const broken = mini.manifest.replace('<schemaversion>', '<bogus/>\n    <schemaversion>');
    const [first, second, third] = await validateManifestsXsd([whole.manifest, broken, mini.manifest], edition, DIRS.schemasDir);
    expect(first).toEqual({ valid: true, problems: [] });
    expect(second!.valid).toBe(false);
    expect(second!.problems[0]).toMatchObject({ line: 5, message: expect.stringContaining('bogus') });
    expect(third).toEqual({ valid: true, problems: [] });
  });

  it('keeps a run that found every manifest valid, and never a run with problems', async () => {
    const kept = new Map<string, Uint8Array>();
    const store: PackStore = { get: (k) => kept.get(k), set: (k, b) => void kept.set(k, b) };
    const broken = mini.manifest.replace('<schemaversion>', '<bogus/>\n    <schemaversion>');
    expect((await validateManifestsXsd([broken], edition, DIRS.schemasDir, store))[0]!.valid).toBe(false);
    expect(kept.size).toBe(0);
    await validateManifestsXsd([mini.manifest], edition, DIRS.schemasDir, store);
    expect(kept.size).toBe(1);
    expect(await validateManifestsXsd([mini.manifest], edition, DIRS.schemasDir, store)).toEqual([{ valid: true, problems: [] }]);
    // The kept result is of those exact manifests: a changed one is checked again and its problem found.
    expect((await validateManifestsXsd([broken], edition, DIRS.schemasDir, store))[0]!.valid).toBe(false);
  });

  it('ships the official schema files byte for byte', () => {
    const files = filesOf(whole.zip);
    const set = path.join(DIRS.schemasDir, edition === 'scorm12' ? 'scorm12' : 'scorm2004-4th');
    const official = fs.readdirSync(set, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name !== 'SOURCES.md');
    expect(official.length).toBeGreaterThan(3);
    for (const e of official) {
      const rel = path.relative(set, path.join(e.parentPath, e.name)).split(path.sep).join('/');
      expect(Buffer.compare(Buffer.from(files.get(rel)!), fs.readFileSync(path.join(set, rel))), rel).toBe(0);
    }
  });
});
