import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice, errorData } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';

interface Props {
  learner: LearnerSummary;
  /** The learner's own open session, when they delete their own profile. */
  session: string | null;
  onConfirm(pin: string | undefined): Promise<void>;
  onCancel(): void;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Says exactly what will be erased and offers the learner's own data first: reflections are
 * their writing, and a deleted profile cannot be brought back.
 */
export function DeleteProfileDialog({ learner, session, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const [saved, setSaved] = useState(false);
  const needsPin = learner.hasPin && !session;

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  async function exportData() {
    try {
      const token = session ?? (await call('learner/open', { id: learner.id, pin: needsPin ? pin : undefined })).session;
      const data = await call('learner/export', { session: token });
      download(`${data.fileName}.md`, 'text/markdown', data.markdown);
      download(`${data.fileName}.json`, 'application/json', data.json);
      setSaved(true);
    } catch (e) {
      setError(errorData(e));
    }
  }

  async function confirm() {
    try {
      await onConfirm(needsPin ? pin : undefined);
    } catch (e) {
      setError(errorData(e));
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={onCancel}>
      <h2 id={titleId}>{t('profiles.deleteTitle', { name: learner.name })}</h2>
      <p>{t('profiles.deleteBody')}</p>
      <ErrorNotice error={error} />
      {needsPin ? (
        <TextField label={t('pin.label')} type="password" inputMode="numeric" maxLength={8} value={pin} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} />
      ) : null}
      <p>
        <button type="button" className="btn btn-secondary" onClick={() => void exportData()}>
          {t('profiles.exportFirst')}
        </button>
      </p>
      {saved ? (
        <p className="notice notice-success" role="status">
          {t('profiles.exported')}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onCancel} autoFocus>
          {t('profiles.cancel')}
        </button>
        <button type="button" className="btn btn-danger" onClick={() => void confirm()}>
          {t('profiles.deleteConfirm', { name: learner.name })}
        </button>
      </div>
    </dialog>
  );
}
