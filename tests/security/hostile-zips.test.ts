// Issue 8 §6: crafted zips against preflight (and the reader issue 12's import reuses). Each zip is
// written byte by byte in the test; reading must stop at the first crossing, measured by the
// reader's own counters, never by time.
import { beforeAll, describe, expect, it } from 'vitest';
import { preflightZip, type Finding, type PreflightOptions } from '../../electron/core/scorm/preflight';
import { readPackage } from '../../electron/core/scorm/preflight/package-read';
import type { ZipProblem } from '../../electron/core/scorm/zip-limits';
import { isZipRefusal } from '../../electron/core/scorm/zip-refusal';
import { ZipReader, type ZipProgress } from '../../electron/core/scorm/zip-read';
import { build, COURSE_DIR, DIRS, filesOf } from '../helpers/core/scorm/packages';
import { deflatedZeros, rawZip, type RawEntry } from '../helpers/core/scorm/raw-zip';

const MiB = 1024 * 1024;
const options: PreflightOptions = { schemasDir: DIRS.schemasDir };
const plain = (name: string, body = 'x'): RawEntry => ({ name, data: Buffer.from(body) });

let good: RawEntry[];
beforeAll(() => {
  good = [...filesOf(build(COURSE_DIR, { edition: 'scorm12' }).zip)].map(([name, data]) => ({ name, data, method: 8 }));
  // Building the course package takes seconds on a busy machine.
}, 60_000);

/** The problem the reader refuses `zip` for, with its counters. */
async function refusal(zip: Uint8Array, limits = {}): Promise<{ problem: ZipProblem; message: string; progress: ZipProgress }> {
  const progress: ZipProgress = { entriesListed: 0, bytesInflated: 0 };
  try {
    await readPackage(zip, limits, progress);
  } catch (e) {
    if (isZipRefusal(e)) return { problem: e.problem, message: e.message, progress };
    throw e;
  }
  throw new Error('the zip was accepted');
}

function onlyFinding(findings: Finding[]): Finding {
  expect(findings, JSON.stringify(findings)).toHaveLength(1);
  return findings[0]!;
}

describe('a package with an unsafe entry name is refused with one finding naming the entry', () => {
  const cases: [string, ZipProblem, RegExp][] = [
    ['../evil.txt', 'parent', /The zip entry '\.\.\/evil\.txt' leaves the package folder/],
    ['welkom/../../../evil.txt', 'parent', /leaves the package folder/],
    ['welkom\\..\\..\\evil.txt', 'backslash', /contains a backslash/],
    ['/etc/cron.d/evil', 'absolute', /has an absolute path/],
    ['C:/Windows/evil.dll', 'drive', /starts with a drive letter/],
    ['c:evil.dll', 'drive', /starts with a drive letter/],
    ['index.html\0.png', 'nul', /The zip entry 'index\.html\\x00\.png' contains a NUL character/],
  ];
  for (const [name, problem, message] of cases) {
    it(`'${name.replace('\0', '\\0')}': ${problem}`, async () => {
      const f = onlyFinding(await preflightZip(rawZip([...good, plain(name)]), options));
      expect(f).toMatchObject({ severity: 'error', rule: 'zip.path', item: name, params: { problem, path: name } });
      expect(f.message).toMatch(message);
    });
  }
});

describe('a package with an entry no LMS should unpack is refused', () => {
  it('a symlink (unix mode S_IFLNK), even one pointing to /etc/passwd with an image name', async () => {
    const f = onlyFinding(await preflightZip(rawZip([...good, { ...plain('media/passwd.png', '/etc/passwd'), unixMode: 0o120777 }]), options));
    expect(f).toMatchObject({ rule: 'zip.symlink', item: 'media/passwd.png' });
    expect(f.message).toBe("'media/passwd.png' is a symbolic link; a package may only hold files and folders.");
  });

  it('an encrypted entry (general purpose bit 0)', async () => {
    const f = onlyFinding(await preflightZip(rawZip([...good, { ...plain('geheim.txt'), encrypted: true }]), options));
    expect(f).toMatchObject({ rule: 'zip.encrypted', item: 'geheim.txt' });
  });

  it('an entry whose CRC does not match, also a file preflight does not otherwise read', async () => {
    const f = onlyFinding(await preflightZip(rawZip([...good, { ...plain('welkom/foto.png', 'PNG bytes'), crc: 0xdeadbeef }]), options));
    expect(f).toMatchObject({ rule: 'zip.crc', item: 'welkom/foto.png' });
    expect(f.message).toMatch(/its content is 0x[0-9a-f]{8}, the zip says 0xdeadbeef/);
  });

  it('names that Windows would store as another entry or as a device: a trailing dot, a "." folder, AUX', async () => {
    for (const name of ['welkom/index.html.', 'welkom/./index.html', 'welkom/aux.js']) {
      const f = onlyFinding(await preflightZip(rawZip([...good, plain(name)]), options));
      expect(f, name).toMatchObject({ rule: 'zip.reserved', item: name });
    }
  });

  it('a name that occurs twice', async () => {
    const f = onlyFinding(await preflightZip(rawZip([...good, plain('welkom/index.html', 'second copy')]), options));
    expect(f).toMatchObject({ rule: 'zip.duplicate', item: 'welkom/index.html' });
  });

  it('names that differ only in case, or only in Unicode normalisation', async () => {
    const cased = onlyFinding(await preflightZip(rawZip([...good, plain('Welkom/Index.html')]), options));
    expect(cased).toMatchObject({ rule: 'zip.case-collision', item: 'Welkom/Index.html', params: { other: 'welkom/index.html' } });
    const composed = 'caf\u00e9.txt';
    const decomposed = 'cafe\u0301.txt';
    const nfc = onlyFinding(await preflightZip(rawZip([...good, plain(composed), plain(decomposed)]), options));
    expect(nfc).toMatchObject({ rule: 'zip.case-collision', item: decomposed, params: { other: composed } });
  });

  it('a name used both as a file and as a folder, in either order', async () => {
    const fileFirst = onlyFinding(await preflightZip(rawZip([...good, plain('media'), plain('media/foto.png')]), options));
    expect(fileFirst).toMatchObject({ rule: 'zip.file-folder', item: 'media/foto.png', params: { other: 'media' } });
    expect(fileFirst.message).toBe("'media/foto.png' needs a folder 'media', but the zip also has a file of that name: unpacking cannot make both.");
    const folderFirst = onlyFinding(await preflightZip(rawZip([...good, plain('Welkom')]), options));
    expect(folderFirst).toMatchObject({ rule: 'zip.file-folder', params: { other: 'Welkom' } });
  });

  it('not a zip, or a zip cut off before its central directory', async () => {
    expect(onlyFinding(await preflightZip(Buffer.from('<html>not a zip</html>'), options)).rule).toBe('zip.unreadable');
    const zip = rawZip(good);
    expect(onlyFinding(await preflightZip(zip.subarray(0, zip.length - 200), options)).rule).toBe('zip.unreadable');
  });
});

describe('a zip bomb is stopped at the limit, not unpacked first', () => {
  it('an entry that declares 200 MiB is refused from the central directory, before a byte is inflated', async () => {
    const bomb = rawZip([{ name: 'bomb.bin', method: 8, ...deflatedZeros(200) }]);
    expect(bomb.length).toBeLessThan(MiB);
    const r = await refusal(bomb, { maxTotalBytes: 50 * MiB, maxRatio: 10_000 });
    expect(r.problem).toBe('total-size');
    expect(r.message).toBe("The zip unpacks to more than 50 MB (with 'bomb.bin' it reaches 200 MB).");
    expect(r.progress.bytesInflated).toBe(0);
  });

  it('the default 100:1 ratio catches the same bomb without any size limit set', async () => {
    const r = await refusal(rawZip([{ name: 'bomb.bin', method: 8, ...deflatedZeros(200) }]));
    expect(r.problem).toBe('entry-ratio');
    expect(r.progress.bytesInflated).toBe(0);
  });

  it('an entry that lies about its size is cut off after the size it declares', async () => {
    const { packed, crc } = deflatedZeros(200);
    const r = await refusal(rawZip([{ name: 'liar.bin', method: 8, packed, crc, size: 1000 }]));
    expect(r.problem).toBe('damaged');
    // One inflate chunk at most, not the 200 MiB the data holds.
    expect(r.progress.bytesInflated).toBeLessThan(MiB);
  });

  it('four 20 MiB entries against a 50 MiB limit stop at the third, with two listed', async () => {
    const quarter = deflatedZeros(20);
    const zip = rawZip(['a', 'b', 'c', 'd'].map((name) => ({ name, method: 8, ...quarter })));
    const r = await refusal(zip, { maxTotalBytes: 50 * MiB, maxRatio: 10_000 });
    expect(r).toMatchObject({ problem: 'total-size', progress: { entriesListed: 2, bytesInflated: 0 } });
    expect(r.message).toMatch(/with 'c' it reaches 60 MB/);
  });
});

describe('a zip with very many entries', () => {
  it('200 000 entries: one finding at the default limit of 20 000, before any entry is listed', async () => {
    const zip = rawZip(Array.from({ length: 200_000 }, (_, i) => ({ name: `f/${i}` })));
    const progress: ZipProgress = { entriesListed: 0, bytesInflated: 0 };
    await expect(ZipReader.open(zip, {}, progress)).rejects.toMatchObject({ problem: 'entries', params: { actual: 200_000, limit: 20_000 } });
    expect(progress.entriesListed).toBe(0);
    const f = onlyFinding(await preflightZip(zip, options));
    expect(f).toMatchObject({ rule: 'zip.entries', params: { entries: 200_000, limit: 20_000 } });
  });

  it('a lower configured limit is held too', async () => {
    const f = onlyFinding(await preflightZip(rawZip(good), { ...options, limits: { maxEntries: 10 } }));
    expect(f).toMatchObject({ rule: 'zip.entries', params: { limit: 10 } });
  });

  it('2 000 stray files under the limit give 20 findings and one "and 1 980 more", not 2 000', async () => {
    const strays = Array.from({ length: 2000 }, (_, i) => plain(`los/${i}.txt`));
    const findings = await preflightZip(rawZip([...good, ...strays]), options);
    expect(findings.filter((f) => f.rule === 'files.stray')).toHaveLength(20);
    expect(findings.filter((f) => f.rule === 'findings.more')).toEqual([
      expect.objectContaining({ severity: 'warning', item: 'files.stray', params: { ruleId: 'files.stray', more: 1980 } }),
    ]);
  });
});

describe('the quota uses what the package unpacks to', () => {
  it('a 300 MiB expansion in a small zip is over a 100 MB quota', async () => {
    const zip = rawZip([...good, { name: 'welkom/video.bin', method: 8, ...deflatedZeros(300) }]);
    expect(zip.length).toBeLessThan(2 * MiB);
    const findings = await preflightZip(zip, { ...options, quotaMb: 100, limits: { maxRatio: 10_000 } });
    const quota = findings.find((f) => f.rule === 'size.quota');
    // The course's own files count too: they grow with the course, the 300 MiB do not.
    const unpackedMb = (300 * MiB + good.reduce((n, f) => n + (f.data?.length ?? 0), 0)) / MiB;
    expect(quota?.params).toMatchObject({ unpacked: expect.closeTo(unpackedMb, 0) as unknown as number, quota: 100 });
    expect(quota?.message).toMatch(/unpacks to 30\d\.\d MB/);
  });
});
