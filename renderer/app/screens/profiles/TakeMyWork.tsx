import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice, errorData } from '../../components/ErrorNotice';
import { downloadText } from '../../download';

/**
 * "Neem mijn werk mee" (issue 14, part 3): the signed-in learner saves their own profile as a learner
 * file, to bring in on another computer. Only their own session can ask for it.
 */
export function TakeMyWork({ session }: { session: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function save() {
    try {
      setError(null);
      const file = await call('learner/transfer-export', { session });
      downloadText(file.fileName, 'application/json', file.json);
      setSaved(file.fileName);
    } catch (e) {
      setError(errorData(e));
    }
  }

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('backup.transferTitle')}</h2>
      <p className="muted">{t('backup.transferHelp')}</p>
      <ErrorNotice error={error} />
      <p role="status" className="status-line">
        {saved ? t('backup.transferExported', { fileName: saved }) : ''}
      </p>
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={() => void save()}>
          {t('backup.transferExport')}
        </button>
      </div>
    </section>
  );
}
