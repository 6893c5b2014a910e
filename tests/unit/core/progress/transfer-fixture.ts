import { vi } from 'vitest';
import { createAttemptStore, type AttemptRow } from '../../../../electron/core/progress/attempts';
import { openDatabase, type Db } from '../../../../electron/core/progress/database';
import { createLearnerStore } from '../../../../electron/core/progress/learners';
import type { NormalizedCommit } from '../../../../electron/core/progress/normalize';
import { exportLearnerFile } from '../../../../electron/core/progress/transfer-export';
import { importLearnerFile } from '../../../../electron/core/progress/transfer-import';
import { tempDir } from '../../../helpers/temp';

/** One computer's data folder ("laptop", "school PC") with a learner, studied through the real attempt store. */
export function computer(dir = tempDir()) {
  const { db } = openDatabase(dir);
  const attempts = createAttemptStore(db);
  return {
    db,
    dir,
    learners: createLearnerStore(db),
    /** One commit at `at` (ISO); fresh starts a new attempt. Returns the attempt's id. */
    study(learnerId: string, moduleId: string, at: string, what: Partial<NormalizedCommit> = {}, opts: { fresh?: boolean; courseId?: string } = {}) {
      vi.setSystemTime(new Date(at));
      const row = attempts.launch(learnerId, opts.courseId ?? 'demo', moduleId, opts.fresh ?? false);
      // As the player does: the launch's stored commit number, plus one.
      const seq = row.commit_seq + 1;
      const n: NormalizedCommit = {
        completion: 'incomplete', success: 'unknown', scoreScaled: null, location: null, sessionSeconds: 60,
        questions: [], reflections: [], ratings: [], objectives: [], ...what,
      };
      attempts.commitNormalized(row.id, row.launch_id, seq, { cmi: { location: at } }, n);
      return row.id;
    },
    exportFile: (learnerId: string) => JSON.parse(JSON.stringify(exportLearnerFile(db, learnerId, 'test'))) as unknown,
    importFile: (doc: unknown) => importLearnerFile(db, doc),
  };
}

export type Computer = ReturnType<typeof computer>;

/** Every row Leerpad keeps about a learner, without the local row ids (each computer numbers its own rows). */
export function everything(db: Db, learnerId: string) {
  const learner = db.prepare('SELECT id, name, name_key, pin_hash, created_at, last_active_at FROM learners WHERE id = ?').get(learnerId);
  const attempts = db
    .prepare('SELECT * FROM attempts WHERE learner_id = ? ORDER BY course_id, module_id, number')
    .all(learnerId) as AttemptRow[];
  const child = (table: string, order: string) => (id: number) =>
    (db.prepare(`SELECT * FROM ${table} WHERE attempt_id = ? ORDER BY ${order}`).all(id) as Record<string, unknown>[]).map(({ attempt_id: _a, id: _i, ...r }) => r);
  const tables = {
    question_results: child('question_results', 'question_id'),
    reflections: child('reflections', 'reflection_id'),
    reflection_versions: child('reflection_versions', 'reflection_id, written_at'),
    checklist_ratings: child('checklist_ratings', 'item_id'),
    checklist_rating_history: child('checklist_rating_history', 'rated_at, item_id, rating'),
    objective_status: child('objective_status', 'objective_id'),
    study_sessions: child('study_sessions', 'started_at, launch_id'),
  };
  type Children = Record<keyof typeof tables, Record<string, unknown>[]>;
  return {
    learner,
    attempts: attempts.map(({ id, ...a }) => ({ ...a, ...(Object.fromEntries(Object.entries(tables).map(([t, f]) => [t, f(id)])) as Children) })),
  };
}

export const reflection = (reflectionId: string, text: string) => ({ reflections: [{ reflectionId, text }] });
