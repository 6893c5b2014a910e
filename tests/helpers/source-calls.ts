// Reads the core's source for the calls that emit a coded item (a validation issue, a preflight
// finding): for each call, the literal code it passes and the params it hands to the UI. The i18n
// tests check the UI's templates against these: every code has a text, and a text uses only params
// that every place emitting its code fills in. Plain text scanning (fs, path, regex), no compiler.
import fs from 'node:fs';
import path from 'node:path';

/** One call in the source that emits an item. */
export interface CallSite {
  /** `file:line` of the call, the file relative to the scan's root. */
  where: string;
  /** The codes it can emit: one, or more when written in a ternary. */
  codes: string[];
  /** Params the object literal always has. */
  keys: Set<string>;
  /** Params it may add through a spread such as `...(x ? { name } : {})`. */
  optional: Set<string>;
  /** Source text of each param's value. */
  values: Map<string, string>;
}

export interface CallScan {
  /** The folder whose `.ts` files are read, subfolders included. */
  dir: string;
  /** What `where` is relative to. */
  root: string;
  /** Matches a call up to and including its `(`; must have the `g` flag. */
  call: RegExp;
  /** What the code is called in errors: `rule`, `issue code`. */
  codeName: string;
  /** The position of the code among the call's arguments. */
  codeArg: number;
  /** The position of the params object, an optional argument. */
  paramsArg: number;
  /** More checks on each file's source, before its calls are read; throws to fail the scan. */
  checkFile?: (src: string, file: string, rel: string) => void;
  /** More checks on a call without params; throws to fail the scan. */
  checkWithoutParams?: (where: string, codes: string[], args: string[]) => void;
}

export interface CallScanResult {
  /** The calls read, up to the first error. */
  sites: CallSite[];
  /** Every code the calls emit, sorted. */
  codes: string[];
  /** The calls that can emit `code`. */
  sitesOf: (code: string) => CallSite[];
  /** Why the scan stopped early, e.g. a call it cannot read. */
  error?: string;
}

const CODE = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;

function skipQuoted(src: string, at: number): number {
  const quote = src[at];
  for (let i = at + 1; i < src.length; ) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else if (quote === '`' && c === '$' && src[i + 1] === '{') i = closing(src, i + 1) + 1;
    else i++;
  }
  throw new Error(`unterminated string at ${at}`);
}

/** Skips a string or comment starting at `i`; returns `i` itself when there is none. */
function skipNoise(src: string, i: number): number {
  const c = src[i];
  if (c === '"' || c === "'" || c === '`') return skipQuoted(src, i);
  if (c === '/' && src[i + 1] === '/') return src.indexOf('\n', i);
  if (c === '/' && src[i + 1] === '*') return src.indexOf('*/', i) + 2;
  return i;
}

/**
 * Calls `visit` with each character from `from` up to `to` that is code, not in a string or a
 * comment, until it returns true; returns that character's index, or -1.
 */
function walk(src: string, from: number, to: number, visit: (c: string, i: number) => boolean): number {
  for (let i = from; i < to; ) {
    const next = skipNoise(src, i);
    if (next !== i) {
      i = next;
      continue;
    }
    if (visit(src[i]!, i)) return i;
    i++;
  }
  return -1;
}

/** The index of the bracket that closes the one at `open`. */
function closing(src: string, open: number): number {
  let depth = 0;
  const end = walk(src, open, src.length, (c) => {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return true;
    return false;
  });
  if (end === -1) throw new Error(`unbalanced bracket at ${open}`);
  return end;
}

/** The comma-separated parts between the bracket at `open` and the one that closes it. */
function parts(src: string, open: number): string[] {
  const end = closing(src, open);
  const out: string[] = [];
  let depth = 0;
  let start = open + 1;
  walk(src, open + 1, end, (c, i) => {
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      out.push(src.slice(start, i).trim());
      start = i + 1;
    }
    return false;
  });
  const last = src.slice(start, end).trim();
  if (last) out.push(last);
  return out.map(withoutLeadingComments).filter((p) => p !== '');
}

/** A part without the comments written before it (`// why` above a param object). */
function withoutLeadingComments(part: string): string {
  let p = part;
  for (;;) {
    if (p.startsWith('//')) p = p.slice(p.includes('\n') ? p.indexOf('\n') + 1 : p.length).trimStart();
    else if (p.startsWith('/*')) p = p.slice(p.indexOf('*/') + 2).trimStart();
    else return p;
  }
}

/** The single-quoted string literals in a piece of source, e.g. both codes of a ternary. */
export const literals = (expr: string) => [...expr.matchAll(/'([^'\\]*)'/g)].map((m) => m[1]!);

/** A plain string literal, without interpolation: a text with nothing to translate into params. */
export const isPlainString = (expr: string) => /^'([^'\\]|\\.)*'$/.test(expr) || /^"([^"\\]|\\.)*"$/.test(expr) || /^`[^`$]*`$/.test(expr);

function keyOf(entry: string): string | undefined {
  return /^(?:'([^']+)'|"([^"]+)"|([A-Za-z_$][\w$]*))\s*(?::|$)/.exec(entry)?.slice(1).find((k) => k !== undefined);
}

function readParams(site: CallSite, text: string): void {
  if (!text.startsWith('{')) throw new Error(`${site.where}: params must be an object literal, found ${text}`);
  for (const entry of parts(text, 0)) {
    if (entry.startsWith('...')) {
      // Keys of the object literals inside a conditional spread may or may not be there.
      for (let i = entry.indexOf('{'); i !== -1; i = entry.indexOf('{', closing(entry, i)))
        for (const inner of parts(entry, i)) {
          const key = keyOf(inner);
          if (key) site.optional.add(key);
        }
      continue;
    }
    const key = keyOf(entry);
    if (!key) throw new Error(`${site.where}: cannot read param '${entry}'`);
    site.keys.add(key);
    site.values.set(key, entry.includes(':') ? entry.slice(entry.indexOf(':') + 1).trim() : key);
  }
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

function readSites(scan: CallScan, sites: CallSite[]): void {
  for (const file of sourceFiles(scan.dir)) {
    const src = fs.readFileSync(file, 'utf8');
    const rel = path.relative(scan.root, file);
    scan.checkFile?.(src, file, rel);
    for (const m of src.matchAll(scan.call)) {
      if (/function\s+$/.test(src.slice(0, m.index))) continue; // its definition
      const open = m.index + m[0].length - 1;
      const where = `${rel}:${src.slice(0, open).split('\n').length}`;
      const args = parts(src, open);
      const codes = literals(args[scan.codeArg] ?? '');
      // A code computed some other way (a variable, a template) must be made readable here.
      if (codes.length === 0 || codes.some((c) => !CODE.test(c))) {
        throw new Error(`${where}: the ${scan.codeName} must be written as a literal 'area.name', found ${args[scan.codeArg]}`);
      }
      const site: CallSite = { where, codes, keys: new Set(), optional: new Set(), values: new Map() };
      const params = args[scan.paramsArg];
      if (params !== undefined) readParams(site, params);
      else scan.checkWithoutParams?.(where, codes, args);
      sites.push(site);
    }
  }
}

/**
 * Every call `scan.call` in the `.ts` files under `scan.dir`. A call the scan cannot read (a code
 * that is no literal, params that are no object literal) ends it with an `error`, for a test to
 * report, rather than throwing while the test file loads.
 */
export function scanCalls(scan: CallScan): CallScanResult {
  const sites: CallSite[] = [];
  let error: string | undefined;
  try {
    readSites(scan, sites);
  } catch (e) {
    error = String(e);
  }
  const codes = [...new Set(sites.flatMap((s) => s.codes))].sort();
  const sitesOf = (code: string) => sites.filter((s) => s.codes.includes(code));
  return { sites, codes, sitesOf, error };
}
