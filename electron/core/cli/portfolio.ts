import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGES, PORTFOLIO_FORMATS, type Language, type PortfolioFormat } from '../contract';
import { createCatalog } from '../course/catalog';
import { AppError } from '../errors';
import { createChromiumPrinter } from '../pdf/chromium-printer';
import { portfolioBytes } from '../portfolio/portfolio-file';
import { createPortfolioQueries } from '../portfolio/portfolio-model';
import { withoutExcluded } from '../portfolio/select';
import { createDashboardQueries } from '../progress/dashboard';
import { createSettingsStore } from '../progress/settings';
import { EXIT, type Command, type CommandContext } from './command';
import { learnerByName } from './learner-lookup';
import { portfolioSpec } from './portfolio-specs';
import { openForReading } from './read-database';

const text = (ctx: CommandContext, key: string) => (typeof ctx.values[key] === 'string' ? (ctx.values[key] as string) : undefined);

function bad(message: string, hint: string): AppError {
  return new AppError({ code: 'BAD_REQUEST', message, hint });
}

function formatOf(out: string): PortfolioFormat {
  const ext = path.extname(out).slice(1).toLowerCase();
  const format = PORTFOLIO_FORMATS.find((f) => f === ext);
  if (!format) throw bad(`Cannot tell the format from '${path.basename(out)}'.`, 'End --out with .pdf or .md.');
  return format;
}

function courseIdOf(ctx: CommandContext, catalog: ReturnType<typeof createCatalog>): string {
  const given = text(ctx, 'course');
  if (given) return given;
  const ok = catalog.list().filter((c) => c.status === 'ok');
  if (ok.length === 1) return ok[0]!.id;
  throw bad(ok.length ? `There are ${ok.length} courses: say which one with --course.` : 'There is no course to make a portfolio of.', ok.length ? `The courses: ${ok.map((c) => c.id).join(', ')}.` : 'Check --courses.');
}

export const portfolioCommand: Command = {
  ...portfolioSpec,
  async run(ctx) {
    const name = text(ctx, 'learner');
    if (!name?.trim()) throw bad('Say whose portfolio to write: --learner <name>.', '`leerpad list` shows the profiles.');
    const outGiven = text(ctx, 'out');
    if (!outGiven) throw bad('Say where to write the portfolio: --out <file.pdf> or --out <file.md>.', 'The extension chooses the format.');
    const out = path.resolve(outGiven);
    const format = formatOf(out);
    const language = text(ctx, 'language');
    if (language !== undefined && !LANGUAGES.includes(language as Language)) throw bad(`Unknown language '${language}'.`, `Choose one of: ${LANGUAGES.join(', ')}.`);
    const exclude = (text(ctx, 'exclude') ?? '').split(',').map((s) => s.trim()).filter(Boolean);

    const catalog = createCatalog(ctx.coursesDirs.map((d) => path.resolve(d)));
    const course = catalog.open(courseIdOf(ctx, catalog));
    const { db, close } = openForReading(ctx.dataDir);
    let read;
    try {
      const learner = learnerByName(db, name, ctx.dataDir);
      const portfolio = createPortfolioQueries(db, createDashboardQueries(db).dashboard).portfolio(learner, course);
      read = { portfolio, language: (language as Language | undefined) ?? createSettingsStore(db).get().language };
    } finally {
      close();
    }
    const unknown = exclude.filter((id) => !read.portfolio.reflections.some((r) => r.reflectionId === id));
    const chosen = withoutExcluded(read.portfolio, exclude);
    // Printed after the database is closed: a PDF takes a second or two, and Leerpad may be saving meanwhile.
    const bytes = await portfolioBytes(chosen, course.framework, read.language, format, createChromiumPrinter());
    // Written beside the target and renamed: a full disk never leaves half a file under the real name.
    const tmp = `${out}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, out);
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw new AppError({ code: 'IO', message: `Cannot write ${out}: ${(e as Error).message}`, hint: 'Choose another --out, on a disk with room and write access.' });
    }
    const summary = { ok: true, file: out, format, learner: chosen.learnerName, course: course.id, reflections: chosen.reflections.length, excluded: exclude.length - unknown.length, bytes: bytes.length };
    if (ctx.json) ctx.stdout(JSON.stringify(summary));
    else {
      ctx.stdout(`Wrote ${out}: the portfolio of ${summary.learner} in ${course.title}, ${summary.reflections} reflection(s)${summary.excluded ? `, ${summary.excluded} left out` : ''}.`);
      if (unknown.length) ctx.stderr(`note: no written reflection has the id ${unknown.join(', ')}; nothing else was left out.`);
    }
    return EXIT.ok;
  },
};
