import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedFullCourse } from '../helpers/full-course-learner';
import { bench, median, timeMs } from './stats';

const RUNS = 3;
const CLI = path.resolve(__dirname, '../../out/cli/leerpad.mjs');

/**
 * `leerpad portfolio` as a learner runs it, a whole process, for a learner with all 16 modules of work:
 * the PDF (Chromium started, printed, closed) beside the Markdown of the same portfolio and poppler's
 * pdftotext reading the PDF back, both in the same run.
 */
export function benchPortfolio() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerpad-bench-portfolio-'));
  try {
    const data = path.join(dir, 'data');
    const { name } = seedFullCourse(data);
    const run = (out: string) => execFileSync(process.execPath, [CLI, 'portfolio', '--learner', name, '--out', out, '--data-dir', data], { stdio: 'pipe' });
    const pdf = path.join(dir, 'portfolio.pdf');
    const pdfTimes: number[] = [];
    const mdTimes: number[] = [];
    const readBack: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      pdfTimes.push(timeMs(() => run(pdf)));
      mdTimes.push(timeMs(() => run(path.join(dir, 'portfolio.md'))));
      readBack.push(timeMs(() => execFileSync('pdftotext', [pdf, path.join(dir, 'portfolio.txt')])));
    }
    bench('portfolio_pdf_ms', median(pdfTimes), 'ms');
    bench('portfolio_md_ms', median(mdTimes), 'ms');
    bench('pdftotext_ms', median(readBack), 'ms');
    bench('portfolio_pdf_bytes', fs.statSync(pdf).size, 'bytes');
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
    bench('portfolio_pdf_pages', Number(pages), 'pages');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
