// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { LaunchResult } from '../../../../../electron/core/contract';
import type { CommitQueue, PendingCommit } from '../../../../../renderer/app/player/commit-queue';
import { connectLocalLms } from '../../../../../renderer/app/player/local-lms';
import { BRIDGE, type LaunchMessage } from '../../../../../renderer/shared/lms-bridge';

const launch: LaunchResult = {
  attemptId: 7,
  attemptNumber: 1,
  scoUrl: 'http://content.test/sco/course/module/index.html',
  hostUrl: 'http://content.test/lms-host/index.html',
  edition: 'scorm2004',
  cmi: { location: 'sec-2' },
  commitSeq: 4,
  launchId: 'launch-1',
};
const SESSION = 's'.repeat(20);

/** The player's frame (a stand-in that records what the app posts to it) and a queue that records pushes. */
function connect(options: Partial<Parameters<typeof connectLocalLms>[1]> = {}) {
  const postMessage = vi.fn();
  const frame = { contentWindow: { postMessage } } as unknown as HTMLIFrameElement;
  const pushed: PendingCommit[] = [];
  let arrived: (() => void) | null = null;
  const queue = {
    push: (c: PendingCommit) => {
      pushed.push(c);
      arrived?.();
    },
  } as unknown as CommitQueue;
  const lms = connectLocalLms(frame, { launch, session: SESSION, title: 'Hefboom onderzoeken', query: '?lang=en', ...options }, queue);
  const [message, targetOrigin, ports] = postMessage.mock.calls[0] as [LaunchMessage, string, MessagePort[]];
  const port = ports[0]!;
  return {
    lms,
    message,
    targetOrigin,
    /** The host's end of the channel: anything the content origin (host or SCO) can send. */
    port,
    pushed,
    pushesArrived: (n: number) => new Promise<void>((resolve) => {
      arrived = () => pushed.length >= n && resolve();
      arrived();
    }),
  };
}

const commit = (cmi: Record<string, unknown>, terminate = false) => ({ bridge: BRIDGE, type: 'commit', cmi, terminate });

describe('the player as a local LMS across origins', () => {
  it("sends the host the launch (edition, the learner's CMI, the SCO page in the app's language) only to the content origin", () => {
    const { message, targetOrigin, port } = connect();
    expect(targetOrigin).toBe('http://content.test');
    expect(message).toEqual({
      bridge: BRIDGE,
      type: 'launch',
      edition: 'scorm2004',
      cmi: { location: 'sec-2' },
      scoUrl: 'http://content.test/sco/course/module/index.html?lang=en',
      title: 'Hefboom onderzoeken',
    });
    expect(port).toBeDefined();
  });

  it("stores each commit from the host as this attempt's next commit, numbered after the stored one", async () => {
    const { port, pushed, pushesArrived } = connect();
    port.postMessage(commit({ cmi: { location: 'sec-3' } }));
    port.postMessage(commit({ cmi: { location: 'sec-4' } }, true));
    await pushesArrived(2);
    expect(pushed).toEqual([
      { session: SESSION, attemptId: 7, launchId: 'launch-1', seq: 5, cmi: { cmi: { location: 'sec-3' } }, terminate: false },
      { session: SESSION, attemptId: 7, launchId: 'launch-1', seq: 6, cmi: { cmi: { location: 'sec-4' } }, terminate: true },
    ]);
  });

  it('ignores malformed messages, and a message cannot choose the session, attempt, launch or sequence number', async () => {
    const { port, pushed, pushesArrived } = connect();
    for (const hostile of [
      'commit',
      null,
      [commit({})],
      { ...commit({}), bridge: 'other' },
      { ...commit({}), type: 'launch' },
      { ...commit({}), terminate: 'yes' },
      { ...commit({}), cmi: [1, 2] },
      { ...commit({}), cmi: null },
    ]) {
      port.postMessage(hostile);
    }
    port.postMessage({ ...commit({ cmi: { location: 'x' } }), session: 'stolen', attemptId: 1, launchId: 'other', seq: 999 });
    await pushesArrived(1);
    expect(pushed).toEqual([{ session: SESSION, attemptId: 7, launchId: 'launch-1', seq: 5, cmi: { cmi: { location: 'x' } }, terminate: false }]);
  });

  it("hands a SCO's navigation request to the player, and ignores requests it does not know", async () => {
    const onNavigate = vi.fn();
    const { port, pushesArrived } = connect({ onNavigate });
    port.postMessage({ bridge: BRIDGE, type: 'navigate', request: 'exitAll' });
    port.postMessage({ bridge: BRIDGE, type: 'navigate', request: 'choice', target: 'x'.repeat(256) });
    port.postMessage({ bridge: BRIDGE, type: 'navigate', request: 'choice', target: 'item-sco3' });
    port.postMessage({ bridge: BRIDGE, type: 'navigate', request: 'continue' });
    // Messages on a port arrive in order: once this commit is in, every request above was handled.
    port.postMessage(commit({ cmi: {} }, true));
    await pushesArrived(1);
    expect(onNavigate.mock.calls).toEqual([
      ['choice', 'item-sco3'],
      ['continue', undefined],
    ]);
  });
});
