import { useRef, useState } from 'react';
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
  // The tick as the trainer set it, shown at once; core's answer then confirms it (or the tick goes back).
  const [intended, setIntended] = useState<Record<string, boolean>>({});
  const sending = useRef(new Map<string, boolean>());
  const closed = training.status === 'closed';

  async function send(participantId: string, present: boolean) {
    sending.current.set(participantId, present);
    try {
      const saved = await call('training/attendance', { id: training.id, participantId, present, teacher });
      const wanted = wantedNow.current[participantId];
      sending.current.delete(participantId);
      // Ticked again while this one was on its way: the last tick is sent too, one at a time.
      if (wanted !== undefined && wanted !== present) return void send(participantId, wanted);
      setIntended(({ [participantId]: _, ...rest }) => rest);
      onChanged(saved);
    } catch (e) {
      sending.current.delete(participantId);
      setIntended(({ [participantId]: _, ...rest }) => rest);
      setError(lecturerError(e));
    }
  }

  const wantedNow = useRef(intended);
  wantedNow.current = intended;

  function mark(participantId: string, present: boolean) {
    setError(null);
    setIntended((now) => ({ ...now, [participantId]: present }));
    wantedNow.current = { ...wantedNow.current, [participantId]: present };
    if (!sending.current.has(participantId)) void send(participantId, present);
  }

  const isPresent = (p: Training['participants'][number]) => intended[p.id] ?? p.present;
  const present = training.participants.filter(isPresent).length;
  return (
    <section className="card stack" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('training.attendanceTitle')}</h2>
      {!closed ? <p className="muted">{t('training.attendanceHelp')}</p> : null}
      {training.participants.length === 0 ? <p>{t('training.noParticipants')}</p> : null}
      <ul className="attendance-list">
        {training.participants.map((p) => (
          <li key={p.id}>
            <input type="checkbox" id={`present-${p.id}`} checked={isPresent(p)} disabled={closed} onChange={(e) => mark(p.id, e.target.checked)} />
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
