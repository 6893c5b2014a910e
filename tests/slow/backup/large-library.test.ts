import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/core/backup/create';
import { restoreBackup } from '../../../electron/core/backup/restore';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/core/scorm/zip-limits';
import { dataFolder } from '../../unit/core/backup/folder';

describe('the backup of a large library', () => {
  it('restores with more files than one imported package may hold: the library is many packages', async () => {
    // Removed here, inside the test's time: deleting some 60 000 files outlasts an afterEach hook's 10 s.
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-large-library-'));
    try {
      const dir = dataFolder(path.join(work, 'data'), 1, 1);
      const many = DEFAULT_ZIP_LIMITS.maxEntries + 1;
      for (let p = 0; p < 4; p++) {
        const pkg = path.join(dir, 'library', `pkg-${p}`);
        fs.mkdirSync(pkg, { recursive: true });
        for (let i = p; i < many; i += 4) fs.writeFileSync(path.join(pkg, `${i}.html`), `<p>${i}</p>`);
      }
      const file = path.join(work, 'backup.zip');
      await createBackup(dir, file);
      const target = path.join(work, 'restored');

      await restoreBackup(file, target);

      expect(fs.readdirSync(path.join(target, 'library', 'pkg-3')).length).toBe(Math.floor(many / 4));
      expect(fs.readFileSync(path.join(target, 'library', 'pkg-0', `${many - 1}.html`), 'utf8')).toBe(`<p>${many - 1}</p>`);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
