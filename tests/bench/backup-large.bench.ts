import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../electron/core/progress/database';
import { seedProgress } from './backup-seed';
import { bench, median } from './stats';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'out', 'cli', 'leerpad.mjs');
const PEAK_RSS = path.join(__dirname, 'peak-rss.mjs');
const MB = 1024 * 1024;
const RUNS = 3;
const PACKAGES = 3;

/** Incompressible bytes, written in 8 MB pieces so the bench itself stays small in memory. */
function writeRandom(file: string, bytes: number): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (let left = bytes; left > 0; left -= 8 * MB) fs.writeSync(fd, randomBytes(Math.min(8 * MB, left)));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A school's library of three video-heavy packages (~105 MB each, ~315 MB together): a lecture video
 * and an audio track (already compressed, so random bytes), photos, and a few hundred small pages.
 */
function seedLargeLibrary(dataDir: string): void {
  for (let p = 0; p < PACKAGES; p++) {
    const pkg = path.join(dataDir, 'library', `pkg-video-${p}`);
    fs.mkdirSync(path.join(pkg, 'media'), { recursive: true });
    fs.mkdirSync(path.join(pkg, 'pages'), { recursive: true });
    writeRandom(path.join(pkg, 'media', 'lecture.mp4'), 80 * MB);
    writeRandom(path.join(pkg, 'media', 'audio.mp3'), 15 * MB);
    for (let i = 0; i < 50; i++) writeRandom(path.join(pkg, 'media', `photo-${i}.jpg`), 100 * 1024);
    for (let i = 0; i < 200; i++) {
      fs.writeFileSync(path.join(pkg, 'pages', `page-${i}.html`), `<section><h2>Pagina ${i}</h2><p>Kleine kinderen, grote kansen: ${'speels leren in de klas. '.repeat(1000)}</p></section>\n`);
    }
  }
}

/** One whole process: its wall time and, when it ran under peak-rss.mjs, its peak resident set. */
function run(command: string, args: string[], cwd = ROOT): { ms: number; peakMb: number } {
  const t = process.hrtime.bigint();
  const child = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 16 * MB });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${child.status}: ${child.stderr || child.error?.message}`);
  const kb = /PEAK_RSS_KB (\d+)/.exec(child.stderr)?.[1];
  return { ms, peakMb: kb ? Number(kb) / 1024 : NaN };
}

/**
 * `leerpad backup` of a ~315 MB library as a whole CLI process: its time and peak memory, beside
 * the peak of the same backup before the library was there (the memory must not grow with the
 * library) and Info-ZIP's `zip -r -q` of the same data folder in the same run.
 */
export function benchLargeBackup() {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first.`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-bench-backup-large-'));
  try {
    const data = path.join(work, 'data');
    const { db } = openDatabase(data);
    db.pragma('synchronous = OFF');
    seedProgress(db, 20, 16);
    db.close();
    const out = path.join(work, 'backup.zip');
    const backup = () => run(process.execPath, ['--import', PEAK_RSS, CLI, 'backup', '--out', out, '--data-dir', data]);
    bench('backup_no_library_peak_rss_mb', backup().peakMb, 'MB');
    seedLargeLibrary(data);
    const backups = Array.from({ length: RUNS }, backup);
    bench('backup_large_ms', median(backups.map((b) => b.ms)), 'ms');
    bench('backup_large_peak_rss_mb', Math.max(...backups.map((b) => b.peakMb)), 'MB');
    bench('backup_large_zip_bytes', fs.statSync(out).size, 'bytes');
    if (spawnSync('zip', ['-v'], { stdio: 'ignore' }).status !== 0) {
      console.error('zip_cli_large_ms skipped: Info-ZIP `zip` is not installed (apt-get install -y zip; .ci/run does).');
      return;
    }
    const zipOut = path.join(work, 'zip-cli.zip');
    bench('zip_cli_large_ms', median(Array.from({ length: RUNS }, () => (fs.rmSync(zipOut, { force: true }), run('zip', ['-r', '-q', zipOut, '.'], data).ms))), 'ms');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
