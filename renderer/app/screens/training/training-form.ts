import type { TFunction } from 'i18next';
import type { CallArgs, Training } from '../../../../electron/core/contract';
import { TRAINING_LIMITS as LIMITS } from '../../../../electron/shared/training-limits';

export interface ParticipantDraft {
  /** React's key for the row; `id` is core's, for a participant that already exists. */
  key: string;
  id?: string;
  name: string;
  learnerId: string | null;
}

export interface TrainingDraft {
  title: string;
  date: string;
  place: string;
  trainer: string;
  courseId: string;
  moduleIds: string[];
  participants: ParticipantDraft[];
}

type Field = 'title' | 'date' | 'place' | 'trainer' | 'moduleIds' | 'participants';

export interface FormErrors {
  fields: Partial<Record<Field, string>>;
  /** Per participant row (by key): what is wrong with its name or its profile. */
  rows: Record<string, { name?: string; learnerId?: string }>;
  count: number;
}

let rowCounter = 0;
export const newRowKey = () => `row-${++rowCounter}`;

/** Today as YYYY-MM-DD in the computer's own time zone: a session is held on a local day. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyDraft(courseId: string): TrainingDraft {
  return { title: '', date: today(), place: '', trainer: '', courseId, moduleIds: [], participants: [] };
}

export function draftOf(training: Training): TrainingDraft {
  return {
    title: training.title,
    date: training.date,
    place: training.place,
    trainer: training.trainer,
    courseId: training.courseId,
    moduleIds: [...training.moduleIds],
    participants: training.participants.map((p) => ({ key: newRowKey(), id: p.id, name: p.name, learnerId: p.learnerId })),
  };
}

/**
 * The form's own checks, in the trainer's words and at the field, before core sees anything. Core checks the
 * same rules again (the contract's schemas) and those it alone can (a module that is not in the course).
 */
export function checkDraft(t: TFunction, d: TrainingDraft): FormErrors {
  const fields: FormErrors['fields'] = {};
  const rows: FormErrors['rows'] = {};
  const text = (field: 'title' | 'place' | 'trainer', max: number) => {
    const v = d[field].trim();
    if (!v) fields[field] = t('form.required');
    else if (v.length > max) fields[field] = t('form.tooLong', { max });
  };
  text('title', LIMITS.title);
  text('place', LIMITS.place);
  text('trainer', LIMITS.trainer);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) fields.date = t('training.chooseDate');
  if (d.moduleIds.length === 0) fields.moduleIds = t('training.chooseModule');
  if (d.participants.length > LIMITS.participants) fields.participants = t('training.tooManyParticipants', { max: LIMITS.participants });
  const linked = new Set<string>();
  for (const p of d.participants) {
    const row: { name?: string; learnerId?: string } = {};
    const name = p.name.trim();
    if (!name) row.name = t('form.required');
    else if (name.length > LIMITS.participantName) row.name = t('form.tooLong', { max: LIMITS.participantName });
    if (p.learnerId) {
      if (linked.has(p.learnerId)) row.learnerId = t('training.profileTwice');
      linked.add(p.learnerId);
    }
    if (row.name || row.learnerId) rows[p.key] = row;
  }
  const count = Object.keys(fields).length + Object.values(rows).reduce((n, r) => n + (r.name ? 1 : 0) + (r.learnerId ? 1 : 0), 0);
  return { fields, rows, count };
}

/** The call's fields (trimmed as core would); a row keeps its `id` so its attendance stays. */
export function argsOf(d: TrainingDraft): Omit<CallArgs<'training/create'>, 'teacher'> {
  return {
    title: d.title.trim(),
    date: d.date,
    place: d.place.trim(),
    trainer: d.trainer.trim(),
    courseId: d.courseId,
    moduleIds: d.moduleIds,
    participants: d.participants.map((p) => ({ ...(p.id ? { id: p.id } : {}), name: p.name.trim(), learnerId: p.learnerId })),
  };
}
