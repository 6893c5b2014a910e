import { Scorm12API, Scorm2004API } from 'scorm-again';
import { API_NAME, BRIDGE, isLaunchMessage, isNextMessage, NEXT_MESSAGE, type CommitMessage, type LaunchMessage, type NavigateMessage, type NavRequest } from '../shared/lms-bridge';
import { clearContentStorage, type ContentStorage } from './clear-storage';

/** The part of `window` the host uses; tests pass a stand-in with their own parent. */
export interface HostWindow extends ContentStorage {
  parent: unknown;
  location: { href: string; origin: string };
  document: Document;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** The events each edition's API fires when the SCO commits or ends its session. */
const EVENTS = {
  scorm12: { commit: 'LMSCommit', terminate: 'LMSFinish' },
  scorm2004: { commit: 'Commit', terminate: 'Terminate' },
} as const;

/**
 * The LMS host page, on the content origin. It waits for one launch from the page that frames it
 * (the app: the content CSP's frame-ancestors allows no other), puts scorm-again's API for the
 * package's edition on its own window, where the SCO in its child frame finds it as
 * `window.parent.API` / `API_1484_11`, and relays every commit to the app on the launch's port.
 * `launched` settles once the SCO's frame is in the page.
 */
export function startLmsHost(host: HostWindow): { launched: Promise<void> } {
  let taken = false;
  let sco: { frame: HTMLIFrameElement; port: MessagePort } | null = null;
  const launched = new Promise<void>((resolve) => {
    host.addEventListener('message', (event) => {
      if (sco) return askForNext(sco, event);
      if (taken || host.parent === host || event.source !== host.parent) return;
      const port = event.ports[0];
      const message: unknown = event.data;
      if (!port || !isLaunchMessage(message)) return;
      const scoUrl = new URL(message.scoUrl, host.location.href);
      // A SCO on another origin could not reach the API in its parent, and must not be framed here.
      if (scoUrl.origin !== host.location.origin) return;
      taken = true;
      void clearContentStorage(host).then(() => {
        sco = { frame: launch(host, message, scoUrl.href, port), port };
        resolve();
      });
    });
  });
  return { launched };
}

/**
 * The SCO asks for the next module. Only its own frame may ask, with nothing but the wish. The frame
 * goes first: its pagehide commits and terminates the session (the commits travel on the same port,
 * ahead of the request), so the app opens the next module after this one's last word is in.
 */
function askForNext({ frame, port }: { frame: HTMLIFrameElement; port: MessagePort }, event: MessageEvent) {
  const scoWindow = frame.contentWindow;
  if (!scoWindow || event.source !== scoWindow || !isNextMessage(event.data)) return;
  frame.remove();
  port.postMessage(NEXT_MESSAGE);
}

function launch(host: HostWindow, message: LaunchMessage, scoUrl: string, port: MessagePort): HTMLIFrameElement {
  // No lmsCommitUrl: scorm-again sends nothing over the network; the app stores each commit it relays.
  const settings = { autocommit: false, logLevel: 5 } as const;
  const api = message.edition === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  api.loadFromJSON(message.cmi, 'cmi');
  const relay = (terminate: boolean) => {
    const commit: CommitMessage = { bridge: BRIDGE, type: 'commit', cmi: api.renderCommitCMI(true) as Record<string, unknown>, terminate };
    port.postMessage(commit);
  };
  api.on(EVENTS[message.edition].commit, () => relay(false));
  api.on(EVENTS[message.edition].terminate, () => relay(true));
  if (api instanceof Scorm2004API) {
    // RTE 4.4: a 2004 SCO moves on by setting adl.nav.request and terminating; without sequencing
    // rules scorm-again hands the request to these listeners after the Terminate commit went out.
    const navigate = (request: NavRequest, target?: string) => {
      const nav: NavigateMessage = { bridge: BRIDGE, type: 'navigate', request, ...(target ? { target } : {}) };
      port.postMessage(nav);
    };
    api.on('SequenceNext', () => navigate('continue'));
    api.on('SequencePrevious', () => navigate('previous'));
    api.on('SequenceChoice', (target: unknown) => typeof target === 'string' && target && navigate('choice', target));
  }
  (host as unknown as Record<string, unknown>)[API_NAME[message.edition]] = api;

  const frame = host.document.createElement('iframe');
  frame.title = message.title;
  frame.src = scoUrl;
  host.document.body.append(frame);
  return frame;
}
