import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { worstCaseStateLength } from '../../electron/core/scorm/worst-case-state';
import { loadCourse } from '../../electron/core/course';
import { bench } from './stats';

const ROOT = path.resolve(__dirname, '../..');

/** Sizes: the SCO runtime a learner downloads per module, and the largest resume state. */
export function benchSizes() {
  const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(ROOT, 'out/sco', f)), { level: 9 }).length;
  bench('sco_runtime_gzip_bytes', gz('sco.js') + gz('sco.css'), 'bytes');
  const { course } = loadCourse(path.join(ROOT, 'courses/kleine-kinderen-grote-kansen'));
  if (!course) throw new Error('the course does not compile');
  bench('suspend_data_worst_chars', Math.max(...course.modules.map((m) => worstCaseStateLength(m, 'lms'))), 'chars');
  bench('suspend_data_worst_private_chars', Math.max(...course.modules.map((m) => worstCaseStateLength(m, 'private'))), 'chars');
  bench('suspend_data_limit_scorm12_chars', 4096, 'chars');
}
