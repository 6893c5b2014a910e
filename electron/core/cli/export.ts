import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GUIDE_LANGUAGES, PACKAGINGS, type GuideLanguage, type Packaging, type ReflectionMode, type ScormEdition } from '../contract';
import { formatIssue } from '../course/issues';
import { loadCourseCached } from '../course/compile-cache';
import { AppError } from '../errors';
import { EDITIONS, LMS_TARGETS, REFLECTION_MODES, type LmsTarget } from '../scorm/export-options';
import { guideForExport, guideLines, partsOf } from '../scorm/guide/for-export';
import { packageDirs } from '../scorm/package-dirs';
import { runExport } from '../scorm/pipeline';
import { describeFinding, tally } from '../scorm/preflight/report';
import { cliCompileCache, cliPackStore } from './compile-cache';
import type { Command, CommandContext } from './command';
import { exportSpec } from './specs';

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
  ...exportSpec,
  async run(ctx) {
    const dir = existingCourseDir(ctx.positionals[0], 'export');
    const edition = choice<ScormEdition>(ctx, 'format', EDITIONS);
    if (!edition) throw badArg('Which SCORM edition? --format is missing.', 'Add --format scorm12 (Moodle) or --format scorm2004.');
    const reflections = choice<ReflectionMode>(ctx, 'reflections', REFLECTION_MODES);
    const lms = choice<LmsTarget>(ctx, 'lms', LMS_TARGETS);
    const mastery = numberArg(ctx, 'mastery', 0, 100);
    const packaging = choice<Packaging>(ctx, 'packaging', PACKAGINGS);
    const guideLanguage = choice<GuideLanguage>(ctx, 'guide-language', GUIDE_LANGUAGES);
    const modulesArg = ctx.values.modules;
    const modules = typeof modulesArg === 'string' ? modulesArg.split(',').map((m) => m.trim()).filter(Boolean) : undefined;

    const dirs = packageDirs(ctx.projectRoot);
    const cache = cliCompileCache(path.dirname(fileURLToPath(import.meta.url)));
    const { course, issues } = await loadCourseCached(dir, cache);
    if (!course || issues.some((i) => i.severity === 'error')) {
      for (const issue of issues) ctx.stderr(formatIssue(issue));
      throw new AppError({ code: 'COURSE_INVALID', message: 'The course has errors; it cannot be exported.', hint: `Run: npm run leerpad -- validate ${ctx.positionals[0]}` });
    }

    const outArg = ctx.values.out;
    const result = await runExport({
      course,
      courseDir: dir,
      options: { edition, modules, reflections, mastery, lms, packaging },
      dirs,
      writeTo: (fileName) => path.resolve(typeof outArg === 'string' ? outArg : fileName),
      ...(cache ? { packStore: cliPackStore(cache) } : {}),
    });
    const { file } = result;
    const ok = file !== null;
    // What the lecturer does next in the LMS, for the package as written (its name on disk included).
    const guide = ok ? guideForExport(course, { edition, modules, reflections, lms }, result, guideLanguage, path.basename(file)) : null;
    if (ctx.json) {
      const parts = partsOf(result);
      const json = { ok, file, bytes: ok ? result.zip.length : 0, packaging: result.packaging, ...(parts ? { parts } : {}), findings: result.findings, guide };
      ctx.stdout(JSON.stringify(json, null, 2));
      return ok ? 0 : 1;
    }
    for (const f of result.findings) (f.severity === 'error' ? ctx.stderr : ctx.stdout)(describeFinding(f));
    if (ok) ctx.stdout(`wrote ${file} (${result.zip.length} bytes, ${result.files.length} files, ${result.packaging}) — ${tally(result.findings)}`);
    for (const part of ok ? (partsOf(result) ?? []) : []) ctx.stdout(`  ${part.fileName} (${part.bytes} bytes): its own activity in the LMS`);
    if (guide) for (const line of ['', ...guideLines(guide)]) ctx.stdout(line);
    else ctx.stderr(`refused: ${tally(result.findings)}; no file written.`);
    return ok ? 0 : 1;
  },
};
