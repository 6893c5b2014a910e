import type { LaunchResult } from '../../../electron/core/contract';
import type { CommitQueue } from './commit-queue';

declare global {
  interface Window {
    API_1484_11?: unknown;
  }
}

/**
 * The app as a local LMS: scorm-again's SCORM 2004 API on the parent window (where the SCO looks
 * for API_1484_11), preloaded with the learner's last CMI. No lmsCommitUrl, so scorm-again sends
 * nothing over the network; every Commit and Terminate is handed to the commit queue instead.
 */
export async function installLocalLms(launch: LaunchResult, session: string, queue: CommitQueue) {
  // Loaded with the player only: the library and profile screens start without it.
  const { Scorm2004API } = await import('scorm-again');
  const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(launch.cmi, 'cmi');
  let seq = launch.commitSeq;
  const send = (terminate: boolean) => {
    const cmi = api.renderCommitCMI(true) as Record<string, unknown>;
    seq += 1;
    queue.push({ session, attemptId: launch.attemptId, launchId: launch.launchId, seq, cmi, terminate });
  };
  api.on('Commit', () => send(false));
  api.on('Terminate', () => send(true));
  window.API_1484_11 = api;
  return {
    api,
    uninstall() {
      if (window.API_1484_11 === api) delete window.API_1484_11;
    },
  };
}
