import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallArgs, CallName, CallResult } from '../../../../electron/core/contract';
import { emptyState, encodeState } from '../../../../electron/shared/sco-state';
import { createHandlers } from '../../../../electron/core/app/handlers';
import { dispatch } from '../../../../electron/core/transport/rpc';
import { openCore } from '../../../../electron/core/app/services';
import { cmi2004 } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';

const courses = path.resolve(__dirname, '../../../fixtures/courses/valid');

function app(dataDir = tempDir()) {
  const core = openCore({ dataDir, coursesDirs: [courses], host: 'cli', version: 't' });
  const handlers = createHandlers(core);
  async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
    const res = await dispatch(handlers, name, args, { transport: 'test' });
    if (!res.ok) throw Object.assign(new Error(res.error.message), res.error);
    return res.data as CallResult<K>;
  }
  return { core, call };
}

describe('profiles and sessions', () => {
  it('opens a profile without PIN and refuses learner data without a session', async () => {
    const { call } = app();
    const { learner: amira } = await call('learner/create', { name: 'Amira' });
    const { session } = await call('learner/open', { id: amira.id });
    await expect(call('progress/dashboard', { session, courseId: 'mini' })).resolves.toMatchObject({ courseId: 'mini' });
    await expect(call('progress/dashboard', { session: 'x'.repeat(32), courseId: 'mini' })).rejects.toMatchObject({ code: 'SESSION_REQUIRED' });
  });

  it('does not open a protected profile without its PIN, and locks after five wrong tries', async () => {
    const { call } = app();
    const { learner: noor } = await call('learner/create', { name: 'Noor', pin: '2468' });
    await expect(call('learner/open', { id: noor.id })).rejects.toMatchObject({ code: 'PIN_REQUIRED' });
    for (let i = 0; i < 4; i++) await expect(call('learner/open', { id: noor.id, pin: '0000' })).rejects.toMatchObject({ code: 'PIN_WRONG' });
    await expect(call('learner/open', { id: noor.id, pin: '0000' })).rejects.toMatchObject({ code: 'PIN_WRONG' });
    await expect(call('learner/open', { id: noor.id, pin: '2468' })).rejects.toMatchObject({ code: 'PIN_LOCKED' });
  });

  it('lets only the own session rename or delete a profile, and asks a protected profile its PIN before deleting', async () => {
    const { call } = app();
    const { learner: noor } = await call('learner/create', { name: 'Noor', pin: '2468' });
    await expect(call('learner/delete', { id: noor.id })).rejects.toMatchObject({ code: 'TEACHER_PIN_NOT_SET' });
    await expect(call('learner/rename', { id: noor.id, name: 'X' })).rejects.toMatchObject({ code: 'TEACHER_PIN_NOT_SET' });
    const { session } = await call('learner/open', { id: noor.id, pin: '2468' });
    await expect(call('learner/rename', { id: noor.id, name: 'Noor B.', session })).resolves.toMatchObject({ name: 'Noor B.' });
    await expect(call('learner/delete', { id: noor.id, session })).rejects.toMatchObject({ code: 'PIN_REQUIRED' });
    await expect(call('learner/delete', { id: noor.id, session, pin: '2468' })).resolves.toEqual({ deleted: true });
    await expect(call('progress/dashboard', { session, courseId: 'mini' })).rejects.toMatchObject({ code: 'SESSION_REQUIRED' });
  });

  it('forgets every session on restart, so a PIN is asked again', async () => {
    const dir = tempDir();
    const first = app(dir);
    const { learner: noor } = await first.call('learner/create', { name: 'Noor', pin: '2468' });
    const { session } = await first.call('learner/open', { id: noor.id, pin: '2468' });
    first.core.close();
    const second = app(dir);
    await expect(second.call('progress/dashboard', { session, courseId: 'mini' })).rejects.toMatchObject({ code: 'SESSION_REQUIRED' });
  });
});

describe('playing a module', () => {
  async function learnerWithSession(call: ReturnType<typeof app>['call'], name: string) {
    return call('learner/create', { name });
  }

  it('launches, stores a commit and resumes with the same CMI', async () => {
    const { core, call } = app();
    const { learner, session } = await learnerWithSession(call, 'Amira');
    const first = await call('player/launch', { session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
    expect(first.scoUrl).toBe('/sco/mini/hefboom-onderzoeken/index.html');
    expect(first.cmi).toMatchObject({ learner_id: learner.id, learner_name: 'Amira', entry: 'ab-initio' });

    const module = core.catalog.open('mini').modules[1]!;
    const state = emptyState(module);
    state.at = 1;
    state.r['r-onderzoeken'] = 'Vandaag liet ik de kinderen zelf ontdekken.';
    const saved = await call('progress/commit', {
      session,
      attemptId: first.attemptId,
      launchId: first.launchId,
      seq: first.commitSeq + 1,
      cmi: cmi2004({ location: 'onderzoeken-test', suspend: encodeState(state), session: 'PT5M' }),
    });
    expect(saved).toMatchObject({ saved: true, seq: 1, completion: 'incomplete' });

    const again = await call('player/launch', { session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
    expect(again.attemptId).toBe(first.attemptId);
    expect(again.cmi).toMatchObject({ location: 'onderzoeken-test', entry: 'resume', total_time: 'PT5M' });
  });

  it('shows completion, score and lever progress on the dashboard', async () => {
    const { call } = app();
    const { session } = await learnerWithSession(call, 'Amira');
    const l = await call('player/launch', { session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
    await call('progress/commit', {
      session,
      attemptId: l.attemptId,
      launchId: l.launchId,
      seq: 1,
      cmi: cmi2004({ completion: 'completed', success: 'passed', scaled: 0.8, session: 'PT12M' }),
    });
    const d = await call('progress/dashboard', { session, courseId: 'mini' });
    const m = d.modules.find((x) => x.moduleId === 'hefboom-onderzoeken')!;
    expect(m).toMatchObject({ completion: 'completed', success: 'passed', scorePercent: 80, passPercent: 75, timeSeconds: 720 });
    const onderzoeken = d.themes[0]!.levers.find((x) => x.id === 'onderzoeken')!;
    expect(onderzoeken).toMatchObject({ modulesCompleted: 1, modulesTotal: 1, percent: 100 });
    expect(d.umbrella).toMatchObject({ id: 'kinderrechten', modulesCompleted: 1, percent: 100 });
    expect(d.overall).toMatchObject({ modulesCompleted: 1, modulesTotal: 2, percent: 50 });
    expect(d.continueWith?.moduleId).toBe('start');
  });

  it("keeps one learner's reflections away from another", async () => {
    const { core, call } = app();
    const a = await learnerWithSession(call, 'Amira');
    const b = await learnerWithSession(call, 'Bram');
    const l = await call('player/launch', { session: a.session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
    const state = emptyState(core.catalog.open('mini').modules[1]!);
    state.r['r-onderzoeken'] = 'Geheim van Amira';
    await call('progress/commit', { session: a.session, attemptId: l.attemptId, launchId: l.launchId, seq: 1, cmi: cmi2004({ suspend: encodeState(state) }) });

    await expect(call('progress/commit', { session: b.session, attemptId: l.attemptId, launchId: l.launchId, seq: 2, cmi: cmi2004({}) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const bLaunch = await call('player/launch', { session: b.session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
    expect(JSON.stringify(bLaunch.cmi)).not.toContain('Geheim');
    const bDash = await call('progress/dashboard', { session: b.session, courseId: 'mini' });
    expect(bDash.reflections.every((r) => !r.written)).toBe(true);
    const bExport = await call('learner/export', { session: b.session });
    expect(bExport.markdown + bExport.json).not.toContain('Geheim');
    const aExport = await call('learner/export', { session: a.session });
    expect(aExport.markdown).toContain('Geheim van Amira');
  });

  it('refuses a module that does not exist with a clear message', async () => {
    const { call } = app();
    const { session } = await learnerWithSession(call, 'Amira');
    await expect(call('player/launch', { session, courseId: 'mini', moduleId: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: "The course 'mini' has no module 'nope'.",
    });
  });
});
