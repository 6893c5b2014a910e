import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CallArgs, CallName, CallResult } from '../../electron/core/contract';
import { emptyState, encodeState } from '../../electron/shared/sco-state';
import { createHandlers } from '../../electron/core/app/handlers';
import { DATABASE_FILE, openDatabase } from '../../electron/core/progress/database';
import { dispatch, httpStatusFor } from '../../electron/core/transport/rpc';
import { openCore } from '../../electron/core/app/services';
import { cmi2004 } from '../helpers/course-factory';
import { lineFrom, spawnTs } from '../helpers/node-child';
import { tempDir } from '../helpers/temp';

const courses = path.resolve(__dirname, '../fixtures/courses/valid');
const MODULE = { courseId: 'mini', moduleId: 'hefboom-onderzoeken' };

function app() {
  const core = openCore({ dataDir: tempDir(), coursesDirs: [courses], host: 'web', version: 't' });
  const handlers = createHandlers(core);
  const send = <K extends CallName>(name: K, args: CallArgs<K>) => dispatch(handlers, name, args, { transport: 'test' });
  async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
    const res = await send(name, args);
    if (!res.ok) throw Object.assign(new Error(res.error.message), res.error);
    return res.data as CallResult<K>;
  }
  return { core, send, call };
}

function reflection(core: ReturnType<typeof app>['core'], text: string) {
  const state = emptyState(core.catalog.open('mini').modules[1]!);
  state.r['r-onderzoeken'] = text;
  return cmi2004({ suspend: encodeState(state), location: 'onderzoeken-test' });
}

describe('recipe: two tabs on the same module', () => {
  it('refuses the older tab with CONFLICT instead of answering saved, and keeps the newer tab in the database', async () => {
    const { core, send, call } = app();
    const { session } = await call('learner/create', { name: 'Amira' });
    const tab1 = await call('player/launch', { session, ...MODULE });
    const tab2 = await call('player/launch', { session, ...MODULE });
    expect([tab1.commitSeq, tab2.commitSeq]).toEqual([0, 0]);

    await call('progress/commit', { session, attemptId: tab2.attemptId, launchId: tab2.launchId, seq: 1, cmi: reflection(core, 'Tekst uit tab 2') });
    const stale = await send('progress/commit', { session, attemptId: tab1.attemptId, launchId: tab1.launchId, seq: 1, cmi: reflection(core, 'Tekst uit tab 1') });

    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('A newer state of this module was saved elsewhere (another window or tab)'),
      hint: 'Reload the module to continue from the newest state.',
      params: { attemptId: tab1.attemptId, storedSeq: 1, sentSeq: 1 },
    });
    expect(httpStatusFor(stale.error)).toBe(409);
    const stored = core.db.prepare('SELECT text FROM reflections').all();
    expect(stored).toEqual([{ text: 'Tekst uit tab 2' }]);
  });

  it('lets the refused tab continue after it reloads the newer state', async () => {
    const { core, call } = app();
    const { session } = await call('learner/create', { name: 'Amira' });
    const tab1 = await call('player/launch', { session, ...MODULE });
    const tab2 = await call('player/launch', { session, ...MODULE });
    await call('progress/commit', { session, attemptId: tab2.attemptId, launchId: tab2.launchId, seq: 1, cmi: reflection(core, 'Tekst uit tab 2') });

    const reloaded = await call('player/launch', { session, ...MODULE });
    expect(reloaded.attemptId).toBe(tab1.attemptId);
    expect(JSON.stringify(reloaded.cmi)).toContain('Tekst uit tab 2');
    await expect(
      call('progress/commit', { session, attemptId: reloaded.attemptId, launchId: reloaded.launchId, seq: reloaded.commitSeq + 1, cmi: reflection(core, 'Verder in tab 1') }),
    ).resolves.toMatchObject({ saved: true, seq: 2 });
  });

  it('answers a retry of an already stored commit (its answer was lost) as saved, not as a conflict', async () => {
    const { core, call } = app();
    const { session } = await call('learner/create', { name: 'Amira' });
    const tab = await call('player/launch', { session, ...MODULE });
    const commit = { session, attemptId: tab.attemptId, launchId: tab.launchId, seq: 1, cmi: reflection(core, 'Eén keer bewaard') };
    await call('progress/commit', commit);
    await expect(call('progress/commit', commit)).resolves.toMatchObject({ saved: true, seq: 1 });
    expect(core.db.prepare('SELECT COUNT(*) AS n FROM reflections').get()).toEqual({ n: 1 });
  });
});

describe('recipe: two programs writing one data folder', () => {
  const WRITERS = 3;
  const COMMITS = 150;

  it(`stores every one of ${WRITERS} × ${COMMITS} concurrent commits: none fails with SQLITE_BUSY`, async () => {
    const dataDir = tempDir();
    openDatabase(dataDir).db.close();
    const children = Array.from({ length: WRITERS }, (_, i) => spawnTs('tests/helpers/commit-burst.ts', [dataDir, `Schrijver ${i}`, String(COMMITS)]));
    await Promise.all(children.map((c) => lineFrom(c, (l) => l === 'ready')));
    const results = children.map((c) => lineFrom(c, (l) => l.startsWith('{')));
    for (const c of children) c.stdin.write('go\n');
    const summaries = (await Promise.all(results)).map((l) => JSON.parse(l) as { stored: number; failures: Record<string, number>; attemptId: number });

    expect(summaries.map((s) => s.failures)).toEqual(Array.from({ length: WRITERS }, () => ({})));
    expect(summaries.map((s) => s.stored)).toEqual(Array.from({ length: WRITERS }, () => COMMITS));
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    const seqs = summaries.map((s) => (db.prepare('SELECT commit_seq FROM attempts WHERE id = ?').get(s.attemptId) as { commit_seq: number }).commit_seq);
    db.close();
    expect(seqs).toEqual(Array.from({ length: WRITERS }, () => COMMITS));
  }, 60_000);
});
