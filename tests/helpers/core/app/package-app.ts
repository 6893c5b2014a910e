/* The app's core with real handlers, a temp data folder and real SQLite, for the package tests (issue 12). */
import path from 'node:path';
import type { CallArgs, CallName, CallResult, LaunchResult, PackageItem } from '../../../../electron/core/contract';
import { createHandlers } from '../../../../electron/core/app/handlers';
import { openCore } from '../../../../electron/core/app/services';
import { dispatch } from '../../../../electron/core/transport/rpc';
import { imported } from '../library/library-dirs';
import { writeFixtureZip, type FixturePackage } from '../library/package-fixtures';
import { tempDir } from '../../temp';

const courses = path.resolve(__dirname, '../../../fixtures/courses/valid');
export const SAMPLES = path.resolve(__dirname, '../../../../../shared/scorm-samples');

export function packageApp(dataDir = tempDir()) {
  const core = openCore({ dataDir, coursesDirs: [courses], host: 'cli', version: 't' });
  const handlers = createHandlers(core);
  async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
    const res = await dispatch(handlers, name, args, { transport: 'test' });
    if (!res.ok) throw Object.assign(new Error(res.error.message), res.error);
    return res.data as CallResult<K>;
  }
  /** Uploads a zip as the desktop does (a copy under an upload id) and imports it. */
  async function importZip(zip: string, options: Omit<CallArgs<'library/import'>, 'uploadId'> = {}) {
    const uploadId = await core.uploads.stage(zip);
    return call('library/import', { uploadId, ...options });
  }
  async function importFixture(pkg: FixturePackage, name = 'fixture.zip') {
    return imported(await importZip(writeFixtureZip(tempDir(), name, pkg)));
  }
  /** One commit of a launched SCO, numbered after the launch's stored sequence. */
  function commit(session: string, launch: LaunchResult, cmi: Record<string, unknown>, seq = launch.commitSeq + 1) {
    return call('progress/commit', { session, attemptId: launch.attemptId, launchId: launch.launchId, seq, cmi });
  }
  return { core, call, importZip, importFixture, commit, close: () => core.close() };
}

/** Every item of an outline tree, depth first. */
export function flatOutline(items: readonly PackageItem[]): PackageItem[] {
  return items.flatMap((i) => [i, ...flatOutline(i.children)]);
}
