import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Training } from '../../../../electron/core/contract';
import { call } from '../../client';
import { TrainingError } from './TrainingError';
import { lecturerError } from '../../lecturer-mode';
import { Modal } from '../package/Modal';

interface Props {
  training: Training;
  teacher: string | undefined;
  onClosed(training: Training): void;
}

/** "Sessie afsluiten", after a confirmation that says which profiles get the modules as "gevolgd in sessie". */
export function CloseSession({ training, teacher, onClosed }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const linkedPresent = training.participants.filter((p) => p.present && p.learnerId && p.learnerName).length;

  async function close() {
    setBusy(true);
    setError(null);
    try {
      const closed = await call('training/close', { id: training.id, teacher });
      setAsking(false);
      onClosed(closed);
    } catch (e) {
      setError(lecturerError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="close-title">
      <h2 id="close-title">{t('training.closeTitle')}</h2>
      <p className="muted">{t('training.closeHelp')}</p>
      <div className="actions">
        <button type="button" className="btn btn-primary" onClick={() => setAsking(true)}>
          {t('training.close')}
        </button>
      </div>
      <Modal open={asking} labelledBy="close-confirm-title" onCancel={() => setAsking(false)}>
        <h2 id="close-confirm-title">{t('training.closeConfirmTitle', { title: training.title })}</h2>
        <p>{linkedPresent > 0 ? t('training.closeConfirmBody', { count: linkedPresent }) : t('training.closeConfirmNoProfiles')}</p>
        <p>{t('training.closeConfirmNotes')}</p>
        <TrainingError error={error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-ghost" onClick={() => setAsking(false)}>
            {t('training.cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void close()} disabled={busy}>
            {t('training.closeConfirm')}
          </button>
        </div>
      </Modal>
    </section>
  );
}
