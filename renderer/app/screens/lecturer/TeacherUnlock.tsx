import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, TeacherUnlock as Unlocked } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice, errorData } from '../../components/ErrorNotice';
import { PinField } from '../../components/PinField';

/** Opens lecturer mode with the teacher PIN (core counts wrong PINs and locks like a learner's). */
export function TeacherUnlock({ onUnlocked }: { onUnlocked(unlocked: Unlocked): void }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setPinError(pin ? null : t('pin.required'));
    if (!pin) return;
    try {
      onUnlocked(await call('teacher/unlock', { pin }));
    } catch (err) {
      setPin('');
      setError(errorData(err));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card stack">
      <p>{t('lecturer.locked')}</p>
      <ErrorNotice error={error} />
      <PinField label={t('lecturer.pinLabel')} error={pinError} value={pin} onChange={setPin} autoFocus />
      <div className="actions">
        <button type="submit" className="btn btn-primary">
          {t('lecturer.unlock')}
        </button>
      </div>
    </form>
  );
}
