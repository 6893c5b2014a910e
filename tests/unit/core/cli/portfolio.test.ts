import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/core/cli/run';
import { ONDERZOEKEN_TEXT, portfolioApp } from '../portfolio/portfolio-app';
import { tempDir } from '../../../helpers/temp';

const COURSES = path.resolve(__dirname, '../../../fixtures/courses/valid');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

const portfolio = (dataDir: string, ...args: string[]) => ['portfolio', '--courses', COURSES, '--course', 'mini', '--data-dir', dataDir, ...args];

describe('leerpad portfolio', () => {
  it('writes a learner\'s portfolio as Markdown while Leerpad is open on the folder, leaving out what --exclude names', async () => {
    const app = portfolioApp();
    await app.learnerWithWork('Noor');
    const file = path.join(tempDir(), 'noor.md');
    const c = io();
    expect(await runCli(portfolio(app.dataDir, '--learner', 'noor', '--out', file, '--exclude', 'r-start', '--json'), c.io)).toBe(0);
    expect(JSON.parse(c.out.at(-1)!)).toEqual({ ok: true, file, format: 'md', learner: 'Noor', course: 'mini', reflections: 1, excluded: 1, bytes: fs.statSync(file).size });
    const md = fs.readFileSync(file, 'utf8');
    expect(md).toContain(ONDERZOEKEN_TEXT);
    expect(md).not.toContain('Yasmina');
    app.core.close();
  });

  it('prints the PDF through Chromium, in the language asked for', { timeout: 60_000 }, async () => {
    const app = portfolioApp();
    await app.learnerWithWork('Noor');
    app.core.close();
    const file = path.join(tempDir(), 'noor.pdf');
    const c = io();
    expect(await runCli(portfolio(app.dataDir, '--learner', 'Noor', '--out', file, '--language', 'en'), c.io)).toBe(0);
    expect(c.out.join('')).toBe(`Wrote ${file}: the portfolio of Noor in Mini, 2 reflection(s).`);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('My portfolio');
    expect(text).toContain('Maandag zat Yasmina alleen aan de zandtafel.');
    // A table cell wraps: its lines may come out between the next cell's.
    expect(text).toContain('first Nog niet (2 March 2026), now Vaak');
    expect(text).toContain('(20 April 2026)');
  });

  it('only reads: a closed data folder is left as it was, without -wal or -shm beside the database', async () => {
    const app = portfolioApp();
    await app.learnerWithWork('Noor');
    app.core.close();
    const before = fs.readdirSync(app.dataDir).sort();
    const database = fs.readFileSync(path.join(app.dataDir, 'leerpad.sqlite'));
    expect(await runCli(portfolio(app.dataDir, '--learner', 'Noor', '--out', path.join(tempDir(), 'n.md')), io().io)).toBe(0);
    expect(fs.readdirSync(app.dataDir).sort()).toEqual(before);
    expect(fs.readFileSync(path.join(app.dataDir, 'leerpad.sqlite')).equals(database)).toBe(true);
  });

  it('refuses with exit 1 and says why: an unknown learner, an unknown format, an unknown language, no database', async () => {
    const app = portfolioApp();
    await app.learnerWithWork('Noor');
    app.core.close();
    const out = (name: string) => path.join(tempDir(), name);
    const cases: [string[], RegExp][] = [
      [portfolio(app.dataDir, '--learner', 'Sara', '--out', out('s.md')), /no profile named 'Sara'[\s\S]*The profiles here: Noor/],
      [portfolio(app.dataDir, '--learner', 'Noor', '--out', out('n.docx')), /Cannot tell the format from 'n\.docx'[\s\S]*\.pdf or \.md/],
      [portfolio(app.dataDir, '--learner', 'Noor', '--out', out('n.md'), '--language', 'fr'), /Unknown language 'fr'/],
      [portfolio(app.dataDir, '--out', out('n.md')), /Say whose portfolio to write: --learner <name>/],
      [portfolio(tempDir(), '--learner', 'Noor', '--out', out('n.md')), /There is no Leerpad database in/],
    ];
    for (const [args, message] of cases) {
      const c = io();
      expect(await runCli(args, c.io), args.join(' ')).toBe(1);
      expect(c.err.join('\n')).toMatch(message);
    }
  });
});
