import type { Framework, Language, Portfolio, PortfolioFormat } from '../contract';
import { AppError } from '../errors';
import { footerTemplate, PAGE_NUMBER, PAGE_TOTAL, type PdfPrinter } from '../pdf/pdf-printer';
import { escapeHtml } from './escape';
import { portfolioHtml } from './portfolio-html';
import { portfolioMarkdown } from './portfolio-markdown';
import { fill, portfolioWords } from './portfolio-words';

/** The portfolio's bytes in the asked format: Markdown as UTF-8, PDF from the HTML document by `printer`. */
export async function portfolioBytes(p: Portfolio, framework: Framework, language: Language, format: PortfolioFormat, printer: PdfPrinter | undefined): Promise<Buffer> {
  if (format === 'md') return Buffer.from(portfolioMarkdown(p, language), 'utf8');
  if (!printer) {
    throw new AppError({
      code: 'IO',
      message: 'This Leerpad cannot make PDF files (it has no PDF printer).',
      hint: 'Export the portfolio as Markdown instead, or use the desktop app or `leerpad portfolio`.',
    });
  }
  const footer = footerTemplate(fill(escapeHtml(portfolioWords(language).texts.footer), { page: PAGE_NUMBER, pages: PAGE_TOTAL }));
  return printer(portfolioHtml(p, framework, language), { footerTemplate: footer });
}
