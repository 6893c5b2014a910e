/* The app's core with real handlers, a temp data folder and real SQLite, for the training tests (issue 15). */
import path from 'node:path';
import type { CallArgs, CallName, CallResult } from '../../../../electron/core/contract';
import { createHandlers } from '../../../../electron/core/app/handlers';
import { openCore } from '../../../../electron/core/app/services';
import type { PdfPrinter } from '../../../../electron/core/pdf/pdf-printer';
import { dispatch } from '../../../../electron/core/transport/rpc';
import { tempDir } from '../../../helpers/temp';

// The mini course, and a course with a scored two-step scenario.
const courses = ['valid', 'scenario-e2e'].map((d) => path.resolve(__dirname, '../../../fixtures/courses', d));

export function trainingApp(options: { printPdf?: PdfPrinter } = {}) {
  const core = openCore({ dataDir: tempDir(), coursesDirs: courses, host: 'web', version: 't', printPdf: options.printPdf });
  const handlers = createHandlers(core);
  async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
    const res = await dispatch(handlers, name, args, { transport: 'test' });
    if (!res.ok) throw Object.assign(new Error(res.error.message), res.error);
    return res.data as CallResult<K>;
  }
  /** The error envelope a call answers with (fails the test when the call succeeds). */
  async function refusal<K extends CallName>(name: K, args: unknown) {
    const res = await dispatch(handlers, name, args, { transport: 'test' });
    if (res.ok) throw new Error(`${name} was not refused`);
    return res.error;
  }
  /** A profile and its open session, to read its dashboard as the learner does. */
  async function learner(name: string) {
    const { learner, session } = await call('learner/create', { name });
    return { id: learner.id, session };
  }
  return { core, call, refusal, learner, close: () => core.close() };
}

/** A studiedag on the mini course with the given participants (both modules). */
export function studiedag(participants: CallArgs<'training/create'>['participants']): CallArgs<'training/create'> {
  return {
    title: 'Pedagogische studiedag',
    date: '2026-12-04',
    place: 'Basisschool De Linde, Gent',
    trainer: 'Els Mertens',
    courseId: 'mini',
    moduleIds: ['start', 'hefboom-onderzoeken'],
    participants,
  };
}
