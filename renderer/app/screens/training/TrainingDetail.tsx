import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Training } from '../../../../electron/core/contract';
import { call } from '../../client';
import { TrainingError } from './TrainingError';
import { lecturerError } from '../../lecturer-mode';
import { href, navigate } from '../../router';
import { useDateFormat } from '../dashboard/dates';
import { Modal } from '../package/Modal';
import { Attendance } from './Attendance';
import { CloseSession } from './CloseSession';
import { TrainingExports } from './TrainingExports';
import { useTrainingCall } from './use-training-call';
import './training.css';

/** `#/training/<id>`: one session: its modules to present, attendance, closing and the files for the school. */
export function TrainingDetail({ trainingId, teacher }: { trainingId: string; teacher: string | undefined }) {
  const { t } = useTranslation();
  const loaded = useTrainingCall('training/get', { id: trainingId, teacher });
  const [training, setTraining] = useState<Training | null>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => setTraining(loaded.data), [loaded.data]);

  if (loaded.error) return <TrainingError error={loaded.error} />;
  if (!training) return <p role="status">{t('app.loading')}</p>;
  return (
    <Detail
      training={training}
      teacher={teacher}
      notice={notice}
      onChanged={setTraining}
      onClosed={(closed) => {
        setTraining(closed);
        setNotice(t('training.closed'));
      }}
    />
  );
}

interface DetailProps {
  training: Training;
  teacher: string | undefined;
  notice: string;
  onChanged(training: Training): void;
  onClosed(training: Training): void;
}

function Detail({ training, teacher, notice, onChanged, onClosed }: DetailProps) {
  const { t } = useTranslation();
  const { dayLong, date } = useDateFormat();
  const open = training.status === 'open';
  return (
    <section aria-labelledby="training-title" className="stack">
      <p>
        <a href={href({ name: 'trainings' })}>← {t('training.toList')}</a>
      </p>
      <div className="page-heading">
        <h1 id="training-title">{training.title}</h1>
        {open ? (
          <a className="btn btn-secondary" href={href({ name: 'training-edit', trainingId: training.id })}>
            {t('training.edit')}
          </a>
        ) : null}
      </div>
      <p className="lead">{t('training.facts', { date: dayLong(training.date), place: training.place, trainer: training.trainer })}</p>
      <p role="status" className="status-line notice notice-success">
        {notice}
      </p>
      {training.closedAt ? <p className="notice notice-info">{t('training.closedOn', { date: date(training.closedAt) })}</p> : null}

      <section className="card stack" aria-labelledby="modules-title">
        <h2 id="modules-title">{t('training.modulesTitle')}</h2>
        <ul className="module-list">
          {training.modules.map((m) => (
            <li key={m.id} className="module-head">
              <span>
                {m.title} <span className="muted">· {t('training.minutes', { minutes: m.minutes })}</span>
              </span>
              <a className="btn btn-primary" href={href({ name: 'training-present', trainingId: training.id, moduleId: m.id })} aria-label={t('training.presentModule', { title: m.title })}>
                {t('training.present')}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <Attendance training={training} teacher={teacher} onChanged={onChanged} />
      {open ? <CloseSession training={training} teacher={teacher} onClosed={onClosed} /> : null}
      <TrainingExports training={training} teacher={teacher} />
      <DeleteSession training={training} teacher={teacher} />
    </section>
  );
}

function DeleteSession({ training, teacher }: { training: Training; teacher: string | undefined }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  async function remove() {
    try {
      await call('training/delete', { id: training.id, teacher });
      navigate({ name: 'trainings' });
    } catch (e) {
      setError(lecturerError(e));
    }
  }
  return (
    <div className="actions">
      <button type="button" className="btn btn-ghost danger-text" onClick={() => setAsking(true)}>
        {t('training.delete')}
      </button>
      <Modal open={asking} labelledBy="delete-training-title" onCancel={() => setAsking(false)}>
        <h2 id="delete-training-title">{t('training.deleteConfirmTitle', { title: training.title })}</h2>
        <p>{t('training.deleteConfirmBody')}</p>
        <TrainingError error={error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-ghost" onClick={() => setAsking(false)}>
            {t('training.cancel')}
          </button>
          <button type="button" className="btn btn-danger" onClick={() => void remove()}>
            {t('training.deleteConfirm')}
          </button>
        </div>
      </Modal>
    </div>
  );
}
