// What the preflight scenarios share (./preflight-scenarios.ts). Real findings: the preflight run on good packages changed the way the core fixtures do
// (tests/unit/core/scorm/preflight-fixtures.test.ts), one scenario per situation, so that every
// code and every variant of its text in the catalogue is produced by a real package.
import path from 'node:path';
import type { ReflectionBlock, ScoPackage } from '../../../../electron/core/contract';
import { preflightZip, type Finding, type PreflightOptions } from '../../../../electron/core/scorm/preflight';
import { blocksIn, build, COURSE_DIR, DIRS, editJson, editText, MINI_DIR, mutate } from './packages';
import { deflatedZeros, rawZip, type RawEntry } from './raw-zip';

export const ROOT = path.resolve(__dirname, '../../../..');
export const INVALID = path.join(ROOT, 'tests/fixtures/courses/invalid');

export const MANIFEST = 'imsmanifest.xml';
const options: PreflightOptions = { schemasDir: DIRS.schemasDir };

interface Packages {
  good12: Uint8Array;
  good04: Uint8Array;
  lms12: Uint8Array;
  lms04: Uint8Array;
  mini12: Uint8Array;
  mini04: Uint8Array;
  welkom12: Uint8Array;
}

/** The packages the scenarios change; filled by buildScenarioPackages(). */
export const P = {} as Packages;

/** Builds the packages the scenarios change (a few seconds): call once before running them. */
export function buildScenarioPackages(): void {
  Object.assign(P, {
    good12: build(COURSE_DIR, { edition: 'scorm12' }).zip,
    good04: build(COURSE_DIR, { edition: 'scorm2004' }).zip,
    lms12: build(COURSE_DIR, { edition: 'scorm12', reflections: 'lms' }).zip,
    lms04: build(COURSE_DIR, { edition: 'scorm2004', reflections: 'lms' }).zip,
    mini12: build(MINI_DIR, { edition: 'scorm12' }).zip,
    mini04: build(MINI_DIR, { edition: 'scorm2004' }).zip,
    welkom12: build(COURSE_DIR, { edition: 'scorm12', modules: ['welkom'] }).zip,
  } satisfies Packages);
}

export const check = (zip: Uint8Array, extra: Partial<PreflightOptions> = {}) => preflightZip(zip, { ...options, ...extra });
export const manifest = (zip: Uint8Array, edit: (text: string) => string) => mutate(zip, (files) => editText(files, MANIFEST, edit));

export function reflectionOf(pkg: ScoPackage): ReflectionBlock {
  const r = blocksIn(pkg).find((b) => b.kind === 'reflection');
  if (r?.kind !== 'reflection') throw new Error(`${pkg.module.id} has no reflection`);
  return r;
}

/** Gives welkom a checklist whose notes can hold `noteMaxLength` characters each. */
export const withChecklistNotes = (zip: Uint8Array, noteMaxLength: number) =>
  mutate(zip, (files) =>
    editJson<ScoPackage>(files, 'welkom/module.json', (pkg) => {
      pkg.module.sections[0]!.blocks.push({
        kind: 'checklist',
        id: 'k-test',
        title: 'Kijkwijzer',
        scale: ['nog niet', 'soms', 'vaak'],
        items: [{ id: 'k-test-1', text: 'Ik kijk.' }],
        allowNote: true,
        noteMaxLength,
      });
    }),
  );

export const raw = (entries: RawEntry[], extra: Partial<PreflightOptions> = {}) => check(rawZip(entries), extra);
export const plain = (name: string, body = 'x'): RawEntry => ({ name, data: Buffer.from(body) });
export const zeros = deflatedZeros(2);
/** Under the ratio's grace size each, over it together: 3 × 900 KiB of zeros. */
export const smallZeros = (name: string): RawEntry => ({ name, method: 8, data: Buffer.alloc(900 * 1024) });


export type Scenarios = Record<string, { rules: string[]; run: () => Promise<Finding[]> }>;
