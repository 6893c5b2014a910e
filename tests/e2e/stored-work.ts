import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ModuleDocument } from '../../electron/core/contract';
import { blocksOf, emptyState, encodeState } from '../../electron/shared/sco-state';
import { cmi2004 } from '../helpers/course-factory';
import { COURSE_ID } from './play-module';

/** The open profile's session token, as this tab keeps it. */
export async function tokenOf(page: Page): Promise<string> {
  const raw = await page.evaluate(() => sessionStorage.getItem('leerpad:session'));
  return (JSON.parse(raw!) as { token: string }).token;
}

export interface Answer {
  status: number;
  body: { ok: boolean; data?: unknown; error?: { code: string } };
}

/** A call as the page makes it: same origin, the learner's own session. */
export async function rpc(page: Page, name: string, args: object): Promise<Answer> {
  return page.evaluate<Answer, readonly [string, object]>(
    async ([n, a]) => {
      const res = await fetch(`./rpc/${n}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(a) });
      return { status: res.status, body: (await res.json()) as Answer['body'] };
    },
    [name, args] as const,
  );
}

/**
 * Stores a reflection the way the module player commits one, for tests about what happens to stored
 * work (backup, transfer); the module itself is played in player.e2e.ts.
 */
export async function storeReflection(page: Page, module: ModuleDocument, text: string) {
  const session = await tokenOf(page);
  const launch = (await rpc(page, 'player/launch', { session, courseId: COURSE_ID, moduleId: module.id })).body.data as { attemptId: number; launchId: string; commitSeq: number };
  const state = emptyState(module);
  state.r[blocksOf(module, 'reflection')[0]!.id] = text;
  const saved = await rpc(page, 'progress/commit', { session, attemptId: launch.attemptId, launchId: launch.launchId, seq: launch.commitSeq + 1, cmi: cmi2004({ suspend: encodeState(state) }) });
  expect(saved.body.ok).toBe(true);
}
