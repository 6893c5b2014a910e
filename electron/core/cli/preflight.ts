import fs from 'node:fs';
import path from 'node:path';
import { PACKAGINGS, type Packaging, type ReflectionMode, type ScormEdition } from '../contract';
import { COURSE_FILE } from '../course/course-dirs';
import { AppError, isAppError, toErrorData } from '../errors';
import { EDITIONS, LMS_TARGETS, REFLECTION_MODES, type LmsTarget } from '../scorm/export-options';
import { packageDirs } from '../scorm/package-dirs';
import {
  describeFinding,
  hasErrors,
  isPackageFolder,
  isUnreadable,
  preflightCourseDir,
  preflightPackageFolder,
  preflightZip,
  tally,
  type Finding,
  type PreflightOptions,
} from '../scorm/preflight';
import { zipRefusalFinding } from '../scorm/preflight/rules-unreadable';
import type { ZipLimits } from '../scorm/zip-limits';
import { ZipRefusal } from '../scorm/zip-refusal';
import { EXIT, type Command, type CommandContext } from './command';
import { choice, numberArg } from './export';
import { preflightSpec } from './specs';

const MB = 1024 * 1024;
const isFile = (file: string) => fs.existsSync(file) && fs.statSync(file).isFile();

function previousZip(arg: string): string {
  const file = path.resolve(arg);
  if (!isFile(file)) throw new AppError({ code: 'NOT_FOUND', message: `There is no file '${arg}' (--previous).`, hint: 'Give the path of the .zip SCORM package learners use now.' });
  return file;
}

function limitsArgs(ctx: CommandContext): Partial<ZipLimits> {
  const mbArg = (name: string) => {
    const n = numberArg(ctx, name, 1, 1_000_000);
    return n === undefined ? undefined : n * MB;
  };
  return {
    maxEntries: numberArg(ctx, 'max-entries', 1, 10_000_000),
    maxTotalBytes: mbArg('max-unpacked-mb'),
    maxEntryBytes: mbArg('max-entry-mb'),
    maxRatio: numberArg(ctx, 'max-ratio', 1, 1_000_000),
  };
}

async function checkZip(arg: string, options: PreflightOptions): Promise<Finding[]> {
  const file = path.resolve(arg);
  if (!isFile(file)) return [zipRefusalFinding(new ZipRefusal('unreadable', { reason: `there is no file '${arg}'` }))];
  return preflightZip(file, options);
}

export const preflightCommand: Command = {
  ...preflightSpec,
  async run(ctx) {
    const [arg] = ctx.positionals;
    if (!arg) throw new AppError({ code: 'BAD_REQUEST', message: 'What should be checked? No zip, package folder or course folder was given.', hint: 'Run: npm run leerpad -- preflight package.zip' });
    const options: PreflightOptions = {
      schemasDir: path.join(ctx.projectRoot, 'build', 'scorm-schemas'),
      edition: choice<ScormEdition>(ctx, 'format', EDITIONS),
      lms: choice<LmsTarget>(ctx, 'lms', LMS_TARGETS),
      quotaMb: numberArg(ctx, 'quota-mb', 1, 1_000_000),
      previous: typeof ctx.values.previous === 'string' ? previousZip(ctx.values.previous) : undefined,
      limits: limitsArgs(ctx),
    };
    const target = path.resolve(arg);
    const reflections = choice<ReflectionMode>(ctx, 'reflections', REFLECTION_MODES);
    const packaging = choice<Packaging>(ctx, 'packaging', PACKAGINGS);
    const isDir = fs.existsSync(target) && fs.statSync(target).isDirectory();
    // An unpacked SCORM package (imsmanifest.xml, no course.yaml) is checked as the package it is.
    const isPackageDir = isDir && !fs.existsSync(path.join(target, COURSE_FILE)) && isPackageFolder(target);
    const isCourseDir = isDir && !isPackageDir;
    if (packaging && !isCourseDir) {
      throw new AppError({
        code: 'BAD_REQUEST',
        message: '--packaging only applies to a course folder: a package (zip or unpacked folder) is checked as it was built.',
        hint: `Leave out --packaging, or give the course folder: npm run leerpad -- preflight courses/<course-id> --packaging ${packaging}`,
      });
    }
    let findings: Finding[];
    try {
      findings = isPackageDir
        ? await preflightPackageFolder(target, options)
        : isCourseDir
          ? await preflightCourseDir(target, { ...options, reflections, packaging, runtimeDir: packageDirs(ctx.projectRoot).runtimeDir })
          : await checkZip(arg, options);
    } catch (e) {
      if (isAppError(e)) throw e;
      // A fault inside a check must not print a stack trace over the JSON a script reads.
      const error = toErrorData(e);
      if (ctx.json) ctx.stdout(JSON.stringify({ ok: false, readable: false, findings: [], error }, null, 2));
      ctx.stderr(`error: ${error.message} (${(e as Error).message})`);
      return EXIT.unreadable;
    }
    const readable = !isUnreadable(findings);
    const ok = !hasErrors(findings);
    if (ctx.json) ctx.stdout(JSON.stringify({ ok, readable, findings }, null, 2));
    else {
      for (const f of findings) (f.severity === 'error' ? ctx.stderr : ctx.stdout)(describeFinding(f));
      ctx.stdout(`${ok ? 'ok' : readable ? 'not ok' : 'not readable'}: ${arg} — ${tally(findings)}`);
    }
    return !readable ? EXIT.unreadable : ok ? EXIT.ok : EXIT.errors;
  },
};
