import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, BackupStatus } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/TextField';
import { lecturerError } from '../../lecturer-mode';
import './backup.css';

/** The daily copy of the database: on or off, how many are kept, and the copies there are (issue 14). */
export function AutoBackupCard({ teacher }: { teacher: string | null }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const checkId = useId();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [enabled, setEnabled] = useState(true);
  const [keep, setKeep] = useState('');
  const [keepError, setKeepError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    call('backup/status', { teacher: teacher ?? undefined }).then(
      (s) => {
        setStatus(s);
        setEnabled(s.autoBackup);
        setKeep(String(s.autoBackupKeep));
      },
      (e: unknown) => setError(lecturerError(e)),
    );
  }, [teacher]);

  if (!status) return error ? <ErrorNotice error={error} /> : null;
  const { min, max } = status.keepLimits;

  async function save(e: FormEvent) {
    e.preventDefault();
    const n = Number(keep);
    const ok = keep.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
    setKeepError(ok ? null : t('backup.autoKeepInvalid', { min, max }));
    if (!ok) return;
    try {
      setError(null);
      const next = await call('backup/auto-settings', { teacher: teacher ?? undefined, autoBackup: enabled, autoBackupKeep: n });
      setStatus(next);
      setMessage(next.autoBackup ? t('backup.autoSavedOn', { count: next.autoBackupKeep }) : t('backup.autoSavedOff'));
    } catch (err) {
      setError(lecturerError(err));
    }
  }

  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const dateOf = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(i18n.language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('backup.autoTitle')}</h3>
      <p className="muted">{t('backup.autoHelp')}</p>
      <ErrorNotice error={error} />
      <form onSubmit={(e) => void save(e)} noValidate className="stack">
        <div className="check-line">
          <input type="checkbox" id={checkId} checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          <label htmlFor={checkId}>{t('backup.autoOn')}</label>
        </div>
        <TextField
          label={t('backup.autoKeepLabel')}
          help={t('backup.autoKeepHelp', { min, max })}
          error={keepError}
          className="input narrow-input"
          inputMode="numeric"
          value={keep}
          disabled={!enabled}
          onChange={(e) => setKeep(e.target.value.replace(/\D/g, '').slice(0, 2))}
        />
        <div className="actions">
          <button type="submit" className="btn btn-secondary">
            {t('profiles.save')}
          </button>
        </div>
        <p role="status" className="status-line">
          {message}
        </p>
      </form>
      <h4>{t('backup.copiesTitle')}</h4>
      {status.copies.length === 0 ? (
        <p className="muted">{t('backup.copiesNone')}</p>
      ) : (
        <ul className="copy-list">
          {status.copies.map((c) => (
            <li key={c.date}>
              {dateOf(c.date)} <span className="muted">· {t('backup.copySize', { size: megabytes(c.bytes) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
