import path from 'node:path';
import { Readable } from 'node:stream';
import fs from 'node:fs';
import type { CallArgs, CallName, CallResult } from '../../../../electron/core/contract';
import { openRestorableCore } from '../../../../electron/core/app/backup-restore';
import { dispatch } from '../../../../electron/core/transport/rpc';
import { emptyState, encodeState } from '../../../../electron/shared/sco-state';
import { cmi2004 } from '../../course-factory';
import { tempDir } from '../../temp';

const courses = path.resolve(__dirname, '../../../fixtures/courses/valid');

/** The core as the desktop and the web harness open it (a restore can replace it), called through the contract. */
export function restorableApp(dataDir = tempDir()) {
  const live = openRestorableCore({ dataDir, coursesDirs: [courses], host: 'web', version: 't' });
  async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
    const res = await dispatch(live.handlers, name, args, { transport: 'test' });
    if (!res.ok) throw Object.assign(new Error(res.error.message), res.error);
    return res.data as CallResult<K>;
  }
  /** A file the learner chose, uploaded as POST /upload does. */
  const upload = (file: string) => live.uploads.accept(Readable.from([fs.readFileSync(file)]));
  /** Plays the mini course's second module far enough to store a reflection, as the player would. */
  async function writeReflection(session: string, text: string) {
    const launch = await call('player/launch', { session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
    const state = emptyState(live.core.catalog.open('mini').modules[1]!);
    state.r['r-onderzoeken'] = text;
    await call('progress/commit', { session, attemptId: launch.attemptId, launchId: launch.launchId, seq: launch.commitSeq + 1, cmi: cmi2004({ suspend: encodeState(state) }) });
  }
  return { live, call, upload, writeReflection, dataDir };
}
