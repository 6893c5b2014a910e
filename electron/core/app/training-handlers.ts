import type { CallName } from '../contract';
import { createTrainingService } from '../training/training-service';
import { trainingModule } from '../training/training-content';
import { launchUrls } from './content-site';
import { createTrainingExports } from './training-exports';
import type { Handlers } from './handler-types';
import type { Core } from './services';

type TrainingCall = Extract<CallName, `training/${string}`>;

/**
 * A trainer's session with a school team (issue 15); the rules live in electron/core/training. A trainer
 * is a lecturer: once a teacher PIN is set, every call (reading ones too: names of colleagues) needs lecturer mode.
 */
export function createTrainingHandlers(core: Core): Pick<Handlers, TrainingCall> {
  const trainings = createTrainingService({
    db: core.db,
    course: (courseId) => core.catalog.open(courseId),
    learnerName: (learnerId) => core.learners.get(learnerId).name,
  });
  const exports = createTrainingExports(core, trainings);
  const guard = (teacher: string | undefined) => core.teacher.requireIfSet(teacher);

  return {
    'training/list': ({ teacher }) => {
      guard(teacher);
      return trainings.list();
    },
    'training/create': ({ teacher, ...input }) => {
      guard(teacher);
      return trainings.create(input);
    },
    'training/get': ({ teacher, id }) => {
      guard(teacher);
      return trainings.get(id);
    },
    'training/update': ({ teacher, id, ...input }) => {
      guard(teacher);
      return trainings.update(id, input);
    },
    'training/note': ({ teacher, id, moduleId, promptId, seq, text }) => {
      guard(teacher);
      return trainings.note(id, moduleId, promptId, seq, text);
    },
    'training/tally': ({ teacher, id, ...tally }) => {
      guard(teacher);
      return trainings.tally(id, tally);
    },
    'training/attendance': ({ teacher, id, participantId, present }) => {
      guard(teacher);
      return trainings.attendance(id, participantId, present);
    },
    'training/close': ({ teacher, id }) => {
      guard(teacher);
      return trainings.close(id);
    },
    'training/delete': ({ teacher, id }) => {
      guard(teacher);
      trainings.remove(id);
      return { deleted: true as const };
    },
    'training/module': ({ teacher, id, moduleId }) => {
      guard(teacher);
      const { course, module } = trainings.coveredModule(id, moduleId);
      // The blocks' media paths are relative to the module's SCO folder on the content origin (sco-trees.ts).
      const mediaBaseUrl = launchUrls(core.contentOrigin, course.id, module.id).scoUrl.replace(/index\.html$/, '');
      return trainingModule(id, course, module, mediaBaseUrl);
    },
    'training/export-attendance': ({ teacher, id, format }) => {
      guard(teacher);
      return exports.attendance(id, format);
    },
    'training/export-certificates': ({ teacher, id }) => {
      guard(teacher);
      return exports.certificates(id);
    },
    'training/export-notes': ({ teacher, id, format }) => {
      guard(teacher);
      return exports.notes(id, format);
    },
  };
}
