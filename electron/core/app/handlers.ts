import type { CourseDocument, CourseOutline } from '../contract';
import { blocksOf } from '../../shared/sco-state';
import { launchUrls } from './content-site';
import { AppError } from '../errors';
import { packageIdOfKey } from '../progress/package-attempts';
import { createProfileHandlers } from './profile-handlers';
import { createPackageHandlers } from './package-handlers';
import { createTransferHandlers } from './transfer-handlers';
import { createReportHandlers } from './report-handlers';
import { createPortfolioHandlers } from './portfolio-handlers';
import { createTrainingHandlers } from './training-handlers';
import { packagingAdvice, writePackage } from './export';
import { writeBackup } from './backup-file';
import { createBackupHandlers } from './backup-handlers';
import type { Handlers } from './handler-types';
import type { Core } from './services';

export type { CallContext, Handlers } from './handler-types';

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
  const { learners, catalog, sessions, attempts } = core;

  /** `lookup`: `catalog.open` re-reads the course folder (an author's fix shows); `catalog.cached` does not. */
  function moduleOf(courseId: string, moduleId: string, lookup: (courseId: string) => CourseDocument = catalog.open) {
    const course = lookup(courseId);
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
    ...createProfileHandlers(core),
    ...createPackageHandlers(core),
    ...createTransferHandlers(core),
    ...createReportHandlers(core),
    ...createBackupHandlers(core),
    ...createPortfolioHandlers(core),
    ...createTrainingHandlers(core),
    'course/list': () => catalog.list(),
    'course/get': ({ courseId }) => outline(catalog.open(courseId)),

    'player/launch': ({ session, courseId, moduleId, fresh }) => {
      const learnerId = sessions.learnerOf(session);
      moduleOf(courseId, moduleId);
      const row = attempts.launch(learnerId, courseId, moduleId, fresh);
      learners.touch(learnerId);
      return {
        attemptId: row.id,
        attemptNumber: row.number,
        ...launchUrls(core.contentOrigin, courseId, moduleId),
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
      // An imported package's SCO commits in its own edition's shape (package-service.ts).
      const packageId = packageIdOfKey(attempt.course_id);
      const { row } =
        packageId !== null
          ? core.packages.commit(attempt, packageId, launchId, seq, cmi)
          : // Commits come every few seconds while a learner plays: use the course as launched, never re-walk its folder.
            attempts.commit(attemptId, launchId, seq, cmi, moduleOf(attempt.course_id, attempt.module_id, catalog.cached).module);
      if (terminate) learners.touch(learnerId);
      return { saved: true as const, seq: row.commit_seq, completion: row.completion, success: row.success };
    },
    'progress/dashboard': ({ session, courseId }) => {
      const learnerId = sessions.learnerOf(session);
      return core.dashboards.dashboard(learnerId, catalog.open(courseId));
    },
    'scorm/export': ({ teacher, ...request }) => {
      // Export is a lecturer tool: once a teacher PIN is set, only lecturer mode may make packages.
      core.teacher.requireIfSet(teacher);
      return writePackage(core, request);
    },
    // Advice only reads the course, which every profile may open: no lecturer mode needed.
    'scorm/packaging-advice': (request) => packagingAdvice(core, request),
    'backup/create': ({ teacher }) => {
      // A backup holds every profile's work: a lecturer tool once a teacher PIN is set.
      core.teacher.requireIfSet(teacher);
      return writeBackup(core);
    },
    // Only the desktop shell can open a file manager; it replaces this handler (electron/main).
    'app/show-item': () => ({ shown: false }),
    // Only the desktop shell can open a second window; in a browser the page opens the notes itself.
    'app/open-presenter-notes': () => ({ opened: false, otherScreen: false }),
  };
}
