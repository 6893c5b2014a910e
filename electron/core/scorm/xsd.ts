import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import type { ScormEdition } from '../contract';
import { readSchemaSet, SCHEMA_SETS } from './schema-sets';

export interface XsdProblem {
  line?: number;
  message: string;
}

export interface XsdResult {
  valid: boolean;
  problems: XsdProblem[];
}

const WRAPPER = 'leerpad-wrapper.xsd';
const MANIFEST = 'imsmanifest.xml';

/**
 * `xmllint --schema` takes one schema and ignores the instance's xsi:schemaLocation, while the
 * content-packaging schemas admit the extension elements (adlcp, imsss, LOM …) only through
 * `<xsd:any namespace="##other" processContents="strict"/>`. A wrapper without target namespace
 * that imports every namespace of the edition makes all their global declarations available to
 * those strict wildcards (the technique of shared/tools/validate-manifest.sh).
 */
export function wrapperSchema(edition: ScormEdition, base = ''): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
    ...SCHEMA_SETS[edition].imports.map((i) => `  <xsd:import namespace="${i.namespace}" schemaLocation="${base}${i.file}"/>`),
    '</xsd:schema>',
    '',
  ].join('\n');
}

const preloads = new Map<string, XMLFileInfo[]>();

/**
 * The official IMS MD 1.2.1 schema ends most LOM types with `<xsd:any namespace="##any">` after
 * optional elements of its own namespace (e.g. annotationType: person?, date?, description?, any*):
 * an element `date` then matches two particles, which breaks Unique Particle Attribution (XML
 * Schema 1 Structures 3.8.6). libxml2 2.9 (Debian's xmllint) lets it pass; libxml2 2.13, the
 * version inside xmllint-wasm, refuses to compile the schema ("content model is not determinist").
 * For the in-memory copy only, the wildcard becomes ##other: same namespaces for extensions, no
 * ambiguity. The package still ships the official file byte for byte.
 */
function compilable(fileName: string, contents: Buffer): Uint8Array {
  if (fileName !== 'imsmd_rootv1p2p1.xsd') return new Uint8Array(contents);
  return new Uint8Array(Buffer.from(contents.toString('utf8').replace(/namespace="##any"/g, 'namespace="##other"')));
}

/**
 * The whole set goes into the wasm file system under its relative paths: lom.xsd includes
 * common/…, vocab/…, unique/… and extend/… relative to itself, and the wasm build can read no
 * other files and no network (preloaded flat, by base name, the 2004 set fails to compile with
 * "Failed to load the document 'common/anyElement.xsd' for inclusion").
 */
function schemaFiles(schemasDir: string, edition: ScormEdition): XMLFileInfo[] {
  const key = `${schemasDir}\0${edition}`;
  let files = preloads.get(key);
  if (!files) {
    files = [...readSchemaSet(schemasDir, edition)].map(([fileName, contents]) => ({ fileName, contents: compilable(fileName, contents) }));
    preloads.set(key, files);
  }
  return files;
}

/** "imsmanifest.xml:12: element item: Schemas validity error : Element …" → line 12 and the rest. */
function problemOf(raw: string): XsdProblem {
  const m = /^imsmanifest\.xml:(\d+):\s*(.*)$/.exec(raw.trim());
  return m ? { line: Number(m[1]), message: m[2]! } : { message: raw.trim() };
}

async function runValidation(manifest: string, edition: ScormEdition, schemasDir: string): Promise<XsdResult> {
  const result = await validateXML({
    xml: [{ fileName: MANIFEST, contents: manifest }],
    schema: [{ fileName: WRAPPER, contents: wrapperSchema(edition) }],
    preload: schemaFiles(schemasDir, edition),
    // --nonet: the official schemas must never make the validator reach out (offline app).
    modifyArguments: (args) => ['--nonet', ...args],
    maxMemoryPages: 4096,
  });
  if (result.valid) return { valid: true, problems: [] };
  const problems = result.rawOutput
    .split('\n')
    .filter((line) => line.startsWith(`${MANIFEST}:`) && !line.includes('validates'))
    .map(problemOf);
  return { valid: false, problems: problems.length > 0 ? problems : [{ message: result.rawOutput.trim() || 'the manifest does not validate' }] };
}

/**
 * Validations still running, by exact input: export starts validating the manifest before it
 * zips, and its preflight's own call joins that run instead of starting a second worker.
 * Only running ones, so every export is really checked.
 */
const running = new Map<string, Promise<XsdResult>>();

/**
 * Validates a manifest against the edition's official schema set with libxml2 compiled to wasm,
 * because learners' and lecturers' machines have no xmllint. SCORM Cloud rejects manifests that
 * fail schema validation; Moodle does not check, so this is the only place the error shows.
 * Each call runs in a worker thread, so callers can start it early and do other work meanwhile.
 */
export function validateManifestXsd(manifest: string, edition: ScormEdition, schemasDir: string): Promise<XsdResult> {
  const key = `${schemasDir}\0${edition}\0${manifest}`;
  let result = running.get(key);
  if (!result) {
    result = runValidation(manifest, edition, schemasDir);
    running.set(key, result);
    const done = () => running.delete(key);
    result.then(done, done);
  }
  return result;
}
