import type { ConflictReason, CourseDocument, Training, TrainingNoteSaved, TrainingTally } from '../contract';
import { AppError } from '../errors';
import type { Db } from '../progress/database';
import { moduleOfCourse, noteTargets, tallyTargets } from './training-content';
import { createTrainingStore, moduleIdsOf, type ParticipantValues, type TrainingRow, type TrainingValues } from './training-store';

export interface TrainingInput extends TrainingValues {
  participants: { id?: string; name: string; learnerId?: string | null }[];
}

export interface TrainingDeps {
  db: Db;
  /** The compiled course (catalog.open): a training's modules are checked against it. */
  course: (courseId: string) => CourseDocument;
  /** Throws NOT_FOUND for a learner id that is no profile on this computer. */
  learnerName: (learnerId: string) => string;
  now?: () => string;
}

const notFound = (message: string, hint: string, params: Record<string, string>) => new AppError({ code: 'NOT_FOUND', message, hint, params });

/** A trainer's session (issue 15): the rules on top of the rows of training-store.ts. */
export function createTrainingService(deps: TrainingDeps) {
  const now = deps.now ?? (() => new Date().toISOString());
  const store = createTrainingStore(deps.db, now);

  function assertOpen(t: TrainingRow) {
    if (t.closed_at !== null) {
      throw new AppError({
        code: 'CONFLICT',
        message: `The session '${t.title}' is closed: its modules, participants, attendance and tallies no longer change.`,
        hint: 'Only its notes can still be added to. For changes, make a new session.',
        params: { reason: 'training-closed' satisfies ConflictReason, id: t.id, title: t.title },
      });
    }
  }

  function checkedParticipants(input: TrainingInput['participants']): ParticipantValues[] {
    const linked = new Map<string, string>();
    return input.map((p) => {
      const learnerId = p.learnerId ?? null;
      if (learnerId !== null) {
        const profile = deps.learnerName(learnerId);
        const other = linked.get(learnerId);
        if (other !== undefined) {
          throw new AppError({
            code: 'BAD_REQUEST',
            message: `The profile '${profile}' is linked to two participants ('${other}' and '${p.name}').`,
            hint: 'Link each profile to one participant only.',
            params: { learnerId, name: p.name, other },
          });
        }
        linked.set(learnerId, p.name);
      }
      return { id: p.id, name: p.name, learnerId };
    });
  }

  function checkedValues(input: TrainingInput): TrainingValues {
    const course = deps.course(input.courseId);
    for (const moduleId of input.moduleIds) moduleOfCourse(course, moduleId);
    return { title: input.title, date: input.date, place: input.place, trainer: input.trainer, courseId: input.courseId, moduleIds: input.moduleIds };
  }

  /** The module of this training's course, refused when the training does not cover it. */
  function coveredModule(t: TrainingRow, moduleId: string) {
    if (!moduleIdsOf(t).includes(moduleId)) {
      throw notFound(`The session '${t.title}' does not cover the module '${moduleId}'.`, 'Add the module to the session first, or choose one of its modules.', {
        id: t.id,
        moduleId,
      });
    }
    const course = deps.course(t.course_id);
    return { course, module: moduleOfCourse(course, moduleId) };
  }

  function get(id: string): Training {
    const t = store.row(id);
    const ids = moduleIdsOf(t);
    let course: CourseDocument | null = null;
    try {
      course = deps.course(t.course_id);
    } catch {
      // A course folder removed later must not hide the session's attendance and notes: show ids instead.
    }
    const participants = store.participants(id);
    return {
      id: t.id,
      title: t.title,
      date: t.date,
      place: t.place,
      trainer: t.trainer,
      courseId: t.course_id,
      courseTitle: course?.title ?? t.course_id,
      moduleIds: ids,
      modules: ids.map((mid) => {
        const m = course?.modules.find((x) => x.id === mid);
        return { id: mid, title: m?.title ?? mid, minutes: m?.minutes ?? 0 };
      }),
      status: t.closed_at === null ? 'open' : 'closed',
      participantsTotal: participants.length,
      participantsPresent: participants.filter((p) => p.present === 1).length,
      participants: participants.map((p) => ({ id: p.id, name: p.name, learnerId: p.learner_id, learnerName: p.learner_name, present: p.present === 1 })),
      notes: store.notes(id),
      tallies: store.tallies(id),
      createdAt: t.created_at,
      closedAt: t.closed_at,
    };
  }

  return {
    list: () => store.list(),
    get,
    create(input: TrainingInput): Training {
      return get(store.create(checkedValues(input), checkedParticipants(input.participants)));
    },
    update(id: string, input: TrainingInput): Training {
      const t = store.row(id);
      assertOpen(t);
      const values = checkedValues(input);
      const known = new Set(store.participants(id).map((p) => p.id));
      for (const p of input.participants) {
        if (p.id !== undefined && !known.has(p.id)) {
          throw notFound(`The session '${t.title}' has no participant with id ${p.id}.`, 'Leave the id out for a new participant.', { id, participantId: p.id });
        }
      }
      store.update(id, values, checkedParticipants(input.participants));
      return get(id);
    },
    note(id: string, moduleId: string, promptId: string, seq: number, text: string): TrainingNoteSaved {
      // Notes may still be added after closing: they are the team's record and change no profile.
      const t = store.row(id);
      const { module } = coveredModule(t, moduleId);
      if (!noteTargets(module).includes(promptId)) {
        throw notFound(`The module '${module.title}' has no reflection prompt or scenario '${promptId}'.`, 'Take the prompt id from training/module (prompts, scenarioIds).', {
          moduleId,
          promptId,
        });
      }
      return store.saveNote(id, moduleId, promptId, seq, text);
    },
    tally(id: string, tally: TrainingTally): TrainingTally {
      const t = store.row(id);
      assertOpen(t);
      const { module } = coveredModule(t, tally.moduleId);
      const options = tallyTargets(module).get(tally.questionId);
      if (!options) {
        throw notFound(`The module '${module.title}' has no quiz question or scenario '${tally.questionId}'.`, 'Take the question id from training/module.', {
          moduleId: tally.moduleId,
          questionId: tally.questionId,
        });
      }
      if (!options.includes(tally.optionId)) {
        throw notFound(`The question '${tally.questionId}' has no option '${tally.optionId}'.`, `Its options are: ${options.join(', ')}.`, {
          questionId: tally.questionId,
          optionId: tally.optionId,
        });
      }
      store.setTally(id, tally);
      return tally;
    },
    attendance(id: string, participantId: string, present: boolean): Training {
      const t = store.row(id);
      assertOpen(t);
      if (!store.participants(id).some((p) => p.id === participantId)) {
        throw notFound(`The session '${t.title}' has no participant with id ${participantId}.`, 'Open the session again; the participant may have been removed.', {
          id,
          participantId,
        });
      }
      store.setPresent(id, participantId, present);
      return get(id);
    },
    close(id: string): Training {
      assertOpen(store.row(id));
      store.close(id);
      return get(id);
    },
    remove(id: string) {
      store.row(id);
      store.remove(id);
    },
    coveredModule: (id: string, moduleId: string) => coveredModule(store.row(id), moduleId),
  };
}

export type TrainingService = ReturnType<typeof createTrainingService>;
