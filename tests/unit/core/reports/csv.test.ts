import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../electron/core/reports/csv';
import { neutralizeFormula } from '../../../../electron/core/reports/formula-guard';

const csv = (rows: (string | number | Date | null)[][], header = ['a', 'b']) => toCsv({ header, rows }, { timeZone: 'Europe/Brussels' });
const body = (text: string) => text.slice(1).split('\r\n').slice(1, -1);

describe('CSV for Excel with Dutch settings', () => {
  it('starts with the UTF-8 BOM, separates fields with ; and ends every line with CRLF', () => {
    const text = csv([['Noor', 'Émile']]);
    expect(text.startsWith('\uFEFFa;b\r\n')).toBe(true);
    expect(text).toBe('\uFEFFa;b\r\nNoor;Émile\r\n');
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes numbers with a decimal comma and no thousands separator, and leaves an empty cell empty', () => {
    expect(body(csv([[66.7, 12500], [-2, null], [Number.NaN, 0]]))).toEqual(['66,7;12500', '-2;', ';0']);
  });

  it('writes a moment as local YYYY-MM-DD HH:MM, which Excel reads as a date and time', () => {
    expect(body(csv([[new Date('2026-03-01T09:05:00Z'), new Date('2026-07-01T22:30:00Z')]]))).toEqual(['2026-03-01 10:05;2026-07-02 00:30']);
  });

  it('quotes a field with ; a quote or a line break as RFC 4180 asks, doubling the quotes', () => {
    expect(body(csv([['De Smet; Jan', 'zei "ja"'], ['twee\r\nregels', 'één\nregel']]))).toEqual([
      '"De Smet; Jan";"zei ""ja"""',
      '"twee',
      'regels";"één\nregel"',
    ]);
  });

  it('neutralises a learner name a spreadsheet would run as a formula, keeping numbers numbers', () => {
    const rows = [['=HYPERLINK("http://x","klik")', '+1'], ['@SUM(1)', '-2'], ['\tTAB', '\r=1'], ['＝1+1', '＠A1'], ['＋1', '－1']];
    expect(body(csv(rows))).toEqual([
      `"'=HYPERLINK(""http://x"",""klik"")";'+1`,
      "'@SUM(1);'-2",
      "'\tTAB;\"'\r=1\"",
      "'＝1+1;'＠A1",
      "'＋1;'－1",
    ]);
    expect(body(csv([[-2, 1.5]]))).toEqual(['-2;1,5']);
  });
});

describe('the formula guard', () => {
  it('leaves ordinary text alone, also text with a formula sign further on', () => {
    for (const text of ['Noor', 'a=b', 'ja', '', ' =1', '1+1', "'al"]) expect(neutralizeFormula(text)).toBe(text);
  });
  it('prefixes each formula start with a single quote', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) expect(neutralizeFormula(`${start}x`)).toBe(`'${start}x`);
  });
});
