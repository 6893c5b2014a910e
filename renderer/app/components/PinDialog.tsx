import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../electron/core/contract';
import { ErrorNotice } from './ErrorNotice';

interface Props {
  open: boolean;
  name: string;
  error: AppErrorData | null;
  onSubmit(pin: string): void;
  onCancel(): void;
}

/** Asks the PIN of a protected profile before anything of it is shown. */
export function PinDialog({ open, name, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const inputId = useId();
  const [pin, setPin] = useState('');
  const [missing, setMissing] = useState(false);
  const hintId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(!pin);
    if (!pin) return;
    onSubmit(pin);
    setPin('');
  }
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={onCancel}>
      <form onSubmit={submit}>
        <h2 id={titleId}>{t('pin.title', { name })}</h2>
        <ErrorNotice error={missing ? null : error} />
        <div className="field">
          <label htmlFor={inputId}>{t('pin.label')}</label>
          <span id={hintId} className="help">
            {t('pin.forgotten')}
          </span>
          <input
            id={inputId}
            className="input pin-input"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            pattern="[0-9]*"
            maxLength={8}
            value={pin}
            aria-describedby={missing ? `${hintId} ${inputId}-error` : hintId}
            aria-invalid={missing || undefined}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
            autoFocus
          />
          {missing ? (
            <span id={`${inputId}-error`} className="error">
              {t('pin.required')}
            </span>
          ) : null}
        </div>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            {t('profiles.cancel')}
          </button>
          <button type="submit" className="btn btn-primary">
            {t('pin.open')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
