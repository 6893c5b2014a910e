// Where an item launches: its resource's href (xml:base already applied by the manifest model)
// with the item's parameters, and whether the file can be played offline at all.
import fs from 'node:fs';
import path from 'node:path';
import type { ItemNotice } from '../contract/library';
import { isAbsoluteUri } from '../scorm/preflight/manifest-base';

/**
 * Appends an item's `parameters` to a launch href as SCORM 2004 CAM 3.4.1.11 (and IMS CP 1.1.4)
 * say: a leading '?' or '&' is dropped; a '#fragment' is appended only when the href has none;
 * otherwise the parameters join the href's query with '&', or start one with '?'. A fragment the
 * href already has stays last, where a browser reads it.
 */
export function withParameters(href: string, parameters: string | undefined): string {
  const params = (parameters ?? '').trim().replace(/^[?&]+/, '');
  if (!params) return href;
  const hash = href.indexOf('#');
  const beforeHash = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? '' : href.slice(hash);
  if (params.startsWith('#')) return fragment ? href : href + params;
  return `${beforeHash}${beforeHash.includes('?') ? '&' : '?'}${params}${fragment}`;
}

/** The href as a package-relative path: './' dropped, '.' segments folded; undefined when it would leave the package. */
export function packageRelative(href: string): string | undefined {
  if (href.startsWith('/') || href.includes('\\')) return undefined;
  const normal = path.posix.normalize(href);
  return normal === '..' || normal.startsWith('../') ? undefined : normal;
}

/** The file a package-relative href names (query and fragment dropped, %-escapes decoded). */
export function fileOf(href: string): string {
  const bare = href.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/**
 * Why an href cannot play offline, or undefined when it can: an absolute URL (the learner may be
 * on a train; Leerpad never loads a package's content from the internet), or a file the package
 * does not hold (an LMS would show a 404 in the frame).
 */
export function noticeOf(packageDir: string, href: string | undefined): ItemNotice | undefined {
  if (!href) return 'missing-file';
  if (isAbsoluteUri(href) || href.startsWith('//')) return 'external-url';
  const rel = packageRelative(href);
  if (rel === undefined) return 'missing-file';
  const file = fileOf(rel);
  const full = path.join(packageDir, ...file.split('/'));
  return full.startsWith(packageDir + path.sep) && fs.statSync(full, { throwIfNoEntry: false })?.isFile() ? undefined : 'missing-file';
}
