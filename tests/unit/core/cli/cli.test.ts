import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { tempDir } from '../../../helpers/temp';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

describe('leerpad CLI', () => {
  it('lists the commands with --help', async () => {
    const c = io();
    expect(await runCli(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/serve .*\n.*info/s);
  });

  it('has --help on every command', async () => {
    for (const name of ['serve', 'info']) {
      const c = io();
      expect(await runCli([name, '--help'], c.io)).toBe(0);
      expect(c.out.join('\n')).toContain(`Usage: leerpad ${name}`);
    }
  });

  it('prints info as JSON for the given data folder', async () => {
    const dir = tempDir();
    const c = io();
    expect(await runCli(['info', '--data-dir', dir, '--json'], c.io)).toBe(0);
    const info = JSON.parse(c.out.join('\n'));
    expect(info).toMatchObject({ name: 'Leerpad', dataDir: dir, learners: 0 });
  });

  it('takes LEERPAD_DATA_DIR when no flag is given', async () => {
    const dir = tempDir();
    process.env.LEERPAD_DATA_DIR = dir;
    try {
      const c = io();
      await runCli(['info', '--json'], c.io);
      expect(JSON.parse(c.out.join('\n')).dataDir).toBe(dir);
    } finally {
      delete process.env.LEERPAD_DATA_DIR;
    }
  });

  it('explains an unknown command and an unknown option', async () => {
    const a = io();
    expect(await runCli(['frobnicate'], a.io)).toBe(1);
    expect(a.err.join('\n')).toContain("unknown command 'frobnicate'");
    const b = io();
    expect(await runCli(['info', '--bogus'], b.io)).toBe(1);
    expect(b.err.join('\n')).toMatch(/Unknown option '--bogus'/);
  });

  it('rejects a bad port with a clear message', async () => {
    const c = io();
    expect(await runCli(['serve', '--port', 'abc', '--data-dir', tempDir()], c.io)).toBe(1);
    expect(c.err.join('\n')).toContain('--port must be a number');
  });
});
