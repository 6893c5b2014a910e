import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliCompileCache, NO_CACHE_ENV } from '../../../../electron/core/cli/compile-cache';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A folder laid out like out/cli, with chunks whose names carry their code's hashes; the temp folder made private to the test. */
function bundle(chunks: string[]) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-cli-'));
  const codeDir = path.join(root, 'cli');
  fs.mkdirSync(codeDir);
  for (const c of chunks) fs.writeFileSync(path.join(codeDir, c), '');
  const tmp = path.join(root, 'tmp');
  fs.mkdirSync(tmp);
  vi.stubEnv('TMPDIR', tmp);
  vi.stubEnv(NO_CACHE_ENV, undefined);
  return { codeDir, tmp };
}

describe("the CLI's compiled-course cache", () => {
  it('is used by the built bundle, in a private folder, named after its chunks', () => {
    const { codeDir, tmp } = bundle(['leerpad.mjs', 'load-AbC123.mjs']);
    const cache = cliCompileCache(codeDir);
    expect(cache?.dir.startsWith(tmp)).toBe(true);
    expect(fs.statSync(cache!.dir).mode & 0o077).toBe(0);
    fs.renameSync(path.join(codeDir, 'load-AbC123.mjs'), path.join(codeDir, 'load-XyZ789.mjs'));
    expect(cliCompileCache(codeDir)?.build).not.toBe(cache?.build);
  });

  it('is off when the CLI runs from source (tsx, tests): no build name tells compilers apart', () => {
    const { codeDir } = bundle([]);
    fs.writeFileSync(path.join(codeDir, 'run.ts'), '');
    expect(cliCompileCache(codeDir)).toBeUndefined();
  });

  it(`is off with ${NO_CACHE_ENV} set`, () => {
    const { codeDir } = bundle(['leerpad.mjs']);
    vi.stubEnv(NO_CACHE_ENV, '1');
    expect(cliCompileCache(codeDir)).toBeUndefined();
  });

  it('is off when its folder in the shared temp folder may be written by others (a planted folder)', () => {
    const { codeDir, tmp } = bundle(['leerpad.mjs']);
    const planted = path.join(tmp, `leerpad-${process.getuid?.() ?? 'user'}`);
    fs.mkdirSync(planted);
    fs.chmodSync(planted, 0o777);
    expect(cliCompileCache(codeDir)).toBeUndefined();
  });
});
