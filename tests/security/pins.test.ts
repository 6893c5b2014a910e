import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssetResolver } from '../../electron/core/app/assets';
import { createHandlers } from '../../electron/core/app/handlers';
import { createServer } from '../../electron/core/transport/server';
import { openCore } from '../../electron/core/app/services';
import { profileApp } from '../helpers/profiles';
import { tempDir } from '../helpers/temp';

const MINUTE = 60_000;

/** Issue 8, section 5: PINs and sessions. */
describe('PINs and sessions', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  it('recipe: five wrong PINs lock the profile, and restarting Leerpad does not lift the lock', async () => {
    const dir = tempDir();
    const first = profileApp(dir);
    const { learner } = await first.call('learner/create', { name: 'Noor', pin: '2468' });
    for (let i = 0; i < 5; i++) await expect(first.call('learner/open', { id: learner.id, pin: '0000' })).rejects.toMatchObject({ code: 'PIN_WRONG' });
    first.core.close();

    const second = profileApp(dir);
    await expect(second.call('learner/open', { id: learner.id, pin: '2468' })).rejects.toMatchObject({ code: 'PIN_LOCKED' });
  });

  it('recipe: learner/set-pin needs the current PIN to change or remove it', async () => {
    const { call } = profileApp();
    const noor = await call('learner/create', { name: 'Noor', pin: '2468' });
    await expect(call('learner/set-pin', { session: noor.session, pin: '1111' })).rejects.toMatchObject({ code: 'PIN_REQUIRED' });
    await expect(call('learner/set-pin', { session: noor.session, currentPin: '0000', pin: null })).rejects.toMatchObject({ code: 'PIN_WRONG' });
    await expect(call('learner/set-pin', { session: noor.session, currentPin: '2468', pin: '1111' })).resolves.toMatchObject({ hasPin: true });
    await expect(call('learner/open', { id: noor.learner.id, pin: '2468' })).rejects.toMatchObject({ code: 'PIN_WRONG' });
  });

  it('recipe: an old session does not survive a PIN change; the session that changed it stays open', async () => {
    const { call } = profileApp();
    const noor = await call('learner/create', { name: 'Noor', pin: '2468' });
    const elsewhere = await call('learner/open', { id: noor.learner.id, pin: '2468' });
    await call('learner/set-pin', { session: noor.session, currentPin: '2468', pin: '1111' });
    await expect(call('progress/dashboard', { session: elsewhere.session, courseId: 'mini' })).rejects.toMatchObject({ code: 'SESSION_REQUIRED' });
    await expect(call('progress/dashboard', { session: noor.session, courseId: 'mini' })).resolves.toMatchObject({ courseId: 'mini' });
  });

  it('sessions close after the configured idle time, and stay open while the learner works', async () => {
    const clock = { now: 1_000_000 };
    const { call } = profileApp(tempDir(), () => clock.now);
    await call('teacher/settings', { idleMinutes: 5 });
    const amira = await call('learner/create', { name: 'Amira' });
    clock.now += 4 * MINUTE;
    await call('progress/dashboard', { session: amira.session, courseId: 'mini' });
    clock.now += 4 * MINUTE;
    await expect(call('learner/session', { session: amira.session, peek: true })).resolves.toMatchObject({ idleSeconds: 240, idleMinutes: 5 });
    clock.now += 1 * MINUTE;
    await expect(call('progress/dashboard', { session: amira.session, courseId: 'mini' })).rejects.toMatchObject({ code: 'SESSION_REQUIRED', params: { reason: 'idle' } });
  });

  it('a new profile is signed in at once: learner/create returns a session, so the PIN just chosen is not asked again', async () => {
    const { call } = profileApp();
    const noor = await call('learner/create', { name: 'Noor', pin: '2468' });
    await expect(call('learner/session', { session: noor.session })).resolves.toMatchObject({ learner: { name: 'Noor', hasPin: true } });
  });

  it('two creates of one name while PINs are hashed: one profile, the other a clear CONFLICT, never INTERNAL', async () => {
    const { call } = profileApp();
    const outcomes = await Promise.allSettled([call('learner/create', { name: 'Sara', pin: '1234' }), call('learner/create', { name: 'sara', pin: '5678' })]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT' } });
  });

  it('recipe: 20 unauthenticated learner/create calls with a PIN do not freeze the server; extra ones get BUSY (429)', async () => {
    const core = openCore({ dataDir: tempDir(), coursesDirs: [path.resolve(__dirname, '../fixtures/courses/valid')], host: 'web', version: 't' });
    const server = createServer({ handlers: createHandlers(core), assets: createAssetResolver({ rendererDir: tempDir() }) });
    const origin = await server.listen();
    closers.push(async () => {
      await server.close();
      core.close();
    });
    const post = (name: string, body: object) =>
      fetch(`${origin}/rpc/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    const finished: string[] = [];
    const creates = Array.from({ length: 20 }, (_, i) =>
      post('learner/create', { name: `Leerling ${i}`, pin: '2468' }).then(async (res) => {
        finished.push(`create ${res.status}`);
        return { status: res.status, body: (await res.json()) as { ok: boolean; error?: { code: string } } };
      }),
    );
    const info = post('app/info', {}).then((res) => finished.push(`info ${res.status}`));
    const results = await Promise.all(creates);
    await info;

    // With synchronous scrypt app/info waited behind every create; now it is answered while PINs are hashed.
    const lastCreated = finished.lastIndexOf('create 200');
    expect(finished.indexOf('info 200')).toBeLessThan(lastCreated);
    expect(results.every((r) => r.status === 200 || (r.status === 429 && r.body.error?.code === 'BUSY'))).toBe(true);
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(2);
    expect(core.learners.list()).toHaveLength(results.filter((r) => r.status === 200).length);
  });
});
