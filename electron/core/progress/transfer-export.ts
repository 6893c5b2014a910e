import type { Db } from './database';
import { migrations } from './migrations';
import type { AttemptRow } from './attempts';
import { sealLearnerFile, LEARNER_FILE_FORMAT, type LearnerFile, type TransferAttempt } from './transfer-format';
import { createLearnerStore } from './learners';

/** The rows of one attempt that travel with it, as the file names them (shared with transfer-import.ts). */
export function attemptChildren(db: Db, attemptId: number): Omit<TransferAttempt, keyof AttemptColumns> {
  const all = <T>(sql: string) => db.prepare<[number], T>(sql).all(attemptId);
  return {
    questions: all('SELECT question_id AS questionId, type, response, result FROM question_results WHERE attempt_id = ? ORDER BY question_id'),
    reflections: all('SELECT reflection_id AS reflectionId, text, updated_at AS updatedAt FROM reflections WHERE attempt_id = ? ORDER BY reflection_id'),
    reflectionVersions: all(
      'SELECT reflection_id AS reflectionId, text, written_at AS writtenAt FROM reflection_versions WHERE attempt_id = ? ORDER BY reflection_id, written_at, text',
    ),
    ratings: all('SELECT item_id AS itemId, rating, note FROM checklist_ratings WHERE attempt_id = ? ORDER BY item_id'),
    ratingHistory: all('SELECT item_id AS itemId, rating, rated_at AS ratedAt FROM checklist_rating_history WHERE attempt_id = ? ORDER BY id'),
    objectives: all(
      'SELECT objective_id AS objectiveId, completion, success, score_scaled AS scoreScaled FROM objective_status WHERE attempt_id = ? ORDER BY objective_id',
    ),
    studySessions: all('SELECT launch_id AS launchId, started_at AS startedAt, seconds FROM study_sessions WHERE attempt_id = ? ORDER BY started_at, launch_id'),
    // The current state is one of them: the other computer must know this side has been here.
    mergedStates: db
      .prepare<[number, number], { updatedAt: string; commitSeq: number }>(
        `SELECT updated_at AS updatedAt, commit_seq AS commitSeq FROM attempt_merged_states WHERE attempt_id = ?
         UNION SELECT updated_at, commit_seq FROM attempts WHERE id = ? ORDER BY 1, 2`,
      )
      .all(attemptId, attemptId),
  };
}

type AttemptColumns = Pick<
  TransferAttempt,
  'courseId' | 'moduleId' | 'number' | 'startedAt' | 'updatedAt' | 'completion' | 'success' | 'scoreScaled' | 'location' | 'timeBaseS' | 'timeSessionS' | 'commitSeq' | 'launchId' | 'cmiJson'
>;

export function attemptColumns(a: AttemptRow): AttemptColumns {
  return {
    courseId: a.course_id,
    moduleId: a.module_id,
    number: a.number,
    startedAt: a.started_at,
    updatedAt: a.updated_at,
    completion: a.completion,
    success: a.success,
    scoreScaled: a.score_scaled,
    location: a.location,
    timeBaseS: a.time_base_s,
    timeSessionS: a.time_session_s,
    commitSeq: a.commit_seq,
    launchId: a.launch_id,
    cmiJson: a.cmi_json,
  };
}

/**
 * Everything the database keeps about one learner, in one sealed document (see transfer-format.ts), read in
 * one transaction so a commit running meanwhile is either wholly in it or not at all.
 */
export function exportLearnerFile(db: Db, learnerId: string, appVersion = 'unknown'): LearnerFile {
  return db.transaction(() => {
    const learner = createLearnerStore(db).row(learnerId);
    const attempts = db
      .prepare<[string], AttemptRow>('SELECT * FROM attempts WHERE learner_id = ? ORDER BY course_id, module_id, number')
      .all(learnerId)
      .map((a) => ({ ...attemptColumns(a), ...attemptChildren(db, a.id) }));
    return sealLearnerFile({
      format: LEARNER_FILE_FORMAT,
      app: { name: 'Leerpad', version: appVersion },
      schemaVersion: Math.max(...migrations.map((m) => m.id)),
      exportedAt: new Date().toISOString(),
      learner: { id: learner.id, name: learner.name, pinHash: learner.pin_hash, createdAt: learner.created_at, lastActiveAt: learner.last_active_at },
      attempts,
    });
  })();
}
