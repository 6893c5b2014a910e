import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, type AssetResolver } from '../core/assets';

export const APP_SCHEME = 'app';
export const APP_HOST = 'leerpad';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before `app.whenReady()`: a standard, secure scheme gets an origin, so SCOs share it (rule 4). */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

/** Turns an app:// request into a response from the core's asset resolver, which confines paths. */
export function appProtocolHandler(assets: AssetResolver) {
  return (request: Request): Response => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Unknown host', { status: 404 });
    // The raw path, before URL normalisation: encoded `..` must reach the confinement check as is.
    const rawPath = request.url.slice(`${APP_SCHEME}://${url.host}`.length).split(/[?#]/)[0] || '/';
    const asset = assets.resolve(rawPath);
    const headers: Record<string, string> = { 'content-type': asset.contentType, 'x-content-type-options': 'nosniff' };
    if (asset.contentType.startsWith('text/html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    if (asset.download) headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(asset.download)}`;
    const body = typeof asset.body === 'string' ? asset.body : new Uint8Array(asset.body);
    return new Response(body, { status: asset.status, headers });
  };
}

export function handleAppProtocol(assets: AssetResolver) {
  protocol.handle(APP_SCHEME, appProtocolHandler(assets));
}
