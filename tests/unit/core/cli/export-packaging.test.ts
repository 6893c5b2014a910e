import { unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { tempDir } from '../../../helpers/temp';
import { MINI_DIR } from '../../../helpers/core/scorm/packages';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

describe('leerpad export --packaging', () => {
  it('writes one zip of packages and lists them, in course order, as parts in --json', async () => {
    const out = path.join(tempDir(), 'mini.zip');
    const c = io();
    expect(await runCli(['export', MINI_DIR, '--format', 'scorm12', '--packaging', 'package-per-module', '--out', out, '--json'], c.io)).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    expect(json).toMatchObject({ ok: true, file: out, packaging: 'package-per-module', findings: [] });
    const inner = Object.keys(unzipSync(fs.readFileSync(out)));
    expect(inner).toEqual(['01-start-scorm12.zip', '02-hefboom-onderzoeken-scorm12.zip']);
    expect(json.parts.map((p: { fileName: string; moduleId: string }) => [p.fileName, p.moduleId])).toEqual([
      ['01-start-scorm12.zip', 'start'],
      ['02-hefboom-onderzoeken-scorm12.zip', 'hefboom-onderzoeken'],
    ]);
    for (const part of json.parts as { fileName: string; bytes: number }[]) expect(part.bytes).toBe(unzipSync(fs.readFileSync(out))[part.fileName]!.length);
  });

  it('names the packages inside in its text output', async () => {
    const out = path.join(tempDir(), 'mini.zip');
    const c = io();
    expect(await runCli(['export', MINI_DIR, '--format', 'scorm2004', '--packaging', 'package-per-module', '--out', out], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toMatch(/wrote .*mini\.zip \(\d+ bytes, 2 files, package-per-module\)/);
    expect(text).toMatch(/^ {2}01-start-scorm2004\.zip \(\d+ bytes\)/m);
  });

  it('refuses one SCO per module for Moodle 2004 and says which packaging to choose', async () => {
    const out = path.join(tempDir(), 'refused.zip');
    const c = io();
    expect(await runCli(['export', MINI_DIR, '--format', 'scorm2004', '--lms', 'moodle', '--packaging', 'sco-per-module', '--out', out], c.io)).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    const err = c.err.join('\n');
    expect(err).toContain('lms.moodle-multi-sco-2004');
    expect(err).toContain('--packaging course-sco');
  });

  it('explains an unknown packaging', async () => {
    const c = io();
    expect(await runCli(['export', MINI_DIR, '--format', 'scorm12', '--packaging', 'one-big-sco'], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(/--packaging must be one of course-sco, package-per-module, sco-per-module/);
  });
});

describe('leerpad preflight --packaging', () => {
  it('builds a course folder in the packaging asked for', async () => {
    const c = io();
    expect(await runCli(['preflight', MINI_DIR, '--format', 'scorm2004', '--lms', 'moodle', '--packaging', 'sco-per-module'], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('error   (scorm2004) lms.moodle-multi-sco-2004');
    const ok = io();
    expect(await runCli(['preflight', MINI_DIR, '--format', 'scorm2004', '--lms', 'moodle', '--packaging', 'course-sco'], ok.io)).toBe(0);
  });

  it('refuses --packaging for a zip, which is checked as it was built', async () => {
    const file = path.join(tempDir(), 'any.zip');
    fs.writeFileSync(file, 'not even a zip');
    const c = io();
    expect(await runCli(['preflight', file, '--packaging', 'course-sco'], c.io)).toBe(1);
    expect(c.err.join('\n')).toMatch(/--packaging only applies to a course folder/);
  });

  it('checks a written zip of packages package by package', async () => {
    const out = path.join(tempDir(), 'mini.zip');
    expect(await runCli(['export', MINI_DIR, '--format', 'scorm12', '--packaging', 'package-per-module', '--out', out], io().io)).toBe(0);
    const c = io();
    expect(await runCli(['preflight', out, '--lms', 'moodle', '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('\n'))).toEqual({ ok: true, readable: true, findings: [] });
  });
});
