import path from 'node:path';
import { vi } from 'vitest';
import type { CallArgs, CallName, CallResult } from '../../../../electron/core/contract';
import { emptyState, encodeState } from '../../../../electron/shared/sco-state';
import { createHandlers } from '../../../../electron/core/app/handlers';
import { openCore } from '../../../../electron/core/app/services';
import type { PdfPrinter } from '../../../../electron/core/pdf/pdf-printer';
import { dispatch } from '../../../../electron/core/transport/rpc';
import { cmi2004 } from '../../../helpers/course-factory';
import { tempDir } from '../../../helpers/temp';

const courses = path.resolve(__dirname, '../../../fixtures/courses/valid');

export const START_TEXT = 'Maandag zat Yasmina alleen aan de zandtafel.\nIk ging naast haar zitten en vroeg wat ze bouwde.';
export const ONDERZOEKEN_TEXT = 'Bilal ontdekte dat de natte zandtaart niet inzakte. Hij probeerde het drie keer opnieuw.';
export const FIRST_RATING_DAY = new Date('2026-03-02T09:00:00Z');
export const SECOND_RATING_DAY = new Date('2026-04-20T09:00:00Z');

/** Core on a temp data folder with the `mini` course, called through the contract like every transport. */
export function portfolioApp(printPdf?: PdfPrinter, dataDir = tempDir()) {
  const core = openCore({ dataDir, coursesDirs: [courses], host: 'cli', version: 't', printPdf });
  const handlers = createHandlers(core);
  async function call<K extends CallName>(name: K, args: CallArgs<K>): Promise<CallResult<K>> {
    const res = await dispatch(handlers, name, args, { transport: 'test' });
    if (!res.ok) throw Object.assign(new Error(res.error.message), res.error);
    return res.data as CallResult<K>;
  }

  /** One commit of a module as the player makes it: the resume state with `change` applied, and `cmi` beside it. */
  async function commit(session: string, moduleId: string, change: (s: ReturnType<typeof emptyState>) => void, cmi: Parameters<typeof cmi2004>[0] = {}) {
    const launch = await call('player/launch', { session, courseId: 'mini', moduleId });
    const state = emptyState(core.catalog.open('mini').modules.find((m) => m.id === moduleId)!);
    change(state);
    await call('progress/commit', { session, attemptId: launch.attemptId, launchId: launch.launchId, seq: launch.commitSeq + 1, cmi: cmi2004({ ...cmi, suspend: encodeState(state) }) });
  }

  /**
   * A learner's work: a reflection in each module, the kijkwijzer rated on two days (one statement moved up,
   * with a note), the quiz passed with 4 of 5 questions right.
   */
  async function learnerWithWork(name = 'Noor') {
    const { session, learner } = await call('learner/create', { name });
    await commit(session, 'start', (s) => (s.r['r-start'] = START_TEXT));
    vi.useFakeTimers({ toFake: ['Date'], now: FIRST_RATING_DAY });
    try {
      await commit(session, 'hefboom-onderzoeken', (s) => {
        s.k['k-onderzoeken-materiaal'] = [0];
        s.k['k-onderzoeken-vragen'] = [1];
      });
      vi.setSystemTime(SECOND_RATING_DAY);
      const correct = ['q-onderzoeken-doel', 'q-onderzoeken-vormen', 'q-onderzoeken-dialoog', 'q-onderzoeken-koppel'];
      await commit(
        session,
        'hefboom-onderzoeken',
        (s) => {
          s.k['k-onderzoeken-materiaal'] = [2, 'Nu ligt er elke ochtend klei klaar.'];
          s.k['k-onderzoeken-vragen'] = [1];
          s.r['r-onderzoeken'] = ONDERZOEKEN_TEXT;
          s.seen = '1'.repeat(s.seen.length);
        },
        {
          completion: 'completed',
          success: 'passed',
          scaled: 0.8,
          interactions: [
            ...correct.map((id) => ({ id, type: 'choice', learner_response: 'a', result: 'correct' })),
            { id: 'q-onderzoeken-volgorde', type: 'sequencing', learner_response: 'b', result: 'incorrect' },
          ],
        },
      );
    } finally {
      vi.useRealTimers();
    }
    return { session, learner };
  }

  return { core, call, commit, learnerWithWork, dataDir };
}
