import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { loadCourse } from '../../electron/core/course';
import { bench, median, timeMs } from './stats';

const COURSE = path.resolve(__dirname, '../../courses/kleine-kinderen-grote-kansen');

/** Whole-course validation beside a baseline: only reading and Markdown-parsing the same files. */
export function benchValidate() {
  loadCourse(COURSE);
  const runs = Array.from({ length: 7 }, () => timeMs(() => loadCourse(COURSE)));
  const files = fs.readdirSync(path.join(COURSE, 'modules')).map((f) => path.join(COURSE, 'modules', f));
  const parser = unified().use(remarkParse);
  const base = Array.from({ length: 7 }, () => timeMs(() => files.forEach((f) => parser.parse(fs.readFileSync(f, 'utf8')))));
  bench('validate_course_ms', median(runs), 'ms');
  bench('validate_parse_only_baseline_ms', median(base), 'ms');
  bench('validate_vs_parse_ratio', median(runs) / median(base), 'x');
}
