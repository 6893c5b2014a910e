import type { CmiJson, LaunchResult, PackageOutline, PackageStatus } from '../contract';
import { AppError } from '../errors';
import { getPackage, type LibraryPackage } from '../library/library';
import { recordStamp } from '../library/package-record';
import { findPlayItem, flatItems, readPlayModel, type PlayModel } from '../library/play-model';
import type { AttemptRow, AttemptStore } from '../progress/attempts';
import type { Db } from '../progress/database';
import { createPackageRecords, packageIdOfKey, packageKey } from '../progress/package-attempts';
import { packageCmiForLaunch } from '../progress/package-cmi';
import { normalizePackageCommit } from '../progress/package-normalize';
import { packageLaunchUrls } from './content-site';
import { editionOfModel, outlineOf, packageStatusOf } from './package-play';

/** Launch refused: the item needs the internet or names a file the package lacks (the UI shows the item's notice). */
function cannotPlay(model: PlayModel, itemId: string, notice: string): AppError {
  const external = notice === 'external-url';
  return new AppError({
    code: 'PACKAGE_INVALID',
    message: external
      ? `'${model.title}' opens a page on the internet for this item; Leerpad plays packages offline only.`
      : `'${model.title}' does not contain the file this item opens.`,
    hint: external ? 'Study this part online in your school’s learning platform.' : 'Ask the author for a complete export of the package and import it again.',
    params: { problem: notice, id: model.id, item: itemId },
  });
}

/**
 * Other people's packages as the handlers and `leerpad list` use them: the library's files and
 * records (electron/core/library) joined with each learner's attempts in SQLite.
 */
export function createPackageService(db: Db, libraryDir: string, attempts: AttemptStore) {
  const records = createPackageRecords(db);
  // The manifest is parsed once per import (a replace writes a new importedAt), not on every outline.
  const models = new Map<string, { importedAt: string; model: PlayModel }>();

  function model(summary: LibraryPackage): PlayModel {
    const cached = models.get(summary.id);
    if (cached && cached.importedAt === summary.importedAt) return cached.model;
    let fresh: PlayModel;
    try {
      fresh = readPlayModel(libraryDir, summary.id);
    } catch (e) {
      if (e instanceof AppError) throw e;
      // It was checked at import: someone changed the folder since.
      throw new AppError({
        code: 'PACKAGE_INVALID',
        message: `The manifest of '${summary.title}' can no longer be read: ${(e as Error).message}`,
        hint: 'Its files were changed after the import. Import the package again (replace keeps the learners\' progress).',
        params: { problem: 'manifest-unreadable', id: summary.id },
      });
    }
    models.set(summary.id, { importedAt: summary.importedAt, model: fresh });
    return fresh;
  }

  // A playing SCO commits every few seconds: its package's record is read again only when the file changed.
  // Checked on disk rather than dropped by the library handlers: `leerpad import --replace` runs beside the app.
  const summaries = new Map<string, { stamp: string; summary: LibraryPackage }>();

  function summaryOf(packageId: string): LibraryPackage {
    const stamp = recordStamp(libraryDir, packageId);
    const cached = summaries.get(packageId);
    if (stamp !== undefined && cached?.stamp === stamp) return cached.summary;
    summaries.delete(packageId);
    const summary = getPackage(libraryDir, packageId);
    // The stamp from before the read: a replace in between only costs one more read at the next commit.
    if (stamp !== undefined) summaries.set(packageId, { stamp, summary });
    return summary;
  }

  return {
    records,
    libraryDir,
    /** The learner's status; null when the package's manifest can no longer be read (opening it says why). */
    statusIfReadable(learnerId: string, summary: LibraryPackage): PackageStatus | null {
      try {
        return packageStatusOf(model(summary), records.latestByItem(learnerId, summary.id));
      } catch {
        // One damaged package (its manifest edited or lost on disk) must not hide the others in the Library.
        return null;
      }
    },
    /** Every learner's status on the package, by name (for `leerpad list`). */
    learners(summary: LibraryPackage): { learnerId: string; name: string; status: PackageStatus }[] {
      const m = model(summary);
      return [...records.byLearner(summary.id)].map(([learnerId, { name, rows }]) => ({ learnerId, name, status: packageStatusOf(m, rows) }));
    },
    outline(learnerId: string, packageId: string): PackageOutline {
      const summary = getPackage(libraryDir, packageId);
      return outlineOf(summary, model(summary), records.latestByItem(learnerId, packageId));
    },

    launch(learner: { id: string; name: string }, packageId: string, itemId: string, contentOrigin: string, fresh = false): LaunchResult {
      const m = model(getPackage(libraryDir, packageId));
      const { launch } = findPlayItem(m, itemId);
      if (!launch) {
        throw new AppError({
          code: 'NOT_FOUND',
          message: `'${itemId}' in '${m.title}' only groups other items; it has nothing to open.`,
          hint: 'Choose one of the items below it.',
          params: { id: packageId, item: itemId },
        });
      }
      if (launch.notice) throw cannotPlay(m, itemId, launch.notice);
      const row = attempts.launch(learner.id, packageKey(packageId), itemId, fresh);
      const edition = editionOfModel(m);
      return {
        attemptId: row.id,
        attemptNumber: row.number,
        ...packageLaunchUrls(contentOrigin, packageId, launch.href),
        edition,
        cmi: packageCmiForLaunch(row, learner, edition, launch),
        commitSeq: row.commit_seq,
        launchId: row.launch_id,
      };
    },

    /** A package SCO's titles for the learner export; undefined for course rows and packages no longer in the library. */
    titlesOf(courseKey: string, itemId: string): { course: string; module: string } | undefined {
      const packageId = packageIdOfKey(courseKey);
      if (!packageId) return undefined;
      try {
        const m = model(getPackage(libraryDir, packageId));
        return { course: m.title, module: flatItems(m.items).find((i) => i.id === itemId)?.title || itemId };
      } catch {
        return undefined;
      }
    },

    /** A commit of a package's SCO: the package's edition says which shape the CMI has, its item the mastery score. */
    commit(attempt: AttemptRow, packageId: string, launchId: string, seq: number, cmi: CmiJson) {
      const m = model(summaryOf(packageId));
      const item = flatItems(m.items).find((i) => i.id === attempt.module_id);
      return attempts.commitNormalized(attempt.id, launchId, seq, cmi, normalizePackageCommit(cmi, editionOfModel(m), item?.launch?.masteryScore));
    },
  };
}

export type PackageService = ReturnType<typeof createPackageService>;
