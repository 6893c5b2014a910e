import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../../electron/core/pdf/chromium-printer';
import { ONDERZOEKEN_TEXT, portfolioApp } from '../portfolio/portfolio-app';

/** The PDF's text as poppler reads it, with runs of white space (line wraps) made one space. */
function pdfText(file: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the portfolio PDF, printed by Chromium', () => {
  it('holds both reflections, the ratings and the lever progress; a reflection left out is not in it', { timeout: 60_000 }, async () => {
    const app = portfolioApp(createChromiumPrinter());
    const { session } = await app.learnerWithWork();

    const all = await app.call('portfolio/export', { session, courseId: 'mini', format: 'pdf' });
    expect(all).toMatchObject({ format: 'pdf', reflections: 2, downloadUrl: null, fileName: expect.stringMatching(/^portfolio-Noor-.*\.pdf$/) });
    expect(fs.readFileSync(all.path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(all.path);
    expect(text).toContain('Mijn portfolio');
    expect(text).toContain('Noor · Mini');
    expect(text).toContain('Maandag zat Yasmina alleen aan de zandtafel.');
    expect(text).toContain(ONDERZOEKEN_TEXT);
    expect(text).toContain('Module: Hefboom 1: onderzoeken · Bij: Onderzoeken, Kinderrechten');
    expect(text).toContain('Er ligt materiaal klaar.');
    // A table cell wraps: its lines may come out between the next cell's.
    expect(text).toContain('eerst Nog niet (2 maart 2026), nu Vaak');
    expect(text).toContain('(20 april 2026)');
    expect(text).toContain('Nu ligt er elke ochtend klei klaar.');
    expect(text).toMatch(/Hefboom: Onderzoeken 1 van 1 module afgerond \(100 %\)/);
    expect(text).toContain('80 % (nodig: 75 %)');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [all.path], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Pagina 1 van ${pages}`);
    expect(text).toContain(`Pagina ${pages} van ${pages}`);

    const chosen = await app.call('portfolio/export', { session, courseId: 'mini', format: 'pdf', exclude: ['r-start'] });
    expect(chosen.reflections).toBe(1);
    const without = pdfText(chosen.path);
    expect(without).not.toContain('Yasmina');
    expect(without).toContain(ONDERZOEKEN_TEXT);
    app.core.close();
  });

  it('is A4 and carries the learner and the course in its title', { timeout: 60_000 }, async () => {
    const app = portfolioApp(createChromiumPrinter());
    const { session } = await app.learnerWithWork();
    const { path } = await app.call('portfolio/export', { session, courseId: 'mini', format: 'pdf' });
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    // A4 is 595.28 x 841.89 points.
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Mijn portfolio — Noor/);
    app.core.close();
  });
});
