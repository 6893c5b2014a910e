import fs from 'node:fs';
import path from 'node:path';
import type { ScoPackage } from '../contract';
import { AppError } from '../errors';

/** Path inside the tree (posix, no leading slash) → bytes. Sorted insertion keeps zips deterministic. */
export type ScoTree = Map<string, Buffer>;

export const RUNTIME_FILES = ['sco.js', 'sco.css'] as const;

/** `</` would end the data block early; `\u003c` is the same JSON value. */
function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * The SCO's launch page. module.json is also inlined as a non-executable data block, so the page
 * works where fetch() of a sibling file does not (a package opened from disk, file:// in an LMS
 * player); the classic <script> at the end runs after the DOM exists.
 */
export function renderScoIndexHtml(pkg: ScoPackage): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(pkg.course.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(pkg.module.title)} · ${escapeHtml(pkg.course.title)}</title>`,
    '<link rel="stylesheet" href="sco.css">',
    '</head>',
    '<body>',
    '<div id="sco-root"></div>',
    `<script type="application/json" id="leerpad-module">${jsonForScriptBlock(pkg)}</script>`,
    '<script src="sco.js"></script>',
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

/** One module → its SCO file tree. The app serves this tree; export zips the very same bytes. */
export function buildScoTree(pkg: ScoPackage, options: ScoTreeOptions): ScoTree {
  const tree: ScoTree = new Map();
  tree.set('index.html', Buffer.from(renderScoIndexHtml(pkg)));
  tree.set('module.json', Buffer.from(`${JSON.stringify(pkg, null, 1)}\n`));
  for (const file of RUNTIME_FILES) {
    const p = path.join(options.runtimeDir, file);
    if (!fs.existsSync(p)) {
      throw new AppError({
        code: 'IO',
        message: `The SCO runtime is not built: ${p} is missing.`,
        hint: 'Run `npm run build` (it builds out/sco).',
      });
    }
    tree.set(file, fs.readFileSync(p));
  }
  for (const media of [...pkg.module.media].sort()) {
    tree.set(media, fs.readFileSync(path.join(options.courseDir, media)));
  }
  return new Map([...tree.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
