import type { CmiJson, ScormEdition } from '../../electron/core/contract';

/**
 * The messages between the app's player and the LMS host page on the content origin. The app
 * sends one launch (with a MessagePort); the host answers with commits on that port. The SCO shares
 * the host's origin and can reach the port, so whatever the app receives is hostile input: checked
 * here by shape, and by core again (size, depth, CMI rules) before anything is stored.
 */
export const BRIDGE = 'leerpad-lms/1';

/** SCORM's own names for the API object a SCO looks for in its parents (RTE 3.3.6.1; 1.2 RTE 3.3). */
export const API_NAME = { scorm12: 'API', scorm2004: 'API_1484_11' } as const satisfies Record<ScormEdition, string>;

export interface LaunchMessage {
  bridge: typeof BRIDGE;
  type: 'launch';
  edition: ScormEdition;
  /** The CMI to preload (scorm-again's JSON shape, without the `cmi` wrapper). */
  cmi: CmiJson;
  /** The SCO's launch page: must be on the host's own origin, where it finds the API. */
  scoUrl: string;
  /** The accessible name of the SCO's frame. */
  title: string;
}

export interface CommitMessage {
  bridge: typeof BRIDGE;
  type: 'commit';
  cmi: CmiJson;
  /** Sent on Terminate (2004) or LMSFinish (1.2): the SCO's session ends. */
  terminate: boolean;
}

/**
 * "Volgende module" (issue 11): the SCO asks its host page (postMessage, same origin), the host asks
 * the app (the launch's port). It carries nothing but the wish: the app alone decides which module
 * comes next, so a hostile SCO can at most move the learner on to the module after this one.
 */
export interface NextMessage {
  bridge: typeof BRIDGE;
  type: 'next';
}

export const NEXT_MESSAGE: NextMessage = { bridge: BRIDGE, type: 'next' };

/**
 * A SCORM 2004 SCO's own navigation (RTE 4.4 adl.nav.request, acted on at Terminate): the host
 * relays the request, the app decides where it leads within the package's tree. `choice` names an
 * item identifier the app looks up; anything it does not know leads nowhere.
 */
export const NAV_REQUESTS = ['continue', 'previous', 'choice'] as const;
export type NavRequest = (typeof NAV_REQUESTS)[number];

export interface NavigateMessage {
  bridge: typeof BRIDGE;
  type: 'navigate';
  request: NavRequest;
  /** The item identifier of a `choice`. */
  target?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isLaunchMessage(value: unknown): value is LaunchMessage {
  return (
    isRecord(value) &&
    value.bridge === BRIDGE &&
    value.type === 'launch' &&
    (value.edition === 'scorm12' || value.edition === 'scorm2004') &&
    isRecord(value.cmi) &&
    typeof value.scoUrl === 'string' &&
    typeof value.title === 'string'
  );
}

export function isCommitMessage(value: unknown): value is CommitMessage {
  return isRecord(value) && value.bridge === BRIDGE && value.type === 'commit' && isRecord(value.cmi) && typeof value.terminate === 'boolean';
}

export function isNextMessage(value: unknown): value is NextMessage {
  return isRecord(value) && value.bridge === BRIDGE && value.type === 'next' && Object.keys(value).length === 2;
}

export function isNavigateMessage(value: unknown): value is NavigateMessage {
  return (
    isRecord(value) &&
    value.bridge === BRIDGE &&
    value.type === 'navigate' &&
    (NAV_REQUESTS as readonly unknown[]).includes(value.request) &&
    (value.target === undefined || (typeof value.target === 'string' && value.target.length <= 255))
  );
}
