import { app, shell, type Session, type WebContents, type WebFrameMain } from 'electron';
import { APP_ORIGIN } from './protocol';

/**
 * The Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security), as far
 * as it is about the process, the session and every web contents. tests/security/electron-checklist
 * names each item against what these functions really do.
 */

const APP_PAGE = `${APP_ORIGIN}/`;
/** Leerpad is offline: nothing in a page may load from the network or the disk (checklist 1 and 18). */
const BLOCKED_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/**
 * A link may leave the app only as https, to the system browser, and only as the URL parser normalised
 * it: no file:, smb: or custom scheme (those start programs, checklist 15), no credentials that
 * disguise the host (`https://bank.example@evil.example`).
 */
export function externalUrl(url: string): string | null {
  if (url.length > 2048) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || !parsed.hostname) return null;
  return parsed.href;
}

const hardened = new WeakSet<WebContents>();
const hardenedSessions = new WeakSet<Session>();

function openOutside(url: string) {
  const safe = externalUrl(url);
  if (safe) void shell.openExternal(safe);
}

/** The app's own page, top level: the only initiator whose links may open the system browser. */
function isAppTopFrame(frame: WebFrameMain | null | undefined): boolean {
  try {
    return Boolean(frame && frame.parent === null && frame.url.startsWith(APP_PAGE));
  } catch {
    return false;
  }
}

/** Frames (the SCO's host page and the SCO) load only app:// pages: the app's host or the content host. */
function frameMayLoad(url: string): boolean {
  return url.startsWith('app://') || url === 'about:blank' || url === 'about:srcdoc';
}

/**
 * Navigation (checklist 13), new windows (14), webviews (11, 12) for one web contents. A SCO (course
 * content, later third-party packages) that navigates the window away is refused, not sent to the
 * browser: only the app's own page may do that, and window.open only ever opens a checked https URL.
 */
export function hardenWebContents(contents: WebContents) {
  // Both createMainWindow and 'web-contents-created' may get here: one set of listeners, or a link opens twice.
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.on('will-navigate', (event) => {
    if (event.url.startsWith(APP_PAGE)) return;
    event.preventDefault();
    if (isAppTopFrame(event.initiator)) openOutside(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !frameMayLoad(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!event.url.startsWith('app://')) event.preventDefault();
  });
  contents.on('will-attach-webview', (event, webPreferences) => {
    // Refused outright; the options are stripped too in case a later Electron ignores the refusal.
    delete webPreferences.preload;
    webPreferences.nodeIntegration = false;
    webPreferences.contextIsolation = true;
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/**
 * Must run before `app.whenReady()`: every renderer is sandboxed (checklist 4), and every web contents
 * Electron ever creates (the window, a devtools window, a webview that slipped through) is hardened.
 */
export function hardenProcess() {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
    // Also a session other than the default one (a partition someone adds later) gets the same rules.
    hardenSession(contents.session);
  });
}

/**
 * The one permission granted: full screen for the presenter view (issue 15), asked by the app's own top-level
 * page. A SCO or another page is refused, as for every other permission.
 */
export function mayGrant(permission: string, details: { requestingUrl?: string; isMainFrame?: boolean }): boolean {
  return permission === 'fullscreen' && details.isMainFrame === true && (details.requestingUrl ?? '').startsWith(APP_PAGE);
}

/** Permissions (checklist 5): a course player needs no camera, microphone, location, USB or HID (only full screen, above). */
export function hardenSession(session: Session) {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(mayGrant(permission, details)));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Only what a page asks for: Electron's own requests (Linux spellcheck dictionaries for the reflection
  // fields) have no web contents and may still download.
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: details.webContentsId !== undefined && isBlockedRequest(details.url) }),
  );
}

function isBlockedRequest(url: string): boolean {
  try {
    return BLOCKED_SCHEMES.has(new URL(url).protocol);
  } catch {
    return true;
  }
}
