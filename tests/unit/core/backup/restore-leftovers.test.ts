import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../../electron/core/app/services';
import { tempDir } from '../../../helpers/temp';
import { dataFolder } from './folder';

describe('what a restore cut short left behind', () => {
  it('is removed when Leerpad next opens the data folder; the data and the kept backups stay', () => {
    const dir = dataFolder(tempDir(), 1, 1);
    const stage = path.join(dir, '.restore-a1b2c3', 'backup');
    fs.mkdirSync(path.join(stage, 'library'), { recursive: true });
    fs.writeFileSync(path.join(stage, 'leerpad.sqlite'), 'half unpacked');
    const kept = path.join(dir, 'backups', 'before-restore-2026-12-01T10-00-00-000Z');
    fs.mkdirSync(kept, { recursive: true });
    fs.writeFileSync(path.join(kept, 'leerpad.sqlite'), 'the data a restore replaced');

    const core = openCore({ dataDir: dir, coursesDirs: [], host: 'cli', version: 'test' });
    expect(core.learners.list()).toHaveLength(1);
    core.close();

    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
    expect(fs.readFileSync(path.join(kept, 'leerpad.sqlite'), 'utf8')).toBe('the data a restore replaced');
  });
});
