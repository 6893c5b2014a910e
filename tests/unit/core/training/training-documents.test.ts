import { describe, expect, it } from 'vitest';
import type { PdfPrinter } from '../../../../electron/core/pdf/pdf-printer';
import { hoursText, longDate } from '../../../../electron/core/training/training-words';
import { studiedag, trainingApp } from './training-app';

const HOSTILE = '<img src=x onerror="alert(1)">';
const STYLE_BREAK = '</style><script>alert(2)</script>';

describe('the print documents of a trainer session', () => {
  it('escapes every name, title, place and note the trainer typed, in the attendance list, certificates and notes', async () => {
    const printed: string[] = [];
    const printPdf: PdfPrinter = async (html) => {
      printed.push(html);
      return Buffer.from('%PDF-');
    };
    const { call } = trainingApp({ printPdf });
    const t = await call('training/create', { ...studiedag([{ name: HOSTILE }]), title: STYLE_BREAK, place: `Aula & ${HOSTILE}`, trainer: `'${HOSTILE}'` });
    await call('training/attendance', { id: t.id, participantId: t.participants[0]!.id, present: true });
    await call('training/note', { id: t.id, moduleId: 'start', promptId: 'r-start', seq: 1, text: `${STYLE_BREAK}\n${HOSTILE}` });
    await call('training/export-attendance', { id: t.id, format: 'pdf' });
    await call('training/export-certificates', { id: t.id });
    await call('training/export-notes', { id: t.id, format: 'pdf' });

    expect(printed).toHaveLength(3);
    for (const html of printed) {
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script');
      expect(html.match(/<\/style>/g)).toHaveLength(1);
      expect(html).toContain('&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    }
    expect(printed[0]).toContain('<td>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</td><td>ja</td>');
    expect(printed[0]).toContain('Aula &amp; &lt;img');
    expect(printed[1]).toContain('<p class="who">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>');
    expect(printed[1]).toContain('&#39;&lt;img');
  });

  it('writes hours with a decimal comma and dates the Flemish way', () => {
    expect([15, 25, 60, 90, 330].map(hoursText)).toEqual(['0,25 uur', '0,42 uur', '1 uur', '1,5 uur', '5,5 uur']);
    expect(longDate('2026-12-04')).toBe('4 december 2026');
    expect(longDate('2027-01-31')).toBe('31 januari 2027');
  });
});
