import type { CallName } from '../contract';
import { AppError } from '../errors';
import { importPackage } from '../library/import-package';
import { listPackages, removePackage } from '../library/library';
import type { Handlers } from './handler-types';
import type { Core } from './services';

type PackageCall = Extract<CallName, `library/${string}` | `package/${string}`>;

/** A refusal the learner can answer with the same upload (import from the folder the message names). */
function keepsUpload(e: unknown): boolean {
  return e instanceof AppError && e.code === 'PACKAGE_INVALID' && e.params?.problem === 'manifest-not-at-root';
}

/** Third-party SCORM packages (issue 12): the library, import and playback. */
export function createPackageHandlers(core: Core): Pick<Handlers, PackageCall> {
  const { packages, sessions, learners } = core;
  return {
    'library/packages': ({ session }) => {
      const learnerId = session ? sessions.learnerOf(session) : null;
      return listPackages(core.libraryDir).map((p) => ({ ...p, status: learnerId ? packages.statusIfReadable(learnerId, p) : null }));
    },
    'library/import': async ({ uploadId, mode, root }) => {
      const file = core.uploads.take(uploadId);
      try {
        const result = await importPackage(file, core.libraryDir, { mode, root });
        // A conflict is answered with replace or copy on the same upload; an import is done with it.
        if ('imported' in result) core.uploads.release(uploadId);
        return result;
      } catch (e) {
        if (!keepsUpload(e)) core.uploads.release(uploadId);
        throw e;
      }
    },
    'library/remove': ({ packageId, keepRecords, teacher }) => {
      // Removing touches every profile's records: a lecturer tool once a teacher PIN is set.
      core.teacher.requireIfSet(teacher);
      removePackage(core.libraryDir, packageId);
      // Kept records wait for a re-import of the same package (replace keeps its id).
      if (!keepRecords) packages.records.removeAll(packageId);
      return { removed: true as const };
    },
    'package/outline': ({ session, packageId }) => packages.outline(sessions.learnerOf(session), packageId),
    'package/launch': ({ session, packageId, itemId, fresh }) => {
      const learnerId = sessions.learnerOf(session);
      const result = packages.launch(learners.get(learnerId), packageId, itemId, core.contentOrigin, fresh);
      learners.touch(learnerId);
      return result;
    },
  };
}
