import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary } from '../../../electron/core/contract';
import { call } from '../client';
import { ErrorNotice, errorData } from './ErrorNotice';
import { TextField } from './TextField';

interface Props {
  submitLabel: string;
  onCreated(learner: LearnerSummary): void;
  onCancel?(): void;
}

export function ProfileForm({ submitLabel, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!name.trim()) {
      setNameError(t('form.required'));
      return;
    }
    setNameError(null);
    if (pin && !/^\d{4,8}$/.test(pin)) {
      setPinError(t('form.pinFormat'));
      return;
    }
    setPinError(null);
    setBusy(true);
    try {
      onCreated(await call('learner/create', { name: name.trim(), pin: pin || undefined }));
    } catch (err) {
      setError(errorData(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorNotice error={error} />
      <TextField
        label={t('firstRun.nameLabel')}
        help={t('firstRun.nameHelp')}
        error={nameError}
        value={name}
        maxLength={40}
        autoComplete="nickname"
        onChange={(e) => setName(e.target.value)}
        autoFocus
      />
      <TextField
        label={t('firstRun.pinLabel')}
        help={t('firstRun.pinHelp')}
        error={pinError}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        maxLength={8}
        value={pin}
        onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
      />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            {t('profiles.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
