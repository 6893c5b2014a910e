import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, TeacherStatus, TeacherUnlock } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { lecturerError } from '../../lecturer-mode';
import { TextField } from '../../components/TextField';
import { PinForm } from '../profiles/PinForm';
import { AutoBackupCard } from './AutoBackupCard';
import { BackupCard } from './BackupCard';
import { LearnerImportCard } from './LearnerImportCard';
import { RestoreCard } from './RestoreCard';

interface Props {
  status: TeacherStatus;
  teacher: string | null;
  onStatus(status: TeacherStatus): void;
  onUnlocked(unlocked: TeacherUnlock): void;
  /** The profiles changed (a learner was brought in from another computer). */
  onChanged(): Promise<void>;
}

/** Settings of this computer: the idle time, the teacher PIN, backups and their restore, and learners from other computers. */
export function ComputerSettings({ status, teacher, onStatus, onUnlocked, onChanged }: Props) {
  const { t } = useTranslation();
  const { min, max } = status.idleLimits;
  const [minutes, setMinutes] = useState(String(status.idleMinutes));
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);

  async function saveIdle(e: FormEvent) {
    e.preventDefault();
    const n = Number(minutes);
    const ok = minutes.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
    setMinutesError(ok ? null : t('lecturer.idleInvalid', { min, max }));
    if (!ok) return;
    try {
      setError(null);
      onStatus(await call('teacher/settings', { teacher: teacher ?? undefined, idleMinutes: n }));
      setMessage(t('lecturer.idleSaved', { minutes: n }));
    } catch (err) {
      setError(lecturerError(err));
    }
  }

  async function savePin(pin: string | null, currentPin: string | undefined) {
    try {
      setError(null);
      const next = await call('teacher/set-pin', { currentPin, pin });
      // The teacher just typed the new PIN twice: lecturer mode stays open instead of asking it again.
      if (pin) onUnlocked(await call('teacher/unlock', { pin }));
      onStatus(next);
      setMessage(pin ? t('lecturer.teacherPinSaved') : t('lecturer.teacherPinRemoved'));
    } catch (err) {
      setError(lecturerError(err));
    }
  }

  return (
    <div className="stack">
      <p role="status" className="status-line">
        {message}
      </p>
      <ErrorNotice error={error} />
      <form onSubmit={(e) => void saveIdle(e)} noValidate className="card stack">
        <TextField
          label={t('lecturer.idleLabel')}
          help={t('lecturer.idleHelp', { min, max })}
          error={minutesError}
          className="input narrow-input"
          inputMode="numeric"
          value={minutes}
          onChange={(e) => setMinutes(e.target.value.replace(/\D/g, '').slice(0, 3))}
        />
        <div className="actions">
          <button type="submit" className="btn btn-primary">
            {t('profiles.save')}
          </button>
        </div>
      </form>
      <div className="card stack">
        <h3>{t('lecturer.teacherPin')}</h3>
        <p className="muted">{t('lecturer.teacherPinHelp')}</p>
        <PinForm
          key={String(status.hasPin)}
          hasPin={status.hasPin}
          currentLabel={t('lecturer.currentTeacherPin')}
          removeLabel={t('lecturer.removeTeacherPin')}
          newHelp={t('form.pinFormat')}
          autoFocus={false}
          onSave={savePin}
        />
      </div>
      <BackupCard teacher={teacher} />
      <AutoBackupCard teacher={teacher} />
      <RestoreCard teacher={teacher} />
      <LearnerImportCard teacher={teacher} onImported={onChanged} />
    </div>
  );
}
