import crypto from 'node:crypto';
import type { TrainingNote, TrainingSummary, TrainingTally } from '../contract';
import { AppError } from '../errors';
import type { Db } from '../progress/database';

export interface TrainingRow {
  id: string;
  title: string;
  date: string;
  place: string;
  trainer: string;
  course_id: string;
  module_ids: string;
  created_at: string;
  closed_at: string | null;
}

export interface ParticipantRow {
  id: string;
  training_id: string;
  position: number;
  name: string;
  learner_id: string | null;
  /** The linked profile's current name (joined), null when unlinked or the profile is gone. */
  learner_name: string | null;
  present: number;
}

export interface TrainingValues {
  title: string;
  date: string;
  place: string;
  trainer: string;
  courseId: string;
  moduleIds: string[];
}

export interface ParticipantValues {
  id?: string;
  name: string;
  learnerId: string | null;
}

interface NoteRow {
  id: number;
  module_id: string;
  prompt_id: string;
  seq: number;
  text: string;
  saved_at: string;
}

const newId = () => crypto.randomUUID();

export function moduleIdsOf(row: TrainingRow): string[] {
  return JSON.parse(row.module_ids) as string[];
}

/** The rows of trainings, their participants, notes and tallies; the rules about them are in training-service.ts. */
export function createTrainingStore(db: Db, now: () => string) {
  const byId = db.prepare<[string], TrainingRow>('SELECT * FROM trainings WHERE id = ?');
  const all = db.prepare<[], TrainingRow & { total: number; present: number }>(
    `SELECT t.*, (SELECT COUNT(*) FROM training_participants p WHERE p.training_id = t.id) AS total,
            (SELECT COUNT(*) FROM training_participants p WHERE p.training_id = t.id AND p.present = 1) AS present
       FROM trainings t ORDER BY t.date DESC, t.created_at DESC`,
  );
  const participantsOf = db.prepare<[string], ParticipantRow>(
    `SELECT p.*, l.name AS learner_name FROM training_participants p LEFT JOIN learners l ON l.id = p.learner_id
      WHERE p.training_id = ? ORDER BY p.position`,
  );
  const insertTraining = db.prepare(
    `INSERT INTO trainings (id, title, date, place, trainer, course_id, module_ids, created_at)
     VALUES (@id, @title, @date, @place, @trainer, @courseId, @moduleIds, @createdAt)`,
  );
  const updateTraining = db.prepare(
    `UPDATE trainings SET title = @title, date = @date, place = @place, trainer = @trainer, course_id = @courseId,
            module_ids = @moduleIds WHERE id = @id`,
  );
  const insertParticipant = db.prepare(
    'INSERT INTO training_participants (id, training_id, position, name, learner_id) VALUES (?, ?, ?, ?, ?)',
  );
  const updateParticipant = db.prepare('UPDATE training_participants SET position = ?, name = ?, learner_id = ? WHERE id = ? AND training_id = ?');
  const deleteParticipant = db.prepare('DELETE FROM training_participants WHERE id = ? AND training_id = ?');
  const setPresent = db.prepare('UPDATE training_participants SET present = ? WHERE id = ? AND training_id = ?');
  const insertNote = db.prepare(
    'INSERT INTO training_note_saves (training_id, module_id, prompt_id, seq, text, saved_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  // The note is its save with the highest seq; of equal seqs the first stored stays (a later one came too late).
  const currentNotes = db.prepare<[string], NoteRow>(
    `SELECT s.id, s.module_id, s.prompt_id, s.seq, s.text, s.saved_at FROM training_note_saves s
      WHERE s.training_id = ? AND s.id = (
        SELECT b.id FROM training_note_saves b
         WHERE b.training_id = s.training_id AND b.module_id = s.module_id AND b.prompt_id = s.prompt_id
         ORDER BY b.seq DESC, b.id ASC LIMIT 1)
      ORDER BY s.module_id, s.prompt_id`,
  );
  const currentNote = db.prepare<[string, string, string], NoteRow>(
    `SELECT id, module_id, prompt_id, seq, text, saved_at FROM training_note_saves
      WHERE training_id = ? AND module_id = ? AND prompt_id = ? ORDER BY seq DESC, id ASC LIMIT 1`,
  );
  const upsertTally = db.prepare(
    `INSERT INTO training_tallies (training_id, module_id, question_id, option_id, count) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (training_id, module_id, question_id, option_id) DO UPDATE SET count = excluded.count`,
  );
  const talliesOf = db.prepare<[string], { module_id: string; question_id: string; option_id: string; count: number }>(
    'SELECT module_id, question_id, option_id, count FROM training_tallies WHERE training_id = ? ORDER BY module_id, question_id, option_id',
  );
  const markClosed = db.prepare('UPDATE trainings SET closed_at = ? WHERE id = ? AND closed_at IS NULL');
  const insertFollowed = db.prepare(
    `INSERT INTO followed_in_training (learner_id, course_id, module_id, training_id, title, date, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const deleteTraining = db.prepare('DELETE FROM trainings WHERE id = ?');

  function row(id: string): TrainingRow {
    const found = byId.get(id);
    if (!found) {
      throw new AppError({
        code: 'NOT_FOUND',
        message: `There is no session with id ${id}.`,
        hint: 'It may have been deleted; choose a session from the list.',
        params: { id },
      });
    }
    return found;
  }

  const toNote = (n: NoteRow): TrainingNote => ({ moduleId: n.module_id, promptId: n.prompt_id, text: n.text, seq: n.seq, updatedAt: n.saved_at });

  function writeParticipants(trainingId: string, participants: ParticipantValues[]) {
    const kept = new Set(participants.flatMap((p) => (p.id ? [p.id] : [])));
    for (const old of participantsOf.all(trainingId)) {
      if (!kept.has(old.id)) deleteParticipant.run(old.id, trainingId);
    }
    participants.forEach((p, position) => {
      if (p.id) updateParticipant.run(position, p.name, p.learnerId, p.id, trainingId);
      else insertParticipant.run(newId(), trainingId, position, p.name, p.learnerId);
    });
  }

  return {
    row,
    participants: (trainingId: string) => participantsOf.all(trainingId),
    list(): TrainingSummary[] {
      return all.all().map((t) => ({
        id: t.id,
        title: t.title,
        date: t.date,
        place: t.place,
        trainer: t.trainer,
        courseId: t.course_id,
        moduleIds: moduleIdsOf(t),
        status: t.closed_at === null ? 'open' : 'closed',
        participantsTotal: t.total,
        participantsPresent: t.present,
        createdAt: t.created_at,
        closedAt: t.closed_at,
      }));
    },
    create: db.transaction((values: TrainingValues, participants: ParticipantValues[]): string => {
      const id = newId();
      insertTraining.run({ id, ...values, moduleIds: JSON.stringify(values.moduleIds), createdAt: now() });
      writeParticipants(id, participants);
      return id;
    }),
    update: db.transaction((id: string, values: TrainingValues, participants: ParticipantValues[]) => {
      updateTraining.run({ id, ...values, moduleIds: JSON.stringify(values.moduleIds) });
      writeParticipants(id, participants);
    }),
    setPresent(trainingId: string, participantId: string, present: boolean) {
      setPresent.run(present ? 1 : 0, participantId, trainingId);
    },
    notes: (trainingId: string) => currentNotes.all(trainingId).map(toNote),
    /** Every save is stored; the answer says whether this one is now the note. */
    saveNote: db.transaction((trainingId: string, moduleId: string, promptId: string, seq: number, text: string) => {
      const inserted = Number(insertNote.run(trainingId, moduleId, promptId, seq, text, now()).lastInsertRowid);
      const current = currentNote.get(trainingId, moduleId, promptId)!;
      return { saved: current.id === inserted, note: toNote(current) };
    }),
    setTally(trainingId: string, tally: TrainingTally) {
      upsertTally.run(trainingId, tally.moduleId, tally.questionId, tally.optionId, tally.count);
    },
    tallies: (trainingId: string): TrainingTally[] =>
      talliesOf.all(trainingId).map((t) => ({ moduleId: t.module_id, questionId: t.question_id, optionId: t.option_id, count: t.count })),
    /** Closes once: the present, linked participants get every module as followed in this training. */
    close: db.transaction((id: string): boolean => {
      const t = row(id);
      const at = now();
      if (markClosed.run(at, id).changes === 0) return false;
      for (const p of participantsOf.all(id)) {
        if (p.present !== 1 || p.learner_id === null) continue;
        for (const moduleId of moduleIdsOf(t)) insertFollowed.run(p.learner_id, t.course_id, moduleId, id, t.title, t.date, at);
      }
      return true;
    }),
    remove(id: string) {
      deleteTraining.run(id);
    },
  };
}

export type TrainingStore = ReturnType<typeof createTrainingStore>;
