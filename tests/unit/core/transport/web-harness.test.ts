import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePackage } from '../../../../electron/core/app/export';
import { startWebHarness } from '../../../../electron/core/transport/web-harness';
import { tempDir } from '../../../helpers/temp';

const coursesDir = path.resolve(__dirname, '../../../fixtures/courses/valid');
/** The SCO runtime `npm run build` made: every package carries it. */
const builtSco = path.resolve(__dirname, '../../../../out/sco');

function builtOut(parts: ('renderer' | 'lms-host')[]) {
  const outDir = tempDir();
  for (const part of parts) {
    fs.mkdirSync(path.join(outDir, part));
    fs.writeFileSync(path.join(outDir, part, 'index.html'), '<!doctype html><title>x</title>');
  }
  return outDir;
}

describe('the web harness', () => {
  it.each([
    ['the renderer', ['lms-host'] as const, 'renderer'],
    ['the LMS host page', ['renderer'] as const, 'lms-host'],
  ])('refuses to start when %s is not built, naming the file and the command that builds it', async (_what, built, missing) => {
    const outDir = builtOut([...built]);
    await expect(startWebHarness({ dataDir: tempDir(), coursesDirs: [coursesDir], outDir, port: 0, version: 't' })).rejects.toMatchObject({
      code: 'IO',
      message: expect.stringContaining(path.join(outDir, missing, 'index.html')),
      hint: expect.stringContaining('npm run build'),
    });
  });

  it('says which port is taken, and can start again on the same data once the port is free', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const options = { dataDir: tempDir(), coursesDirs: [coursesDir], outDir: builtOut(['renderer', 'lms-host']), port, version: 't' };
    await expect(startWebHarness(options)).rejects.toMatchObject({ code: 'IO', message: `Port ${port} is already in use.` });
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    // Nothing of the failed start is left holding the data folder or a listener.
    const app = await startWebHarness(options);
    expect(app.url).toBe(`http://127.0.0.1:${port}/`);
    await app.close();
  });

  it('serves a package written in the app at the download link the export answers with, as a download', async () => {
    const outDir = builtOut(['renderer', 'lms-host']);
    fs.symlinkSync(builtSco, path.join(outDir, 'sco'));
    const app = await startWebHarness({ dataDir: tempDir(), coursesDirs: [coursesDir], outDir, port: 0, version: 't' });
    try {
      const result = await writePackage(app.core, { courseId: 'mini', edition: 'scorm12', reflections: 'private', lms: 'moodle' });
      expect(result.written).toBe(true);
      const res = await fetch(new URL(result.downloadUrl!, app.url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(result.fileName);
      expect(Buffer.from(await res.arrayBuffer()).equals(fs.readFileSync(result.path!))).toBe(true);
    } finally {
      await app.close();
    }
  });
});
