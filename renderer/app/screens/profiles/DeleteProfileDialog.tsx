import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice, errorData } from '../../components/ErrorNotice';
import { PinField } from '../../components/PinField';
import { downloadText } from '../../download';

/** Who deletes: the learner with their own session, or the teacher in lecturer mode. */
export type Deleter = { kind: 'own'; session: string } | { kind: 'teacher'; teacher: string };

interface Props {
  learner: LearnerSummary;
  by: Deleter;
  onDeleted(): Promise<void>;
  onCancel(): void;
}

/**
 * Says exactly what will be erased. The learner is offered their own data first (reflections are
 * their writing); only their own session can fetch it, so nobody else can take it on the way out.
 */
export function DeleteProfileDialog({ learner, by, onDeleted, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [pin, setPin] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [saved, setSaved] = useState(false);
  // Deleting the own protected profile asks its PIN once more; core checks it too.
  const needsPin = by.kind === 'own' && learner.hasPin;

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  async function exportData(session: string) {
    try {
      const data = await call('learner/export', { session });
      downloadText(`${data.fileName}.md`, 'text/markdown', data.markdown);
      downloadText(`${data.fileName}.json`, 'application/json', data.json);
      setSaved(true);
    } catch (e) {
      setError(errorData(e));
    }
  }

  async function confirm() {
    setPinError(needsPin && !pin ? t('pin.required') : null);
    if (needsPin && !pin) return;
    try {
      const args = by.kind === 'own' ? { session: by.session, pin: needsPin ? pin : undefined } : { teacher: by.teacher };
      await call('learner/delete', { id: learner.id, ...args });
      await onDeleted();
    } catch (e) {
      setError(errorData(e));
    }
  }

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={onCancel}>
      <h2 id={titleId}>{t('profiles.deleteTitle', { name: learner.name })}</h2>
      <p>{by.kind === 'own' ? t('profiles.deleteBody') : t('profiles.teacherDeleteBody')}</p>
      <ErrorNotice error={error} />
      {by.kind === 'own' ? (
        <p>
          <button type="button" className="btn btn-secondary" onClick={() => void exportData(by.session)}>
            {t('profiles.exportFirst')}
          </button>
        </p>
      ) : null}
      {saved ? (
        <p className="notice notice-success" role="status">
          {t('profiles.exported')}
        </p>
      ) : null}
      {needsPin ? <PinField label={t('pin.label')} error={pinError} value={pin} onChange={setPin} /> : null}
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
