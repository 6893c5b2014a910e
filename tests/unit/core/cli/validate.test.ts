import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { FIXTURES, REAL_COURSE } from '../../../helpers/core/course/fixtures';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

describe('leerpad validate', () => {
  it('passes the real course and prints a summary', async () => {
    const c = capture();
    expect(await runCli(['validate', REAL_COURSE], c.io)).toBe(0);
    expect(c.out.at(-1)).toMatch(
      /^ok: kleine-kinderen-grote-kansen 1\.0\.0 — 16 modules, \d+ words, \d+ questions; 0 error\(s\), 0 warning\(s\)$/,
    );
  });

  it('prints every issue with its place and exits 1 on errors', async () => {
    const c = capture();
    expect(await runCli(['validate', path.join(FIXTURES, 'invalid', 'three-errors')], c.io)).toBe(1);
    expect(c.out).toEqual([
      expect.stringMatching(/^modules\/01-een\.md:14:1 error unknown directive ':::tip' — /),
      expect.stringMatching(/^modules\/01-een\.md:18:1 error reflection 'r-een' has no assignment — /),
      expect.stringMatching(/^modules\/01-een\.md:21:1 error the image 'media\/kader\.svg' has no alternative text — /),
      'invalid: three-errors 1.0.0 — 1 modules, 2 words, 0 questions; 3 error(s), 0 warning(s)',
    ]);
  });

  it('exits 0 when there are only warnings', async () => {
    const c = capture();
    expect(await runCli(['validate', path.join(FIXTURES, 'invalid', 'unlisted-module')], c.io)).toBe(0);
    expect(c.out[0]).toMatch(/^modules\/02-vergeten\.md warning /);
  });

  it('prints JSON with --json', async () => {
    const c = capture();
    expect(await runCli(['validate', path.join(FIXTURES, 'valid', 'mini'), '--json'], c.io)).toBe(0);
    const result = JSON.parse(c.out.join('\n'));
    expect(result).toMatchObject({
      ok: true,
      issues: [],
      course: { id: 'mini', title: 'Mini', modules: 2, questions: 5, reflections: 2, checklists: 1 },
    });

    const bad = capture();
    expect(await runCli(['validate', path.join(FIXTURES, 'invalid', 'yaml-syntax'), '--json'], bad.io)).toBe(1);
    expect(JSON.parse(bad.out.join('\n'))).toMatchObject({
      ok: false,
      course: null,
      issues: [{ code: 'yaml.syntax', file: 'course.yaml', line: 5 }],
    });
  });

  it('explains a missing folder, a folder without course.yaml and a missing argument', async () => {
    const missing = capture();
    expect(await runCli(['validate', path.join(FIXTURES, 'nope')], missing.io)).toBe(1);
    expect(missing.err.join('\n')).toContain('There is no folder');

    const noYaml = capture();
    expect(await runCli(['validate', FIXTURES], noYaml.io)).toBe(1);
    expect(noYaml.out[0]).toMatch(/^course\.yaml error there is no course\.yaml in /);

    const none = capture();
    expect(await runCli(['validate'], none.io)).toBe(1);
    expect(none.err.join('\n')).toContain('No course folder was given');
  });
});
