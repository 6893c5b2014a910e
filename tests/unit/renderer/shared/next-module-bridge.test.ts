// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { LaunchResult } from '../../../../electron/core/contract';
import type { CommitQueue, PendingCommit } from '../../../../renderer/app/player/commit-queue';
import { connectLocalLms } from '../../../../renderer/app/player/local-lms';
import { startLmsHost, type HostWindow } from '../../../../renderer/lms-host/host';
import { BRIDGE, isNextMessage, NEXT_MESSAGE, type LaunchMessage } from '../../../../renderer/shared/lms-bridge';

/**
 * "Volgende module" crosses two boundaries: SCO → LMS host page (postMessage on the content origin)
 * and host → app (the launch's port). Whatever arrives is hostile: a SCO is content, and anything on
 * the content origin can post to the host or reach the port.
 */

const ORIGIN = 'http://content.test';
const HOSTILE_NEXTS: unknown[] = [
  'next',
  null,
  [NEXT_MESSAGE],
  { type: 'next' },
  { bridge: 'leerpad-lms/0', type: 'next' },
  { bridge: BRIDGE, type: 'Next' },
  { bridge: BRIDGE, type: 'next', moduleId: 'lecturer' },
  { bridge: BRIDGE, type: 'next', href: '#/export' },
];

/** The host page framed by a stand-in app, with a SCO frame whose window the test holds. */
async function launchedHost() {
  const parent = {};
  const listeners: ((e: MessageEvent) => void)[] = [];
  const body = document.createDocumentFragment();
  const doc = { createElement: document.createElement.bind(document), body } as unknown as Document;
  const host: HostWindow = { parent, location: { href: `${ORIGIN}/lms-host/index.html`, origin: ORIGIN }, document: doc, localStorage, sessionStorage, addEventListener: (_t, fn) => listeners.push(fn) };
  const { launched } = startLmsHost(host);
  const channel = new MessageChannel();
  const arrived: unknown[] = [];
  channel.port1.onmessage = (e: MessageEvent) => arrived.push(e.data);
  const send = (data: unknown, source: unknown, ports: MessagePort[] = []) => {
    for (const fn of listeners) fn({ source, data, ports } as unknown as MessageEvent);
  };
  const launch: LaunchMessage = { bridge: BRIDGE, type: 'launch', edition: 'scorm2004', cmi: {}, scoUrl: '/sco/c/m/index.html', title: 'M' };
  send(launch, parent, [channel.port2]);
  await launched;
  const frame = body.querySelector('iframe')!;
  // The frame is never loaded here: its window is a stand-in the test can post "from".
  const scoWindow = {};
  Object.defineProperty(frame, 'contentWindow', { configurable: true, get: () => (frame.isConnected || frame.parentNode ? scoWindow : null) });
  /** Resolves after anything the host relayed has crossed the port. */
  const settled = async () => {
    const probe = new MessageChannel();
    await new Promise<void>((resolve) => {
      probe.port1.onmessage = () => resolve();
      probe.port2.postMessage(null);
    });
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  };
  return { parent, frame, scoWindow, send, arrived, settled };
}

describe('"Volgende module" across the host page', () => {
  it('relays the SCO\'s request to the app once, after taking the SCO\'s frame down (its pagehide sends the last commit first)', async () => {
    const h = await launchedHost();
    h.send(NEXT_MESSAGE, h.scoWindow);
    h.send(NEXT_MESSAGE, h.scoWindow);
    await h.settled();
    expect(h.arrived).toEqual([NEXT_MESSAGE]);
    expect(h.frame.parentNode).toBeNull();
  });

  it.each([
    ['the app\'s page', (h: Awaited<ReturnType<typeof launchedHost>>) => h.parent],
    ['another window on the content origin', () => ({})],
    ['no window at all', () => null],
  ])('ignores a request from %s', async (_what, source) => {
    const h = await launchedHost();
    h.send(NEXT_MESSAGE, source(h));
    await h.settled();
    expect(h.arrived).toEqual([]);
    expect(h.frame.parentNode).not.toBeNull();
  });

  it('ignores a malformed request from the SCO, and anything that tries to name where to go', async () => {
    const h = await launchedHost();
    for (const hostile of HOSTILE_NEXTS) h.send(hostile, h.scoWindow);
    await h.settled();
    expect(h.arrived).toEqual([]);
    expect(h.frame.parentNode).not.toBeNull();
  });
});

describe('"Volgende module" arriving in the app', () => {
  const launch: LaunchResult = {
    attemptId: 7,
    attemptNumber: 1,
    scoUrl: `${ORIGIN}/sco/c/m/index.html`,
    hostUrl: `${ORIGIN}/lms-host/index.html`,
    edition: 'scorm2004',
    cmi: {},
    commitSeq: 0,
    launchId: 'launch-1',
  };

  function connected() {
    const postMessage = vi.fn();
    const frame = { contentWindow: { postMessage } } as unknown as HTMLIFrameElement;
    const events: string[] = [];
    const queue = { push: (c: PendingCommit) => events.push(`commit ${String((c.cmi as { location?: string }).location)}`) } as unknown as CommitQueue;
    let resolveNext: () => void = () => undefined;
    const nextAsked = new Promise<void>((resolve) => (resolveNext = resolve));
    connectLocalLms(frame, { launch, session: 's'.repeat(20), title: 'M', query: '', onNext: () => (events.push('next'), resolveNext()) }, queue);
    const port = (postMessage.mock.calls[0] as [unknown, string, MessagePort[]])[2][0]!;
    return { port, events, nextAsked };
  }

  it('asks the player for the next module only for the exact request, after the commits that came before it', async () => {
    const { port, events, nextAsked } = connected();
    for (const hostile of HOSTILE_NEXTS) port.postMessage(hostile);
    port.postMessage({ bridge: BRIDGE, type: 'commit', cmi: { location: 'sec-9' }, terminate: true });
    port.postMessage(NEXT_MESSAGE);
    await nextAsked;
    expect(events).toEqual(['commit sec-9', 'next']);
  });

  it('recognises only the bare request', () => {
    expect(isNextMessage(NEXT_MESSAGE)).toBe(true);
    for (const hostile of HOSTILE_NEXTS) expect(isNextMessage(hostile)).toBe(false);
  });
});
