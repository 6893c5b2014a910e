import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDataDir } from './harness';

/** The built CLI as users run it (`npm run leerpad`, the `leerpad` bin): a Node process on out/cli/leerpad.mjs. */
function leerpad(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'out', 'cli', 'leerpad.mjs'), ...args], { cwd }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
    );
  });
}

describe('the built CLI (out/cli/leerpad.mjs)', () => {
  it('prints the usage of every command with --help and exits 0', async () => {
    const run = await leerpad(['--help'], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: npm run leerpad -- <command> [options]');
    expect(run.stdout).toMatch(/serve[\s\S]*info[\s\S]*validate[\s\S]*export[\s\S]*preflight[\s\S]*teacher-pin/);
  });

  it('finds the courses of Leerpad from any working folder', async () => {
    const run = await leerpad(['info', '--data-dir', tempDataDir(), '--json'], os.tmpdir());
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ coursesDirs: [path.join(ROOT, 'courses')], courses: 1, database: 'absent' });
  });

  it('validates a course with the bundled compiler', async () => {
    const run = await leerpad(['validate', path.join(ROOT, 'courses', 'kleine-kinderen-grote-kansen')], os.tmpdir());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ok: kleine-kinderen-grote-kansen /m);
  });

  it('exports a package, its manifest checked against the XSDs (xmllint-wasm found from the bundle)', async () => {
    const out = path.join(tempDataDir(), 'welkom.zip');
    const course = path.join(ROOT, 'courses', 'kleine-kinderen-grote-kansen');
    const run = await leerpad(['export', course, '--format', 'scorm12', '--modules', 'welkom', '--out', out, '--json'], os.tmpdir());
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, file: out, findings: [] });
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });
});
