import type { CourseDocument, Dashboard, Portfolio, PortfolioChecklist, PortfolioQuiz, PortfolioReflection, PortfolioReflectionVersion } from '../contract';
import { blocksOf } from '../../shared/sco-state';
import { reflectionWritten } from '../../shared/progress-rules';
import type { Db } from '../progress/database';
import { SCENARIO_RESULT_TYPE } from '../progress/normalize';

interface WrittenRow {
  module_id: string;
  reflection_id: string;
  text: string;
  at: string;
  number: number;
}

/**
 * The learner's portfolio, read from their own rows only (by learner id). Progress, quiz numbers and rating
 * history come from the dashboard (progress/dashboard.ts) so both always agree; what the dashboard leaves
 * out — the texts, earlier versions and notes — is read here.
 */
export function createPortfolioQueries(db: Db, dashboard: (learnerId: string, course: CourseDocument) => Dashboard) {
  // Every text of every attempt: a fresh attempt starts empty, and the text of the earlier one is still the learner's.
  const texts = db.prepare<[string, string], WrittenRow>(
    `SELECT a.module_id, r.reflection_id, r.text, r.updated_at AS at, a.number
       FROM reflections r JOIN attempts a ON a.id = r.attempt_id
      WHERE a.learner_id = ? AND a.course_id = ?
      ORDER BY a.number, r.updated_at`,
  );
  const versions = db.prepare<[string, string], WrittenRow>(
    `SELECT a.module_id, v.reflection_id, v.text, v.written_at AS at, a.number
       FROM reflection_versions v JOIN attempts a ON a.id = v.attempt_id
      WHERE a.learner_id = ? AND a.course_id = ?
      ORDER BY v.written_at`,
  );
  const notes = db.prepare<[string, string], { module_id: string; item_id: string; note: string }>(
    `SELECT a.module_id, c.item_id, c.note
       FROM checklist_ratings c JOIN attempts a ON a.id = c.attempt_id
      WHERE a.learner_id = ? AND a.course_id = ? AND c.note IS NOT NULL AND c.note <> ''
      ORDER BY a.number`,
  );

  // The best finished quiz of all attempts, with its questions right: a fresh attempt does not take a result back.
  const bestQuizzes = db.prepare<[string, string], { module_id: string; score_scaled: number; correct: number; passed_ever: number }>(
    `SELECT a.module_id, a.score_scaled,
            (SELECT COUNT(*) FROM question_results q WHERE q.attempt_id = a.id AND q.result = 'correct' AND q.type <> '${SCENARIO_RESULT_TYPE}') AS correct,
            (SELECT MAX(b.success = 'passed') FROM attempts b
              WHERE b.learner_id = a.learner_id AND b.course_id = a.course_id AND b.module_id = a.module_id) AS passed_ever
       FROM attempts a
      WHERE a.learner_id = ? AND a.course_id = ? AND a.score_scaled IS NOT NULL
      ORDER BY a.module_id, a.score_scaled DESC, a.number DESC`,
  );

  function reflectionsOf(learnerId: string, course: CourseDocument): PortfolioReflection[] {
    const key = (moduleId: string, reflectionId: string) => `${moduleId}/${reflectionId}`;
    const current = new Map<string, WrittenRow>();
    const earlier = new Map<string, PortfolioReflectionVersion[]>();
    const keep = (k: string, v: PortfolioReflectionVersion) => earlier.set(k, [...(earlier.get(k) ?? []), v]);
    for (const row of texts.iterate(learnerId, course.id)) {
      const k = key(row.module_id, row.reflection_id);
      const before = current.get(k);
      // The latest attempt's text is the reflection; a text an earlier attempt holds stays as a version.
      if (before && before.text.trim() !== '') keep(k, { text: before.text, writtenAt: before.at });
      current.set(k, row);
    }
    for (const row of versions.iterate(learnerId, course.id)) keep(key(row.module_id, row.reflection_id), { text: row.text, writtenAt: row.at });

    return course.modules.flatMap((m) =>
      blocksOf(m, 'reflection').flatMap((block): PortfolioReflection[] => {
        const k = key(m.id, block.id);
        const main = current.get(k);
        const text = main?.text ?? '';
        const seen = new Set([text]);
        const kept = (earlier.get(k) ?? [])
          .filter((v) => v.text.trim() !== '' && !seen.has(v.text) && seen.add(v.text))
          .sort((a, b) => (a.writtenAt < b.writtenAt ? -1 : a.writtenAt > b.writtenAt ? 1 : 0));
        if (text.trim() === '' && kept.length === 0) return [];
        return [
          {
            reflectionId: block.id,
            moduleId: m.id,
            moduleTitle: m.title,
            prompt: block.promptText,
            text,
            updatedAt: main?.at ?? null,
            written: reflectionWritten(text, block.minLength),
            versions: kept,
          },
        ];
      }),
    );
  }

  function checklistsOf(learnerId: string, course: CourseDocument, board: Dashboard): PortfolioChecklist[] {
    // The latest attempt's note wins: rows come oldest attempt first.
    const noteOf = new Map(notes.all(learnerId, course.id).map((n) => [`${n.module_id}/${n.item_id}`, n.note]));
    return board.checklists.flatMap((c): PortfolioChecklist[] => {
      const items = c.items
        .filter((i) => i.latest !== null)
        .map((i) => ({
          ...i,
          firstLabel: i.first ? (c.scale[i.first.rating] ?? String(i.first.rating)) : null,
          latestLabel: i.latest ? (c.scale[i.latest.rating] ?? String(i.latest.rating)) : null,
          note: noteOf.get(`${c.moduleId}/${i.itemId}`) ?? null,
        }));
      return items.length ? [{ ...c, items }] : [];
    });
  }

  function quizzesOf(learnerId: string, course: CourseDocument, board: Dashboard): PortfolioQuiz[] {
    const best = new Map<string, { module_id: string; score_scaled: number; correct: number; passed_ever: number }>();
    for (const row of bestQuizzes.iterate(learnerId, course.id)) if (!best.has(row.module_id)) best.set(row.module_id, row);
    return board.modules
      .filter((m) => m.passPercent !== null && m.attempts > 0)
      .map((m) => {
        const b = best.get(m.moduleId);
        const scorePercent = b ? Math.round(b.score_scaled * 100) : m.scorePercent;
        const passed = b ? b.passed_ever === 1 : m.success === 'passed';
        return {
          moduleId: m.moduleId,
          moduleTitle: m.title,
          scorePercent,
          passPercent: m.passPercent,
          passed,
          verdict: passed ? 'passed' : scorePercent === null ? 'not-taken' : 'not-passed',
          questionsCorrect: b ? b.correct : m.questionsCorrect,
          questionsTotal: m.questionsTotal,
          attempts: m.attempts,
        };
      });
  }

  return {
    portfolio(learner: { id: string; name: string }, course: CourseDocument, now = new Date()): Portfolio {
      const board = dashboard(learner.id, course);
      return {
        learnerName: learner.name,
        courseId: course.id,
        courseTitle: course.title,
        generatedAt: now.toISOString(),
        reflections: reflectionsOf(learner.id, course),
        checklists: checklistsOf(learner.id, course, board),
        quizzes: quizzesOf(learner.id, course, board),
        themes: board.themes,
        umbrella: board.umbrella,
        overall: board.overall,
      };
    },
  };
}
