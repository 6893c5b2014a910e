import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_PATTERN, PinField } from '../../components/PinField';

interface Props {
  /** A PIN already set is only changed or removed with it (core asks it too). */
  hasPin: boolean;
  /** Labels for the teacher PIN's form; the learner's own PIN by default. */
  currentLabel?: string;
  removeLabel?: string;
  /** Help under the new PIN; the learner's by default (what a PIN protects). */
  newHelp?: string;
  /** Opened on demand it takes focus; shown as part of a screen (the Teacher settings) it does not. */
  autoFocus?: boolean;
  onSave(pin: string | null, currentPin: string | undefined): Promise<void>;
  onCancel?(): void;
}

/** Sets, changes or removes a PIN: the new one typed twice, the current one when there is one. */
export function PinForm({ hasPin, currentLabel, removeLabel, newHelp, autoFocus = true, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [repeatError, setRepeatError] = useState<string | null>(null);

  function currentOk() {
    const missing = hasPin && !current;
    setCurrentError(missing ? t('pin.required') : null);
    return !missing;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const okCurrent = currentOk();
    setError(PIN_PATTERN.test(pin) ? null : t('form.pinFormat'));
    setRepeatError(PIN_PATTERN.test(pin) && pin !== repeat ? t('pin.mismatch') : null);
    if (!okCurrent || !PIN_PATTERN.test(pin) || pin !== repeat) return;
    void onSave(pin, current || undefined);
  }

  function remove() {
    if (currentOk()) void onSave(null, current || undefined);
  }

  return (
    <form onSubmit={submit} noValidate className="pin-form">
      {hasPin ? <PinField label={currentLabel ?? t('pin.current')} error={currentError} value={current} onChange={setCurrent} autoFocus={autoFocus} /> : null}
      <PinField label={t('pin.new')} help={newHelp ?? t('firstRun.pinHelp')} error={error} value={pin} onChange={setPin} autoComplete="new-password" autoFocus={autoFocus && !hasPin} />
      <PinField label={t('pin.repeat')} error={repeatError} value={repeat} onChange={setRepeat} autoComplete="new-password" />
      <div className="actions">
        <button type="submit" className="btn btn-primary">
          {t('profiles.save')}
        </button>
        {hasPin ? (
          <button type="button" className="btn btn-secondary" onClick={remove}>
            {removeLabel ?? t('pin.remove')}
          </button>
        ) : null}
        {onCancel ? (
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            {t('profiles.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
