import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { tempDir } from '../../../helpers/temp';

/*
 * `--help` and `info` answer in a blink only if they leave the heavy parts unloaded. Each heavy
 * module is replaced by one that notes its name and fails as soon as it is imported.
 */
const { loaded, heavy } = vi.hoisted(() => {
  const loaded: string[] = [];
  const heavy = (what: string) => () => {
    loaded.push(what);
    throw new Error(`${what} was loaded`);
  };
  return { loaded, heavy };
});
vi.mock('../../../../electron/core/course/module-compiler', heavy('the course compiler'));
vi.mock('fflate', heavy('the zip writer'));
vi.mock('yauzl', heavy('the zip reader'));
vi.mock('xmllint-wasm', heavy('the XSD validator'));
vi.mock('react', heavy('React'));

const ROOT = path.resolve(__dirname, '../../../..');

function io() {
  const out: string[] = [];
  return { out, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) } };
}

describe('commands that load nothing heavy', () => {
  beforeEach(() => {
    loaded.length = 0;
  });

  it('--help lists every command without loading the compiler, zip, XSD or React', async () => {
    const c = io();
    expect(await runCli(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/serve[\s\S]*info[\s\S]*validate[\s\S]*export[\s\S]*preflight[\s\S]*teacher-pin/);
    expect(loaded).toEqual([]);
  });

  it('--help of export and preflight comes without their code', async () => {
    for (const name of ['export', 'preflight']) {
      const c = io();
      expect(await runCli([name, '--help'], c.io)).toBe(0);
      expect(c.out.join('\n')).toContain(`Usage: leerpad ${name}`);
    }
    expect(loaded).toEqual([]);
  });

  it('info counts the course folders without compiling them', async () => {
    const c = io();
    expect(await runCli(['info', '--data-dir', tempDir(), '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('\n'))).toMatchObject({ coursesDirs: [path.join(ROOT, 'courses')], courses: 1 });
    expect(loaded).toEqual([]);
  });

  it('validate does load the compiler (so the tests above would notice it)', async () => {
    await expect(runCli(['validate', path.join(ROOT, 'courses', 'kleine-kinderen-grote-kansen')], io().io)).rejects.toThrow();
    expect(loaded).toContain('the course compiler');
  });
});
