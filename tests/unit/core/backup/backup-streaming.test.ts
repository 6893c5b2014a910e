import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import yauzl from 'yauzl';
import { createBackup } from '../../../../electron/core/backup/create';
import { restoreBackup } from '../../../../electron/core/backup/restore';
import { openDatabase } from '../../../../electron/core/progress/database';
import { dumpTables } from '../../../bench/backup-seed';
import { tempDir } from '../../../helpers/temp';
import { dataFolder } from './folder';

const dbOf = (dir: string) => path.join(dir, 'leerpad.sqlite');
/** APPNOTE 4.3.14: the zip64 end of central directory record, present only in a zip64 archive. */
const ZIP64_END = Buffer.from([0x50, 0x4b, 0x06, 0x06]);
const FIXTURE = path.resolve(__dirname, '../../../fixtures/backups/format1-in-memory-writer.zip');

/** A data folder whose package also holds a photo and a video (already compressed bytes; the video large enough to be streamed). */
function folderWithMedia(): string {
  const dir = dataFolder(tempDir());
  const media = path.join(dir, 'library', 'pkg-demo', 'media');
  fs.mkdirSync(media, { recursive: true });
  fs.writeFileSync(path.join(media, 'film.mp4'), Buffer.alloc(512 * 1024, 7));
  fs.writeFileSync(path.join(media, 'foto.jpg'), Buffer.alloc(16 * 1024, 9));
  return dir;
}

/** Each entry's compression method as the zip's central directory lists it (0 stored, 8 deflated). */
function methodsOf(file: string): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: false }, (err, zip) => {
      if (err) return reject(err);
      const methods: Record<string, number> = {};
      zip.on('entry', (e: yauzl.Entry) => (methods[e.fileName] = e.compressionMethod));
      zip.on('end', () => resolve(methods));
      zip.on('error', reject);
    });
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a backup streamed to disk', () => {
  it('restores every row and file when written in the zip64 layout that large libraries need', async () => {
    const dir = folderWithMedia();
    const before = dumpTables(dbOf(dir));
    const file = path.join(tempDir(), 'backup.zip');

    await createBackup(dir, file, { forceZip64: true });
    expect(fs.readFileSync(file).includes(ZIP64_END)).toBe(true);
    fs.rmSync(dir, { recursive: true });
    await restoreBackup(file, dir);

    expect(dumpTables(dbOf(dir))).toEqual(before);
    expect(fs.readFileSync(path.join(dir, 'library', 'pkg-demo', 'media', 'film.mp4'))).toEqual(Buffer.alloc(512 * 1024, 7));
    expect(fs.readFileSync(path.join(dir, 'library', 'pkg-demo', 'index.html'), 'utf8')).toBe('<h1>Demo</h1>');
  });

  it('is a classic zip while the library is small, readable by any unzip tool', async () => {
    const file = path.join(tempDir(), 'backup.zip');
    await createBackup(folderWithMedia(), file);
    expect(fs.readFileSync(file).includes(ZIP64_END)).toBe(false);
  });

  it('stores video and photos as they are and deflates the database and the pages', async () => {
    const file = path.join(tempDir(), 'backup.zip');
    await createBackup(folderWithMedia(), file);
    expect(await methodsOf(file)).toEqual({
      'leerpad.sqlite': 8,
      'library/pkg-demo/index.html': 8,
      'library/pkg-demo/media/film.mp4': 0,
      'library/pkg-demo/media/foto.jpg': 0,
      'backup-manifest.json': 8,
    });
  });

  it('lists in its manifest the checksum of the bytes it zipped, one per file', async () => {
    const dir = folderWithMedia();
    const { manifest, bytes, file } = await createBackup(dir, path.join(tempDir(), 'backup.zip'));
    expect(Object.keys(manifest.files)).toEqual(['leerpad.sqlite', 'library/pkg-demo/index.html', 'library/pkg-demo/media/film.mp4', 'library/pkg-demo/media/foto.jpg']);
    expect(bytes).toBe(fs.statSync(file).size);
  });

  it('leaves neither the backup nor a partial file when a package file cannot be read halfway', async () => {
    const dir = folderWithMedia();
    const out = tempDir();
    const real = fs.createReadStream;
    vi.spyOn(fs, 'createReadStream').mockImplementation(((file: fs.PathLike, options?: unknown) => {
      if (!String(file).endsWith('film.mp4')) return real(file, options as never);
      return Readable.from(
        (function* () {
          yield Buffer.alloc(1024, 1);
          throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
        })(),
      );
    }) as typeof fs.createReadStream);

    await expect(createBackup(dir, path.join(out, 'backup.zip'))).rejects.toMatchObject({ code: 'EIO' });
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('made by the earlier in-memory writer (manifest first, format 1) still restores', async () => {
    const dir = tempDir();
    const { manifest } = await restoreBackup(FIXTURE, dir);

    expect(manifest).toMatchObject({ formatVersion: 1, learners: 2 });
    expect(dumpTables(dbOf(dir)).learners!.map((l) => (l as { name: string }).name)).toEqual(['Leerling 1', 'Leerling 2']);
    expect(dumpTables(dbOf(dir)).reflections!.length).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(dir, 'library', 'pkg-demo', 'index.html'), 'utf8')).toBe('<h1>Demo</h1>');
    openDatabase(dir).db.close();
  });
});
