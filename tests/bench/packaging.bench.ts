import path from 'node:path';
import { loadCourse } from '../../electron/core/course';
import { runExport } from '../../electron/core/scorm/pipeline';
import type { ExportOptions } from '../../electron/core/scorm/export-options';
import { bench, median, timeAsync } from './stats';

const ROOT = path.resolve(__dirname, '../..');
const COURSE = path.join(ROOT, 'courses/kleine-kinderen-grote-kansen');
const DIRS = { runtimeDir: path.join(ROOT, 'out/sco'), schemasDir: path.join(ROOT, 'build/scorm-schemas') };
const RUNS = 3;

/**
 * The packagings of issue 9 on the whole course, each beside the same run's one-SCO-per-module
 * export of the same modules. SCORM 2004: the whole course's resume state fits one course SCO only
 * there (1.2 keeps 4096 characters); package-per-module in 1.2, where it is the recommended one.
 */
export async function benchPackagings() {
  const { course } = loadCourse(COURSE);
  if (!course) throw new Error('the course does not compile');
  const measure = async (options: ExportOptions) => {
    const input = { course, courseDir: COURSE, options, dirs: DIRS };
    const result = await runExport(input);
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await timeAsync(() => runExport(input)));
    return { ms: median(runs), bytes: result.zip.length };
  };

  const baseline04 = await measure({ edition: 'scorm2004', lms: 'generic', packaging: 'sco-per-module' });
  const courseSco = await measure({ edition: 'scorm2004', lms: 'moodle', packaging: 'course-sco' });
  bench('export_course_sco_ms', courseSco.ms, 'ms');
  bench('export_course_sco_baseline_sco_per_module_ms', baseline04.ms, 'ms');
  bench('package_course_sco_bytes', courseSco.bytes, 'bytes');
  bench('package_course_sco_baseline_sco_per_module_bytes', baseline04.bytes, 'bytes');

  // Sixteen packages, each with its own runtime, XSDs and schema check: the price of one activity per module.
  const baseline12 = await measure({ edition: 'scorm12', lms: 'generic', packaging: 'sco-per-module' });
  const perModule = await measure({ edition: 'scorm12', lms: 'moodle', packaging: 'package-per-module' });
  bench('export_package_per_module_ms', perModule.ms, 'ms');
  bench('export_package_per_module_baseline_sco_per_module_ms', baseline12.ms, 'ms');
  bench('package_per_module_bytes', perModule.bytes, 'bytes');
  bench('package_per_module_baseline_sco_per_module_bytes', baseline12.bytes, 'bytes');
}
