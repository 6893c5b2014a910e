import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confinedPath } from '../../../../electron/core/app/assets';
import { tempDir } from '../../../helpers/temp';

describe('confinedPath', () => {
  function root() {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'ok.txt'), 'ok');
    return dir;
  }

  it('maps a path inside the root onto the file', () => {
    const dir = root();
    expect(confinedPath(dir, '/sub/ok.txt')).toBe(path.join(fs.realpathSync(dir), 'sub', 'ok.txt'));
    expect(confinedPath(dir, '/sub/ok%2Etxt')).toBe(path.join(fs.realpathSync(dir), 'sub', 'ok.txt'));
  });

  it.each([
    '/../etc/passwd',
    '/sub/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/%2E%2E%2Fetc%2Fpasswd',
    '/sub/..%5C..%5Cetc',
    '/sub/ok.txt%00.html',
    '/%E0%A4%A',
    '/C:/Windows/win.ini',
  ])('refuses %s', (p) => {
    expect(confinedPath(root(), p)).toBeNull();
  });

  it('refuses a symlink that points out of the root', () => {
    const dir = root();
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'secret.txt'), 'secret');
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'));
    expect(confinedPath(dir, '/link.txt')).toBeNull();
  });
});
