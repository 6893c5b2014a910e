import type { LaunchResult } from '../../../electron/core/contract';
import { BRIDGE, isCommitMessage, isNavigateMessage, isNextMessage, type LaunchMessage, type NavRequest } from '../../shared/lms-bridge';
import type { CommitQueue } from './commit-queue';

export interface LmsLaunch {
  launch: LaunchResult;
  session: string;
  /** The accessible name of the SCO's frame inside the host. */
  title: string;
  /** The SCO's launch query (renderer/shared/player-context.ts): its language, the app as player, the next module. */
  query: string;
  /** The SCO asked for the next module; its last commits arrived before the request. */
  onNext?: () => void;
  /** A 2004 SCO's own navigation request, after its Terminate commit. */
  onNavigate?: (request: NavRequest, target?: string) => void;
}

/**
 * The app as a local LMS across an origin boundary. The SCO and scorm-again's API run on the
 * content origin, in the LMS host page this frame shows; the app sends it the launch and a
 * MessagePort and turns each commit arriving on that port into a commit of this attempt. Session,
 * attempt and sequence number are the app's own: a message can only carry CMI for this attempt.
 * Nothing of the app (page, storage, session token, core) is reachable from the content origin.
 */
export function connectLocalLms(frame: HTMLIFrameElement, { launch, session, title, query, onNext, onNavigate }: LmsLaunch, queue: CommitQueue) {
  const channel = new MessageChannel();
  let seq = launch.commitSeq;
  channel.port1.onmessage = (event: MessageEvent) => {
    // From the content origin (the SCO can reach the host's port): hostile input.
    if (isNextMessage(event.data)) return onNext?.();
    if (isNavigateMessage(event.data)) return onNavigate?.(event.data.request, event.data.target);
    if (!isCommitMessage(event.data)) return;
    seq += 1;
    queue.push({ session, attemptId: launch.attemptId, launchId: launch.launchId, seq, cmi: event.data.cmi, terminate: event.data.terminate });
  };
  const message: LaunchMessage = { bridge: BRIDGE, type: 'launch', edition: launch.edition, cmi: launch.cmi, scoUrl: `${launch.scoUrl}${query}`, title };
  // targetOrigin: delivered only while the frame still shows the content origin.
  frame.contentWindow?.postMessage(message, new URL(launch.hostUrl, window.location.href).origin, [channel.port2]);
  return {
    disconnect() {
      channel.port1.close();
    },
  };
}
