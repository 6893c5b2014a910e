import fs from 'node:fs';
import path from 'node:path';
import type { ReflectionMode, ScormEdition } from '../contract';
import { AppError } from '../errors';
import { EDITIONS, LMS_TARGETS, REFLECTION_MODES, type LmsTarget } from '../scorm/export-options';
import { packageDirs } from '../scorm/package-dirs';
import { describeFinding, hasErrors, preflightCourseDir, preflightZip, tally, type Finding, type PreflightOptions } from '../scorm/preflight';
import type { Command } from './command';
import { choice, numberArg } from './export';

function readZip(arg: string, what: string): Uint8Array {
  const file = path.resolve(arg);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new AppError({ code: 'NOT_FOUND', message: `There is no file '${arg}' (${what}).`, hint: 'Give the path of a .zip SCORM package.' });
  }
  return fs.readFileSync(file);
}

export const preflightCommand: Command = {
  name: 'preflight',
  summary: 'check a SCORM zip (or a course folder, built in memory) for what breaks in Moodle and Canvas',
  usage:
    'leerpad preflight <zip|courseDir> [--lms moodle|canvas|generic] [--previous old.zip] [--format scorm12|scorm2004] [--quota-mb N] [--reflections private|lms] [--json]',
  details: [
    '  --lms L          moodle, canvas or generic: adds that LMS\'s known quirks',
    '  --previous ZIP   the package learners use now: every item and resource identifier must survive',
    '  --format F       the edition the package must be; for a course folder, the one edition to build (default both)',
    '  --quota-mb N     the course file quota in the LMS (default 100); the package needs twice its size free',
    '  --reflections M  for a course folder: build with private (default) or lms reflections',
    '',
    'Every finding says how to fix it. Exits 1 when there are errors.',
  ],
  options: { lms: { type: 'string' }, previous: { type: 'string' }, format: { type: 'string' }, 'quota-mb': { type: 'string' }, reflections: { type: 'string' } },
  async run(ctx) {
    const [arg] = ctx.positionals;
    if (!arg) throw new AppError({ code: 'BAD_REQUEST', message: 'What should be checked? No zip or course folder was given.', hint: 'Run: npm run leerpad -- preflight package.zip' });
    const options: PreflightOptions = {
      schemasDir: path.join(ctx.projectRoot, 'build', 'scorm-schemas'),
      edition: choice<ScormEdition>(ctx, 'format', EDITIONS),
      lms: choice<LmsTarget>(ctx, 'lms', LMS_TARGETS),
      quotaMb: numberArg(ctx, 'quota-mb', 1, 1_000_000),
      previous: typeof ctx.values.previous === 'string' ? readZip(ctx.values.previous, '--previous') : undefined,
    };
    const target = path.resolve(arg);
    let findings: Finding[];
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
      const reflections = choice<ReflectionMode>(ctx, 'reflections', REFLECTION_MODES);
      findings = await preflightCourseDir(target, { ...options, reflections, runtimeDir: packageDirs(ctx.projectRoot).runtimeDir });
    } else {
      findings = await preflightZip(readZip(arg, 'the package'), options);
    }
    const ok = !hasErrors(findings);
    if (ctx.json) ctx.stdout(JSON.stringify({ ok, findings }, null, 2));
    else {
      for (const f of findings) (f.severity === 'error' ? ctx.stderr : ctx.stdout)(describeFinding(f));
      ctx.stdout(`${ok ? 'ok' : 'not ok'}: ${arg} — ${tally(findings)}`);
    }
    return ok ? 0 : 1;
  },
};
