import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBenchPackage } from './import-package-gen';
import { bench, median } from './stats';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'out', 'cli', 'leerpad.mjs');
const RUNS = 3;
const TIME = '/usr/bin/time';

interface Run {
  ms: number;
  /** Peak resident set of the child, from GNU time -v; null without it. */
  peakKb: number | null;
}

/** One whole process, from spawn to exit (what the learner waits for), with its peak RSS when GNU time is there. */
function run(command: string, args: string[]): Run {
  const timed = fs.existsSync(TIME);
  const t = process.hrtime.bigint();
  const child = timed ? spawnSync(TIME, ['-v', command, ...args], { encoding: 'utf8' }) : spawnSync(command, args, { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${child.status}: ${child.stderr || child.error?.message}`);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr ?? '');
  return { ms, peakKb: peak ? Number(peak[1]) : null };
}

/**
 * Importing a generated ~100 MB package with the built CLI (`leerpad import`, a whole process,
 * into a fresh library each run: streaming unzip with every check, manifest, record, rename)
 * beside Info-ZIP `unzip -q` of the same file in the same run: the floor for writing those files.
 * Median of 3 each; the peak RSS is the largest of the import runs (it must not grow with the zip).
 */
export function benchImport() {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first.`);
  if (spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status !== 0) {
    console.error('import benchmarks skipped: Info-ZIP `unzip` is not installed (apt-get install -y unzip; .ci/run does).');
    return;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-bench-import-'));
  try {
    const zip = path.join(work, 'package-100mb.zip');
    const made = writeBenchPackage(zip);
    console.error(`import bench: ${(made.bytes / 1024 / 1024).toFixed(1)} MB zip, ${made.files} files`);
    const imports = Array.from({ length: RUNS }, (_, i) => run(process.execPath, [CLI, 'import', zip, '--library-dir', path.join(work, `library-${i}`), '--json']));
    const unzips = Array.from({ length: RUNS }, (_, i) => run('unzip', ['-q', zip, '-d', path.join(work, `unzip-${i}`)]).ms);
    const importMs = median(imports.map((r) => r.ms));
    const unzipMs = median(unzips);
    bench('import_100mb_ms', Math.round(importMs), 'ms');
    bench('unzip_100mb_ms', Math.round(unzipMs), 'ms');
    bench('import_vs_unzip_ratio', importMs / unzipMs, 'x');
    const peaks = imports.map((r) => r.peakKb).filter((kb): kb is number => kb !== null);
    if (peaks.length > 0) bench('import_peak_rss_mb', Math.round(Math.max(...peaks) / 1024), 'MB');
    else console.error('import_peak_rss_mb skipped: GNU time (/usr/bin/time) is not installed (apt-get install -y time).');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** `npx tsx tests/bench/import.bench.ts` runs this bench alone. */
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) benchImport();
