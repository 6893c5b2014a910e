import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { portfolioApp } from '../portfolio/portfolio-app';

describe('portfolio/export', () => {
  it("writes the own portfolio as Markdown into the data folder's exports, without the reflections left out", async () => {
    const app = portfolioApp();
    const { session } = await app.learnerWithWork();
    const made = await app.call('portfolio/export', { session, courseId: 'mini', format: 'md', exclude: ['r-onderzoeken', 'no-such-id'] });
    expect(made).toMatchObject({ format: 'md', reflections: 1, downloadUrl: null, path: path.join(app.dataDir, 'exports', made.fileName) });
    const md = fs.readFileSync(made.path, 'utf8');
    expect(made.bytes).toBe(Buffer.byteLength(md));
    expect(md).toContain('Maandag zat Yasmina alleen aan de zandtafel.\\');
    expect(md).not.toContain('Bilal');
    expect(fs.readdirSync(path.join(app.dataDir, 'exports'))).toEqual([made.fileName]);
    app.core.close();
  });

  it("is written in the app's language", async () => {
    const app = portfolioApp();
    const { session } = await app.learnerWithWork();
    await app.call('settings/set', { language: 'en' });
    const { path: file } = await app.call('portfolio/export', { session, courseId: 'mini', format: 'md' });
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^# My portfolio\n\nNoor · Mini\n\nMade on /);
    app.core.close();
  });

  it('says what to do instead when this Leerpad has no PDF printer, and writes nothing', async () => {
    const app = portfolioApp(undefined);
    const { session } = await app.learnerWithWork();
    await expect(app.call('portfolio/export', { session, courseId: 'mini', format: 'pdf' })).rejects.toMatchObject({ code: 'IO', hint: expect.stringContaining('Markdown') });
    expect(fs.existsSync(path.join(app.dataDir, 'exports'))).toBe(false);
    app.core.close();
  });

  it('refuses a format it does not make and an export without a signed-in profile', async () => {
    const app = portfolioApp();
    const { session } = await app.learnerWithWork();
    await expect(app.call('portfolio/export', { session, courseId: 'mini', format: 'docx' as 'md' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(app.call('portfolio/export', { session: 's'.repeat(20), courseId: 'mini', format: 'md' })).rejects.toMatchObject({ code: 'SESSION_REQUIRED' });
    app.core.close();
  });
});
