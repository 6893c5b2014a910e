import fs from 'node:fs';
import path from 'node:path';
import type { ReflectionMode, ScormEdition } from '../contract';
import { formatIssue, loadCourse } from '../course';
import { AppError } from '../errors';
import { EDITIONS, LMS_TARGETS, REFLECTION_MODES, type LmsTarget } from '../scorm/export-options';
import { packageWithFindings } from '../scorm/export';
import { packageDirs } from '../scorm/package-dirs';
import { describeFinding, hasErrors, tally } from '../scorm/preflight';
import type { Command, CommandContext } from './command';

function badArg(message: string, hint: string): AppError {
  return new AppError({ code: 'BAD_REQUEST', message, hint });
}

export function choice<T extends string>(ctx: CommandContext, name: string, allowed: readonly T[]): T | undefined {
  const value = ctx.values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw badArg(`--${name} must be one of ${allowed.join(', ')}, not '${String(value)}'.`, `For example --${name} ${allowed[0]}.`);
  }
  return value as T;
}

export function numberArg(ctx: CommandContext, name: string, min: number, max: number): number | undefined {
  const value = ctx.values[name];
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw badArg(`--${name} must be a number from ${min} to ${max}, not '${String(value)}'.`, `For example --${name} ${Math.min(max, Math.max(min, 75))}.`);
  }
  return n;
}

export function existingCourseDir(arg: string | undefined, command: string): string {
  if (!arg) throw badArg('Which course? No course folder was given.', `Run: npm run leerpad -- ${command} courses/<course-id> …`);
  const dir = path.resolve(arg);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError({ code: 'NOT_FOUND', message: `There is no folder '${arg}'.`, hint: 'Give the path of a course folder, e.g. courses/kleine-kinderen-grote-kansen' });
  }
  return dir;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a course as a SCORM package (checked by preflight first)',
  usage:
    'leerpad export <courseDir> --format scorm12|scorm2004 --out <file.zip> [--modules id,id] [--reflections private|lms] [--mastery 0-100] [--lms moodle|canvas|generic] [--json]',
  details: [
    '  --format F        scorm12 (safest for Moodle) or scorm2004 (4th Edition; try this first in Canvas)',
    '  --out FILE        where to write the zip (default: <course-id>-<version>-<format>.zip here)',
    '  --modules IDS     only these modules, comma-separated (course order is kept)',
    "  --reflections M   private (default: reflection text stays with the learner) or lms (sent to the LMS)",
    "  --mastery N       pass mark 0-100 for every quiz, in the modules and the manifest",
    '  --lms L           moodle, canvas or generic: adds that LMS\'s known quirks to the preflight',
    '',
    'Prints the preflight findings. Writes the file only when there are no errors; exits 1 otherwise.',
  ],
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    modules: { type: 'string' },
    reflections: { type: 'string' },
    mastery: { type: 'string' },
    lms: { type: 'string' },
  },
  async run(ctx) {
    const dir = existingCourseDir(ctx.positionals[0], 'export');
    const edition = choice<ScormEdition>(ctx, 'format', EDITIONS);
    if (!edition) throw badArg('Which SCORM edition? --format is missing.', 'Add --format scorm12 (Moodle) or --format scorm2004.');
    const reflections = choice<ReflectionMode>(ctx, 'reflections', REFLECTION_MODES);
    const lms = choice<LmsTarget>(ctx, 'lms', LMS_TARGETS);
    const mastery = numberArg(ctx, 'mastery', 0, 100);
    const modulesArg = ctx.values.modules;
    const modules = typeof modulesArg === 'string' ? modulesArg.split(',').map((m) => m.trim()).filter(Boolean) : undefined;

    const dirs = packageDirs(ctx.projectRoot);
    const { course, issues } = loadCourse(dir);
    if (!course || issues.some((i) => i.severity === 'error')) {
      for (const issue of issues) ctx.stderr(formatIssue(issue));
      throw new AppError({ code: 'COURSE_INVALID', message: 'The course has errors; it cannot be exported.', hint: `Run: npm run leerpad -- validate ${ctx.positionals[0]}` });
    }

    const result = await packageWithFindings(course, dir, { edition, modules, reflections, mastery, lms }, dirs);
    const ok = !hasErrors(result.findings);
    const out = path.resolve(typeof ctx.values.out === 'string' ? ctx.values.out : result.fileName);
    if (ok) {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, result.zip);
    }
    if (ctx.json) {
      ctx.stdout(JSON.stringify({ ok, file: ok ? out : null, bytes: ok ? result.zip.length : 0, findings: result.findings }, null, 2));
      return ok ? 0 : 1;
    }
    for (const f of result.findings) (f.severity === 'error' ? ctx.stderr : ctx.stdout)(describeFinding(f));
    if (ok) ctx.stdout(`wrote ${out} (${result.zip.length} bytes, ${result.files.length} files) — ${tally(result.findings)}`);
    else ctx.stderr(`refused: ${tally(result.findings)}; no file written.`);
    return ok ? 0 : 1;
  },
};
