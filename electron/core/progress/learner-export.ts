import type { CourseDocument, LearnerExport } from '../contract';
import { blocksOf } from '../../shared/sco-state';
import { reflectionWritten } from '../../shared/progress-rules';
import type { Db } from './database';

interface Row {
  course_id: string;
  module_id: string;
  number: number;
  completion: string;
  success: string;
  score_scaled: number | null;
  time_s: number;
  updated_at: string;
}

/**
 * Everything Leerpad keeps about one learner, as Markdown to read and JSON to keep, offered before
 * a profile is deleted: reflections are the learner's own writing and must never be lost unasked.
 */
/** Titles for attempts that are not on a course module (an imported package's SCOs); undefined when unknown. */
export type AttemptTitles = (courseId: string, moduleId: string) => { course: string; module: string } | undefined;

export function exportLearner(db: Db, learner: { id: string; name: string }, courses: CourseDocument[], otherTitles: AttemptTitles = () => undefined): LearnerExport {
  const attempts = db
    .prepare<[string], Row>(
      `SELECT course_id, module_id, number, completion, success, score_scaled, time_base_s + time_session_s AS time_s, updated_at
         FROM attempts WHERE learner_id = ? ORDER BY course_id, module_id, number`,
    )
    .all(learner.id);
  const reflections = db
    .prepare<[string], { course_id: string; module_id: string; number: number; reflection_id: string; text: string; updated_at: string }>(
      `SELECT a.course_id, a.module_id, a.number, r.reflection_id, r.text, r.updated_at
         FROM reflections r JOIN attempts a ON a.id = r.attempt_id WHERE a.learner_id = ? ORDER BY a.course_id, a.module_id, a.number`,
    )
    .all(learner.id);
  // Kept when a learner moved between computers and wrote the same reflection on both (transfer-merge.ts).
  const versions = db
    .prepare<[string], { course_id: string; module_id: string; number: number; reflection_id: string; text: string; written_at: string }>(
      `SELECT a.course_id, a.module_id, a.number, v.reflection_id, v.text, v.written_at
         FROM reflection_versions v JOIN attempts a ON a.id = v.attempt_id WHERE a.learner_id = ? ORDER BY v.written_at`,
    )
    .all(learner.id);
  const ratings = db
    .prepare<[string], { course_id: string; module_id: string; number: number; item_id: string; rating: number; note: string | null }>(
      `SELECT a.course_id, a.module_id, a.number, c.item_id, c.rating, c.note
         FROM checklist_ratings c JOIN attempts a ON a.id = c.attempt_id WHERE a.learner_id = ? ORDER BY a.course_id, a.module_id, a.number`,
    )
    .all(learner.id);

  const moduleOf = (courseId: string, moduleId: string) => courses.find((c) => c.id === courseId)?.modules.find((m) => m.id === moduleId);
  const md: string[] = [`# Leerpad — ${learner.name}`, '', `Export: ${new Date().toISOString()}`, ''];
  for (const a of attempts) {
    const m = moduleOf(a.course_id, a.module_id);
    const other = m ? undefined : otherTitles(a.course_id, a.module_id);
    md.push(`## ${m?.title ?? other?.module ?? a.module_id} (${other?.course ?? a.course_id}, poging ${a.number})`, '');
    md.push(`- Status: ${a.completion}${a.success !== 'unknown' ? `, ${a.success}` : ''}`);
    if (a.score_scaled !== null) md.push(`- Score: ${Math.round(a.score_scaled * 100)} %`);
    md.push(`- Tijd: ${Math.round(a.time_s / 60)} min`, '');
    for (const r of reflections.filter((x) => x.module_id === a.module_id && x.course_id === a.course_id && x.number === a.number)) {
      const block = m ? blocksOf(m, 'reflection').find((b) => b.id === r.reflection_id) : undefined;
      md.push(`### Reflectie: ${block?.promptText ?? r.reflection_id}`, '', r.text, '');
      // Kept in full, but said as the app says it: below its minimum it does not count as written yet (issue 11).
      if (block && !reflectionWritten(r.text, block.minLength)) md.push(`_Nog korter dan ${block.minLength} tekens: telt nog niet als geschreven._`, '');
      for (const v of versions.filter((x) => x.module_id === a.module_id && x.course_id === a.course_id && x.number === a.number && x.reflection_id === r.reflection_id)) {
        md.push(`#### Andere versie (van ${v.written_at.slice(0, 10)})`, '', v.text, '');
      }
    }
    const current = new Set(reflections.filter((x) => x.module_id === a.module_id && x.course_id === a.course_id && x.number === a.number).map((x) => x.reflection_id));
    for (const v of versions.filter((x) => x.module_id === a.module_id && x.course_id === a.course_id && x.number === a.number && !current.has(x.reflection_id))) {
      const block = m ? blocksOf(m, 'reflection').find((b) => b.id === v.reflection_id) : undefined;
      md.push(`### Reflectie: ${block?.promptText ?? v.reflection_id}`, '', `#### Andere versie (van ${v.written_at.slice(0, 10)})`, '', v.text, '');
    }
    const rs = ratings.filter((x) => x.module_id === a.module_id && x.course_id === a.course_id && x.number === a.number);
    if (rs.length) {
      md.push('### Kijkwijzer', '');
      for (const r of rs) {
        const list = m ? blocksOf(m, 'checklist').find((c) => c.items.some((i) => i.id === r.item_id)) : undefined;
        const item = list?.items.find((i) => i.id === r.item_id);
        md.push(`- ${item?.text ?? r.item_id}: **${list?.scale[r.rating] ?? r.rating}**${r.note ? ` — ${r.note}` : ''}`);
      }
      md.push('');
    }
  }
  return {
    fileName: `leerpad-${fileStem(learner.name)}`,
    markdown: md.join('\n'),
    json: JSON.stringify({ learner, exportedAt: new Date().toISOString(), attempts, reflections, reflectionVersions: versions, ratings }, null, 2),
  };
}

/** A learner's name as part of a file name on any system: letters and digits, the rest one dash. */
export function fileStem(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'profiel';
}
