import path from 'node:path';
import type { CallArgs, CallName, CallResult } from '../../electron/core/contract';
import { emptyState, encodeState } from '../../electron/shared/sco-state';
import { createHandlers } from '../../electron/core/app/handlers';
import { dispatch } from '../../electron/core/transport/rpc';
import { openCore } from '../../electron/core/app/services';
import { cmi2004 } from './course-factory';
import { tempDir } from './temp';

const courses = path.resolve(__dirname, '../fixtures/courses/valid');

/** Core on a temp data folder with the `mini` course, called through the contract like every transport. */
export function profileApp(dataDir = tempDir(), clock?: () => number) {
  const core = openCore({ dataDir, coursesDirs: [courses], host: 'cli', version: 't', clock });
  const handlers = createHandlers(core);
  async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
    const res = await dispatch(handlers, name, args, { transport: 'test' });
    if (!res.ok) throw Object.assign(new Error(res.error.message), res.error);
    return res.data as CallResult<K>;
  }
  /** Plays the mini course's second module far enough to store a reflection, as the player would. */
  async function writeReflection(session: string, text: string) {
    const launch = await call('player/launch', { session, courseId: 'mini', moduleId: 'hefboom-onderzoeken' });
    const state = emptyState(core.catalog.open('mini').modules[1]!);
    state.r['r-onderzoeken'] = text;
    await call('progress/commit', { session, attemptId: launch.attemptId, launchId: launch.launchId, seq: launch.commitSeq + 1, cmi: cmi2004({ suspend: encodeState(state) }) });
  }
  return { core, call, writeReflection, dataDir };
}
