/**
 * The rooms of the source tree and which rooms each may import: the layers, written once. Lower
 * rooms never import higher ones, so core runs without Electron, the renderer bundles carry no core
 * code, and a new folder has to be placed here before lint lets it in.
 */
const SHARED = 'electron/shared';
const CONTRACT = 'electron/core/contract';
const KERNEL = ['electron/core/errors.ts', 'electron/core/paths.ts', 'electron/core/project-root.ts'];
const BASE = [...KERNEL, CONTRACT, SHARED];
const DOMAIN = ['electron/core/course', 'electron/core/progress', 'electron/core/scorm'];

/** `values`: rooms whose code may be imported; `types`: rooms that may be imported with `import type` only. */
export const ROOMS = {
  [SHARED]: { values: [], types: [CONTRACT] },
  [CONTRACT]: { values: [SHARED], types: [] },
  ...Object.fromEntries(KERNEL.map((k) => [k, { values: [CONTRACT, SHARED], types: [] }])),
  'electron/core/course': { values: BASE, types: [] },
  'electron/core/progress': { values: BASE, types: [] },
  'electron/core/scorm': { values: [...BASE, 'electron/core/course'], types: [] },
  'electron/core/library': { values: [...BASE, 'electron/core/scorm'], types: [] },
  'electron/core/backup': { values: [...BASE, ...DOMAIN, 'electron/core/library'], types: [] },
  'electron/core/reports': { values: [...BASE, ...DOMAIN], types: [] },
  'electron/core/pdf': { values: BASE, types: [] },
  'electron/core/portfolio': { values: [...BASE, ...DOMAIN, 'electron/core/pdf'], types: [] },
  'electron/core/training': { values: [...BASE, ...DOMAIN, 'electron/core/reports', 'electron/core/portfolio'], types: [] },
  'electron/core/app': { values: [...BASE, ...DOMAIN, 'electron/core/library', 'electron/core/backup', 'electron/core/portfolio', 'electron/core/pdf', 'electron/core/reports', 'electron/core/training'], types: [] },
  'electron/core/transport': { values: [...BASE, ...DOMAIN, 'electron/core/app', 'electron/core/pdf'], types: [] },
  'electron/core/cli': { values: [...BASE, ...DOMAIN, 'electron/core/library', 'electron/core/backup', 'electron/core/reports', 'electron/core/portfolio', 'electron/core/pdf', 'electron/core/app', 'electron/core/transport'], types: [] },
  'electron/main': { values: [...BASE, 'electron/core/app', 'electron/core/transport', 'electron/core/pdf'], types: [] },
  'electron/preload': { values: [CONTRACT, SHARED], types: [] },
  'renderer/shared': { values: [SHARED], types: [CONTRACT] },
  'renderer/app': { values: ['renderer/shared', SHARED], types: [CONTRACT] },
  'renderer/sco': { values: ['renderer/shared', SHARED], types: [CONTRACT] },
  'renderer/lms-host': { values: ['renderer/shared', SHARED], types: [CONTRACT] },
};

/** The room a project-relative path lies in: the longest room path that is the file or a folder above it. */
export function roomOf(relativePath) {
  const p = relativePath.split('\\').join('/');
  let best = null;
  for (const room of Object.keys(ROOMS)) {
    if ((p === room || p.startsWith(`${room}/`)) && (!best || room.length > best.length)) best = room;
  }
  return best;
}
