import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Training } from '../../../../electron/core/contract';
import { call } from '../../client';
import { TrainingError } from './TrainingError';
import { lecturerError } from '../../lecturer-mode';

interface Props {
  training: Training;
  teacher: string | undefined;
  onChanged(training: Training): void;
}

/** Who was there: each tick is saved at once (training/attendance); a closed session's list is fixed. */
export function Attendance({ training, teacher, onChanged }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const closed = training.status === 'closed';

  async function mark(participantId: string, present: boolean) {
    setBusy(participantId);
    setError(null);
    try {
      onChanged(await call('training/attendance', { id: training.id, participantId, present, teacher }));
    } catch (e) {
      setError(lecturerError(e));
    } finally {
      setBusy(null);
    }
  }

  const present = training.participants.filter((p) => p.present).length;
  return (
    <section className="card stack" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('training.attendanceTitle')}</h2>
      {!closed ? <p className="muted">{t('training.attendanceHelp')}</p> : null}
      {training.participants.length === 0 ? <p>{t('training.noParticipants')}</p> : null}
      <ul className="attendance-list">
        {training.participants.map((p) => (
          <li key={p.id}>
            <input type="checkbox" id={`present-${p.id}`} checked={p.present} disabled={closed || busy === p.id} onChange={(e) => void mark(p.id, e.target.checked)} />
            <label htmlFor={`present-${p.id}`}>{t('training.wasPresent', { name: p.name })}</label>
            {p.learnerId ? <span className="muted">({p.learnerName ? t('training.linkedTo', { name: p.learnerName }) : t('training.linkGone')})</span> : null}
          </li>
        ))}
      </ul>
      <p role="status">{t('training.presentCount', { count: present, total: training.participants.length })}</p>
      <TrainingError error={error} />
    </section>
  );
}
