import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CourseDocument, ValidationIssue } from '../contract';
import { formatIssue } from '../course/issues';
import { loadCourseCached } from '../course/compile-cache';
import { AppError } from '../errors';
import { cliCompileCache } from './compile-cache';
import type { Command } from './command';
import { validateSpec } from './specs';

function summaryOf(course: CourseDocument) {
  const modules = course.modules;
  const blocks = modules.flatMap((m) => m.sections.flatMap((s) => s.blocks));
  return {
    id: course.id,
    title: course.title,
    version: course.version,
    modules: modules.length,
    sections: modules.reduce((n, m) => n + m.sections.length, 0),
    words: modules.reduce((n, m) => n + m.wordCount, 0),
    questions: blocks.reduce((n, b) => n + (b.kind === 'quiz' ? b.questions.length : 0), 0),
    reflections: blocks.filter((b) => b.kind === 'reflection').length,
    checklists: blocks.filter((b) => b.kind === 'checklist').length,
    media: new Set(modules.flatMap((m) => m.media)).size,
  };
}

function count(issues: ValidationIssue[], severity: ValidationIssue['severity']): number {
  return issues.filter((i) => i.severity === severity).length;
}

export const validateCommand: Command = {
  ...validateSpec,
  async run(ctx) {
    const [arg] = ctx.positionals;
    if (!arg) {
      throw new AppError({
        code: 'BAD_REQUEST',
        message: 'Which course? No course folder was given.',
        hint: 'Run: npm run leerpad -- validate courses/<course-id>',
      });
    }
    const dir = path.resolve(arg);
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
      throw new AppError({
        code: 'NOT_FOUND',
        message: `There is no folder '${arg}'.`,
        hint: 'Give the path of a course folder, e.g. courses/kleine-kinderen-grote-kansen',
        params: { dir: arg },
      });
    }

    const { course, issues } = await loadCourseCached(dir, cliCompileCache(path.dirname(fileURLToPath(import.meta.url))));
    const errors = count(issues, 'error');
    const ok = errors === 0 && course !== null;
    if (ctx.json) {
      ctx.stdout(JSON.stringify({ ok, course: course ? summaryOf(course) : null, issues }, null, 2));
      return ok ? 0 : 1;
    }

    // One stream keeps the issues in file and line order, as the author reads them.
    for (const issue of issues) ctx.stdout(formatIssue(issue));
    const warnings = count(issues, 'warning');
    const tally = `${errors} error(s), ${warnings} warning(s)`;
    if (course) {
      const s = summaryOf(course);
      ctx.stdout(
        `${ok ? 'ok' : 'invalid'}: ${s.id} ${s.version} — ${s.modules} modules, ${s.words} words, ${s.questions} questions; ${tally}`,
      );
    } else ctx.stdout(`invalid: ${arg} — ${tally}`);
    return ok ? 0 : 1;
  },
};
