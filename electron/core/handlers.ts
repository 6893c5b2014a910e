import type { CallName, CallResult, CourseDocument, CourseOutline, ParsedArgs } from './contract';
import { blocksOf } from './contract/sco-state';
import { AppError } from './errors';
import { exportLearner } from './progress/learner-export';
import { writePackage } from './scorm/app-export';
import { scoUrl } from './scorm/app-trees';
import type { Core } from './services';

/** Who is calling; transports fill it in. */
export interface CallContext {
  transport: 'ipc' | 'http' | 'test';
}

export type Handlers = {
  [K in CallName]: (args: ParsedArgs<K>, ctx: CallContext) => CallResult<K> | Promise<CallResult<K>>;
};

function outline(course: CourseDocument): CourseOutline {
  return {
    ...course,
    modules: course.modules.map((m) => ({
      id: m.id,
      title: m.title,
      levers: m.levers,
      minutes: m.minutes,
      goals: m.goals,
      sections: m.sections.map((s) => ({ id: s.id, title: s.title })),
      questions: blocksOf(m, 'quiz').reduce((n, q) => n + q.questions.length, 0),
      reflections: blocksOf(m, 'reflection').length,
      checklists: blocksOf(m, 'checklist').length,
    })),
  };
}

/** The Handlers map (architecture rule 1) implemented on the core services. */
export function createHandlers(core: Core): Handlers {
  const { learners, settings, catalog, sessions, attempts } = core;

  function moduleOf(courseId: string, moduleId: string) {
    const course = catalog.open(courseId);
    const module = course.modules.find((m) => m.id === moduleId);
    if (!module) {
      throw new AppError({
        code: 'NOT_FOUND',
        message: `The course '${courseId}' has no module '${moduleId}'.`,
        hint: 'Open the course again; the module may have been removed.',
        params: { courseId, moduleId },
      });
    }
    return { course, module };
  }

  return {
    'app/info': () => core.info(),
    'settings/get': () => settings.get(),
    'settings/set': (args) => settings.set(args),
    'course/list': () => catalog.list(),
    'course/get': ({ courseId }) => outline(catalog.open(courseId)),

    'learner/list': () => learners.list(),
    'learner/create': ({ name, pin }) => learners.create(name, pin),
    'learner/rename': ({ id, name, session, pin }) => {
      sessions.authorize(id, session, pin);
      return learners.rename(id, name);
    },
    'learner/delete': ({ id, session, pin }) => {
      sessions.authorize(id, session, pin);
      learners.remove(id);
      sessions.closeAllOf(id);
      if (settings.get().lastLearnerId === id) settings.set({ lastLearnerId: null });
      return { deleted: true as const };
    },
    'learner/open': ({ id, pin }) => {
      const session = sessions.open(id, pin);
      return { session, learner: learners.get(id) };
    },
    'learner/close': ({ session }) => {
      sessions.close(session);
      return { closed: true as const };
    },
    'learner/set-pin': ({ session, pin }) => {
      const id = sessions.learnerOf(session);
      learners.setPin(id, pin);
      return learners.get(id);
    },
    'learner/export': ({ session }) => {
      const id = sessions.learnerOf(session);
      const courses = catalog
        .list()
        .filter((c) => c.status === 'ok')
        .map((c) => catalog.open(c.id));
      return exportLearner(core.db, learners.get(id), courses);
    },

    'player/launch': ({ session, courseId, moduleId, fresh }) => {
      const learnerId = sessions.learnerOf(session);
      moduleOf(courseId, moduleId);
      const row = attempts.launch(learnerId, courseId, moduleId, fresh);
      learners.touch(learnerId);
      return {
        attemptId: row.id,
        attemptNumber: row.number,
        scoUrl: scoUrl(courseId, moduleId),
        cmi: attempts.cmiForLaunch(row, learners.get(learnerId)),
        commitSeq: row.commit_seq,
        launchId: row.launch_id,
      };
    },
    'progress/commit': ({ session, attemptId, launchId, seq, cmi, terminate }) => {
      const learnerId = sessions.learnerOf(session);
      const attempt = attempts.get(attemptId);
      if (attempt.learner_id !== learnerId) {
        throw new AppError({ code: 'NOT_FOUND', message: `There is no attempt ${attemptId} for this profile.` });
      }
      const { module } = moduleOf(attempt.course_id, attempt.module_id);
      const { row } = attempts.commit(attemptId, launchId, seq, cmi, module);
      if (terminate) learners.touch(learnerId);
      return { saved: true as const, seq: row.commit_seq, completion: row.completion, success: row.success };
    },
    'progress/dashboard': ({ session, courseId }) => {
      const learnerId = sessions.learnerOf(session);
      return core.dashboards.dashboard(learnerId, catalog.open(courseId));
    },
    'scorm/export': (request) => writePackage(core, request),
    // Only the desktop shell can open a file manager; it replaces this handler (electron/main).
    'app/show-item': () => ({ shown: false }),
  };
}
