import path from 'node:path';
import { shell } from 'electron';
import type { Handlers } from '../core/app/handlers';

/**
 * The desktop-only calls, answered with Electron's shell. Only files Leerpad wrote itself (its
 * exports folder) may be revealed: the renderer must not make the file manager open anything else.
 */
export function desktopHandlers(exportsDir: string): Pick<Handlers, 'app/show-item'> {
  return {
    'app/show-item': ({ path: file }) => {
      const resolved = path.resolve(file);
      if (!resolved.startsWith(path.resolve(exportsDir) + path.sep)) return { shown: false };
      shell.showItemInFolder(resolved);
      return { shown: true };
    },
  };
}
