import path from 'node:path';
import { MANIFEST_FILE } from '../manifest-file';
import { NS } from '../schema-sets';
import { validateManifestXsd, type XsdProblem, type XsdResult } from '../xsd';
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
      // Moodle never reads the schemas; Leerpad ships them, other makers often leave them out.
      out.push(finding(view.maker === 'leerpad' ? 'error' : 'warning', 'manifest.schema-missing', file, { from, file, maker: view.maker }));
      continue;
    }
    // Only .xsd and .dtd files are read; a schemaLocation naming anything else has no includes to follow.
    const body = view.inspected.get(file);
    if (body) for (const next of referencedSchemas(file, body)) queue.push({ file: next, from: file });
  }
  return out;
}

/**
 * A line about the schema set itself, not the manifest ("ims_xml.xsd:12: … Skipping import …"):
 * libxml2 prints these before the manifest's own errors, and they would read as the reason.
 */
const isSchemaSetLine = (line: string) => /^[^\s:]+\.xsd:/i.test(line.trim());

/** The problems with lines about the schema set taken out; a problem left empty goes. */
export function manifestProblems(problems: readonly XsdProblem[]): XsdProblem[] {
  return problems
    .map((p) => ({ ...p, message: p.message.split('\n').filter((line) => line.trim() && !isSchemaSetLine(line)).join(' ').trim() }))
    .filter((p) => p.message !== '');
}

/**
 * Why no official schema set can judge another maker's manifest: it declares no SCORM namespace,
 * or it pairs the SCORM 1.2 adlcp namespace with IMS CP 1.1.4's (imscp_v1p1), as many 1.2 tools
 * do; each set would call every element unexpected.
 */
function uncheckable(view: PackageView): string | undefined {
  if (!view.declaredEdition) return 'the manifest declares no SCORM namespace';
  const root = view.manifest.namespaces.get('');
  const expected = view.declaredEdition === 'scorm2004' ? NS.imscp : NS.imscp12;
  return root !== undefined && root !== expected ? `its namespace ${root} is not the one of the ${view.declaredEdition === 'scorm2004' ? 'SCORM 2004' : 'SCORM 1.2'} schemas` : undefined;
}

/**
 * Validity against the official schema set of the edition (Moodle does not validate; SCORM Cloud does).
 * `checked`: the result of a check the caller started itself (an export validates all its manifests in one run).
 * Another maker's package that breaks the schemas still plays in Moodle: a warning. One that declares no
 * namespace cannot be checked at all (every element would be "not expected"): a note.
 */
export async function xsdRules(view: PackageView, options: PreflightOptions, checked?: Promise<XsdResult>): Promise<Finding[]> {
  const foreign = view.maker === 'foreign';
  const unchecked = foreign && !checked ? uncheckable(view) : undefined;
  if (unchecked) return [finding('info', 'xsd.unchecked', MANIFEST_FILE, { reason: unchecked })];
  let result;
  try {
    result = await (checked ?? validateManifestXsd(view.manifestText, view.declaredEdition ?? view.edition, options.schemasDir));
  } catch (e) {
    return [finding('warning', 'xsd.unchecked', MANIFEST_FILE, { reason: (e as Error).message.split('\n')[0]! })];
  }
  const severity = foreign ? 'warning' : 'error';
  const problems = result.valid ? [] : manifestProblems(result.problems);
  if (!result.valid && problems.length === 0) problems.push({ message: 'the manifest does not validate' });
  const schemas = (view.declaredEdition ?? view.edition) === 'scorm2004' ? 'SCORM 2004 4th Edition' : 'SCORM 1.2';
  const shown = problems.slice(0, MAX_XSD_FINDINGS).map((p) =>
    finding(severity, 'xsd.invalid', p.line ? `${MANIFEST_FILE}:${p.line}` : MANIFEST_FILE, {
      problem: foreign ? 'foreign' : 'schema',
      schemas,
      reason: p.message,
      ...(p.line ? { line: p.line } : {}),
    }),
  );
  if (problems.length > MAX_XSD_FINDINGS) {
    shown.push(finding(severity, 'xsd.invalid', MANIFEST_FILE, { problem: 'more', more: problems.length - MAX_XSD_FINDINGS }));
  }
  return shown;
}
