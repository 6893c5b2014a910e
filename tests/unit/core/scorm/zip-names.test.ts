import { describe, expect, it } from 'vitest';
import { collisionKey, headerProblem, nameProblem } from '../../../../electron/core/scorm/zip-names';

describe('nameProblem', () => {
  it('accepts ordinary relative names, folders, dots inside names and non-ASCII', () => {
    for (const name of ['imsmanifest.xml', 'welkom/', 'welkom/index.html', 'a..b/c.txt', '.hidden', 'één/façade.html', 'console.js', 'com10.txt', 'aux-info/x.png']) {
      expect(nameProblem(name), name).toBeNull();
    }
  });

  it('names each way out of the package folder', () => {
    const cases: [string, string][] = [
      ['../x', 'parent'],
      ['a/../../x', 'parent'],
      ['a/..', 'parent'],
      ['/etc/passwd', 'absolute'],
      ['C:/x', 'drive'],
      ['z:x', 'drive'],
      ['a\\..\\x', 'backslash'],
      ['\\\\server\\share\\x', 'backslash'],
      ['a\0.png', 'nul'],
      ['CON', 'reserved'],
      ['media/aux.js', 'reserved'],
      ['lpt1.txt/x', 'reserved'],
      ['index.html.', 'reserved'],
      ['index.html ', 'reserved'],
      ['a/./b', 'reserved'],
      ['a//b', 'reserved'],
      ['./a', 'reserved'],
      ['...', 'reserved'],
    ];
    for (const [name, problem] of cases) expect(nameProblem(name), name).toBe(problem);
  });
});

describe('headerProblem', () => {
  const file = { generalPurposeBitFlag: 0x800, externalFileAttributes: (0o100644 << 16) >>> 0, compressionMethod: 8 };

  it('accepts a regular deflated or stored file, and one without Unix attributes (made on Windows)', () => {
    expect(headerProblem(file)).toBeNull();
    expect(headerProblem({ ...file, compressionMethod: 0 })).toBeNull();
    expect(headerProblem({ ...file, externalFileAttributes: 0x20 })).toBeNull();
  });

  it('refuses symlinks, encryption and methods other than stored and deflate', () => {
    expect(headerProblem({ ...file, externalFileAttributes: (0o120777 << 16) >>> 0 })).toBe('symlink');
    expect(headerProblem({ ...file, generalPurposeBitFlag: 0x801 })).toBe('encrypted');
    expect(headerProblem({ ...file, compressionMethod: 9 })).toBe('method');
  });
});

describe('collisionKey', () => {
  it('is the same for names a case-insensitive, normalising file system stores as one', () => {
    expect(collisionKey('Welkom/Index.HTML')).toBe(collisionKey('welkom/index.html'));
    expect(collisionKey('cafe\u0301.txt')).toBe(collisionKey('caf\u00e9.txt'));
    expect(collisionKey('map/')).toBe(collisionKey('map'));
    expect(collisionKey('a.txt')).not.toBe(collisionKey('b.txt'));
  });
});
