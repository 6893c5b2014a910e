import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, PackageSummary } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { lecturerError } from '../../lecturer-mode';
import { href } from '../../router';
import { Modal } from './Modal';

interface Props {
  pkg: PackageSummary | null;
  /** Lecturer mode's token; once a teacher PIN is set, core needs it (removing touches every profile's records). */
  teacher?: string;
  locked: boolean;
  onDone(removed: PackageSummary | null): void;
}

/** Removing a package asks what happens to the learners' records; keeping them is the default. */
export function RemoveDialog({ pkg, teacher, locked, onDone }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [keepRecords, setKeepRecords] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!pkg) return;
    setBusy(true);
    setError(null);
    try {
      await call('library/remove', { packageId: pkg.id, keepRecords, teacher });
      setKeepRecords(true);
      onDone(pkg);
    } catch (err) {
      setError(lecturerError(err));
    } finally {
      setBusy(false);
    }
  }

  const cancel = () => {
    setError(null);
    onDone(null);
  };
  return (
    <Modal open={pkg !== null} labelledBy={titleId} onCancel={cancel}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={titleId}>{t('packages.removeTitle', { title: pkg?.title ?? '' })}</h2>
        {locked ? (
          <p className="notice notice-warning">
            {t('packages.removeLocked')} <a href={href({ name: 'lecturer' })}>{t('packages.toLecturer')}</a>
          </p>
        ) : (
          <fieldset className="choice-group">
            <legend>{t('packages.removeIntro')}</legend>
            <label className="choice">
              <input type="radio" name="records" checked={keepRecords} onChange={() => setKeepRecords(true)} /> {t('packages.keepRecords')}
            </label>
            <label className="choice">
              <input type="radio" name="records" checked={!keepRecords} onChange={() => setKeepRecords(false)} /> {t('packages.dropRecords')}
            </label>
          </fieldset>
        )}
        <ErrorNotice error={error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={cancel}>
            {t('packages.cancel')}
          </button>
          {locked ? null : (
            <button type="submit" className="btn btn-danger" disabled={busy}>
              {t('packages.confirmRemove')}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
