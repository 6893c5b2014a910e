/* A data folder with three profiles who studied the `mini` fixture course, with fixed save times (issue 15 reports). */
import path from 'node:path';
import { createCatalog } from '../../../../electron/core/course/catalog';
import { createAttemptStore } from '../../../../electron/core/progress/attempts';
import { openDatabase } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import { emptyState, encodeState } from '../../../../electron/shared/sco-state';
import { cmi2004 } from '../../course-factory';
import { tempDir } from '../../temp';

export const MINI_COURSES = path.resolve(__dirname, '../../../fixtures/courses/valid');
export const THREE_LEARNERS_CSV = path.resolve(__dirname, '../../../fixtures/reports/three-learners.csv');
/** The time zone the fixture's dates are written in. */
export const FIXTURE_TIME_ZONE = 'Europe/Brussels';
/** A learner's reflection: it must never reach a report. */
export const SECRET_REFLECTION = 'Dit is mijn eigen reflectie over Lina en het water; alleen voor mij bedoeld.';
/** A profile name a spreadsheet would run as a formula. */
export const FORMULA_NAME = '=HYPERLINK("http://x","klik")';

/**
 * Amira finished both modules (quiz failed at 50 %, then passed at 80 %); Bram failed the quiz at 60 % and
 * only opened the start; the third profile, named like a formula, never started. Every attempt's save time
 * and study time is then set to a fixed value, so the report is the same on every run.
 */
export function threeLearnersFolder(dataDir = tempDir()): string {
  const course = createCatalog([MINI_COURSES]).open('mini');
  const [start, hefboom] = course.modules as [(typeof course.modules)[0], (typeof course.modules)[0]];
  const { db } = openDatabase(dataDir);
  try {
    const learners = createLearnerStore(db);
    const attempts = createAttemptStore(db);
    const amira = learners.create('Amira');
    const bram = learners.create('Bram');
    learners.create(FORMULA_NAME);

    const play = (learnerId: string, module: typeof start, values: Parameters<typeof cmi2004>[0], fresh = false) => {
      const a = attempts.launch(learnerId, course.id, module.id, fresh);
      attempts.commit(a.id, a.launch_id, a.commit_seq + 1, cmi2004(values), module);
    };
    const written = emptyState(hefboom);
    written.r['r-onderzoeken'] = SECRET_REFLECTION;

    play(amira.id, start, { completion: 'completed', session: 'PT12M' });
    play(amira.id, hefboom, { completion: 'completed', success: 'failed', scaled: 0.5, session: 'PT20M', suspend: encodeState(written) });
    play(amira.id, hefboom, { completion: 'completed', success: 'passed', scaled: 0.8, session: 'PT10M30S' }, true);
    play(bram.id, start, { completion: 'incomplete', location: 'start-media', session: 'PT4M' });
    play(bram.id, hefboom, { completion: 'completed', success: 'failed', scaled: 0.6, session: 'PT25M' });

    // Fixed save times (UTC; 1 March is winter time in Brussels, 1 July summer time) and study times.
    const fix = db.prepare(
      `UPDATE attempts SET updated_at = ?, started_at = ?, time_base_s = ?, time_session_s = 0
        WHERE learner_id = ? AND module_id = ? AND number = ?`,
    );
    fix.run('2026-03-02T08:15:00.000Z', '2026-03-02T08:00:00.000Z', 720, amira.id, start.id, 1);
    fix.run('2026-03-02T09:05:00.000Z', '2026-03-02T08:30:00.000Z', 1200, amira.id, hefboom.id, 1);
    fix.run('2026-07-01T21:45:00.000Z', '2026-07-01T21:30:00.000Z', 630, amira.id, hefboom.id, 2);
    fix.run('2026-03-03T13:00:00.000Z', '2026-03-03T12:55:00.000Z', 240, bram.id, start.id, 1);
    fix.run('2026-03-03T13:40:00.000Z', '2026-03-03T13:10:00.000Z', 1500, bram.id, hefboom.id, 1);
  } finally {
    db.close();
  }
  return dataDir;
}
