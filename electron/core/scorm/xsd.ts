import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import type { ScormEdition } from '../contract';
import { MANIFEST_FILE } from './manifest-file';
import { readSchemaSet, SCHEMA_SETS } from './schema-sets';
import type { PackStore } from './zip';

export interface XsdProblem {
  line?: number;
  message: string;
}

export interface XsdResult {
  valid: boolean;
  problems: XsdProblem[];
}

const WRAPPER = 'leerpad-wrapper.xsd';
/** Part of the key of a kept result: another libxml2 may judge a manifest otherwise. */
const xmllintVersion = () => (createRequire(import.meta.url)('xmllint-wasm/package.json') as { version: string }).version;

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
function problemOf(raw: string, name: string): XsdProblem {
  const rest = raw.trim().slice(name.length + 1);
  const m = /^(\d+):\s*(.*)$/.exec(rest);
  return m ? { line: Number(m[1]), message: m[2]! } : { message: raw.trim() };
}

/** A lone manifest keeps its own name, so xmllint's messages read as before; a batch numbers them. */
const nameOf = (index: number, total: number) => (total === 1 ? MANIFEST_FILE : `${index + 1}-${MANIFEST_FILE}`);

function resultOf(rawOutput: string, name: string): XsdResult {
  if (rawOutput.split('\n').some((line) => line.trim() === `${name} validates`)) return { valid: true, problems: [] };
  const problems = rawOutput
    .split('\n')
    .filter((line) => line.startsWith(`${name}:`) && !line.includes('validates'))
    .map((line) => problemOf(line, name));
  return { valid: false, problems: problems.length > 0 ? problems : [{ message: rawOutput.trim() || 'the manifest does not validate' }] };
}

/**
 * Validates manifests against the edition's official schema set with libxml2 compiled to wasm,
 * because learners' and lecturers' machines have no xmllint. SCORM Cloud rejects manifests that
 * fail schema validation; Moodle does not check, so this is the only place the error shows.
 * Compiling the schema set is most of the cost (the 2004 set is 40 files), so every manifest of one
 * export goes into ONE xmllint run in ONE worker thread: the schemas are compiled once for all 16
 * packages of a package-per-module export, and the files are read from disk once per process.
 * The run is a worker, so the caller starts it first and zips meanwhile. One result per manifest, in order.
 */
export async function validateManifestsXsd(manifests: readonly string[], edition: ScormEdition, schemasDir: string, store?: PackStore): Promise<XsdResult[]> {
  if (manifests.length === 0) return [];
  const key = store ? validKey(manifests, edition, schemasDir) : undefined;
  if (key && store?.get(key)) return manifests.map(() => ({ valid: true, problems: [] }));
  const results = await runXmllint(manifests, edition, schemasDir);
  if (key && results.every((r) => r.valid)) store?.set(key, VALID);
  return results;
}

const VALID = new Uint8Array(Buffer.from('valid'));

/**
 * The exact inputs of a run (the manifests, the schema set's bytes, the validator's version): a
 * re-export of an unchanged course skips the worker and the wasm. Only "all valid" is kept, so a
 * kept entry can never invent a problem, and a manifest with problems is always checked afresh.
 */
function validKey(manifests: readonly string[], edition: ScormEdition, schemasDir: string): string {
  const hash = createHash('sha256').update(`xmllint-wasm ${xmllintVersion()}\0${edition}\0`);
  for (const f of schemaFiles(schemasDir, edition)) hash.update(`${f.fileName}\0`).update(f.contents).update('\0');
  for (const m of manifests) hash.update(m).update('\0');
  return `valid-${hash.digest('hex')}`;
}

async function runXmllint(manifests: readonly string[], edition: ScormEdition, schemasDir: string): Promise<XsdResult[]> {
  const names = manifests.map((_, i) => nameOf(i, manifests.length));
  const result = await validateXML({
    xml: manifests.map((contents, i) => ({ fileName: names[i]!, contents })),
    schema: [{ fileName: WRAPPER, contents: wrapperSchema(edition) }],
    preload: schemaFiles(schemasDir, edition),
    // --nonet: the official schemas must never make the validator reach out (offline app).
    modifyArguments: (args) => ['--nonet', ...args],
    maxMemoryPages: 4096,
  });
  if (result.valid) return manifests.map(() => ({ valid: true, problems: [] }));
  return names.map((name) => resultOf(result.rawOutput, name));
}

/** One manifest: a batch of one. */
export async function validateManifestXsd(manifest: string, edition: ScormEdition, schemasDir: string): Promise<XsdResult> {
  return (await validateManifestsXsd([manifest], edition, schemasDir))[0]!;
}
