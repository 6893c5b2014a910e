import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { tempDir } from '../../../helpers/temp';
import { build, COURSE_DIR, MINI_DIR, mutate } from '../../../helpers/core/scorm/packages';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

/** The mini course with a reflection too long for SCORM 1.2 suspend_data when sent to the LMS. */
function courseWithHugeReflection(): string {
  const dir = path.join(tempDir(), 'mini');
  fs.cpSync(MINI_DIR, dir, { recursive: true });
  const file = path.join(dir, 'modules/02-hefboom.md');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('{#r-onderzoeken min=50 max=1500}', '{#r-onderzoeken min=50 max=4000}'));
  return dir;
}

describe('leerpad export', () => {
  it('writes the package and prints the findings', async () => {
    const out = path.join(tempDir(), 'sub', 'k.zip');
    const c = io();
    expect(await runCli(['export', COURSE_DIR, '--format', 'scorm2004', '--out', out, '--lms', 'moodle'], c.io)).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(c.out.join('\n')).toContain('lms.moodle-scorm2004');
    expect(c.out.join('\n')).toMatch(/wrote .*k\.zip \(\d+ bytes/);
  });

  it('prints {ok, file, bytes, packaging, findings} with --json', async () => {
    const out = path.join(tempDir(), 'k.zip');
    const c = io();
    expect(await runCli(['export', COURSE_DIR, '--format', 'scorm12', '--out', out, '--modules', 'welkom,transities', '--mastery', '80', '--json'], c.io)).toBe(0);
    const json = JSON.parse(c.out.join('\n'));
    // Two small modules fit one SCORM 1.2 suspend_data: one course SCO, so no inner packages.
    expect(json).toMatchObject({ ok: true, file: out, bytes: fs.statSync(out).size, packaging: 'course-sco', findings: [] });
    expect(json).not.toHaveProperty('parts');
  });

  it('refuses with exit 1 and writes no file when preflight finds errors', async () => {
    const dir = courseWithHugeReflection();
    const out = path.join(tempDir(), 'refused.zip');
    const c = io();
    expect(await runCli(['export', dir, '--format', 'scorm12', '--reflections', 'lms', '--out', out], c.io)).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
    const err = c.err.join('\n');
    // The two modules cannot share 1.2's 4096 characters, so each is its own package; this one does not fit even alone.
    expect(err).toContain('state.suspend-data [02-hefboom-onderzoeken-scorm12.zip/hefboom-onderzoeken]');
    expect(err).toContain('--reflections private');
    expect(err).toContain('no file written');
    const j = io();
    expect(await runCli(['export', dir, '--format', 'scorm12', '--reflections', 'lms', '--out', out, '--json'], j.io)).toBe(1);
    expect(JSON.parse(j.out.join('\n'))).toMatchObject({ ok: false, file: null, bytes: 0 });
    expect(fs.existsSync(out)).toBe(false);
  });

  it('explains bad arguments', async () => {
    const cases: [string[], RegExp][] = [
      [['export', COURSE_DIR, '--out', 'x.zip'], /--format is missing/],
      [['export', COURSE_DIR, '--format', 'scorm3'], /--format must be one of scorm12, scorm2004/],
      [['export', COURSE_DIR, '--format', 'scorm12', '--mastery', 'veel'], /--mastery must be a number from 0 to 100/],
      [['export', COURSE_DIR, '--format', 'scorm12', '--mastery', '101'], /--mastery must be a number from 0 to 100, not '101'/],
      [['export', COURSE_DIR, '--format', 'scorm12', '--modules', 'welkom,nope'], /has no module 'nope'/],
      [['export', path.join(tempDir(), 'nothing'), '--format', 'scorm12'], /There is no folder/],
    ];
    for (const [args, message] of cases) {
      const c = io();
      expect(await runCli(args, c.io)).toBe(1);
      expect(c.err.join('\n')).toMatch(message);
    }
  });
});

describe('leerpad preflight', () => {
  const good = build(COURSE_DIR, { edition: 'scorm12' }).zip;

  it('passes a good zip and warns for Canvas with 1.2', async () => {
    const file = path.join(tempDir(), 'good.zip');
    fs.writeFileSync(file, good);
    const c = io();
    expect(await runCli(['preflight', file, '--lms', 'canvas', '--previous', file], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('warning lms.canvas-scorm12');
    expect(c.out.join('\n')).toMatch(/^ok: .*0 error\(s\), 1 warning\(s\)/m);
  });

  it('exits 1 on errors and reports them as JSON', async () => {
    const file = path.join(tempDir(), 'bad.zip');
    fs.writeFileSync(file, mutate(good, (files) => files.delete('welkom/module.json')));
    const c = io();
    expect(await runCli(['preflight', file, '--json', '--format', 'scorm12', '--quota-mb', '200'], c.io)).toBe(1);
    const json = JSON.parse(c.out.join('\n'));
    expect(json.ok).toBe(false);
    expect(json.findings).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'files.file-missing', item: 'welkom/module.json' }));
  });

  it('checks a course folder in both editions', async () => {
    const c = io();
    expect(await runCli(['preflight', COURSE_DIR, '--lms', 'moodle'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('info    (scorm2004) lms.moodle-scorm2004');
    const bad = io();
    expect(await runCli(['preflight', courseWithHugeReflection(), '--reflections', 'lms'], bad.io)).toBe(1);
    expect(bad.err.join('\n')).toContain('error   (scorm12) state.suspend-data [02-hefboom-onderzoeken-scorm12.zip/hefboom-onderzoeken]');
    expect(bad.err.join('\n')).not.toContain('(scorm2004) state.suspend-data');
    // In 1.2 the whole course is sixteen packages, each schema-checked: tens of seconds on a busy machine.
  }, 90_000);

  it('has --help on both commands', async () => {
    for (const name of ['export', 'preflight']) {
      const c = io();
      expect(await runCli([name, '--help'], c.io)).toBe(0);
      expect(c.out.join('\n')).toContain(`Usage: leerpad ${name}`);
    }
  });
});
