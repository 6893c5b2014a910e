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
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit(pin);
    setPin('');
  }
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={onCancel}>
      <form onSubmit={submit}>
        <h2 id={titleId}>{t('pin.title', { name })}</h2>
        <ErrorNotice error={error} />
        <div className="field">
          <label htmlFor={inputId}>{t('pin.label')}</label>
          <input
            id={inputId}
            className="input pin-input"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            pattern="[0-9]*"
            maxLength={8}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
            autoFocus
          />
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
