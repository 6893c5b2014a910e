import fs from 'node:fs';
import path from 'node:path';
import { PACKAGINGS, type Packaging, type ReflectionMode, type ScormEdition } from '../contract';
import { AppError, isAppError, toErrorData } from '../errors';
import { EDITIONS, LMS_TARGETS, REFLECTION_MODES, type LmsTarget } from '../scorm/export-options';
import { packageDirs } from '../scorm/package-dirs';
import { describeFinding, hasErrors, isUnreadable, preflightCourseDir, preflightZip, tally, type Finding, type PreflightOptions } from '../scorm/preflight';
import { zipRefusalFinding } from '../scorm/preflight/rules-unreadable';
import { DEFAULT_ZIP_LIMITS, ZipRefusal, type ZipLimits } from '../scorm/zip-limits';
import { EXIT, type Command, type CommandContext } from './command';
import { choice, numberArg } from './export';

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
  name: 'preflight',
  summary: 'check a SCORM zip (or a course folder, built in memory) for what breaks in Moodle and Canvas',
  usage:
    'leerpad preflight <zip|courseDir> [--lms moodle|canvas|generic] [--previous old.zip] [--format scorm12|scorm2004] [--quota-mb N] [--reflections private|lms] [--packaging course-sco|package-per-module|sco-per-module] [--max-entries N] [--max-unpacked-mb N] [--max-entry-mb N] [--max-ratio N] [--json]',
  details: [
    '  --lms L          moodle, canvas or generic: adds that LMS\'s known quirks',
    '  --previous ZIP   the package learners use now: every item and resource identifier must survive',
    '  --format F       the edition the package must be; for a course folder, the one edition to build (default both)',
    '  --quota-mb N     the course file quota in the LMS (default 100); the LMS keeps the zip and its unpacked files',
    '  --reflections M  for a course folder: build with private (default) or lms reflections',
    '  --packaging P    for a course folder: build as course-sco, package-per-module or sco-per-module',
    '                   (default: what export would choose for --lms); a zip of packages is checked package by package',
    `  --max-entries N      refuse a zip with more entries (default ${DEFAULT_ZIP_LIMITS.maxEntries})`,
    `  --max-unpacked-mb N  refuse a zip that unpacks to more (default ${DEFAULT_ZIP_LIMITS.maxTotalBytes / MB})`,
    `  --max-entry-mb N     refuse a zip with a larger single file (default ${DEFAULT_ZIP_LIMITS.maxEntryBytes / MB})`,
    `  --max-ratio N        refuse a zip or file that unpacks to more than N times its packed size (default ${DEFAULT_ZIP_LIMITS.maxRatio})`,
    '',
    'Every finding says how to fix it. Exit codes: 0 ok, 1 the package has errors,',
    '2 the package could not be read (not a zip, damaged, over a limit, unsafe entries, a refused manifest).',
  ],
  options: {
    lms: { type: 'string' },
    previous: { type: 'string' },
    format: { type: 'string' },
    'quota-mb': { type: 'string' },
    reflections: { type: 'string' },
    packaging: { type: 'string' },
    'max-entries': { type: 'string' },
    'max-unpacked-mb': { type: 'string' },
    'max-entry-mb': { type: 'string' },
    'max-ratio': { type: 'string' },
  },
  async run(ctx) {
    const [arg] = ctx.positionals;
    if (!arg) throw new AppError({ code: 'BAD_REQUEST', message: 'What should be checked? No zip or course folder was given.', hint: 'Run: npm run leerpad -- preflight package.zip' });
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
    const isCourseDir = fs.existsSync(target) && fs.statSync(target).isDirectory();
    if (packaging && !isCourseDir) {
      throw new AppError({
        code: 'BAD_REQUEST',
        message: '--packaging only applies to a course folder: a zip is checked as it was built.',
        hint: `Leave out --packaging, or give the course folder: npm run leerpad -- preflight courses/<course-id> --packaging ${packaging}`,
      });
    }
    let findings: Finding[];
    try {
      findings =
        isCourseDir
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
