import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, zipLimits } from '../../../../electron/core/scorm/zip-limits';
import { ZipRefusal } from '../../../../electron/core/scorm/zip-refusal';
import { listZip, readZip, ZipReader, type ZipProgress } from '../../../../electron/core/scorm/zip-read';
import { zipDeterministic } from '../../../../electron/core/scorm/zip';
import { tempDir } from '../../../helpers/temp';
import { deflatedZeros, rawZip } from '../../../helpers/core/scorm/raw-zip';

const files = new Map<string, Uint8Array>([
  ['imsmanifest.xml', Buffer.from('<manifest/>')],
  ['welkom/index.html', Buffer.from('<p>Welkom</p>'.repeat(50))],
  ['welkom/media/foto.png', Buffer.from([137, 80, 78, 71, 1, 2, 3])],
]);
const zip = zipDeterministic(files);

function zipOnDisk(bytes: Uint8Array): string {
  const file = path.join(tempDir(), 'p.zip');
  fs.writeFileSync(file, bytes);
  return file;
}

describe('ZipReader', () => {
  it('lists names and unpacked sizes and reads contents, from bytes and from a file alike', async () => {
    for (const source of [zip, zipOnDisk(zip)]) {
      const reader = await ZipReader.open(source);
      try {
        expect(reader.entries.map((e) => [e.name, e.size, e.directory])).toEqual([...files].map(([name, body]) => [name, body.length, false]));
        const index = reader.entries.find((e) => e.name === 'welkom/index.html')!;
        expect((await reader.read(index, 1 << 20)).toString()).toBe('<p>Welkom</p>'.repeat(50));
        expect(reader.summary()).toEqual({ entries: 3, zipBytes: zip.length, unpackedBytes: [...files.values()].reduce((n, b) => n + b.length, 0) });
      } finally {
        reader.close();
      }
    }
  });

  it('refuses to hold an entry larger than the cap in memory, before reading it', async () => {
    const reader = await ZipReader.open(zip);
    const index = reader.entries.find((e) => e.name === 'welkom/index.html')!;
    await expect(reader.read(index, 100)).rejects.toMatchObject({ problem: 'read-cap', params: { entry: 'welkom/index.html', actual: 650, limit: 100 } });
    expect(reader.progress.bytesInflated).toBe(0);
    reader.close();
  });

  it('fails the stream of an entry with a wrong CRC at its end, naming the entry and both checksums', async () => {
    const reader = await ZipReader.open(rawZip([{ name: 'a.txt', data: Buffer.from('hello'), crc: 0x12345678 }]));
    const error = await reader.verify(reader.entries[0]!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZipRefusal);
    expect((error as ZipRefusal).message).toBe("'a.txt' is damaged: the checksum (CRC-32) of its content is 0x3610a686, the zip says 0x12345678.");
    reader.close();
  });

  it('refuses strong encryption, which yauzl stops at before naming the entry, by its position', async () => {
    await expect(listZip(rawZip([{ name: 'a.txt', data: Buffer.from('a') }, { name: 'b.txt', data: Buffer.from('b'), flags: 0x41 }]))).rejects.toMatchObject({
      problem: 'encrypted',
      message: "'#2' is encrypted; no LMS can read it.",
    });
  });

  it('accepts folder entries and a name in UTF-8', async () => {
    const { entries } = await listZip(rawZip([{ name: 'mappen/' }, { name: 'mappen/café.txt', data: Buffer.from('ok') }]));
    expect(entries.map((e) => [e.name, e.directory])).toEqual([
      ['mappen/', true],
      ['mappen/café.txt', false],
    ]);
  });

  it('checks large entries while streaming them: a wrong CRC at the end, a size lie as soon as it shows', async () => {
    const eight = deflatedZeros(8);
    const crcReader = await ZipReader.open(rawZip([{ name: 'groot.bin', method: 8, ...eight, crc: 1 }]), { maxRatio: 10_000 });
    await expect(crcReader.verify(crcReader.entries[0]!)).rejects.toMatchObject({ problem: 'crc', params: { entry: 'groot.bin' } });
    expect(crcReader.progress.bytesInflated).toBe(8 * 1024 * 1024);
    crcReader.close();

    const { packed, crc } = deflatedZeros(200);
    const liar = await ZipReader.open(rawZip([{ name: 'leugen.bin', method: 8, packed, crc, size: 5 * 1024 * 1024 }]), { maxRatio: 10_000 });
    await expect(liar.verify(liar.entries[0]!)).rejects.toMatchObject({ problem: 'damaged', params: { entry: 'leugen.bin' } });
    expect(liar.progress.bytesInflated).toBeLessThanOrEqual(5 * 1024 * 1024);
    liar.close();
  });

  it('refuses a damaged deflate stream as damaged, naming the entry', async () => {
    const reader = await ZipReader.open(rawZip([{ name: 'kapot.bin', method: 8, packed: Buffer.from([0xff, 0xff, 0xff, 0xff]), size: 10, crc: 0 }]));
    await expect(reader.verify(reader.entries[0]!)).rejects.toMatchObject({ problem: 'damaged', params: { entry: 'kapot.bin' } });
    reader.close();
  });
});

describe('readZip', () => {
  it('streams every entry the callback did not read through the CRC check, counting the inflated bytes', async () => {
    const progress: ZipProgress = { entriesListed: 0, bytesInflated: 0 };
    const seen: string[] = [];
    const summary = await readZip(zip, { progress }, (entry) => {
      seen.push(entry.name);
    });
    expect(seen).toEqual([...files.keys()]);
    expect(progress).toEqual({ entriesListed: 3, bytesInflated: summary.unpackedBytes });
    const bad = rawZip([{ name: 'ok.txt', data: Buffer.from('ok') }, { name: 'stil.png', data: Buffer.from('png'), crc: 1 }]);
    await expect(readZip(bad, {}, () => undefined)).rejects.toMatchObject({ problem: 'crc', params: { entry: 'stil.png' } });
  });

  it('stops at the first limit crossed while listing: the entries after it are never looked at', async () => {
    const progress: ZipProgress = { entriesListed: 0, bytesInflated: 0 };
    const entries = ['a', 'b', 'c', 'd'].map((name) => ({ name, data: Buffer.alloc(400, 'x') }));
    await expect(readZip(rawZip(entries), { limits: { maxTotalBytes: 1000 }, progress }, () => undefined)).rejects.toMatchObject({
      problem: 'total-size',
      params: { entry: 'c', actual: 1200, limit: 1000 },
    });
    expect(progress).toEqual({ entriesListed: 2, bytesInflated: 0 });
  });

  it('holds the ratio only past its grace size: a small, very compressible text is fine', async () => {
    const text = Buffer.alloc(500_000, 'a');
    await expect(listZip(rawZip([{ name: 'spaties.txt', method: 8, data: text }]))).resolves.toBeDefined();
    await expect(listZip(rawZip([{ name: 'nullen.bin', method: 8, ...deflatedZeros(2) }]))).rejects.toMatchObject({ problem: 'entry-ratio' });
  });
});

describe('zipLimits', () => {
  it('fills in the defaults of issue 8 (20 000 entries, 2 GB, 100:1) and ignores options left undefined', () => {
    expect(zipLimits({ maxEntries: 5, maxRatio: undefined })).toEqual({ ...DEFAULT_ZIP_LIMITS, maxEntries: 5 });
    expect(DEFAULT_ZIP_LIMITS).toMatchObject({ maxEntries: 20_000, maxTotalBytes: 2 * 1024 ** 3, maxRatio: 100 });
  });
});
