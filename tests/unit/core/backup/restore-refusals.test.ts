import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../../electron/core/backup/create';
import { restoreBackup } from '../../../../electron/core/backup/restore';
import { zipDeterministic } from '../../../../electron/core/scorm/zip';
import { tempDir } from '../../../helpers/temp';
import { dataFolder, folderBytes } from './folder';

/** Each refused file must leave the data folder byte for byte as it was. */
async function expectRefused(file: string, expected: Record<string, unknown>) {
  const dir = dataFolder(tempDir(), 1, 2);
  const bytes = folderBytes(dir);
  const error = await restoreBackup(file, dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toMatchObject(expected);
  expect((error as { hint?: string }).hint).toMatch(/not changed/);
  expect(folderBytes(dir)).toEqual(bytes);
}

let good: Buffer;
let work: string;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-refusals-'));
  const source = dataFolder(path.join(work, 'source'));
  await createBackup(source, path.join(work, 'good.zip'));
  good = fs.readFileSync(path.join(work, 'good.zip'));
  return () => fs.rmSync(work, { recursive: true, force: true });
});

const write = (name: string, bytes: Uint8Array) => {
  const file = path.join(work, name);
  fs.writeFileSync(file, bytes);
  return file;
};

describe('a restore refuses, and changes nothing, when the backup', () => {
  it('has a flipped byte', async () => {
    const bad = Buffer.from(good);
    bad[Math.floor(bad.length / 3)]! ^= 0xff;
    await expectRefused(write('flipped.zip', bad), { code: 'BACKUP_REFUSED', params: expect.objectContaining({ reason: expect.stringMatching(/damaged|checksum|unreadable/) }) });
  });

  it('was cut off', async () => {
    await expectRefused(write('truncated.zip', good.subarray(0, Math.floor(good.length / 2))), {
      code: 'BACKUP_REFUSED',
      message: expect.stringMatching(/cut off/),
      params: expect.objectContaining({ reason: 'unreadable' }),
    });
  });

  it('is not a zip at all', async () => {
    await expectRefused(write('notes.zip', Buffer.from('mijn notities')), { code: 'BACKUP_REFUSED', params: expect.objectContaining({ reason: 'unreadable' }) });
  });

  it('is a zip but not a Leerpad backup', async () => {
    const zip = zipDeterministic(new Map([['imsmanifest.xml', Buffer.from('<manifest/>')]]));
    await expectRefused(write('package.zip', zip), { code: 'BACKUP_REFUSED', message: expect.stringMatching(/not a Leerpad backup/), params: expect.objectContaining({ reason: 'not-a-backup' }) });
  });

  it('holds a file whose checksum does not match its manifest', async () => {
    const dir = dataFolder(path.join(work, 'tampered'));
    const file = path.join(work, 'tampered.zip');
    const { manifest } = await createBackup(dir, file);
    const swapped = zipDeterministic(
      new Map<string, Uint8Array>([
        ['backup-manifest.json', Buffer.from(JSON.stringify(manifest))],
        ['leerpad.sqlite', fs.readFileSync(path.join(dir, 'leerpad.sqlite'))],
        ['library/pkg-demo/index.html', Buffer.from('<h1>Anders</h1>')],
      ]),
    );
    await expectRefused(write('swapped.zip', swapped), { code: 'BACKUP_REFUSED', params: expect.objectContaining({ reason: 'checksum' }) });
  });

  it('was made by a newer Leerpad (a migration this version does not know)', async () => {
    const dir = dataFolder(path.join(work, 'newer'));
    const db = new Database(path.join(dir, 'leerpad.sqlite'));
    db.prepare("INSERT INTO schema_migrations (id, name, applied_at) VALUES (999, 'from-the-future', '2030-01-01')").run();
    db.close();
    const file = path.join(work, 'newer.zip');
    await createBackup(dir, file);
    await expectRefused(file, { code: 'BACKUP_REFUSED', message: expect.stringMatching(/newer Leerpad.*schema 999/), params: expect.objectContaining({ reason: 'newer' }) });
  });

  it('is of a backup format newer than this Leerpad reads', async () => {
    const dir = dataFolder(path.join(work, 'format'));
    const { manifest } = await createBackup(dir, path.join(work, 'format.zip'));
    const later = zipDeterministic(
      new Map<string, Uint8Array>([
        ['backup-manifest.json', Buffer.from(JSON.stringify({ ...manifest, formatVersion: 2 }))],
        ['leerpad.sqlite', fs.readFileSync(path.join(dir, 'leerpad.sqlite'))],
      ]),
    );
    await expectRefused(write('format2.zip', later), { code: 'BACKUP_REFUSED', message: expect.stringMatching(/backup format 2/), params: expect.objectContaining({ reason: 'format' }) });
  });
});
