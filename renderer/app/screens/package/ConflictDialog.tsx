import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode, PackageSummary } from '../../../../electron/core/contract';
import { Modal } from './Modal';

/** Importing a package the library already has: replace it (records stay), add a copy, or stop. */
export function ConflictDialog({ existing, onAnswer }: { existing: PackageSummary | null; onAnswer(mode: ImportMode | null): void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal open={existing !== null} labelledBy={titleId} onCancel={() => onAnswer(null)}>
      <h2 id={titleId}>{t('packages.conflictTitle', { title: existing?.title ?? '' })}</h2>
      <p>{t('packages.conflictIntro')}</p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={() => onAnswer(null)}>
          {t('packages.cancel')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => onAnswer('copy')}>
          {t('packages.copy')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => onAnswer('replace')} autoFocus>
          {t('packages.replace')}
        </button>
      </div>
    </Modal>
  );
}
