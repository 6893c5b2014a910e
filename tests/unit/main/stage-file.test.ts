import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createUploads } from '../../../electron/core/library/uploads';
import { STAGE_FILE_CHANNEL } from '../../../electron/core/contract/bridge';
import { electronMock } from '../../helpers/main/electron-mock';
import { tempDir } from '../../helpers/temp';

vi.mock('electron', () => electronMock);
const { registerStageFile, stageFileHandler } = await import('../../../electron/main/stage-file');

const fromApp = { senderFrame: { parent: null, url: 'app://leerpad/index.html' } };
const fromSco = { senderFrame: { parent: {}, url: 'app://content/sco/x/index.html' } };

function setup() {
  const uploads = createUploads(path.join(tempDir(), '.uploads'), { maxBytes: 100, maxAgeMs: 60_000 });
  const zip = path.join(tempDir(), 'golf.zip');
  fs.writeFileSync(zip, 'PKgolf');
  return { uploads, zip, stage: stageFileHandler(uploads, () => undefined) };
}

describe('stageFile (desktop import)', () => {
  it('listens on its own channel', () => {
    registerStageFile(setup().uploads);
    expect(electronMock.ipcMain.handle).toHaveBeenCalledWith(STAGE_FILE_CHANNEL, expect.any(Function));
  });

  it('copies the chosen zip into the uploads folder and answers its upload id', async () => {
    const { uploads, zip, stage } = setup();
    const res = await stage(fromApp as never, zip);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(fs.readFileSync(uploads.take(res.data.uploadId), 'utf8')).toBe('PKgolf');
  });

  it('refuses a frame that is not the app page, a non-path, and files that are not a zip', async () => {
    const { zip, stage } = setup();
    expect(await stage(fromSco as never, zip)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    for (const bad of [42, '', 'x'.repeat(5000), '/etc/passwd', path.dirname(zip), `${zip}.missing.zip`]) {
      expect(await stage(fromApp as never, bad), String(bad).slice(0, 40)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
  });

  it('copies a learner file when the page says it is one, and refuses a purpose it does not know', async () => {
    const { uploads, stage } = setup();
    const learner = path.join(tempDir(), 'leerpad-learner-Noor.json');
    fs.writeFileSync(learner, '{}');
    const res = await stage(fromApp as never, learner, 'learner-file');
    expect(res).toMatchObject({ ok: true });
    if (res.ok) expect(fs.readFileSync(uploads.take(res.data.uploadId), 'utf8')).toBe('{}');
    expect(await stage(fromApp as never, learner)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await stage(fromApp as never, learner, 'anything')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('refuses a zip past the size cap before copying it', async () => {
    const { uploads, stage } = setup();
    const big = path.join(tempDir(), 'big.zip');
    fs.writeFileSync(big, Buffer.alloc(101));
    expect(await stage(fromApp as never, big)).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(fs.existsSync(uploads.dir)).toBe(false);
  });
});
