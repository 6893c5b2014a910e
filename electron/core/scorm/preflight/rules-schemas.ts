import path from 'node:path';
import { MANIFEST_FILE } from '../manifest-file';
import { validateManifestXsd, type XsdResult } from '../xsd';
import { finding, type Finding, type PreflightOptions } from './finding';
import type { PackageView } from './package-view';

/** At most this many schema errors are listed: the first ones explain the rest. */
const MAX_XSD_FINDINGS = 10;

/** Relative schemaLocation values inside a shipped XSD (includes and imports). */
function referencedSchemas(file: string, body: Uint8Array): string[] {
  const dir = path.posix.dirname(file);
  return [...Buffer.from(body).toString('utf8').matchAll(/schemaLocation\s*=\s*["']([^"']+)["']/g)]
    .map((m) => m[1]!)
    .filter((loc) => !/^[a-z]+:/i.test(loc))
    .map((loc) => path.posix.normalize(dir === '.' ? loc : `${dir}/${loc}`));
}

/**
 * The XSDs the manifest references must be in the package (CAM: schema files at the package root),
 * with everything they include: validators load them from there.
 */
export function shippedSchemaRules(view: PackageView): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const queue = view.manifest.schemaLocations.filter((loc) => !/^[a-z]+:/i.test(loc)).map((loc) => ({ file: path.posix.normalize(loc), from: MANIFEST_FILE }));
  while (queue.length > 0) {
    const { file, from } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!view.files.has(file)) {
      out.push(
        finding(
          'error',
          'manifest.schema-missing',
          file,
          { from, file },
        ),
      );
      continue;
    }
    // Only .xsd and .dtd files are read; a schemaLocation naming anything else has no includes to follow.
    const body = view.inspected.get(file);
    if (body) for (const next of referencedSchemas(file, body)) queue.push({ file: next, from: file });
  }
  return out;
}

/**
 * Validity against the official schema set of the edition (Moodle does not validate; SCORM Cloud does).
 * `checked`: the result of a check the caller started itself (an export validates all its manifests in one run).
 */
export async function xsdRules(view: PackageView, options: PreflightOptions, checked?: Promise<XsdResult>): Promise<Finding[]> {
  let result;
  try {
    result = await (checked ?? validateManifestXsd(view.manifestText, view.declaredEdition ?? view.edition, options.schemasDir));
  } catch (e) {
    return [
      finding(
        'warning',
        'xsd.unchecked',
        MANIFEST_FILE,
        { reason: (e as Error).message.split('\n')[0]! },
      ),
    ];
  }
  const shown = result.problems.slice(0, MAX_XSD_FINDINGS).map((p) =>
    finding(
      'error',
      'xsd.invalid',
      p.line ? `${MANIFEST_FILE}:${p.line}` : MANIFEST_FILE,
      {
        problem: 'schema',
        schemas: view.declaredEdition === 'scorm2004' ? 'SCORM 2004 4th Edition' : 'SCORM 1.2',
        reason: p.message,
        ...(p.line ? { line: p.line } : {}),
      },
    ),
  );
  if (result.problems.length > MAX_XSD_FINDINGS) {
    shown.push(
      finding(
        'error',
        'xsd.invalid',
        MANIFEST_FILE,
        { problem: 'more', more: result.problems.length - MAX_XSD_FINDINGS },
      ),
    );
  }
  return shown;
}
