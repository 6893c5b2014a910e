import path from 'node:path';
import { circleThrough, importGraph, importsOf, resolveImport } from './import-graph.mjs';
import { ROOMS, roomOf } from './rooms.mjs';

const SOURCE_FOLDERS = ['electron', 'renderer'];

function relative(root, file) {
  return path.relative(root, file).split(path.sep).join('/');
}

/** `import type {…}`, `export type {…}` or `import { type A, type B }`: erased before any bundle is built. */
function typeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Each room of the source tree imports only the rooms below it (build/lint/rooms.mjs).' },
    schema: [],
    messages: {
      outside: '{{file}} lies in no room of build/lint/rooms.mjs: add its folder there, with the rooms it may import.',
      against: '{{from}} may not import {{to}} ({{target}}): that runs against the layers. {{fix}}',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = relative(root, context.filename);
    const from = roomOf(file);
    if (!from) {
      return { Program: (node) => context.report({ node, messageId: 'outside', data: { file } }) };
    }
    const check = (node, source, isTypeOnly) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const resolved = resolveImport(context.filename, source.value);
      if (!resolved) return;
      const target = relative(root, resolved);
      const to = roomOf(target);
      if (to === from) return;
      const allowed = ROOMS[from];
      if (to && allowed.values.includes(to)) return;
      if (to && isTypeOnly && allowed.types.includes(to)) return;
      const fix = to && allowed.types.includes(to) ? 'Import it type-only (`import type`).' : 'Move the shared part down, or pass it in from above.';
      context.report({ node: source, messageId: 'against', data: { from, to: to ?? 'a file outside every room', target, fix } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source, typeOnly(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, typeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
    };
  },
};

let graphOnDisk = null;
let graphRoot = null;

const noImportCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'No import circles in electron/ or renderer/; type-only imports count.' },
    schema: [],
    messages: { circle: 'Import circle: {{way}}. Move what both need into a file of its own.' },
  },
  create(context) {
    return {
      Program(node) {
        const root = context.cwd;
        if (!graphOnDisk || graphRoot !== root) {
          graphOnDisk = importGraph(root, SOURCE_FOLDERS);
          graphRoot = root;
        }
        // The file being linted counts as written in the editor, not as saved on disk.
        const graph = new Map(graphOnDisk);
        graph.set(context.filename, importsOf(context.filename, context.sourceCode.text));
        const way = circleThrough(graph, context.filename);
        if (way) context.report({ node, messageId: 'circle', data: { way: way.map((f) => relative(root, f)).join(' → ') } });
      },
    };
  },
};

export default { meta: { name: 'leerpad' }, rules: { layers, 'no-import-cycles': noImportCycles } };
