import fs from 'node:fs';
import path from 'node:path';
import type { CourseScoPackage, ScoPackage } from '../contract';
import { readCourseMedia } from '../course/media-check';
import { AppError } from '../errors';

/** Path inside the tree (posix, no leading slash) → bytes. Sorted insertion keeps zips deterministic. */
export type ScoTree = Map<string, Buffer>;

export const RUNTIME_FILES = ['sco.js', 'sco.css'] as const;

/**
 * Folder of the shared runtime in a package (and on the app's origin, next to the module folders):
 * one copy of sco.js for all modules instead of one per SCO keeps packages small (field notes:
 * Moodle needs twice the zip size free to unpack). Module ids cannot start with "_".
 */
export const RUNTIME_FOLDER = '_leerpad';
export const PACKAGE_RUNTIME_BASE = `../${RUNTIME_FOLDER}/`;

/** `</` would end the data block early; `\u003c` is the same JSON value. */
function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A module's page is titled "module · course", a course SCO's by the course alone. */
function pageTitle(pkg: ScoPackage | CourseScoPackage): string {
  return 'kind' in pkg ? escapeHtml(pkg.course.title) : `${escapeHtml(pkg.module.title)} · ${escapeHtml(pkg.course.title)}`;
}

/**
 * The SCO's launch page. module.json (course.json for a course SCO) is also inlined as a
 * non-executable data block, so the page works where fetch() of a sibling file does not (a package
 * opened from disk, file:// in an LMS player); the classic <script> at the end runs after the DOM
 * exists. Both use the element id `leerpad-module`: the runtime tells them apart by `kind`.
 */
export function renderScoIndexHtml(pkg: ScoPackage | CourseScoPackage, runtimeBase = ''): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(pkg.course.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${pageTitle(pkg)}</title>`,
    `<link rel="stylesheet" href="${runtimeBase}sco.css">`,
    '</head>',
    '<body>',
    '<div id="sco-root"></div>',
    `<script type="application/json" id="leerpad-module">${jsonForScriptBlock(pkg)}</script>`,
    `<script src="${runtimeBase}sco.js"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export interface ScoTreeOptions {
  /** Folder holding the built runtime (out/sco). */
  runtimeDir: string;
  /** The course folder media paths are relative to. */
  courseDir: string;
}

export function sortedTree(tree: ScoTree): ScoTree {
  return new Map([...tree.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The built runtime files (sco.js, sco.css), or a clear error when `npm run build` was not run. */
export function runtimeFiles(runtimeDir: string): ScoTree {
  const tree: ScoTree = new Map();
  for (const file of RUNTIME_FILES) {
    const p = path.join(runtimeDir, file);
    if (!fs.existsSync(p)) {
      throw new AppError({
        code: 'IO',
        message: `The SCO runtime is not built: ${p} is missing.`,
        hint: 'Run `npm run build` (it builds out/sco).',
      });
    }
    tree.set(file, fs.readFileSync(p));
  }
  return tree;
}

export const LAUNCH_PAGE = 'index.html';
const MODULE_JSON = 'module.json';

/** A file of a module tree that came from the course folder (an author's file) rather than from Leerpad. */
export const isCourseMedia = (file: string) => file !== LAUNCH_PAGE && file !== MODULE_JSON;

/**
 * One module's own files: launch page, module.json and the media it uses. Media are read through
 * the course's confinement and allow-list once more (a file can change after validation), so
 * neither the app nor an export ever carries a file from outside the course or a page or script.
 */
export function moduleFiles(pkg: ScoPackage, courseDir: string, runtimeBase: string): ScoTree {
  const tree: ScoTree = new Map();
  tree.set(LAUNCH_PAGE, Buffer.from(renderScoIndexHtml(pkg, runtimeBase)));
  tree.set(MODULE_JSON, Buffer.from(`${JSON.stringify(pkg, null, 1)}\n`));
  for (const media of [...pkg.module.media].sort()) {
    tree.set(media, readCourseMedia(courseDir, media));
  }
  return sortedTree(tree);
}

/** A standalone SCO tree with its own copy of the runtime (a single module opened on its own). */
export function buildScoTree(pkg: ScoPackage, options: ScoTreeOptions): ScoTree {
  return sortedTree(new Map([...moduleFiles(pkg, options.courseDir, ''), ...runtimeFiles(options.runtimeDir)]));
}

/**
 * The file tree of a package of several modules: `<module-id>/…` per SCO and one shared
 * `_leerpad/` runtime. The app serves this same layout, so what plays offline is what the LMS plays.
 */
export function buildPackageTree(pkgs: ScoPackage[], options: ScoTreeOptions): ScoTree {
  const tree: ScoTree = new Map();
  for (const [file, body] of runtimeFiles(options.runtimeDir)) tree.set(`${RUNTIME_FOLDER}/${file}`, body);
  for (const pkg of pkgs) {
    for (const [file, body] of moduleFiles(pkg, options.courseDir, PACKAGE_RUNTIME_BASE)) tree.set(`${pkg.module.id}/${file}`, body);
  }
  return sortedTree(tree);
}
