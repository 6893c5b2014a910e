import { describe, expect, it } from 'vitest';
import { printAll, type PdfDocument, type PdfPrinter } from '../../../../electron/core/pdf/pdf-printer';

const docs: PdfDocument[] = ['een', 'twee', 'drie'].map((word) => ({ html: `<p>${word}</p>`, options: { footerTemplate: `<span>${word}</span>` } }));

describe('printing several documents (printAll)', () => {
  it('hands them to a printer that prints a batch in one call, the PDFs in the same order', async () => {
    const batches: string[][] = [];
    const single: string[] = [];
    const printer: PdfPrinter = Object.assign(async (html: string) => (single.push(html), Buffer.from(html)), {
      many: async (all: readonly PdfDocument[]) => (batches.push(all.map((d) => d.html)), all.map((d) => Buffer.from(`pdf of ${d.html}`))),
    });
    const pdfs = await printAll(printer, docs);
    expect(batches).toEqual([['<p>een</p>', '<p>twee</p>', '<p>drie</p>']]);
    expect(single).toEqual([]);
    expect(pdfs.map(String)).toEqual(['pdf of <p>een</p>', 'pdf of <p>twee</p>', 'pdf of <p>drie</p>']);
  });

  it('prints one document after the other, each with its own options, on a printer without a batch (the desktop\'s)', async () => {
    const log: string[] = [];
    let printing = 0;
    const printer: PdfPrinter = async (html, options) => {
      printing++;
      log.push(`${html} ${options.footerTemplate} alone=${printing === 1}`);
      await Promise.resolve();
      printing--;
      return Buffer.from(html);
    };
    const pdfs = await printAll(printer, docs);
    expect(log).toEqual(['<p>een</p> <span>een</span> alone=true', '<p>twee</p> <span>twee</span> alone=true', '<p>drie</p> <span>drie</span> alone=true']);
    expect(pdfs.map(String)).toEqual(['<p>een</p>', '<p>twee</p>', '<p>drie</p>']);
  });
});
