import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../../../electron/core/backup/create';
import { restoreBackup } from '../../../../electron/core/backup/restore';
import { tempDir } from '../../../helpers/temp';
import { dataFolder, folderBytes } from './folder';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('restoring onto a disk without room for the backup', () => {
  it('is refused before anything is unpacked, says how much is free, and changes nothing', async () => {
    const file = path.join(tempDir(), 'backup.zip');
    await createBackup(dataFolder(tempDir(), 2, 2), file);
    const dir = dataFolder(tempDir(), 1, 1);
    const bytes = folderBytes(dir);
    const real = fs.statfsSync;
    // 64 KB free: less than the backup's database alone.
    vi.spyOn(fs, 'statfsSync').mockImplementation(((p: fs.PathLike) => ({ ...real(p), bavail: 16, bsize: 4096 })) as typeof fs.statfsSync);

    const error = await restoreBackup(file, dir).then(
      () => null,
      (e: unknown) => e,
    );

    expect(error).toMatchObject({ code: 'IO', message: expect.stringContaining('more than the 0 MB free') as string, hint: expect.stringContaining('not changed') as string });
    expect(folderBytes(dir)).toEqual(bytes);
  });
});
