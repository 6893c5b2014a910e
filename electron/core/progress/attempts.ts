import crypto from 'node:crypto';
import path from 'node:path';
import type { CmiJson, Completion, ConflictReason, ModuleDocument, Success } from '../contract';
import { AppError } from '../errors';
import type { Db } from './database';
import { secondsToIsoDuration } from './durations';
import { cmiRoot, normalizeCommit, type NormalizedCommit } from './normalize';
import { codeOf } from './open-errors';
import { COMPLETION_RANK, SUCCESS_RANK } from '../../shared/status-ranks';

export interface AttemptRow {
  id: number;
  learner_id: string;
  course_id: string;
  module_id: string;
  number: number;
  started_at: string;
  updated_at: string;
  completion: Completion;
  success: Success;
  score_scaled: number | null;
  location: string | null;
  time_base_s: number;
  time_session_s: number;
  commit_seq: number;
  cmi_json: string;
  launch_id: string | null;
}


/** Storage failures become errors the player retries, with the learner told; never a silent loss. */
export function storageError(e: unknown, dataDir: string): never {
  const code = codeOf(e);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    throw new AppError({
      code: 'DB_BUSY',
      message: 'The database is busy; the work was not saved yet.',
      hint: 'Leerpad keeps the work and tries again.',
    });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    throw new AppError({
      code: 'DATA_DIR_READ_ONLY',
      message: `The work could not be saved: the database has become read-only (${(e as Error).message}).`,
      hint: 'Nothing is damaged. Make the data folder writable again; Leerpad keeps the work and tries again.',
      params: { dataDir },
    });
  }
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR')) {
    throw new AppError({
      code: 'IO',
      message: `The work could not be written to disk: ${(e as Error).message}.`,
      hint: 'Free some disk space; Leerpad keeps the work and tries again.',
    });
  }
  throw e;
}

function staleCommit(row: AttemptRow, sentSeq: number): AppError {
  return new AppError({
    code: 'CONFLICT',
    message: `A newer state of this module was saved elsewhere (another window or tab); commit ${sentSeq} of attempt ${row.id} was not stored.`,
    hint: 'Reload the module to continue from the newest state.',
    params: { reason: 'newer-save' satisfies ConflictReason, attemptId: row.id, storedSeq: row.commit_seq, sentSeq },
  });
}

export function createAttemptStore(db: Db) {
  const dataDir = path.dirname(db.name);
  const latest = db.prepare<[string, string, string], AttemptRow>(
    'SELECT * FROM attempts WHERE learner_id = ? AND course_id = ? AND module_id = ? ORDER BY number DESC LIMIT 1',
  );
  const byId = db.prepare<[number], AttemptRow>('SELECT * FROM attempts WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO attempts (learner_id, course_id, module_id, number, started_at, updated_at, cmi_json)
     VALUES (?, ?, ?, ?, ?, ?, '{}')`,
  );
  const foldSession = db.prepare('UPDATE attempts SET time_base_s = time_base_s + time_session_s, time_session_s = 0 WHERE id = ?');
  const takeOver = db.prepare('UPDATE attempts SET launch_id = ? WHERE id = ?');
  const update = db.prepare(
    `UPDATE attempts SET updated_at = ?, completion = ?, success = ?, score_scaled = ?, location = ?,
       time_session_s = ?, commit_seq = ?, cmi_json = ? WHERE id = ?`,
  );
  const del = {
    questions: db.prepare('DELETE FROM question_results WHERE attempt_id = ?'),
    reflections: db.prepare('DELETE FROM reflections WHERE attempt_id = ?'),
    ratings: db.prepare('DELETE FROM checklist_ratings WHERE attempt_id = ?'),
    objectives: db.prepare('DELETE FROM objective_status WHERE attempt_id = ?'),
  };
  const reflectionTimes = db.prepare<[number], { reflection_id: string; text: string; updated_at: string }>(
    'SELECT reflection_id, text, updated_at FROM reflections WHERE attempt_id = ?',
  );
  const add = {
    question: db.prepare('INSERT INTO question_results (attempt_id, question_id, type, response, result) VALUES (?, ?, ?, ?, ?)'),
    reflection: db.prepare('INSERT INTO reflections (attempt_id, reflection_id, text, updated_at) VALUES (?, ?, ?, ?)'),
    rating: db.prepare('INSERT INTO checklist_ratings (attempt_id, item_id, rating, note) VALUES (?, ?, ?, ?)'),
    objective: db.prepare('INSERT INTO objective_status (attempt_id, objective_id, completion, success, score_scaled) VALUES (?, ?, ?, ?, ?)'),
  };

  function get(id: number): AttemptRow {
    const row = byId.get(id);
    if (!row) {
      throw new AppError({ code: 'NOT_FOUND', message: `There is no attempt ${id}.`, hint: 'Open the module again from the course.' });
    }
    return row;
  }

  // Both run as BEGIN IMMEDIATE: they read, then write. A deferred transaction upgrading its read lock
  // fails at once with SQLITE_BUSY when another connection (a second server, the CLI) wrote in between,
  // without waiting for busy_timeout; IMMEDIATE takes the write lock first and waits its turn.
  const openAttempt = db.transaction((learnerId: string, courseId: string, moduleId: string, fresh: boolean) => {
    const last = latest.get(learnerId, courseId, moduleId);
    let id: number;
    if (last && !fresh) {
      foldSession.run(last.id);
      id = last.id;
    } else {
      const now = new Date().toISOString();
      id = Number(insert.run(learnerId, courseId, moduleId, (last?.number ?? 0) + 1, now, now).lastInsertRowid);
    }
    // Each launch takes the attempt over: an older tab's commits are from then on refused (CONFLICT).
    const launchId = crypto.randomBytes(18).toString('base64url');
    takeOver.run(launchId, id);
    return { ...get(id), launch_id: launchId };
  });

  const storeCommit = db.transaction((attemptId: number, launchId: string, seq: number, snapshot: string, n: NormalizedCommit) => {
    const row = get(attemptId);
    if (row.launch_id !== launchId) throw staleCommit(row, seq);
    if (seq < row.commit_seq) return { row, applied: false };
    if (seq === row.commit_seq) {
      if (row.cmi_json !== snapshot) throw staleCommit(row, seq);
      return { row, applied: false };
    }
    // Status only moves forward (field notes); on a tie the newer report wins.
    const completion = (COMPLETION_RANK[n.completion] ?? 0) >= (COMPLETION_RANK[row.completion] ?? 0) ? n.completion : row.completion;
    const success = (SUCCESS_RANK[n.success] ?? 0) >= (SUCCESS_RANK[row.success] ?? 0) ? n.success : row.success;
    const now = new Date().toISOString();
    const before = new Map(reflectionTimes.all(attemptId).map((r) => [r.reflection_id, r]));
    update.run(now, completion, success, n.scoreScaled, n.location, n.sessionSeconds, seq, snapshot, attemptId);
    for (const d of Object.values(del)) d.run(attemptId);
    for (const q of n.questions) add.question.run(attemptId, q.questionId, q.type, q.response, q.result);
    for (const r of n.reflections) {
      const old = before.get(r.reflectionId);
      add.reflection.run(attemptId, r.reflectionId, r.text, old && old.text === r.text ? old.updated_at : now);
    }
    for (const r of n.ratings) add.rating.run(attemptId, r.itemId, r.rating, r.note);
    for (const o of n.objectives) add.objective.run(attemptId, o.objectiveId, o.completion, o.success, o.scoreScaled);
    return { row: get(attemptId), applied: true };
  });

  function commitNormalized(attemptId: number, launchId: string, seq: number, cmiJson: CmiJson, n: NormalizedCommit) {
    try {
      return storeCommit.immediate(attemptId, launchId, seq, JSON.stringify({ cmi: cmiRoot(cmiJson) }), n);
    } catch (e) {
      if (e instanceof AppError) throw e;
      return storageError(e, dataDir);
    }
  }

  return {
    get,
    latest: (learnerId: string, courseId: string, moduleId: string) => latest.get(learnerId, courseId, moduleId) ?? null,

    /**
     * Opens the learner's attempt on a module (a new one when asked or when there is none) and
     * folds the previous session's time into the total: a session ends when the next one starts,
     * also when the app was killed before Terminate.
     */
    launch(learnerId: string, courseId: string, moduleId: string, fresh = false): AttemptRow & { launch_id: string } {
      try {
        return openAttempt.immediate(learnerId, courseId, moduleId, fresh);
      } catch (e) {
        if (e instanceof AppError) throw e;
        return storageError(e, dataDir);
      }
    },

    /** The CMI the player preloads: last commit, with the LMS-owned elements set as RTE 4.2 says. */
    cmiForLaunch(row: AttemptRow, learner: { id: string; name: string }): CmiJson {
      const cmi = { ...cmiRoot(JSON.parse(row.cmi_json) as CmiJson) };
      delete cmi.session_time;
      cmi.learner_id = learner.id;
      cmi.learner_name = learner.name;
      cmi.total_time = secondsToIsoDuration(row.time_base_s + row.time_session_s);
      // ab-initio only when nothing the SCO reads back was stored: the SCO then skips reading them
      // (a strict LMS logs 403 for unset elements), so a score or bookmark must not hide behind it
      // (a suspend_data too long to send still leaves both).
      const stored = [cmi.suspend_data, cmi.location, (cmi.score as { raw?: unknown } | undefined)?.raw].some((v) => typeof v === 'string' && v !== '');
      cmi.entry = stored ? 'resume' : 'ab-initio';
      cmi.credit = 'credit';
      cmi.mode = 'normal';
      return cmi;
    },

    /**
     * Stores one commit in one transaction: the full CMI snapshot and the normalized rows.
     * Only the attempt's newest launch may commit, with a sequence number above the stored one.
     * A retry of the stored commit, or a late one the same launch already superseded, is answered
     * without a write; anything else would overwrite (or silently drop) newer work: CONFLICT.
     */
    commit(attemptId: number, launchId: string, seq: number, cmiJson: CmiJson, module: ModuleDocument) {
      return commitNormalized(attemptId, launchId, seq, cmiJson, normalizeCommit(cmiJson, module));
    },

    /** The same, for a commit the caller normalized (a foreign package's SCO: progress/package-normalize.ts). */
    commitNormalized,
  };
}

export type AttemptStore = ReturnType<typeof createAttemptStore>;
