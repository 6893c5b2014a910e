import type { Db } from './database';
import type { AttemptRow } from './attempts';
import type { TransferAttempt } from './transfer-format';
import { atLeast, COMPLETION_RANK, SUCCESS_RANK } from '../../shared/status-ranks';

/**
 * One attempt of the incoming file merged into its copy here (or added). Every rule is symmetric, so
 * merging laptop → school PC and school PC → laptop gives both the same rows:
 * - the newer last commit (updated_at, then commit_seq) wins; on a tie what is here stays;
 * - a status only moves forward (field notes): completed on either computer stays completed;
 * - the losing side's reflection texts that differ from the winner's are kept in reflection_versions, dated —
 *   unless the losing state is one the winner's side has held (attempt_merged_states): then the winner went on
 *   from it, and its texts are earlier drafts, not writing done in parallel;
 * - rating history and study sessions are the union of both sides.
 */
export function createAttemptMerger(db: Db) {
  const insertAttempt = db.prepare(
    `INSERT INTO attempts (learner_id, course_id, module_id, number, started_at, updated_at, completion, success, score_scaled,
       location, time_base_s, time_session_s, commit_seq, cmi_json, launch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // launch_id stays NULL in this UPDATE: the study_sessions trigger (migration 6) must not count the
  // other computer's session a second time; the file's sessions are merged below.
  const replaceAttempt = db.prepare(
    `UPDATE attempts SET updated_at = ?, completion = ?, success = ?, score_scaled = ?, location = ?, time_base_s = ?,
       time_session_s = ?, commit_seq = ?, cmi_json = ?, launch_id = NULL WHERE id = ?`,
  );
  const setLaunch = db.prepare('UPDATE attempts SET launch_id = ? WHERE id = ?');
  const setStatus = db.prepare('UPDATE attempts SET completion = ?, success = ? WHERE id = ? AND (completion IS NOT ? OR success IS NOT ?)');
  const clear = ['question_results', 'reflections', 'checklist_ratings', 'objective_status'].map((t) => db.prepare(`DELETE FROM ${t} WHERE attempt_id = ?`));
  const add = {
    question: db.prepare('INSERT INTO question_results (attempt_id, question_id, type, response, result) VALUES (?, ?, ?, ?, ?)'),
    reflection: db.prepare('INSERT INTO reflections (attempt_id, reflection_id, text, updated_at) VALUES (?, ?, ?, ?)'),
    rating: db.prepare('INSERT INTO checklist_ratings (attempt_id, item_id, rating, note) VALUES (?, ?, ?, ?)'),
    objective: db.prepare('INSERT INTO objective_status (attempt_id, objective_id, completion, success, score_scaled) VALUES (?, ?, ?, ?, ?)'),
    version: db.prepare('INSERT OR IGNORE INTO reflection_versions (attempt_id, reflection_id, text, written_at) VALUES (?, ?, ?, ?)'),
    session: db.prepare(
      `INSERT INTO study_sessions (attempt_id, launch_id, started_at, seconds) VALUES (?, ?, ?, ?)
       ON CONFLICT (attempt_id, launch_id) DO UPDATE SET seconds = max(seconds, excluded.seconds), started_at = min(started_at, excluded.started_at)
       WHERE seconds < excluded.seconds OR started_at > excluded.started_at`,
    ),
    history: db.prepare('INSERT INTO checklist_rating_history (attempt_id, item_id, rating, rated_at) VALUES (?, ?, ?, ?)'),
    state: db.prepare('INSERT OR IGNORE INTO attempt_merged_states (attempt_id, updated_at, commit_seq) VALUES (?, ?, ?)'),
  };
  const heldState = db.prepare<[number, string, number], { n: number }>(
    'SELECT 1 AS n FROM attempt_merged_states WHERE attempt_id = ? AND updated_at = ? AND commit_seq = ?',
  );
  const reflectionsOf = db.prepare<[number], { reflectionId: string; text: string; updatedAt: string }>(
    'SELECT reflection_id AS reflectionId, text, updated_at AS updatedAt FROM reflections WHERE attempt_id = ?',
  );
  const historyOf = db.prepare<[number], { itemId: string; rating: number; ratedAt: string }>(
    'SELECT item_id AS itemId, rating, rated_at AS ratedAt FROM checklist_rating_history WHERE attempt_id = ? ORDER BY id',
  );
  const clearHistory = db.prepare('DELETE FROM checklist_rating_history WHERE attempt_id = ?');

  function writeChildren(id: number, a: TransferAttempt) {
    for (const c of clear) c.run(id);
    for (const q of a.questions) add.question.run(id, q.questionId, q.type, q.response, q.result);
    for (const r of a.reflections) add.reflection.run(id, r.reflectionId, r.text, r.updatedAt);
    for (const r of a.ratings) add.rating.run(id, r.itemId, r.rating, r.note);
    for (const o of a.objectives) add.objective.run(id, o.objectiveId, o.completion, o.success, o.scoreScaled);
  }

  /** Both sides' histories as one, in time order; the trigger's rows for the ratings just written are the other side's own. */
  function mergeHistory(id: number, before: { itemId: string; rating: number; ratedAt: string }[], incoming: TransferAttempt['ratingHistory']) {
    const key = (h: { itemId: string; rating: number; ratedAt: string }) => JSON.stringify([h.ratedAt, h.itemId, h.rating]);
    const union = new Map([...before, ...incoming].map((h) => [key(h), h]));
    const wanted = [...union.keys()].sort();
    const now = historyOf.all(id).map(key);
    if (now.length === wanted.length && now.every((k, i) => k === wanted[i])) return;
    clearHistory.run(id);
    for (const k of wanted) {
      const h = union.get(k)!;
      add.history.run(id, h.itemId, h.rating, h.ratedAt);
    }
  }

  function keepVersions(id: number, losers: { reflectionId: string; text: string; updatedAt: string }[], winners: { reflectionId: string; text: string }[], incoming: TransferAttempt) {
    const current = new Map(winners.map((w) => [w.reflectionId, w.text]));
    let kept = 0;
    for (const l of losers) {
      if (l.text.trim() === '' || current.get(l.reflectionId) === l.text) continue;
      kept += add.version.run(id, l.reflectionId, l.text, l.updatedAt).changes;
    }
    for (const v of incoming.reflectionVersions) kept += add.version.run(id, v.reflectionId, v.text, v.writtenAt).changes;
    return kept;
  }

  /** Both sides' states are from now on held here; the file's list includes its own current state. */
  function rememberStates(id: number, a: TransferAttempt, local: { updatedAt: string; commitSeq: number }[]) {
    for (const st of [...a.mergedStates, ...local]) add.state.run(id, st.updatedAt, st.commitSeq);
  }

  /** Adds an attempt this computer does not have. */
  function insert(learnerId: string, number: number, a: TransferAttempt) {
    const id = Number(
      insertAttempt.run(learnerId, a.courseId, a.moduleId, number, a.startedAt, a.updatedAt, a.completion, a.success, a.scoreScaled, a.location, a.timeBaseS, a.timeSessionS, a.commitSeq, a.cmiJson, a.launchId)
        .lastInsertRowid,
    );
    writeChildren(id, a);
    mergeHistory(id, [], a.ratingHistory);
    for (const s of a.studySessions) add.session.run(id, s.launchId, s.startedAt, s.seconds);
    rememberStates(id, a, []);
    return { versionsKept: keepVersions(id, [], [], a) };
  }

  /** Merges the file's copy of an attempt into this computer's; says whether the file's side won. */
  function merge(local: AttemptRow, a: TransferAttempt) {
    const incomingWins = a.updatedAt > local.updated_at || (a.updatedAt === local.updated_at && a.commitSeq > local.commit_seq);
    const completion = atLeast(local.completion, a.completion, COMPLETION_RANK);
    const success = atLeast(local.success, a.success, SUCCESS_RANK);
    const history = historyOf.all(local.id);
    const here = reflectionsOf.all(local.id);
    let versionsKept: number;
    const fileHeld = new Set(a.mergedStates.map((st) => `${st.updatedAt}|${st.commitSeq}`));
    if (incomingWins) {
      // This side's texts were an earlier draft of the file's when the file's side has held this state.
      const draft = fileHeld.has(`${local.updated_at}|${local.commit_seq}`);
      replaceAttempt.run(a.updatedAt, completion, success, a.scoreScaled, a.location, a.timeBaseS, a.timeSessionS, a.commitSeq, a.cmiJson, local.id);
      setLaunch.run(a.launchId, local.id);
      writeChildren(local.id, a);
      versionsKept = keepVersions(local.id, draft ? [] : here, a.reflections, a);
    } else {
      setStatus.run(completion, success, local.id, completion, success);
      const draft = Boolean(heldState.get(local.id, a.updatedAt, a.commitSeq)) || (a.updatedAt === local.updated_at && a.commitSeq === local.commit_seq);
      versionsKept = keepVersions(local.id, draft ? [] : a.reflections, here, a);
    }
    rememberStates(local.id, a, [{ updatedAt: local.updated_at, commitSeq: local.commit_seq }]);
    mergeHistory(local.id, history, a.ratingHistory);
    for (const s of a.studySessions) add.session.run(local.id, s.launchId, s.startedAt, s.seconds);
    return { incomingWins, versionsKept };
  }

  return { insert, merge };
}
