// @vitest-environment happy-dom
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../../../../electron/core/contract/course';
import type { ScoPackage } from '../../../../../electron/core/contract/sco';
import { normalizeCommit } from '../../../../../electron/core/progress/normalize';
import { openModule } from '../../../../../renderer/sco/course/course-actions';
import type { QuizAnswer } from '../../../../../renderer/sco/state/codec';
import { courseFixture } from '../../../../helpers/renderer/sco/course/course-fixture';
import { closeCourse, launchCourse, stopCourses } from '../../../../helpers/renderer/sco/course/course-launch';
import { closePage, fixture, flatCmi, launch, lmsApi, stopAll, track, update } from '../../../../helpers/renderer/sco/render';
import { playQuiz, visitAll } from '../../../../helpers/renderer/sco/quiz-fixture';

afterEach(() => {
  stopAll();
  stopCourses();
});

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

/**
 * The app: the module as the app's trees serve it (SCORM 2004, reflections kept: APP_TREE_EDITION and
 * `reflections: 'lms'` in electron/core/app/sco-trees.ts), its commit reduced by core as it stores
 * it, the score rounded as the dashboard shows it (progress/dashboard.ts).
 */
async function appScore(): Promise<number> {
  const pkg = fixture({ edition: 'scorm2004', reflections: 'lms' });
  const api = lmsApi('scorm2004');
  const l = track(await launch(pkg, { api }));
  await update(l, play(pkg));
  await closePage(l);
  const scaled = normalizeCommit(api.renderCommitCMI(true) as never, pkg.module).scoreScaled;
  return Math.round(scaled! * 100);
}

/** An exported module SCO (private reflections, the export's default): the raw score the LMS records. */
async function exportScore(edition: 'scorm12' | 'scorm2004'): Promise<number> {
  const pkg = fixture({ edition, reflections: 'private' });
  const api = lmsApi(edition);
  const l = track(await launch(pkg, { api }));
  await update(l, play(pkg));
  await closePage(l);
  return Number(flatCmi(api)[edition === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw']);
}

/** An exported course SCO holding this one module: its course score is that module's score. */
async function courseScoScore(edition: 'scorm12' | 'scorm2004'): Promise<number> {
  const full = courseFixture({ edition, reflections: 'private' });
  const pkg = { ...full, modules: full.modules.slice(0, 1) };
  const modulePkg = pkg.modules[0]!;
  const api = lmsApi(edition);
  const l = await launchCourse(pkg, { api });
  await act(async () =>
    l.sco.store.update((state) => {
      const opened = openModule(pkg, state, 0);
      const id = modulePkg.module.id;
      return { ...opened, s: { ...opened.s, [id]: play(modulePkg)(opened.s[id]!) } };
    }),
  );
  await closeCourse(l);
  return Number(flatCmi(api)[edition === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw']);
}

describe('the exported SCO reports the score the app shows, for the same answers', () => {
  it('a partly right attempt on every question type: app, module SCO and course SCO, in 1.2 and 2004', async () => {
    const app = await appScore();
    // Partial credit is in play: five questions, so all or nothing gives a multiple of 20.
    expect(app % 20).not.toBe(0);
    expect(await exportScore('scorm12')).toBe(app);
    expect(await exportScore('scorm2004')).toBe(app);
    expect(await courseScoScore('scorm12')).toBe(app);
    expect(await courseScoScore('scorm2004')).toBe(app);
  });
});
