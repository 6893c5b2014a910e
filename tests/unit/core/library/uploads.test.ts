import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createUploads } from '../../../../electron/core/library/uploads';
import { tempDir } from '../../../helpers/temp';

const HOUR = 60 * 60_000;

function uploadsIn(maxBytes = 1000, clock?: () => number) {
  const dir = path.join(tempDir(), 'library', '.uploads');
  return { dir, uploads: createUploads(dir, { maxBytes, maxAgeMs: HOUR }, clock) };
}

describe('uploads', () => {
  it('keeps a streamed zip under a random id and hands its file to the import', async () => {
    const { uploads } = uploadsIn();
    const id = await uploads.accept(Readable.from([Buffer.from('PK'), Buffer.from('rest')]));
    expect(id).toMatch(/^[A-Za-z0-9_-]{24,}$/);
    expect(fs.readFileSync(uploads.take(id), 'utf8')).toBe('PKrest');
    // Taken twice: a conflict or a "from that folder" retry imports the same upload again.
    expect(fs.existsSync(uploads.take(id))).toBe(true);
    expect(await uploads.accept(Readable.from([Buffer.from('x')]))).not.toBe(id);
  });

  it('refuses a stream past the cap while it arrives and leaves no partial file', async () => {
    const { dir, uploads } = uploadsIn(10);
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.alloc(4));
      },
    });
    await expect(uploads.accept(endless)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    // An endless body: refused after no more than the stream's own read-ahead, not at its end.
    expect(pulled * 4).toBeLessThan(64 * 1024);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('answers NOT_FOUND for an id it never gave, a path and an expired upload', async () => {
    let now = Date.now();
    const { uploads } = uploadsIn(1000, () => now);
    const id = await uploads.accept(Readable.from([Buffer.from('PK')]));
    for (const bad of ['A'.repeat(24), '../../leerpad.sqlite', '', `${id}/..`]) {
      expect(() => uploads.take(bad), bad).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    }
    now += 2 * HOUR;
    expect(() => uploads.take(id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('removes what earlier runs left behind when it starts', async () => {
    const { dir, uploads } = uploadsIn();
    const id = await uploads.accept(Readable.from([Buffer.from('PK')]));
    fs.writeFileSync(path.join(dir, 'half.zip.part'), 'P');
    const again = createUploads(dir, uploads.limits);
    expect(() => again.take(id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('copies a chosen .zip file (the desktop) and refuses anything else', async () => {
    const { uploads } = uploadsIn(100);
    const root = tempDir();
    const zip = path.join(root, 'golf.zip');
    fs.writeFileSync(zip, 'PKzip');
    const id = await uploads.stage(zip);
    expect(fs.readFileSync(uploads.take(id), 'utf8')).toBe('PKzip');

    fs.writeFileSync(path.join(root, 'notes.txt'), 'x');
    fs.mkdirSync(path.join(root, 'folder.zip'));
    fs.writeFileSync(path.join(root, 'big.zip'), Buffer.alloc(101));
    for (const bad of [path.join(root, 'notes.txt'), path.join(root, 'folder.zip'), path.join(root, 'missing.zip'), 'golf.zip']) {
      await expect(uploads.stage(bad), bad).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    }
    await expect(uploads.stage(path.join(root, 'big.zip'))).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('copies a learner file only as a learner file, and a backup only as a .zip: each kind takes its own endings', async () => {
    const { uploads } = uploadsIn(100);
    const root = tempDir();
    const learner = path.join(root, 'leerpad-learner-Noor.JSON');
    const backup = path.join(root, 'leerpad-backup.zip');
    fs.writeFileSync(learner, '{}');
    fs.writeFileSync(backup, 'PK');

    expect(fs.readFileSync(uploads.take(await uploads.stage(learner, 'learner-file')), 'utf8')).toBe('{}');
    expect(fs.readFileSync(uploads.take(await uploads.stage(backup, 'backup')), 'utf8')).toBe('PK');
    await expect(uploads.stage(learner, 'backup')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('.zip') });
    await expect(uploads.stage(learner)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(uploads.stage(backup, 'learner-file')).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('.json') });
  });

  it('forgets an upload once the import released it', async () => {
    const { uploads } = uploadsIn();
    const id = await uploads.accept(Readable.from([Buffer.from('PK')]));
    uploads.release(id);
    expect(() => uploads.take(id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
