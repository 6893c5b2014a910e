/**
 * Migration 9 (issue 15): a trainer's sessions with a school team (electron/core/training). Shipped SQL:
 * never edit, add a migration.
 *
 * - `training_note_saves` keeps every save of a group note; the note is the save with the highest seq (the
 *   first one stored on a tie), so a save that arrives late never overwrites newer text and nothing typed is lost.
 * - `followed_in_training` is written when a training closes and stands apart from the training: deleting the
 *   training afterwards does not take "gevolgd in sessie" away from the profiles (title and date are copied).
 */
export const TRAINING_SQL = `
  CREATE TABLE trainings (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    place TEXT NOT NULL,
    trainer TEXT NOT NULL,
    course_id TEXT NOT NULL,
    module_ids TEXT NOT NULL,
    created_at TEXT NOT NULL,
    closed_at TEXT
  );
  CREATE TABLE training_participants (
    id TEXT PRIMARY KEY,
    training_id TEXT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    learner_id TEXT REFERENCES learners(id) ON DELETE SET NULL,
    present INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX training_participants_by_training ON training_participants (training_id, position);
  CREATE TABLE training_note_saves (
    id INTEGER PRIMARY KEY,
    training_id TEXT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    module_id TEXT NOT NULL,
    prompt_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    saved_at TEXT NOT NULL
  );
  CREATE INDEX training_note_saves_by_note ON training_note_saves (training_id, module_id, prompt_id, seq);
  CREATE TABLE training_tallies (
    training_id TEXT NOT NULL REFERENCES trainings(id) ON DELETE CASCADE,
    module_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    option_id TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (training_id, module_id, question_id, option_id)
  );
  CREATE TABLE followed_in_training (
    learner_id TEXT NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
    course_id TEXT NOT NULL,
    module_id TEXT NOT NULL,
    training_id TEXT REFERENCES trainings(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX followed_in_training_by_learner ON followed_in_training (learner_id, course_id, module_id);
`;
