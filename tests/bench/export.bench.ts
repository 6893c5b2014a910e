import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { ScormEdition } from '../../electron/core/contract';
import { loadCourse } from '../../electron/core/course';
import { runExport } from '../../electron/core/scorm/pipeline';
import { buildPackage } from '../../electron/core/scorm/package-build';
import { scoPackageFor } from '../../electron/core/scorm/sco-package';
import { buildPackageTree } from '../../electron/core/scorm/sco-tree';
import { bench, median, timeAsync } from './stats';

const ROOT = path.resolve(__dirname, '../..');
const COURSE = path.join(ROOT, 'courses/kleine-kinderen-grote-kansen');
const DIRS = { runtimeDir: path.join(ROOT, 'out/sco'), schemasDir: path.join(ROOT, 'build/scorm-schemas') };
const RUNS = 5;

type Packager = (config: Record<string, unknown>, done: (message: string) => void) => void;
const scopackager = createRequire(__filename)('simple-scorm-packager') as Packager;

/** simple-scorm-packager on a folder holding the same SCO tree; it logs every step, so console.log is muted meanwhile. */
async function packagerRun(tree: Map<string, Buffer>): Promise<number> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-ssp-'));
  const source = path.join(work, 'src');
  for (const [file, body] of tree) {
    fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    fs.writeFileSync(path.join(source, file), body);
  }
  const log = console.log;
  console.log = () => undefined;
  try {
    return await timeAsync(
      () =>
        new Promise<void>((resolve) =>
          scopackager(
            {
              version: '1.2',
              organization: 'Leerpad',
              title: 'Kleine kinderen, grote kansen',
              language: 'nl-BE',
              identifier: 'LEERPAD-kleine-kinderen-grote-kansen',
              masteryScore: 75,
              startingPage: 'welkom/index.html',
              source,
              package: { version: '1.0.0', zip: true, outputFolder: path.join(work, 'out'), date: '2000-01-01' },
            },
            () => resolve(),
          ),
        ),
    );
  } finally {
    console.log = log;
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Whole-course export per edition (build, manifest, zip, preflight with XSD) beside
 * simple-scorm-packager on the same tree. One SCO per module, as these figures always measured
 * (for an LMS with full SCORM navigation: the preflight refuses that layout for Moodle 2004).
 */
export async function benchExport() {
  const { course } = loadCourse(COURSE);
  if (!course) throw new Error('the course does not compile');
  const ms: Record<ScormEdition, number> = { scorm12: 0, scorm2004: 0 };
  for (const edition of ['scorm12', 'scorm2004'] as const) {
    const options = { edition, lms: 'generic', packaging: 'sco-per-module' } as const;
    const input = { course, courseDir: COURSE, options, dirs: DIRS };
    const result = await runExport(input);
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timeAsync(() => runExport(input)));
    ms[edition] = median(runs);
    bench(`export_${edition}_ms`, ms[edition], 'ms');
    // Baseline: the same package built and zipped without the preflight (whose XSD check in wasm dominates).
    const build: number[] = [];
    for (let i = 0; i < RUNS; i++) build.push(await timeAsync(async () => buildPackage(course, COURSE, options, DIRS)));
    bench(`export_${edition}_without_preflight_ms`, median(build), 'ms');
    bench(`package_${edition}_bytes`, result.zip.length, 'bytes');
  }

  const pkgs = course.modules.map((m) => scoPackageFor(course, m.id, { edition: 'scorm12', reflections: 'private' }));
  const tree = buildPackageTree(pkgs, { runtimeDir: DIRS.runtimeDir, courseDir: COURSE });
  await packagerRun(tree);
  const packager: number[] = [];
  for (let i = 0; i < RUNS; i++) packager.push(await packagerRun(tree));
  bench('simple_scorm_packager_ms', median(packager), 'ms');
  bench('export_vs_packager_ratio', ms.scorm12 / median(packager), 'x');
}
