import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, OpenedLearner } from '../../../electron/core/contract';
import { call } from '../client';
import { ErrorNotice, errorData } from './ErrorNotice';
import { PIN_PATTERN, PinField } from './PinField';
import { TextField } from './TextField';

interface Props {
  submitLabel: string;
  /** Core signs a new profile in at once: its creator just chose the PIN. */
  onCreated(opened: OpenedLearner): void;
  onCancel?(): void;
}

export function ProfileForm({ submitLabel, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [repeatError, setRepeatError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setNameError(name.trim() ? null : t('form.required'));
    setPinError(pin && !PIN_PATTERN.test(pin) ? t('form.pinFormat') : null);
    setRepeatError(pin && PIN_PATTERN.test(pin) && pin !== repeat ? t('pin.mismatch') : null);
    if (!name.trim() || (pin && (!PIN_PATTERN.test(pin) || pin !== repeat))) return;
    setBusy(true);
    try {
      onCreated(await call('learner/create', { name: name.trim(), pin: pin || undefined }));
    } catch (err) {
      setError(errorData(err));
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
      <PinField label={t('firstRun.pinLabel')} help={t('firstRun.pinHelp')} error={pinError} value={pin} onChange={setPin} autoComplete="new-password" />
      <PinField label={t('firstRun.pinRepeatLabel')} help={t('pin.forgotten')} error={repeatError} value={repeat} onChange={setRepeat} autoComplete="new-password" />
      <div className="actions">
        <button type="submit" className="btn btn-primary" aria-disabled={busy || undefined} disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            {t('profiles.cancel')}
          </button>
        ) : null}
      </div>
      <p role="status" className="status-line">
        {busy ? t('firstRun.creating') : ''}
      </p>
    </form>
  );
}
