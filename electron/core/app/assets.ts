import fs from 'node:fs';
import path from 'node:path';

export interface AssetResponse {
  status: number;
  contentType: string;
  body: Buffer | string;
  /** Offer the response as a file download with this name. */
  download?: string;
  /** The page's own Content-Security-Policy, when it is not the app's (pages on the content origin). */
  csp?: string;
  /** Someone else's file (a course author's media): never run as a page of ours, whatever its type. */
  untrusted?: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // Authoring tools of other people's packages still write .htm launch pages.
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.vtt': 'text/vtt; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * A page's Content-Security-Policy: no remote code, no inline script, no plugins. `frameSrc` and
 * `frameAncestors` tell the app and the content origin (where SCOs run) apart: the app frames
 * only content, content is framed only by the app (or itself, for the SCO inside the LMS host).
 */
export function contentSecurityPolicy(frames: { frameSrc: string[]; frameAncestors: string[] }): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    `frame-src ${frames.frameSrc.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frames.frameAncestors.join(' ')}`,
  ].join('; ');
}

/**
 * Pages of other people's SCORM packages (issue 12): authoring tools write inline script and some call
 * eval (Articulate, older Captivate), so both are allowed, but only on the content origin itself; nothing
 * remote loads or is reached (no http(s) source, connect only to 'self'), and only the app may frame them.
 */
export function foreignContentPolicy(frameAncestors: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

/** The policy shared by the Electron window and the web harness for the app's own pages. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy({ frameSrc: ["'self'"], frameAncestors: ["'self'"] });

/**
 * For every response that is not one of the app's own pages (scripts, JSON, media, course files): if it
 * is opened directly it becomes an opaque-origin document without script, so an SVG or HTML file a
 * course author shipped cannot reach /rpc or the learner's storage. Only what the type needs to show.
 */
export function sandboxPolicy(contentType: string): string {
  const needs = contentType.startsWith('image/')
    ? ["img-src 'self'"]
    : contentType.startsWith('video/') || contentType.startsWith('audio/')
      ? ["media-src 'self'"]
      : [];
  return ['sandbox', "default-src 'none'", ...needs].join('; ');
}

/**
 * The one place response headers are decided, for the web harness, the content origin and Electron's
 * app:// protocol alike: a CSP on every response (the app's own policy only for its trusted pages), no
 * MIME sniffing (a .png must not become HTML), no referrer leaving the app, and no other origin may
 * embed our responses (a page on another site could otherwise load exports or media from 127.0.0.1).
 */
export function responseHeaders(asset: Pick<AssetResponse, 'contentType' | 'csp' | 'download' | 'untrusted'>): Record<string, string> {
  const ownPage = asset.contentType.startsWith('text/html') && !asset.untrusted;
  const headers: Record<string, string> = {
    'content-type': asset.contentType,
    'content-security-policy': ownPage ? (asset.csp ?? CONTENT_SECURITY_POLICY) : sandboxPolicy(asset.contentType),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
  };
  if (asset.download) headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(asset.download)}`;
  return headers;
}

export const notFound = (what = 'Not found'): AssetResponse => ({
  status: 404,
  contentType: 'text/plain; charset=utf-8',
  body: what,
});

/**
 * Maps a URL path onto a file inside `root`, or null when the path could leave it: `..`
 * segments (also percent-encoded or with backslashes), NUL bytes, and symlinks that point out.
 */
export function confinedPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || /^[a-zA-Z]:$/.test(s))) return null;
  let realRoot: string;
  try {
    realRoot = fs.realpathSync.native(root);
  } catch {
    return null;
  }
  const candidate = path.join(realRoot, ...segments);
  let real: string;
  try {
    real = fs.realpathSync.native(candidate);
  } catch {
    return null;
  }
  if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return null;
  return real;
}

export function serveFile(root: string, urlPath: string, fallback?: string): AssetResponse {
  let file = confinedPath(root, urlPath);
  if (file && fs.statSync(file).isDirectory()) file = confinedPath(root, path.posix.join(urlPath, 'index.html'));
  if (!file && fallback) file = confinedPath(root, fallback);
  if (!file || !fs.statSync(file).isFile()) return notFound();
  return { status: 200, contentType: contentTypeOf(file), body: fs.readFileSync(file) };
}

export interface AssetResolverOptions {
  rendererDir: string;
}

/**
 * Answers GET requests for the app's own origin (app:// in Electron, http in the harness):
 * the built renderer, confined to its folder. SCO trees and course media are added as routes.
 */
export function createAssetResolver(options: AssetResolverOptions) {
  const routes: { prefix: string; handle: (rest: string) => AssetResponse }[] = [];
  return {
    route(prefix: string, handle: (rest: string) => AssetResponse) {
      routes.push({ prefix, handle });
    },
    resolve(urlPath: string): AssetResponse {
      for (const r of routes) {
        if (urlPath.startsWith(r.prefix)) return r.handle(urlPath.slice(r.prefix.length));
      }
      if (urlPath === '/' || urlPath === '') return serveFile(options.rendererDir, '/index.html');
      return serveFile(options.rendererDir, urlPath);
    },
  };
}

export type AssetResolver = ReturnType<typeof createAssetResolver>;
