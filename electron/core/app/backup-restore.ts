import { callNames, type ParsedArgs, type RestoreSummary } from '../contract';
import { restoreWithLockHeld } from '../backup/restore';
import { AppError } from '../errors';
import type { DataDirLock } from '../progress/data-lock';
import { createHandlers, type Handlers } from './handlers';
import { openCore, type Core, type CoreOptions } from './services';

type AnyHandler = (args: unknown, ctx: unknown) => unknown;

/**
 * The core of a running app (desktop or web harness) that a restore from the Settings screen can
 * replace. Every service holds the SQLite connection, so a restore does not patch them: once the
 * uploaded backup checked out whole, the core closes its database (keeping the data folder's lock),
 * the data is swapped, and a new core opens on the same folder with the same options. Sessions and
 * lecturer mode live in the old core and end with it: every open profile goes back to the picker.
 *
 * The transports hold `handlers`, `uploads` and `trees`, which always reach the core open at the time.
 */
export function openRestorableCore(options: CoreOptions) {
  let core = openCore(options);
  let handlers = createHandlers(core);
  let restoring = false;

  async function restore({ uploadId, teacher }: ParsedArgs<'backup/restore'>): Promise<RestoreSummary> {
    // Replaces every profile's work: a lecturer tool once a teacher PIN is set.
    core.teacher.requireIfSet(teacher);
    if (restoring) {
      throw new AppError({ code: 'BUSY', message: 'A backup is already being restored.', hint: 'Wait until it is done; Leerpad then shows the profile picker.' });
    }
    const file = core.uploads.take(uploadId);
    restoring = true;
    let lock: DataDirLock | null = null;
    try {
      const { manifest, keptAs } = await restoreWithLockHeld(file, options.dataDir, {
        nativeBinding: options.sqliteBinding,
        beforeSwap: () => {
          // The backup checked out: from here on the data changes. The upload is no longer needed (and is
          // not kept among the replaced data); the connection closes so that its file can be moved aside.
          core.uploads.release(uploadId);
          lock = core.closeKeepingLock();
        },
        // In the same tick as the close and the swap: no other call ever meets a closed database. A failed swap
        // put the old data back, so this opens whatever is there.
        afterSwap: () => {
          core = openCore({ ...options, lock: lock! });
          handlers = createHandlers(core);
        },
      });
      return { createdAt: manifest.createdAt, learners: manifest.learners, keptAs };
    } finally {
      // A refused file never reached the swap: its upload goes here.
      if (!lock) core.uploads.release(uploadId);
      restoring = false;
    }
  }

  const live = Object.fromEntries(callNames.map((name) => [name, (args: unknown, ctx: unknown) => (handlers[name] as AnyHandler)(args, ctx)])) as Handlers;
  live['backup/restore'] = restore;

  return {
    /** The core open now; a restore replaces it. */
    get core(): Core {
      return core;
    },
    handlers: live,
    /** The uploads folder (POST /upload, the desktop's stageFile): the same folder before and after a restore. */
    uploads: {
      accept: (...a: Parameters<Core['uploads']['accept']>) => core.uploads.accept(...a),
      assertFits: (bytes: number) => core.uploads.assertFits(bytes),
      stage: (...a: Parameters<Core['uploads']['stage']>) => core.uploads.stage(...a),
      get limits() {
        return core.uploads.limits;
      },
    },
    /** What the content origin serves (content-site.ts). */
    trees: {
      serve: (p: string) => core.trees.serve(p),
      packages: { serve: (p: string) => core.trees.packages.serve(p) },
    },
    close() {
      core.close();
    },
  };
}

export type RestorableCore = ReturnType<typeof openRestorableCore>;
