// @vitest-environment happy-dom
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../../../../electron/core/contract/course';
import type { ScoPackage } from '../../../../../electron/core/contract/sco';
import { loadCourse } from '../../../../../electron/core/course';
import { APP_TREE_EDITION } from '../../../../../electron/core/app/sco-trees';
import { normalizeCommit } from '../../../../../electron/core/progress/normalize';
import { courseScoPackageFor, modulePackagesFor } from '../../../../../electron/core/scorm/course-sco';
import { scoPackageFor } from '../../../../../electron/core/scorm/sco-package';
import { openModule } from '../../../../../renderer/sco/course/course-actions';
import type { QuizAnswer } from '../../../../../renderer/sco/state/codec';
import { REAL_COURSE } from '../../../../helpers/core/course/fixtures';
import { closeCourse, launchCourse, stopCourses } from '../../../../helpers/renderer/sco/course/course-launch';
import { closePage, flatCmi, launch, lmsApi, stopAll, track, update } from '../../../../helpers/renderer/sco/render';
import { playQuiz, visitAll } from '../../../../helpers/renderer/sco/quiz-fixture';

afterEach(() => {
  stopAll();
  stopCourses();
});

const { course } = loadCourse(REAL_COURSE);

/** A partly right answer to every question: one wrong choice, one of several right options, two pairs or steps swapped. */
function partlyRight(q: Question): QuizAnswer {
  switch (q.type) {
    case 'single':
      return q.options.find((o) => !o.correct)!.id;
    case 'multiple':
      return q.options.find((o) => o.correct)!.id;
    case 'truefalse':
      return q.answer ? 1 : 0;
    case 'matching':
      return q.pairs.map((_, i) => (i < 2 ? 1 - i : i));
    case 'ordering':
      return q.items.map((_, i) => (i < 2 ? 1 - i : i));
  }
}

function answersFor(pkg: ScoPackage): Record<string, QuizAnswer> {
  const quiz = pkg.module.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'quiz')!;
  return Object.fromEntries(quiz.questions.map((q) => [q.id, partlyRight(q)]));
}

/** The learner's play: every section seen, the quiz finished, through the SCO runtime's own state changes. */
const play = (pkg: ScoPackage) => (s: Parameters<ReturnType<typeof visitAll>>[0]) => playQuiz(pkg, answersFor(pkg))(visitAll(pkg)(s));

/** The app: the module as the app's trees serve it, its commit as core stores it, the score as the dashboard shows it. */
async function appScore(moduleId: string): Promise<number> {
  const pkg = scoPackageFor(course!, moduleId, { edition: APP_TREE_EDITION, reflections: 'lms' });
  const api = lmsApi('scorm2004');
  const l = track(await launch(pkg, { api }));
  await update(l, play(pkg));
  await closePage(l);
  const scaled = normalizeCommit(api.renderCommitCMI(true) as never, pkg.module).scoreScaled;
  return Math.round(scaled! * 100);
}

/** An exported single-module SCO (private reflections, the export's default): the raw score the LMS records. */
async function exportScore(moduleId: string, edition: 'scorm12' | 'scorm2004'): Promise<number> {
  const [pkg] = modulePackagesFor(course!, [moduleId], { edition, reflections: 'private' });
  const api = lmsApi(edition);
  const l = track(await launch(pkg!, { api }));
  await update(l, play(pkg!));
  await closePage(l);
  return Number(flatCmi(api)[edition === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw']);
}

/** The exported course SCO with this one module: its course score is that module's score. */
async function courseScoScore(moduleId: string, edition: 'scorm12' | 'scorm2004'): Promise<number> {
  const pkg = courseScoPackageFor(course!, [moduleId], { edition, reflections: 'private' });
  const api = lmsApi(edition);
  const l = await launchCourse(pkg, { api });
  const modulePkg = pkg.modules[0]!;
  await act(async () =>
    l.sco.store.update((state) => {
      const opened = openModule(pkg, state, 0);
      return { ...opened, s: { ...opened.s, [moduleId]: play(modulePkg)(opened.s[moduleId]!) } };
    }),
  );
  await closeCourse(l);
  return Number(flatCmi(api)[edition === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw']);
}

describe('the exported SCO reports the score the app shows, for the same answers', () => {
  it.each(['welkom', 'transities', 'hefboom-expressie'])('module %s, partly right', async (moduleId) => {
    const app = await appScore(moduleId);
    // Partial credit is in play: these quizzes have five questions, so all or nothing gives a multiple of 20.
    expect(app % 20).not.toBe(0);
    expect(await exportScore(moduleId, 'scorm12')).toBe(app);
    expect(await exportScore(moduleId, 'scorm2004')).toBe(app);
    expect(await courseScoScore(moduleId, 'scorm12')).toBe(app);
    expect(await courseScoScore(moduleId, 'scorm2004')).toBe(app);
  });
});
