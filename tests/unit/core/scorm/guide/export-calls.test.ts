import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallArgs, CallName, CallResult } from '../../../../../electron/core/contract';
import { createHandlers } from '../../../../../electron/core/app/handlers';
import { dispatch } from '../../../../../electron/core/transport/rpc';
import { openCore } from '../../../../../electron/core/app/services';
import { tempDir } from '../../../../helpers/temp';

const courses = path.resolve(__dirname, '../../../../fixtures/courses/valid');

function app() {
  const core = openCore({ dataDir: tempDir(), coursesDirs: [courses], host: 'web', version: 't' });
  const handlers = createHandlers(core);
  async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
    const res = await dispatch(handlers, name, args, { transport: 'test' });
    if (!res.ok) throw Object.assign(new Error(res.error.message), res.error);
    return res.data as CallResult<K>;
  }
  /** For arguments the contract's types would not allow: what a hostile or outdated caller sends. */
  const raw = (name: CallName, args: unknown) => dispatch(handlers, name, args, { transport: 'test' });
  return { core, call, raw };
}

const target = { courseId: 'mini', edition: 'scorm2004', reflections: 'private', lms: 'moodle' } as const;

describe('scorm/packaging-advice', () => {
  it('recommends one course SCO for Moodle and offers a SCO per module disabled, with its reason', async () => {
    const { call } = app();
    const advice = await call('scorm/packaging-advice', target);
    expect(advice.recommended).toBe('course-sco');
    expect(advice.options[0]).toMatchObject({ packaging: 'course-sco', available: true });
    expect(advice.options.find((o) => o.packaging === 'sco-per-module')).toMatchObject({ available: false, reason: expect.stringContaining('Moodle') });
    expect(advice.options.map((o) => o.packaging).sort()).toEqual(['course-sco', 'package-per-module', 'sco-per-module']);
  });

  it('names a module the course does not have, and refuses arguments it does not know', async () => {
    const { call, raw } = app();
    await expect(call('scorm/packaging-advice', { ...target, modules: ['nope'] })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining("'nope'") });
    expect(await raw('scorm/packaging-advice', { ...target, teacher: 't'.repeat(20) })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await raw('scorm/packaging-advice', { ...target, lms: 'blackboard' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});

describe('scorm/export with packaging and the upload guide', () => {
  it('exports the recommended packaging when none is asked, with a Dutch guide for the file that was written', async () => {
    const { call } = app();
    const result = await call('scorm/export', target);
    expect(result).toMatchObject({ written: true, packaging: 'course-sco' });
    expect(result.parts).toBeUndefined();
    expect(result.guide).toMatchObject({ lms: 'moodle', packaging: 'course-sco', edition: 'scorm2004', language: 'nl-BE' });
    expect(result.guide!.title).toBe(`Zo zet je ${result.fileName} in Moodle`);
    expect(result.guide!.sections.flatMap((s) => s.steps).join('\n')).toContain('"Activiteit of bron toevoegen" en dan "SCORM-pakket"');
  });

  it('writes the guide in English on request', async () => {
    const { call } = app();
    const result = await call('scorm/export', { ...target, language: 'en' });
    expect(result.guide).toMatchObject({ language: 'en', title: `Putting ${result.fileName} into Moodle` });
  });

  it('package per module: lists the inner packages in course order, and the guide names each one with its module', async () => {
    const { call, core } = app();
    const result = await call('scorm/export', { ...target, packaging: 'package-per-module' });
    expect(result.packaging).toBe('package-per-module');
    const titles = core.catalog.open('mini').modules.map((m) => m.title);
    expect(result.parts!.map((p) => p.moduleId)).toEqual(core.catalog.open('mini').modules.map((m) => m.id));
    expect(result.parts!.every((p) => p.bytes > 0)).toBe(true);
    const steps = result.guide!.sections[0]!.steps;
    expect(steps.slice(-titles.length)).toEqual(result.parts!.map((p, i) => `${p.fileName}: "${titles[i]}"`));
    expect(fs.existsSync(result.path!)).toBe(true);
  });

  it('has no guide when nothing was written', async () => {
    const { call } = app();
    // Moodle tracks only the first SCO per visit of a 2004 package with several: the preflight refuses it.
    const result = await call('scorm/export', { ...target, packaging: 'sco-per-module' });
    expect(result.written).toBe(false);
    expect(result.guide).toBeNull();
  });

  it('refuses a packaging or guide language it does not know', async () => {
    const { raw } = app();
    expect(await raw('scorm/export', { ...target, packaging: 'one-big-zip' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await raw('scorm/export', { ...target, language: 'fr' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
