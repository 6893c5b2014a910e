// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LaunchResult } from '../../../../../electron/core/contract';
import { commitQueue } from '../../../../../renderer/app/player/commit-queue';
import { useConflictRelaunch } from '../../../../../renderer/app/player/use-conflict-relaunch';

/** One per test: the queue drops what arrives for a session it already forgot. */
let session = '';
let sessions = 0;
const launch = { attemptId: 7, launchId: 'launch-of-this-tab', commitSeq: 0 } as LaunchResult;

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Core answers CONFLICT: another tab launched the module since this one did. */
async function refuseCommitOf(launchId: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ ok: false, error: { code: 'CONFLICT', message: 'A newer state of this module was saved elsewhere.' } }), { status: 409 })),
  );
  await act(async () => {
    commitQueue.push({ session, attemptId: 7, launchId, seq: 1, cmi: { cmi: {} }, terminate: false });
    await commitQueue.settle();
  });
}

beforeEach(() => {
  session = `conflict-session-${++sessions}-0000000`;
});

afterEach(() => {
  cleanup();
  commitQueue.forget(session);
  vi.unstubAllGlobals();
  setVisibility('visible');
});

describe('after a CONFLICT the player', () => {
  it('launches the module again (the newest state) and keeps telling the learner why', async () => {
    const { result } = renderHook(() => useConflictRelaunch(launch));
    expect(result.current).toEqual({ generation: 0, relaunched: false });
    await refuseCommitOf(launch.launchId);
    expect(result.current).toEqual({ generation: 1, relaunched: true });
    expect(commitQueue.status.conflict).toBeNull();
  });

  it('in a background tab, waits until the learner looks at it before taking the module over', async () => {
    setVisibility('hidden');
    const { result } = renderHook(() => useConflictRelaunch(launch));
    await refuseCommitOf(launch.launchId);
    expect(result.current).toEqual({ generation: 0, relaunched: true });
    act(() => setVisibility('visible'));
    expect(result.current.generation).toBe(1);
  });

  it("ignores a conflict of another launch (an earlier frame's late commit)", async () => {
    const { result } = renderHook(() => useConflictRelaunch(launch));
    await refuseCommitOf('launch-of-an-earlier-frame');
    expect(result.current).toEqual({ generation: 0, relaunched: false });
  });
});
