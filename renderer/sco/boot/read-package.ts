import type { ScoPackage } from '../../../electron/core/contract/sco';

function isPackage(value: unknown): value is ScoPackage {
  const p = value as Partial<ScoPackage> | null;
  return !!p && p.format === 1 && (p.edition === 'scorm12' || p.edition === 'scorm2004') && !!p.module && Array.isArray(p.module.sections);
}

/**
 * The inlined copy first: fetch() of a sibling file fails where a package is opened from disk or
 * played from file:// by an LMS player. module.json is the fallback for trees without it.
 */
export async function readPackage(doc: Document, fetchJson: (url: string) => Promise<unknown> = (url) => fetch(url).then((r) => r.json())): Promise<ScoPackage> {
  const inline = doc.getElementById('leerpad-module')?.textContent;
  if (inline && inline.trim()) {
    const parsed: unknown = JSON.parse(inline);
    if (isPackage(parsed)) return parsed;
  }
  const fetched = await fetchJson('./module.json');
  if (!isPackage(fetched)) throw new Error('module.json is not a Leerpad SCO package (format 1)');
  return fetched;
}
