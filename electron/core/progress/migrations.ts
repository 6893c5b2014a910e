import { HISTORY_SQL } from './migration-history';
import { TRAINING_SQL } from './migration-training';

/**
 * Append-only (architecture rule 5): never edit or reorder an entry that has shipped; add a new one.
 * Each entry runs in one transaction together with its row in `schema_migrations`, which records the
 * sha256 of its `sql`; migration-checksums.ts holds the shipped ones, and a test fails when either changes.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'learners-and-settings',
    sql: `
      CREATE TABLE learners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        pin_hash TEXT,
        created_at TEXT NOT NULL,
        last_active_at TEXT
      );
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    id: 2,
    name: 'attempts-and-progress',
    sql: `
      CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        course_id TEXT NOT NULL,
        module_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        completion TEXT NOT NULL DEFAULT 'not attempted',
        success TEXT NOT NULL DEFAULT 'unknown',
        score_scaled REAL,
        location TEXT,
        -- seconds of finished sessions, and of the session in progress (folded in at the next launch)
        time_base_s REAL NOT NULL DEFAULT 0,
        time_session_s REAL NOT NULL DEFAULT 0,
        commit_seq INTEGER NOT NULL DEFAULT 0,
        cmi_json TEXT NOT NULL DEFAULT '{}',
        UNIQUE (learner_id, course_id, module_id, number)
      );
      CREATE INDEX attempts_by_learner ON attempts (learner_id, course_id, updated_at);
      CREATE TABLE question_results (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        type TEXT NOT NULL,
        response TEXT NOT NULL,
        result TEXT NOT NULL,
        PRIMARY KEY (attempt_id, question_id)
      );
      CREATE TABLE reflections (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        reflection_id TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (attempt_id, reflection_id)
      );
      CREATE TABLE checklist_ratings (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        rating INTEGER NOT NULL,
        note TEXT,
        PRIMARY KEY (attempt_id, item_id)
      );
      CREATE TABLE objective_status (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        objective_id TEXT NOT NULL,
        completion TEXT NOT NULL,
        success TEXT NOT NULL,
        score_scaled REAL,
        PRIMARY KEY (attempt_id, objective_id)
      );
    `,
  },
  {
    id: 3,
    name: 'pin-guard',
    sql: `
      -- Wrong-PIN counts and locks outlive a restart: otherwise restarting Leerpad resets the lock
      -- and a PIN can be guessed 5 at a time. Subject: a learner id, or 'teacher' for the teacher PIN.
      CREATE TABLE pin_guard (
        subject TEXT PRIMARY KEY,
        wrong_count INTEGER NOT NULL DEFAULT 0,
        locked_until_ms INTEGER NOT NULL DEFAULT 0
      );
    `,
  },
  {
    id: 4,
    name: 'attempt-launch-owner',
    // The launch (player tab) that owns an attempt: a commit from an older launch is a CONFLICT, not a silent loss.
    sql: `ALTER TABLE attempts ADD COLUMN launch_id TEXT;`,
  },
  {
    id: 5,
    name: 'migration-checksums',
    // A database whose migration ran with other SQL than this build's is refused: its tables are not the ones
    // this build's queries expect. Rows recorded before this column existed get their checksum filled in once.
    sql: `ALTER TABLE schema_migrations ADD COLUMN checksum TEXT;`,
  },
  {
    id: 6,
    name: 'rating-history-and-study-sessions',
    sql: HISTORY_SQL,
  },
  {
    id: 7,
    name: 'reflection-versions',
    // Moving a learner between computers (transfer-import.ts): when both wrote the same reflection, the text of
    // the newer commit stays in place and the other is kept here, dated, so neither computer's writing is lost.
    sql: `
      CREATE TABLE reflection_versions (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        reflection_id TEXT NOT NULL,
        text TEXT NOT NULL,
        written_at TEXT NOT NULL,
        PRIMARY KEY (attempt_id, reflection_id, written_at, text)
      );
    `,
  },
  {
    id: 8,
    name: 'attempt-merged-states',
    // The states (last commit time and number) of an attempt that a learner-file import brought together here.
    // A losing side whose state is among the winner's is an earlier draft the winner went on from, not writing
    // done in parallel: its reflections are not kept again as versions (transfer-merge.ts).
    sql: `
      CREATE TABLE attempt_merged_states (
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        updated_at TEXT NOT NULL,
        commit_seq INTEGER NOT NULL,
        PRIMARY KEY (attempt_id, updated_at, commit_seq)
      );
    `,
  },
  {
    id: 9,
    name: 'trainings',
    sql: TRAINING_SQL,
  },
];
