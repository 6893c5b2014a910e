// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { startLmsHost, type HostWindow } from '../../../../renderer/lms-host/host';
import { BRIDGE, type CommitMessage, type LaunchMessage } from '../../../../renderer/shared/lms-bridge';

const ORIGIN = 'http://content.test';

interface Api {
  Initialize(a: ''): string;
  LMSInitialize(a: ''): string;
  GetValue(e: string): string;
  LMSGetValue(e: string): string;
  SetValue(e: string, v: string): string;
  LMSSetValue(e: string, v: string): string;
  Commit(a: ''): string;
  LMSCommit(a: ''): string;
  Terminate(a: ''): string;
  LMSFinish(a: ''): string;
}

/** The host page in a window of its own, framed by a stand-in for the app (its `parent`). */
function framedHost() {
  const parent = {};
  const listeners: ((e: MessageEvent) => void)[] = [];
  // The SCO's frame lands in a detached body: created and inspected, never loaded.
  const body = document.createDocumentFragment();
  const doc = { createElement: document.createElement.bind(document), body } as unknown as Document;
  const host: HostWindow & Record<string, unknown> = {
    parent,
    location: { href: `${ORIGIN}/lms-host/index.html`, origin: ORIGIN },
    document: doc,
    localStorage,
    sessionStorage,
    addEventListener: (_type, fn) => listeners.push(fn),
  };
  const { launched } = startLmsHost(host);
  const channel = new MessageChannel();
  const commits: CommitMessage[] = [];
  let arrived: (() => void) | null = null;
  channel.port1.onmessage = (e: MessageEvent) => {
    commits.push(e.data as CommitMessage);
    arrived?.();
  };
  return {
    host,
    body,
    launched,
    commits,
    /** Resolves once `n` commits reached the app's end of the port. */
    commitsArrived: (n: number) => new Promise<void>((resolve) => {
      arrived = () => commits.length >= n && resolve();
      arrived();
    }),
    send(data: unknown, from: unknown = parent, ports: MessagePort[] = [channel.port2]) {
      for (const fn of listeners) fn({ source: from, data, ports } as unknown as MessageEvent);
    },
  };
}

const launch = (over: Partial<LaunchMessage> = {}): LaunchMessage => ({
  bridge: BRIDGE,
  type: 'launch',
  edition: 'scorm2004',
  cmi: { location: 'sec-2', suspend_data: 'abc' },
  scoUrl: '/sco/course/module/index.html?lang=en',
  title: 'Hefboom onderzoeken',
  ...over,
});

describe('the LMS host page', () => {
  it("puts a SCORM 2004 API with the learner's CMI where the SCO looks (window.parent.API_1484_11) and frames the SCO", async () => {
    const { host, body, send, launched } = framedHost();
    send(launch());
    await launched;
    const api = host.API_1484_11 as Api;
    expect(api.Initialize('')).toBe('true');
    expect(api.GetValue('cmi.location')).toBe('sec-2');
    expect(api.GetValue('cmi.suspend_data')).toBe('abc');
    const frame = body.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(`${ORIGIN}/sco/course/module/index.html?lang=en`);
    expect(frame.title).toBe('Hefboom onderzoeken');
  });

  it('relays every Commit and the Terminate to the app, with the CMI scorm-again renders', async () => {
    const { host, send, launched, commits, commitsArrived } = framedHost();
    send(launch());
    await launched;
    const api = host.API_1484_11 as Api;
    api.Initialize('');
    api.SetValue('cmi.location', 'sec-3');
    api.Commit('');
    api.SetValue('cmi.completion_status', 'completed');
    api.Terminate('');
    await commitsArrived(2);
    expect(commits[0]).toMatchObject({ bridge: BRIDGE, type: 'commit', terminate: false, cmi: { cmi: { location: 'sec-3' } } });
    expect(commits.at(-1)).toMatchObject({ type: 'commit', terminate: true, cmi: { cmi: { completion_status: 'completed' } } });
  });

  it('gives a SCORM 1.2 package window.parent.API and relays LMSCommit and LMSFinish', async () => {
    const { host, send, launched, commits, commitsArrived } = framedHost();
    send(launch({ edition: 'scorm12', cmi: { core: { lesson_location: 'p4' } } }));
    await launched;
    expect(host.API_1484_11).toBeUndefined();
    const api = host.API as Api;
    expect(api.LMSInitialize('')).toBe('true');
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('p4');
    api.LMSSetValue('cmi.core.lesson_location', 'p5');
    api.LMSCommit('');
    api.LMSFinish('');
    await commitsArrived(2);
    expect(commits[0]).toMatchObject({ terminate: false, cmi: { cmi: { core: { lesson_location: 'p5' } } } });
    expect(commits.at(-1)).toMatchObject({ terminate: true });
  });

  it.each([
    ['continue', 'continue', undefined],
    ['previous', 'previous', undefined],
    ['{target=item-sco3}choice', 'choice', 'item-sco3'],
  ])("passes a 2004 SCO's adl.nav.request %s on to the app after its Terminate commit", async (value, request, target) => {
    const { host, send, launched, commits, commitsArrived } = framedHost();
    send(launch());
    await launched;
    const api = host.API_1484_11 as Api;
    api.Initialize('');
    api.SetValue('cmi.completion_status', 'completed');
    expect(api.SetValue('adl.nav.request', value)).toBe('true');
    api.Terminate('');
    await commitsArrived(2);
    expect(commits.map((m) => m.type)).toEqual(['commit', 'navigate']);
    expect(commits[0]).toMatchObject({ terminate: true, cmi: { cmi: { completion_status: 'completed' } } });
    expect(commits[1]).toEqual({ bridge: BRIDGE, type: 'navigate', request, ...(target ? { target } : {}) });
  });

  it("wipes what an earlier learner's SCO left in the content origin's storage before this SCO starts", async () => {
    localStorage.setItem('third-party-sco:answers', 'Lina zocht zelf uit wat drijft');
    sessionStorage.setItem('third-party-sco:draft', 'Lina');
    const { send, launched } = framedHost();
    send(launch());
    await launched;
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  type Host = ReturnType<typeof framedHost>;
  it.each([
    ['a page other than the one framing the host', (h: Host) => h.send(launch({ scoUrl: '/evil.html' }), {})],
    ['a launch without a port', (h: Host) => h.send(launch({ scoUrl: '/evil.html' }), undefined, [])],
    ['a malformed launch', (h: Host) => h.send({ ...launch({ scoUrl: '/evil.html' }), edition: 'scorm3000' })],
    ['a SCO on another origin', (h: Host) => h.send(launch({ scoUrl: 'https://evil.example/sco.html' }))],
  ])('ignores a launch from %s, and still takes the real one', async (_what, attack) => {
    const h = framedHost();
    attack(h);
    h.send(launch());
    await h.launched;
    const frames = h.body.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]!.getAttribute('src')).toBe(`${ORIGIN}/sco/course/module/index.html?lang=en`);
  });

  it("takes one launch only: a second cannot swap the learner's CMI or the SCO", async () => {
    const { host, body, send, launched } = framedHost();
    send(launch());
    send(launch({ cmi: { location: 'forged' }, scoUrl: '/sco/other/index.html' }));
    await launched;
    const api = host.API_1484_11 as Api;
    api.Initialize('');
    expect(api.GetValue('cmi.location')).toBe('sec-2');
    expect(body.querySelectorAll('iframe')).toHaveLength(1);
    expect(body.querySelector('iframe')!.getAttribute('src')).toContain('/sco/course/module/');
  });
});
