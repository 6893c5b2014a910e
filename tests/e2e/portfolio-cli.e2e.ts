import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../electron/shared/sco-state';
import { seedFullCourse } from '../helpers/full-course-learner';
import { ROOT, SCREENSHOTS, tempDataDir } from './harness';

function leerpad(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'out', 'cli', 'leerpad.mjs'), ...args], (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }));
  });
}

describe('leerpad portfolio (the built CLI, the whole course)', () => {
  it('prints the PDF of a learner who worked through all 16 modules: every reflection, kijkwijzer and lever in it', { timeout: 120_000 }, async () => {
    const data = tempDataDir();
    const { name, course } = seedFullCourse(data);
    const pdf = path.join(data, 'portfolio.pdf');
    const run = await leerpad(['portfolio', '--learner', name, '--out', pdf, '--data-dir', data, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const reflections = course.modules.flatMap((m) => blocksOf(m, 'reflection'));
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, format: 'pdf', learner: name, reflections: reflections.length });

    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const m of course.modules) expect(text, m.title).toContain(`In de week van ${m.title} zag ik een kind`);
    for (const c of course.modules.flatMap((m) => blocksOf(m, 'checklist'))) expect(text).toContain(c.title.replace(/\s+/g, ' '));
    for (const lever of course.framework.themes.flatMap((t) => t.levers)) expect(text).toContain(`Hefboom: ${lever.title}`);
    expect(text).toMatch(/Pagina 1 van \d+/);

    // The first page as the learner sees it, beside the app's screenshots.
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SCREENSHOTS, 'portfolio-pdf-page-1')]);
    expect(fs.statSync(path.join(SCREENSHOTS, 'portfolio-pdf-page-1.png')).size).toBeGreaterThan(0);
  });
});
