import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx'];

function sourceFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return EXTENSIONS.includes(path.extname(e.name)) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** A relative specifier as the bundlers resolve it: the file itself, with an extension, or a folder's index. */
export function resolveImport(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, ...EXTENSIONS.map((x) => base + x), ...EXTENSIONS.map((x) => path.join(base, `index${x}`))];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? null;
}

/** Every relative import and re-export of `text`, type-only ones included: a type circle still ties two files together. */
export function importsOf(file, text) {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .filter((i) => i.fileName.startsWith('.'))
    .map((i) => resolveImport(file, i.fileName))
    .filter((t) => t !== null);
}

/** The import graph of the source folders under `root`: absolute file → the files it imports. */
export function importGraph(root, folders) {
  const graph = new Map();
  for (const file of folders.flatMap((d) => sourceFiles(path.join(root, d)))) graph.set(file, importsOf(file, fs.readFileSync(file, 'utf8')));
  return graph;
}

/** Tarjan's strongly connected components: every component of more than one file (or a file importing itself) is a circle. */
export function circles(graph) {
  let index = 0;
  const indexOf = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const out = [];
  const visit = (v) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), indexOf.get(w)));
    }
    if (low.get(v) !== indexOf.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return out;
}

/** One shortest way from `file` back to itself, or null: what a reader needs to cut the circle. */
export function circleThrough(graph, file) {
  const previous = new Map();
  const queue = [...(graph.get(file) ?? [])];
  for (const q of queue) previous.set(q, file);
  while (queue.length > 0) {
    const v = queue.shift();
    if (v === file) {
      const way = [file];
      for (let w = previous.get(file); w !== file; w = previous.get(w)) way.unshift(w);
      return [file, ...way.slice(0, -1), file];
    }
    for (const w of graph.get(v) ?? []) {
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return null;
}
