import type { ChecklistSummary, CourseDocument, RatingAt } from '../contract';
import { blocksOf } from '../../shared/sco-state';
import type { Db } from './database';

/**
 * The dashboard's history queries: every rating a learner gave (migration 6 keeps them) and each session's
 * time with its date. Always by learner id and course: the dashboard shows the signed-in learner's own data only.
 */
export function createHistoryQueries(db: Db) {
  const ratingRows = db.prepare<[string, string], { module_id: string; item_id: string; rating: number; rated_at: string }>(
    `SELECT a.module_id, h.item_id, h.rating, h.rated_at
       FROM checklist_rating_history h JOIN attempts a ON a.id = h.attempt_id
      WHERE a.learner_id = ? AND a.course_id = ?
      ORDER BY a.number, h.id`,
  );
  const sessionRows = db.prepare<[string, string, string], { startedAt: string; seconds: number }>(
    `SELECT s.started_at AS startedAt, s.seconds
       FROM study_sessions s JOIN attempts a ON a.id = s.attempt_id
      WHERE a.learner_id = ? AND a.course_id = ? AND s.started_at >= ?`,
  );

  return {
    /** Ratings per `moduleId/itemId`, oldest first, over all attempts. */
    ratings(learnerId: string, courseId: string): Map<string, RatingAt[]> {
      const out = new Map<string, RatingAt[]>();
      for (const r of ratingRows.iterate(learnerId, courseId)) {
        const key = `${r.module_id}/${r.item_id}`;
        const list = out.get(key) ?? [];
        // A new attempt starts its own history; the same rating given again there is no change.
        if (list[list.length - 1]?.rating !== r.rating) list.push({ rating: r.rating, at: r.rated_at });
        out.set(key, list);
      }
      return out;
    },
    sessionsSince(learnerId: string, courseId: string, since: Date) {
      return sessionRows.all(learnerId, courseId, since.toISOString());
    },
  };
}

/** Each kijkwijzer of the course with its items' first and latest ratings. */
export function checklistSummaries(course: CourseDocument, ratings: Map<string, RatingAt[]>): ChecklistSummary[] {
  return course.modules.flatMap((m) =>
    blocksOf(m, 'checklist').map((c) => ({
      moduleId: m.id,
      moduleTitle: m.title,
      checklistId: c.id,
      title: c.title,
      levers: m.levers,
      scale: c.scale,
      items: c.items.map((item) => {
        const list = ratings.get(`${m.id}/${item.id}`) ?? [];
        return { itemId: item.id, text: item.text, first: list[0] ?? null, latest: list[list.length - 1] ?? null, ratings: list.length };
      }),
    })),
  );
}

/** The first line with text: how a learner recognises what they wrote (the prompt is the course's, not theirs). */
export function firstLineOf(text: string | undefined): string | null {
  const line = text?.split(/\r?\n/).find((l) => l.trim() !== '');
  return line ? line.trim() : null;
}
