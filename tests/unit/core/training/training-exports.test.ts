import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createChromiumPrinter } from '../../../../electron/core/pdf/chromium-printer';
import type { PdfDocument, PdfPrinter } from '../../../../electron/core/pdf/pdf-printer';
import { studiedag, trainingApp } from './training-app';

/** A printer that keeps the HTML it was given: what the PDF would show, readable without Chromium. */
function htmlPrinter() {
  const printed: string[] = [];
  const printPdf: PdfPrinter = async (html) => {
    printed.push(html);
    return Buffer.from(`%PDF- ${printed.length}`);
  };
  return { printed, printPdf };
}

async function dayWithThree(printPdf?: PdfPrinter) {
  const app = trainingApp({ printPdf });
  const noor = await app.learner('Noor');
  const t = await app.call('training/create', studiedag([{ name: 'Noor Peeters', learnerId: noor.id }, { name: 'Jonas; De Smet' }, { name: '=HYPERLINK("x")' }]));
  for (const p of [t.participants[0]!, t.participants[2]!]) await app.call('training/attendance', { id: t.id, participantId: p.id, present: true });
  return { ...app, t };
}

describe('the files of a trainer session', () => {
  it('writes the attendance list as a CSV Excel opens with Dutch settings, one row per participant, formulas neutralised', async () => {
    const { call, t } = await dayWithThree();
    const file = await call('training/export-attendance', { id: t.id, format: 'csv' });
    expect(file).toMatchObject({ fileName: 'aanwezigheden-2026-12-04-Pedagogische-studiedag.csv', downloadUrl: './exports/aanwezigheden-2026-12-04-Pedagogische-studiedag.csv' });
    const csv = fs.readFileSync(file.path, 'utf8');
    expect(file.bytes).toBe(Buffer.byteLength(csv));
    expect(csv).toBe(
      '\uFEFF' +
        [
          'Sessie;Datum;Plaats;Trainer;Naam;Gekoppeld profiel;Aanwezig',
          'Pedagogische studiedag;2026-12-04;Basisschool De Linde, Gent;Els Mertens;Noor Peeters;Noor;ja',
          'Pedagogische studiedag;2026-12-04;Basisschool De Linde, Gent;Els Mertens;"Jonas; De Smet";;nee',
          `Pedagogische studiedag;2026-12-04;Basisschool De Linde, Gent;Els Mertens;"'=HYPERLINK(""x"")";;ja`,
        ]
          .map((l) => `${l}\r\n`)
          .join(''),
    );
  });

  it('makes one certificate per present participant with the session, date, place, trainer and the hours of each module', async () => {
    const { printed, printPdf } = htmlPrinter();
    const { call, t } = await dayWithThree(printPdf);
    const { files } = await call('training/export-certificates', { id: t.id });
    expect(files.map((f) => f.fileName)).toEqual(['attest-2026-12-04-Noor-Peeters.pdf', 'attest-2026-12-04-HYPERLINK-x.pdf']);
    expect(files.map((f) => fs.readFileSync(f.path, 'utf8'))).toEqual(['%PDF- 1', '%PDF- 2']);
    const [noor, hostile] = printed;
    expect(noor).toContain('<p class="who">Noor Peeters</p>');
    expect(noor).toContain('4 december 2026');
    expect(noor).toContain('Basisschool De Linde, Gent');
    expect(noor).toContain('Els Mertens');
    // Both mini modules are 15 minutes.
    expect(noor).toContain('<td>Start: zo werkt het</td><td class="hours">0,25 uur</td>');
    expect(noor).toContain('<td>Totaal</td><td class="hours">0,5 uur</td>');
    expect(noor).not.toContain('Jonas');
    expect(hostile).toContain('=HYPERLINK(&quot;x&quot;)');
  });

  it('prints all certificates of a session as one batch when the printer can (one Chromium start, not one per participant)', async () => {
    const batches: string[][] = [];
    const printPdf: PdfPrinter = Object.assign(async () => Buffer.from('%PDF- alone'), {
      many: async (docs: readonly PdfDocument[]) => (batches.push(docs.map((d) => /<p class="who">([^<]*)<\/p>/.exec(d.html)?.[1] ?? '')), docs.map((_, i) => Buffer.from(`%PDF- ${i + 1}`))),
    });
    const { call, t } = await dayWithThree(printPdf);
    const { files } = await call('training/export-certificates', { id: t.id });
    expect(batches).toEqual([['Noor Peeters', '=HYPERLINK(&quot;x&quot;)']]);
    expect(files.map((f) => [f.fileName, fs.readFileSync(f.path, 'utf8')])).toEqual([
      ['attest-2026-12-04-Noor-Peeters.pdf', '%PDF- 1'],
      ['attest-2026-12-04-HYPERLINK-x.pdf', '%PDF- 2'],
    ]);
  });

  it('refuses certificates while nobody is marked present, and PDFs where no printer is', async () => {
    const { call, refusal } = trainingApp();
    const t = await call('training/create', studiedag([{ name: 'Sara' }]));
    expect(await refusal('training/export-certificates', { id: t.id })).toMatchObject({ code: 'BAD_REQUEST', hint: 'Mark who was present first.' });
    await call('training/attendance', { id: t.id, participantId: t.participants[0]!.id, present: true });
    expect(await refusal('training/export-certificates', { id: t.id })).toMatchObject({ code: 'IO', message: expect.stringContaining('cannot make PDF files') });
    expect(await refusal('training/export-attendance', { id: t.id, format: 'pdf' })).toMatchObject({ code: 'IO' });
  });

  it('writes the notes as Markdown with each discussion question, the group note and the counted group quiz', async () => {
    const { call, t } = await dayWithThree();
    await call('training/note', { id: t.id, moduleId: 'start', promptId: 'r-start', seq: 1, text: '# Geen kop\nKring *elke* dag.' });
    await call('training/tally', { id: t.id, moduleId: 'hefboom-onderzoeken', questionId: 'q-onderzoeken-dialoog', optionId: 'true', count: 7 });
    await call('training/tally', { id: t.id, moduleId: 'hefboom-onderzoeken', questionId: 'q-onderzoeken-dialoog', optionId: 'false', count: 1 });
    const file = await call('training/export-notes', { id: t.id, format: 'md' });
    expect(file.fileName).toBe('notities-2026-12-04-Pedagogische-studiedag.md');
    const md = fs.readFileSync(file.path, 'utf8');
    expect(md).toMatch(/^# Notities van de sessie: Pedagogische studiedag\n\n4 december 2026 · Basisschool De Linde, Gent · trainer: Els Mertens\n/);
    expect(md).toContain('## Start: zo werkt het\n\n### Gespreksvraag: ');
    expect(md).toContain('\\# Geen kop\\\nKring \\*elke\\* dag.');
    expect(md).toContain('### Groepsquiz');
    expect(md).toMatch(/- Juist: 7 keer gekozen \(juist antwoord\)\n- Fout: 1 keer gekozen\n/);
  });

  it('prints a certificate Chromium reads back with the name, date and hours', { timeout: 60_000 }, async () => {
    const { call, t } = await dayWithThree(createChromiumPrinter());
    const { files } = await call('training/export-certificates', { id: t.id });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', files[0]!.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Attest van deelname');
    expect(text).toContain('Noor Peeters');
    expect(text).toContain('Pedagogische studiedag');
    expect(text).toContain('Datum: 4 december 2026 · Plaats: Basisschool De Linde, Gent · Trainer: Els Mertens');
    expect(text).toContain('Hefboom 1: onderzoeken 0,25 uur');
    expect(text).toContain('Totaal 0,5 uur');
    expect(text).toContain('Pagina 1 van 1');
  });
});
