import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../../../electron/core/reports/xlsx';
import { toCsv } from '../../../../electron/core/reports/csv';

const HOSTILE = ['=HYPERLINK("http://x","klik")', '+1', '@SUM(1)', '-2'];

/** The workbook's XML parts by name, as Excel reads them from the zip. */
async function workbook(rows: (string | number | Date | null)[][]) {
  const bytes = await toXlsx([{ name: 'Modules', header: ['Naam', 'Score'], rows }], { timeZone: 'Europe/Brussels' });
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const unescape = (xml: string) => xml.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');

describe('the xlsx report', () => {
  it('keeps formula-like names as text with a leading quote and writes no formula at all', async () => {
    const files = await workbook(HOSTILE.map((name) => [name, 50]));
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).not.toMatch(/<f[ >]/);
    const shared = unescape(files['xl/sharedStrings.xml']!);
    for (const name of HOSTILE) {
      expect(shared).toContain(`<t>'${name}</t>`);
      expect(shared).not.toContain(`<t>${name}</t>`);
    }
  });

  it('writes numbers as numbers and texts as shared strings', async () => {
    const sheet = (await workbook([['Amira', 80.5], ['-2', -2]]))['xl/worksheets/sheet1.xml']!;
    expect(sheet).toMatch(/<c r="B2"[^>]*><v>80.5<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="B3"[^>]*><v>-2<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="A3"[^>]*t="s"[^>]*>/);
  });

  it('shows a moment as the local date and time, formatted yyyy-mm-dd hh:mm', async () => {
    const files = await workbook([['Amira', new Date('2026-07-01T21:45:00Z')]]);
    // 2026-07-01 23:45 in Brussels: day 46204 since 1899-12-30, and 23.75 hours.
    const serial = Number(/<c r="B2"[^>]*><v>([\d.]+)<\/v>/.exec(files['xl/worksheets/sheet1.xml']!)![1]);
    expect(serial).toBeCloseTo(46204 + 23.75 / 24, 6);
    expect(files['xl/styles.xml']).toContain('formatCode="yyyy-mm-dd hh:mm"');
  });

  it('and the CSV neutralises the same names', () => {
    const text = toCsv({ header: ['Naam'], rows: HOSTILE.map((n) => [n]) });
    expect(text.split('\r\n').slice(1, -1)).toEqual([`"'=HYPERLINK(""http://x"",""klik"")"`, "'+1", "'@SUM(1)", "'-2"]);
  });
});
