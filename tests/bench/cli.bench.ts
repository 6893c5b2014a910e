import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NO_CACHE_ENV } from '../../electron/core/cli/compile-cache';
import { bench, median } from './stats';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'out', 'cli', 'leerpad.mjs');
const COURSE = path.join(ROOT, 'courses', 'kleine-kinderen-grote-kansen');
const RUNS = 5;

/** One whole process, from spawn to exit: what a lecturer waits for at the prompt. */
function runMs(command: string, args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env): number {
  const t = process.hrtime.bigint();
  const run = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr || run.error?.message}`);
  return ms;
}

const medianOf = (command: string, args: string[], cwd?: string, env?: NodeJS.ProcessEnv) => median(Array.from({ length: RUNS }, () => runMs(command, args, cwd, env)));
/** Every run compiles the course afresh, as the first export after an edit does. */
const NO_CACHE = { ...process.env, [NO_CACHE_ENV]: '1' };

/** Info-ZIP at its best compression on the package the CLI wrote, unpacked: the floor for writing those bytes. */
function benchZip9(zipFile: string, work: string) {
  if (spawnSync('zip', ['-v'], { stdio: 'ignore' }).status !== 0) {
    console.error('zip9_export_tree_ms skipped: Info-ZIP `zip` is not installed (apt-get install -y zip; .ci/run does).');
    return;
  }
  const tree = path.join(work, 'tree');
  fs.mkdirSync(tree);
  runMs('unzip', ['-q', zipFile, '-d', tree]);
  const out = path.join(work, 'zip9.zip');
  bench('zip9_export_tree_ms', median(Array.from({ length: RUNS }, () => (fs.rmSync(out, { force: true }), runMs('zip', ['-q', '-r', '-9', '-X', out, '.'], tree)))), 'ms');
}

/**
 * The built CLI as whole processes (median of 5) beside `node -e 0` and Info-ZIP in the same run:
 * what is left above node's own start is Leerpad's. Validate and export reuse the course compiled
 * by the run before (the compiled-course cache, as a lecturer's re-export does); the `_nocache`
 * figures compile it in every run. Export: the whole course in SCORM 1.2 with the
 * preflight on, packaged as the CLI chooses by default, then a few modules as one course SCO.
 */
export function benchCli() {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first.`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-bench-cli-'));
  try {
    bench('node_startup_ms', medianOf(process.execPath, ['-e', '0']), 'ms');
    bench('cli_help_ms', medianOf(process.execPath, [CLI, '--help']), 'ms');
    bench('cli_validate_ms', medianOf(process.execPath, [CLI, 'validate', COURSE]), 'ms');
    bench('cli_validate_nocache_ms', medianOf(process.execPath, [CLI, 'validate', COURSE], ROOT, NO_CACHE), 'ms');
    const whole = path.join(work, 'course-scorm12.zip');
    const exportWhole = [CLI, 'export', COURSE, '--format', 'scorm12', '--out', whole];
    bench('cli_export_scorm12_ms', medianOf(process.execPath, exportWhole), 'ms');
    bench('cli_export_scorm12_nocache_ms', medianOf(process.execPath, exportWhole, ROOT, NO_CACHE), 'ms');
    const few = ['export', COURSE, '--format', 'scorm12', '--modules', 'welkom,transities', '--packaging', 'course-sco', '--out', path.join(work, 'few.zip')];
    bench('cli_export_scorm12_course_sco_ms', medianOf(process.execPath, [CLI, ...few]), 'ms');
    benchZip9(whole, work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
