import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../electron/core/contract';
import { ErrorNotice } from './ErrorNotice';
import { PinField } from './PinField';

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
  const [pin, setPin] = useState('');
  const [missing, setMissing] = useState(false);
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
        <PinField
          label={t('pin.label')}
          help={t('pin.forgotten')}
          error={missing ? t('pin.required') : null}
          className="input pin-input"
          value={pin}
          onChange={setPin}
          autoFocus
        />
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
