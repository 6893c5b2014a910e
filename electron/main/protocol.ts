import { protocol } from 'electron';
import { responseHeaders } from '../core/app/assets';
import type { AssetSource } from '../core/app/content-site';

export const APP_SCHEME = 'app';
export const APP_HOST = 'leerpad';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/**
 * SCOs and the LMS host page: a standard scheme keys the origin on the host, so `app://content` is
 * another origin than the app. A SCO can then neither script the app's page nor call the preload's
 * `leerpad.invoke` through `window.top` (the browser refuses cross-origin access).
 */
export const CONTENT_HOST = 'content';
export const CONTENT_ORIGIN = `${APP_SCHEME}://${CONTENT_HOST}`;

/** Must run before `app.whenReady()`: a standard, secure scheme gets an origin per host. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/** What each host serves: the app host only the renderer, the content host only SCOs and the LMS host. */
export interface ProtocolSites {
  app: AssetSource;
  content: AssetSource;
}

function siteFor(sites: ProtocolSites, host: string): AssetSource | null {
  if (host === APP_HOST) return sites.app;
  if (host === CONTENT_HOST) return sites.content;
  return null;
}

/** Turns an app:// request into a response from the host's asset source, which confines paths. */
export function appProtocolHandler(sites: ProtocolSites) {
  return (request: Request): Response => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response('Bad URL', { status: 400 });
    }
    const site = siteFor(sites, url.host);
    if (!site) return new Response('Unknown host', { status: 404 });
    // The raw path, before URL normalisation: encoded `..` must reach the confinement check as is.
    const rawPath = request.url.slice(`${APP_SCHEME}://${url.host}`.length).split(/[?#]/)[0] || '/';
    const asset = site.resolve(rawPath);
    const headers = responseHeaders(asset);
    const body = typeof asset.body === 'string' ? asset.body : new Uint8Array(asset.body);
    return new Response(body, { status: asset.status, headers });
  };
}

export function handleAppProtocol(sites: ProtocolSites) {
  protocol.handle(APP_SCHEME, appProtocolHandler(sites));
}
