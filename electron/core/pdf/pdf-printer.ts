/**
 * The PDF printer port: one HTML document in, the PDF's bytes out (or several in one batch, printAll). Two engines implement it — Electron's
 * webContents.printToPDF (electron/main/pdf-printer.ts) and Chromium through playwright-core
 * (chromium-printer.ts) — both Chromium, both given the same options, so the desktop and the web harness
 * print the same document the same way.
 */
export interface PdfPrintOptions {
  /** Inner HTML of the footer on every page; Chromium fills `.pageNumber` and `.totalPages` spans in it. */
  footerTemplate: string;
}

export interface PdfDocument {
  html: string;
  options: PdfPrintOptions;
}

export type PdfPrinter = ((html: string, options: PdfPrintOptions) => Promise<Buffer>) & {
  /**
   * Several documents with one start of the engine, their PDFs in the same order. Chromium's start is most of a
   * print; a printer without it (Electron's, whose Chromium runs already) prints them one after the other.
   */
  many?: (docs: readonly PdfDocument[]) => Promise<Buffer[]>;
};

/** Every document, in one batch when the printer can; one at a time so two cores are not shared by several prints. */
export async function printAll(printer: PdfPrinter, docs: readonly PdfDocument[]): Promise<Buffer[]> {
  if (printer.many) return printer.many(docs);
  const pdfs: Buffer[] = [];
  for (const d of docs) pdfs.push(await printer(d.html, d.options));
  return pdfs;
}

/** A4 with room for the footer; in inches because both engines take margins that way (1 in = 25.4 mm). */
export const PAGE = {
  widthInches: 210 / 25.4,
  heightInches: 297 / 25.4,
  margins: { top: 20 / 25.4, bottom: 22 / 25.4, left: 20 / 25.4, right: 20 / 25.4 },
} as const;

/** The page's label, the only text of the footer: the PDF engines draw it outside the document's own CSS. */
export function footerTemplate(label: string): string {
  // Chromium renders the footer at a tiny default size and without the page's fonts: both set here.
  return `<div style="width:100%;font-family:'DejaVu Sans',Arial,sans-serif;font-size:9pt;color:#333;text-align:center;">${label}</div>`;
}

/** `Pagina {{page}} van {{pages}}` with Chromium's page-number placeholders in place of the values. */
export const PAGE_NUMBER = '<span class="pageNumber"></span>';
export const PAGE_TOTAL = '<span class="totalPages"></span>';
