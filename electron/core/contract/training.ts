import { z } from 'zod';
import type { Question, Section } from './course';
import { id, teacher } from './fields';
import { TRAINING_LIMITS } from '../../shared/training-limits';

/**
 * A trainer's session with a school team around one screen (issue 15). In code it is a `training`:
 * "session" already names an open learner profile (contract field `session`).
 */

export { TRAINING_LIMITS };

export const TRAINING_STATUSES = ['open', 'closed'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is empty`).max(max, `${label} is longer than ${max} characters`);

/** A calendar day as `YYYY-MM-DD` that exists (no 31 February). */
export const trainingDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD, e.g. 2026-12-04')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'this date does not exist');

/** A participant as the trainer types it; `id` keeps an existing participant (and their attendance) on update. */
export const trainingParticipantInput = z
  .object({
    id: id.optional(),
    name: text('a participant name', TRAINING_LIMITS.participantName),
    /** The learner profile on this computer that gets the covered modules as "gevolgd in sessie". */
    learnerId: id.nullable().optional(),
  })
  .strict();

export const trainingFields = z
  .object({
    title: text('the title', TRAINING_LIMITS.title),
    date: trainingDate,
    place: text('the place', TRAINING_LIMITS.place),
    trainer: text("the trainer's name", TRAINING_LIMITS.trainer),
    courseId: id,
    moduleIds: z
      .array(id)
      .min(1, 'choose at least one module')
      .max(TRAINING_LIMITS.modules, `at most ${TRAINING_LIMITS.modules} modules`)
      .refine((ids) => new Set(ids).size === ids.length, 'a module is chosen twice'),
    participants: z
      .array(trainingParticipantInput)
      .max(TRAINING_LIMITS.participants, `at most ${TRAINING_LIMITS.participants} participants in one session`),
  })
  .strict();

const withTeacher = { teacher: teacher.optional() };
const trainingRef = { id, ...withTeacher };

/** Argument schemas of the `training/*` calls; every one is lecturer mode once a teacher PIN is set. */
export const trainingCallArgs = {
  'training/list': z.object(withTeacher).strict(),
  'training/create': trainingFields.extend(withTeacher).strict(),
  'training/get': z.object(trainingRef).strict(),
  /** Only while open; participants without `id` are new, and a participant left out is removed. */
  'training/update': trainingFields.extend(trainingRef).strict(),
  /**
   * A group note on a reflection prompt or scenario (`promptId`: its block id). `seq` numbers the
   * saves of one note (start after the `seq` that training/get gave): a save with a lower or equal
   * seq than the stored one is kept in the history but never replaces the newer text.
   */
  'training/note': z
    .object({
      ...trainingRef,
      moduleId: id,
      promptId: id,
      seq: z.number().int().positive(),
      text: z.string().max(TRAINING_LIMITS.noteCharacters, `a note is at most ${TRAINING_LIMITS.noteCharacters} characters`),
    })
    .strict(),
  /** The group quiz: how many in the room chose `optionId` (see TrainingQuestion.tallyOptionIds). */
  'training/tally': z
    .object({
      ...trainingRef,
      moduleId: id,
      questionId: id,
      optionId: id,
      count: z.number().int().min(0).max(TRAINING_LIMITS.tallyCount),
    })
    .strict(),
  'training/attendance': z.object({ ...trainingRef, participantId: id, present: z.boolean() }).strict(),
  /** Adds the modules to every present, linked profile as "gevolgd in sessie"; then only notes change. */
  'training/close': z.object(trainingRef).strict(),
  /** Profiles keep their "gevolgd in sessie" when a closed training is deleted. */
  'training/delete': z.object(trainingRef).strict(),
  'training/module': z.object({ ...trainingRef, moduleId: id }).strict(),
  'training/export-attendance': z.object({ ...trainingRef, format: z.enum(['csv', 'pdf']) }).strict(),
  /** One PDF per present participant: each one is handed or mailed to that person alone. */
  'training/export-certificates': z.object(trainingRef).strict(),
  'training/export-notes': z.object({ ...trainingRef, format: z.enum(['md', 'pdf']) }).strict(),
} satisfies Record<string, z.ZodType>;

export interface TrainingSummary {
  id: string;
  title: string;
  date: string;
  place: string;
  trainer: string;
  courseId: string;
  moduleIds: string[];
  status: TrainingStatus;
  participantsTotal: number;
  participantsPresent: number;
  createdAt: string;
  closedAt: string | null;
}

export interface TrainingParticipant {
  id: string;
  name: string;
  learnerId: string | null;
  /** The linked profile's name now (null when not linked or the profile was deleted). */
  learnerName: string | null;
  present: boolean;
}

export interface TrainingNote {
  moduleId: string;
  promptId: string;
  text: string;
  /** The highest save number stored; the next save sends a higher one. */
  seq: number;
  updatedAt: string;
}

export interface TrainingTally {
  moduleId: string;
  questionId: string;
  optionId: string;
  count: number;
}

export interface Training extends TrainingSummary {
  courseTitle: string;
  /** The chosen modules in the order given, with their estimated minutes (the certificate's hours). */
  modules: { id: string; title: string; minutes: number }[];
  participants: TrainingParticipant[];
  notes: TrainingNote[];
  tallies: TrainingTally[];
}

export interface TrainingNoteSaved {
  /** False when a newer save was already stored: `text` and `seq` are then the stored ones. */
  saved: boolean;
  note: TrainingNote;
}

/** A quiz question for the group quiz; the answers are in it (the trainer reveals them on demand). */
export interface TrainingQuestion {
  quizId: string;
  question: Question;
  /**
   * What a tally counts: the option ids for single/multiple; `true`/`false` for truefalse;
   * `correct`/`incorrect` for matching and ordering (the room answers as a whole).
   */
  tallyOptionIds: string[];
}

/** What the presenter view shows of one module (training/module). */
export interface TrainingModule {
  trainingId: string;
  courseId: string;
  moduleId: string;
  title: string;
  minutes: number;
  goals: string[];
  /** The compiled sections as the SCO shows them: blocks with HTML, quizzes with answers, scenarios with consequences. */
  sections: Section[];
  /** The reflection prompts: the discussion questions a note belongs to (promptId = reflectionId). */
  prompts: { reflectionId: string; sectionId: string; promptHtml: string; promptText: string; guidingQuestions: string[] }[];
  questions: TrainingQuestion[];
  /** Scenario ids (a note may belong to one too; a tally counts its choices). */
  scenarioIds: string[];
  /** Base URL (content origin) that image/video `src` paths of the blocks are relative to. */
  mediaBaseUrl: string;
}

/** A file written to the data folder's exports/ (like backup/create); the web harness links it for download. */
export interface TrainingExportFile {
  fileName: string;
  bytes: number;
  path: string;
  downloadUrl: string | null;
}

export interface TrainingCallResults {
  'training/list': TrainingSummary[];
  'training/create': Training;
  'training/get': Training;
  'training/update': Training;
  'training/note': TrainingNoteSaved;
  'training/tally': TrainingTally;
  'training/attendance': Training;
  'training/close': Training;
  'training/delete': { deleted: true };
  'training/module': TrainingModule;
  'training/export-attendance': TrainingExportFile;
  /** One file per present participant, in the order of the participant list. */
  'training/export-certificates': { files: TrainingExportFile[] };
  'training/export-notes': TrainingExportFile;
}
