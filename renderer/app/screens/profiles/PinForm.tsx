import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';

interface Props {
  hasPin: boolean;
  onSave(pin: string | null): Promise<void>;
  onCancel(): void;
}

export function PinForm({ hasPin, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!/^\d{4,8}$/.test(pin)) return setError(t('form.pinFormat'));
    if (pin !== repeat) return setError(t('pin.mismatch'));
    setError(null);
    void onSave(pin);
  }
  return (
    <form onSubmit={submit} noValidate className="pin-form">
      <p className="muted">{t('firstRun.pinHelp')}</p>
      <TextField label={t('pin.new')} type="password" inputMode="numeric" maxLength={8} value={pin} error={error} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} autoFocus />
      <TextField label={t('pin.repeat')} type="password" inputMode="numeric" maxLength={8} value={repeat} onChange={(e) => setRepeat(e.target.value.replace(/\D/g, ''))} />
      <div className="actions">
        <button type="submit" className="btn btn-primary">
          {t('profiles.save')}
        </button>
        {hasPin ? (
          <button type="button" className="btn btn-secondary" onClick={() => void onSave(null)}>
            {t('pin.remove')}
          </button>
        ) : null}
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          {t('profiles.cancel')}
        </button>
      </div>
    </form>
  );
}
