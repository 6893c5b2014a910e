import fs from 'node:fs';
import type { CallName } from '../contract';
import { exportLearnerFile } from '../progress/transfer-export';
import { importLearnerFile } from '../progress/transfer-import';
import { learnerFileName, learnerFileRefused, MAX_LEARNER_FILE_BYTES } from '../progress/transfer-format';
import type { Handlers } from './handler-types';
import type { Core } from './services';

type TransferCall = Extract<CallName, `learner/transfer-${string}`>;

/** Moving one learner between computers (issue 14, part 3); the merge rules are in progress/transfer-*.ts. */
export function createTransferHandlers(core: Core): Pick<Handlers, TransferCall> {
  return {
    'learner/transfer-export': ({ session }) => {
      const file = exportLearnerFile(core.db, core.sessions.learnerOf(session), core.info().version);
      return { fileName: learnerFileName(file.learner.name), json: JSON.stringify(file, null, 1) };
    },
    'learner/transfer-import': ({ uploadId, teacher }) => {
      // It adds to (or creates) a profile that may not be the caller's: a lecturer tool once a teacher PIN is set.
      core.teacher.requireIfSet(teacher);
      const file = core.uploads.take(uploadId);
      try {
        if (fs.statSync(file).size > MAX_LEARNER_FILE_BYTES) {
          throw learnerFileRefused('not-a-learner-file', 'This file is far larger than a Leerpad learner file. Nothing was imported.', 'Choose the file made with "Neem mijn werk mee" (leerpad-learner-….json).');
        }
        let doc: unknown;
        try {
          doc = JSON.parse(fs.readFileSync(file, 'utf8'));
        } catch {
          throw learnerFileRefused(
            'damaged',
            'This is not a Leerpad learner file (it is not JSON; damaged or cut short?). Nothing was imported.',
            'Export the learner again on the other computer and copy the file once more.',
          );
        }
        return importLearnerFile(core.db, doc);
      } finally {
        // Imported, or refused for good: a learner file does not get better by trying again.
        core.uploads.release(uploadId);
      }
    },
  };
}
