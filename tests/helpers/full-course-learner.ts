import path from 'node:path';
import type { CourseDocument } from '../../electron/core/contract';
import { createCatalog } from '../../electron/core/course/catalog';
import { createAttemptStore } from '../../electron/core/progress/attempts';
import { openDatabase } from '../../electron/core/progress/database';
import { createLearnerStore } from '../../electron/core/progress/learners';
import { blocksOf, emptyState, encodeState } from '../../electron/shared/sco-state';
import { cmi2004 } from './course-factory';

export const COURSE_DIR = path.resolve(__dirname, '../../courses');
export const COURSE_ID = 'kleine-kinderen-grote-kansen';

/** A reflection of a real length: a few hundred characters in two paragraphs. */
const reflectionText = (module: string, n: number) =>
  `In de week van ${module} zag ik een kind van drie dat lang bij de waterbak bleef staan. Ik vroeg wat het zag en wachtte. ` +
  `Het kind schepte, goot over en lachte toen het water over de rand liep.\n\nVolgende keer (${n}) leg ik bekers van verschillende grootte klaar ` +
  'en vraag ik welke het eerst vol is. Ik wil ook de ouders vertellen wat hun kind ontdekte.';

/**
 * One learner who worked through every module of the course: each reflection written, each kijkwijzer rated
 * twice (the second time higher, with a note), each quiz finished. Returns the learner's name.
 */
export function seedFullCourse(dataDir: string, name = 'Noor'): { name: string; course: CourseDocument } {
  const course = createCatalog([COURSE_DIR]).open(COURSE_ID);
  const { db } = openDatabase(dataDir);
  try {
    const learner = createLearnerStore(db).create(name);
    const attempts = createAttemptStore(db);
    course.modules.forEach((m, n) => {
      const state = emptyState(m);
      state.seen = '1'.repeat(m.sections.length);
      for (const r of blocksOf(m, 'reflection')) state.r[r.id] = reflectionText(m.title, n);
      const attempt = attempts.launch(learner.id, course.id, m.id);
      for (const [seq, round] of [[1, 0], [2, 1]] as const) {
        for (const c of blocksOf(m, 'checklist')) for (const item of c.items) state.k[item.id] = round ? [Math.min(c.scale.length - 1, 2), 'Gaat nu beter.'] : [0];
        const quiz = blocksOf(m, 'quiz')[0];
        const cmi = cmi2004({
          completion: 'completed',
          success: quiz ? 'passed' : 'unknown',
          scaled: quiz ? 0.8 : undefined,
          suspend: encodeState(state),
          session: 'PT20M',
          interactions: (quiz?.questions ?? []).map((q, i) => ({ id: q.id, type: 'choice', learner_response: 'a', result: i === 0 ? 'incorrect' : 'correct' })),
        });
        attempts.commit(attempt.id, attempt.launch_id, seq, cmi, m);
      }
    });
    return { name, course };
  } finally {
    db.close();
  }
}
