import type { Db } from './database';
import type { AttemptRow } from './attempts';
import { nameKey } from './learners';
import { checkLearnerFile } from './transfer-format';
import { createAttemptMerger } from './transfer-merge';

interface LearnerRow {
  id: string;
  name: string;
  pin_hash: string | null;
  created_at: string;
  last_active_at: string | null;
}

export interface ImportSummary {
  learnerId: string;
  learnerName: string;
  /** The profile was made here by this import (none with this id or name existed). */
  created: boolean;
  attemptsAdded: number;
  /** Attempts here that the file's newer commit replaced. */
  attemptsUpdated: number;
  /** Reflection texts of the losing side kept as dated versions. */
  versionsKept: number;
}

/**
 * Merges a learner file into this database, in one transaction: a refused file (transfer-format.ts)
 * or a failure halfway changes nothing.
 *
 * The learner: the profile with the file's id (the same person, moved before), else the profile with
 * the same name (as the profile picker tells people apart), else a new profile with the file's id, name
 * and PIN hash. A profile here keeps its name and its PIN when it has one (the learner knows that PIN on
 * this computer); the earlier created_at and the later last_active_at are kept.
 *
 * Attempts: one attempt is recognised on both computers by the moment it was started (started_at, which
 * travels with it), not by its number alone: a fresh attempt started on each side carries the same number
 * but is a different attempt, and both are kept. When that happens, the module's attempts are numbered
 * again in the order they were started, so both computers agree on the numbers (the newest is continued).
 */
export function importLearnerFile(db: Db, doc: unknown): ImportSummary {
  const file = checkLearnerFile(doc);
  const merger = createAttemptMerger(db);
  const byId = db.prepare<[string], LearnerRow>('SELECT * FROM learners WHERE id = ?');
  const byKey = db.prepare<[string], LearnerRow>('SELECT * FROM learners WHERE name_key = ?');
  const sameAttempt = db.prepare<[string, string, string, string], AttemptRow>(
    'SELECT * FROM attempts WHERE learner_id = ? AND course_id = ? AND module_id = ? AND started_at = ?',
  );
  const numberTaken = db.prepare<[string, string, string, number], { n: number }>(
    'SELECT 1 AS n FROM attempts WHERE learner_id = ? AND course_id = ? AND module_id = ? AND number = ?',
  );
  const lastNumber = db.prepare<[string, string, string], { n: number | null }>(
    'SELECT MAX(number) AS n FROM attempts WHERE learner_id = ? AND course_id = ? AND module_id = ?',
  );
  const inStartOrder = db.prepare<[string, string, string], { id: number; number: number }>(
    'SELECT id, number FROM attempts WHERE learner_id = ? AND course_id = ? AND module_id = ? ORDER BY started_at, number',
  );
  const setNumber = db.prepare('UPDATE attempts SET number = ? WHERE id = ?');

  return db.transaction((): ImportSummary => {
    const l = file.learner;
    const here = byId.get(l.id) ?? byKey.get(nameKey(l.name));
    let learnerId: string;
    let learnerName: string;
    if (here) {
      learnerId = here.id;
      learnerName = here.name;
      const createdAt = here.created_at < l.createdAt ? here.created_at : l.createdAt;
      const lastActive = [here.last_active_at, l.lastActiveAt].filter((x): x is string => x !== null).sort().pop() ?? null;
      const pin = here.pin_hash ?? l.pinHash;
      if (createdAt !== here.created_at || lastActive !== here.last_active_at || pin !== here.pin_hash) {
        db.prepare('UPDATE learners SET created_at = ?, last_active_at = ?, pin_hash = ? WHERE id = ?').run(createdAt, lastActive, pin, learnerId);
      }
    } else {
      learnerId = l.id;
      learnerName = l.name.trim();
      db.prepare('INSERT INTO learners (id, name, name_key, pin_hash, created_at, last_active_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        learnerId, learnerName, nameKey(learnerName), l.pinHash, l.createdAt, l.lastActiveAt,
      );
    }

    const summary: ImportSummary = { learnerId, learnerName, created: !here, attemptsAdded: 0, attemptsUpdated: 0, versionsKept: 0 };
    const renumber = new Map<string, [string, string]>();
    for (const a of file.attempts) {
      const local = sameAttempt.get(learnerId, a.courseId, a.moduleId, a.startedAt);
      if (local) {
        const { incomingWins, versionsKept } = merger.merge(local, a);
        if (incomingWins) summary.attemptsUpdated++;
        summary.versionsKept += versionsKept;
        continue;
      }
      let number = a.number;
      if (numberTaken.get(learnerId, a.courseId, a.moduleId, number)) {
        number = (lastNumber.get(learnerId, a.courseId, a.moduleId)?.n ?? 0) + 1;
        renumber.set(JSON.stringify([a.courseId, a.moduleId]), [a.courseId, a.moduleId]);
      }
      summary.versionsKept += merger.insert(learnerId, number, a).versionsKept;
      summary.attemptsAdded++;
    }
    for (const [courseId, moduleId] of renumber.values()) {
      const rows = inStartOrder.all(learnerId, courseId, moduleId);
      // Through negative numbers: UNIQUE (learner, course, module, number) holds after every single UPDATE.
      rows.forEach((r, i) => setNumber.run(-(i + 1), r.id));
      rows.forEach((r, i) => setNumber.run(i + 1, r.id));
    }
    return summary;
  }).immediate();
}
