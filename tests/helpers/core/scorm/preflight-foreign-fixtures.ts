// Other makers' packages as tests meet them (issue 12, item 5): the real samples in ../shared and
// the hand-written fixtures in tests/fixtures/foreign-*, each as its unpacked folder and as a zip.
import fs from 'node:fs';
import path from 'node:path';
import { preflightPackageFolder, preflightZip, type Finding, type PreflightOptions } from '../../../../electron/core/scorm/preflight';
import { DIRS, ROOT } from './packages';
import { rawZip } from './raw-zip';

/** CI clones the repository with the shared folder beside it, as on the development machine. */
export const SAMPLES = path.resolve(ROOT, '../shared/scorm-samples');
export const SAMPLE_ZIPS = ['golf-runtime-basic-calls-scorm12.zip', 'golf-runtime-basic-calls-scorm2004-3rd.zip'];

export const FOREIGN = {
  multiSco12: path.join(ROOT, 'tests/fixtures/foreign-multi-sco-12'),
  xmlBase: path.join(ROOT, 'tests/fixtures/foreign-xml-base'),
  noDefault: path.join(ROOT, 'tests/fixtures/foreign-no-default'),
  emptyOrganizations: path.join(ROOT, 'tests/fixtures/foreign-empty-organizations'),
  noNamespace2004: path.join(ROOT, 'tests/fixtures/foreign-2004-no-namespace'),
};

const options = (extra: Partial<PreflightOptions>): PreflightOptions => ({ schemasDir: DIRS.schemasDir, ...extra });

/** A fixture folder zipped as an authoring tool would (every file, paths from the package root). */
export function zipOfFolder(dir: string): Buffer {
  const names = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => fs.statSync(path.join(dir, n)).isFile());
  return rawZip(names.sort().map((name) => ({ name: name.split(path.sep).join('/'), data: fs.readFileSync(path.join(dir, name)) })));
}

/** The findings for the folder and for its zip: the same package must read the same either way. */
export async function checkBothWays(dir: string, extra: Partial<PreflightOptions> = {}): Promise<{ folder: Finding[]; zip: Finding[] }> {
  return { folder: await preflightPackageFolder(dir, options(extra)), zip: await preflightZip(zipOfFolder(dir), options(extra)) };
}

export const checkSample = (name: string, extra: Partial<PreflightOptions> = {}) => preflightZip(path.join(SAMPLES, name), options(extra));

export const errorsIn = (findings: Finding[]) => findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.item ?? ''}: ${f.message}`);
export const rulesIn = (findings: Finding[]) => findings.map((f) => f.rule);
