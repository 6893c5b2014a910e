import path from 'node:path';

/** A URI with a scheme (http:, https:, data: …): left as written, never joined onto a folder. */
export const isAbsoluteUri = (href: string) => /^[a-z][a-z\d+.-]*:/i.test(href);

/**
 * Joins the xml:base values in scope (outermost first: manifest, resources, resource) into one,
 * or undefined when none is set. IMS CP 1.1.4 lets each of them carry xml:base (XML Base, RFC 3986
 * resolution); a relative base is taken as a folder even without its trailing slash, as Moodle and
 * SCORM Cloud do (they concatenate), since a base naming a file would make every href wrong.
 */
export function combineBases(bases: Array<string | undefined>): string | undefined {
  let combined: string | undefined;
  for (const raw of bases) {
    const base = raw?.trim();
    if (!base) continue;
    combined = combined === undefined ? asFolder(base) : resolveAgainst(combined, asFolder(base));
  }
  return combined;
}

function asFolder(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

function resolveAgainst(base: string, href: string): string {
  if (isAbsoluteUri(href) || href.startsWith('/')) return href;
  if (isAbsoluteUri(base)) return new URL(href, base).href;
  const joined = path.posix.join(base, href);
  return href.endsWith('/') && !joined.endsWith('/') ? `${joined}/` : joined;
}

/**
 * An href as callers should see it: package-relative once the base is applied (URLs stay URLs).
 * Without a base the href is returned exactly as written.
 */
export function withBase(base: string | undefined, href: string): string {
  return base === undefined ? href : resolveAgainst(base, href.trim());
}
