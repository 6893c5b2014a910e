import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipDeterministic } from '../../../../electron/core/scorm/zip';
import { extractZip } from '../../../../electron/core/scorm/zip-extract';
import { tempDir } from '../../../helpers/temp';
import { rawZip } from '../../../helpers/core/scorm/raw-zip';

const files = new Map<string, Uint8Array>([
  ['imsmanifest.xml', Buffer.from('<manifest/>')],
  ['welkom/index.html', Buffer.from('<p>Welkom</p>'.repeat(50))],
  ['welkom/media/foto.png', Buffer.from([137, 80, 78, 71, 1, 2, 3])],
]);
const zip = zipDeterministic(files);

function zipOnDisk(): string {
  const file = path.join(tempDir(), 'p.zip');
  fs.writeFileSync(file, zip);
  return file;
}

describe('extractZip', () => {
  it('unpacks files and folders into an empty folder', async () => {
    const dest = path.join(tempDir(), 'pakket');
    const summary = await extractZip(zipOnDisk(), dest);
    expect(summary.entries).toBe(3);
    for (const [name, body] of files) expect(fs.readFileSync(path.join(dest, name))).toEqual(Buffer.from(body));
  });

  it('refuses a folder that is not empty: nothing is overwritten', async () => {
    const dest = tempDir();
    fs.writeFileSync(path.join(dest, 'imsmanifest.xml'), 'mine');
    await expect(extractZip(zip, dest)).rejects.toThrow(/needs an empty folder/);
    expect(fs.readFileSync(path.join(dest, 'imsmanifest.xml'), 'utf8')).toBe('mine');
  });

  it('writes nothing at all for a zip refused while listing, and never outside the folder', async () => {
    const root = tempDir();
    const dest = path.join(root, 'in');
    const slip = rawZip([{ name: 'ok.txt', data: Buffer.from('ok') }, { name: '../buiten.txt', data: Buffer.from('x') }]);
    await expect(extractZip(slip, dest)).rejects.toMatchObject({ problem: 'parent' });
    expect(fs.readdirSync(root)).toEqual(['in']);
    expect(fs.readdirSync(dest)).toEqual([]);
  });

  it('creates no link for a symlink entry', async () => {
    const dest = path.join(tempDir(), 'in');
    await expect(extractZip(rawZip([{ name: 'passwd.png', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }]), dest)).rejects.toMatchObject({ problem: 'symlink' });
    expect(fs.readdirSync(dest)).toEqual([]);
  });
});
