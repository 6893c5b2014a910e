import type { CommandSpec } from './command';

/* Help and options of `leerpad portfolio`, beside specs.ts: light, loaded for --help without the database or Chromium. */

export const portfolioSpec: CommandSpec = {
  name: 'portfolio',
  summary: "write one learner's portfolio (reflections, kijkwijzers, quizzes, progress) as PDF or Markdown",
  usage: 'leerpad portfolio --learner <name> --out <file.pdf|file.md> [--course ID] [--exclude id,id] [--language nl-BE|en] [--data-dir DIR] [--json]',
  details: [
    '  --learner NAME    the profile (as the profile list shows it; case does not matter)',
    '  --out FILE        .pdf (printed by Chromium: CHROMIUM_PATH or /usr/bin/chromium) or .md',
    '  --course ID       the course (default: the only course there is)',
    '  --exclude IDS     reflection ids to leave out (private notes), comma-separated',
    "  --language L      nl-BE or en (default: the app's language in this data folder)",
    '',
    'Only reads: it may run while Leerpad is open. Exits 0 written, 1 refused (no such learner or course, no Chromium).',
  ],
  options: { learner: { type: 'string' }, out: { type: 'string' }, course: { type: 'string' }, exclude: { type: 'string' }, language: { type: 'string' } },
};
