import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, CourseSummary, LearnerSummary, Training } from '../../../../electron/core/contract';
import { call } from '../../client';
import { TrainingError } from './TrainingError';
import { TextField } from '../../components/TextField';
import { lecturerError } from '../../lecturer-mode';
import { href, navigate } from '../../router';
import { useCall } from '../../use-call';
import { useDateFormat } from '../dashboard/dates';
import { ParticipantRows } from './ParticipantRows';
import { TRAINING_LIMITS as LIMITS } from '../../../../electron/shared/training-limits';
import { argsOf, checkDraft, draftOf, emptyDraft, type FormErrors, type TrainingDraft } from './training-form';
import { useTrainingCall } from './use-training-call';
import './training.css';

interface Props {
  /** Without an id, a new session. */
  trainingId?: string;
  teacher: string | undefined;
  learners: LearnerSummary[];
}

/** `#/trainings/new` and `#/training/<id>/edit`. */
export function TrainingForm({ trainingId, teacher, learners }: Props) {
  const { t } = useTranslation();
  const { data: courses, error } = useCall('course/list', {});
  if (error) return <TrainingError error={error} />;
  if (!courses) return <p role="status">{t('app.loading')}</p>;
  const usable = courses.filter((c) => c.status === 'ok');
  if (usable.length === 0) {
    return (
      <section aria-labelledby="training-form-title" className="stack">
        <h1 id="training-form-title">{trainingId ? t('training.editTitle') : t('training.createTitle')}</h1>
        <p className="notice notice-warning">{t('training.noCourse')}</p>
      </section>
    );
  }
  return trainingId ? <EditLoader trainingId={trainingId} teacher={teacher} learners={learners} courses={usable} /> : <Form teacher={teacher} learners={learners} courses={usable} start={emptyDraft(usable[0]?.id ?? '')} />;
}

function EditLoader({ trainingId, teacher, learners, courses }: { trainingId: string; teacher: string | undefined; learners: LearnerSummary[]; courses: CourseSummary[] }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const { data: training, error } = useTrainingCall('training/get', { id: trainingId, teacher });
  if (error) return <TrainingError error={error} />;
  if (!training) return <p role="status">{t('app.loading')}</p>;
  // A closed session is a record: core refuses changes, so the form is not offered.
  if (training.closedAt) {
    return (
      <section aria-labelledby="training-form-title" className="stack">
        <h1 id="training-form-title">{t('training.editTitle')}</h1>
        <p className="notice notice-info">{t('training.closedOn', { date: date(training.closedAt) })}</p>
        <p>
          <a href={href({ name: 'training', trainingId: training.id })}>← {training.title}</a>
        </p>
      </section>
    );
  }
  return <Form teacher={teacher} learners={learners} courses={courses} start={draftOf(training)} editing={training} />;
}

interface FormProps {
  teacher: string | undefined;
  learners: LearnerSummary[];
  courses: CourseSummary[];
  start: TrainingDraft;
  editing?: Training;
}

const NO_ERRORS: FormErrors = { fields: {}, rows: {}, count: 0 };

function Form({ teacher, learners, courses, start, editing }: FormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(start);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const { data: outline } = useCall('course/get', { courseId: draft.courseId });

  // Once the trainer tried to save, the messages follow the corrections as they are typed.
  useEffect(() => {
    if (checked) setErrors(checkDraft(t, draft));
  }, [checked, draft, t]);

  const change = (c: Partial<TrainingDraft>) => setDraft((d) => ({ ...d, ...c }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setChecked(true);
    const found = checkDraft(t, draft);
    setErrors(found);
    if (found.count > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const saved = editing
        ? await call('training/update', { ...argsOf(draft), id: editing.id, teacher })
        : await call('training/create', { ...argsOf(draft), teacher });
      navigate({ name: 'training', trainingId: saved.id });
    } catch (err) {
      setFailure(lecturerError(err));
      setBusy(false);
    }
  }

  const heading = editing ? t('training.editTitle') : t('training.createTitle');
  const toggleModule = (id: string, on: boolean) =>
    change({ moduleIds: (outline?.modules ?? []).map((m) => m.id).filter((m) => (m === id ? on : draft.moduleIds.includes(m))) });

  return (
    <section aria-labelledby="training-form-title" className="stack">
      <p>
        <a href={editing ? href({ name: 'training', trainingId: editing.id }) : href({ name: 'trainings' })}>← {editing ? editing.title : t('training.toList')}</a>
      </p>
      <h1 id="training-form-title">{heading}</h1>
      <p className="lead">{t('training.formIntro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="card stack">
        <TextField label={t('training.title')} help={t('training.titleHelp')} value={draft.title} maxLength={LIMITS.title} error={errors.fields.title} onChange={(e) => change({ title: e.target.value })} />
        <TextField label={t('training.date')} type="date" value={draft.date} error={errors.fields.date} onChange={(e) => change({ date: e.target.value })} />
        <TextField label={t('training.place')} help={t('training.placeHelp')} value={draft.place} maxLength={LIMITS.place} error={errors.fields.place} onChange={(e) => change({ place: e.target.value })} />
        <TextField label={t('training.trainer')} help={t('training.trainerHelp')} value={draft.trainer} maxLength={LIMITS.trainer} error={errors.fields.trainer} onChange={(e) => change({ trainer: e.target.value })} />
        {courses.length > 1 ? (
          <div className="field">
            <label htmlFor="training-course">{t('training.course')}</label>
            <select id="training-course" className="select" value={draft.courseId} onChange={(e) => change({ courseId: e.target.value, moduleIds: [] })}>
              {courses.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <fieldset className="field module-picker" aria-describedby={errors.fields.moduleIds ? 'training-modules-error' : undefined}>
          <legend>{t('training.modules')}</legend>
          <span className="help">{t('training.modulesHelp')}</span>
          {!outline ? <p role="status">{t('app.loading')}</p> : null}
          <ul className="check-list">
            {outline?.modules.map((m) => (
              <li key={m.id}>
                <input type="checkbox" id={`training-module-${m.id}`} checked={draft.moduleIds.includes(m.id)} onChange={(e) => toggleModule(m.id, e.target.checked)} />
                <label htmlFor={`training-module-${m.id}`}>
                  {m.title} <span className="muted">· {t('training.minutes', { minutes: m.minutes })}</span>
                </label>
              </li>
            ))}
          </ul>
          {errors.fields.moduleIds ? (
            <span id="training-modules-error" className="error">
              {errors.fields.moduleIds}
            </span>
          ) : null}
        </fieldset>
        <ParticipantRows rows={draft.participants} learners={learners} errors={errors.rows} listError={errors.fields.participants} onChange={(participants) => change({ participants })} />
        {errors.count > 0 ? (
          <p className="notice notice-error" role="alert">
            {t('training.formHasErrors', { count: errors.count })}
          </p>
        ) : null}
        <TrainingError error={failure} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('training.saving') : editing ? t('training.saveChanges') : t('training.create')}
          </button>
          <a className="btn btn-ghost" href={editing ? href({ name: 'training', trainingId: editing.id }) : href({ name: 'trainings' })}>
            {t('training.cancel')}
          </a>
        </div>
      </form>
    </section>
  );
}
