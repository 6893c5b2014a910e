import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary } from '../../../electron/core/contract';
import { call } from '../client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorNotice, errorData } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';

interface Props {
  learners: LearnerSummary[];
  onChanged(): Promise<void>;
  onDeleted(learner: LearnerSummary): void;
}

function RenameForm({ learner, onDone }: { learner: LearnerSummary; onDone(renamed: LearnerSummary | null): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(learner.name);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setFieldError(t('form.required'));
      return;
    }
    try {
      onDone(await call('learner/rename', { id: learner.id, name: name.trim() }));
    } catch (err) {
      setError(errorData(err));
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="rename-form">
      <ErrorNotice error={error} />
      <TextField
        label={t('profiles.renameLabel', { name: learner.name })}
        value={name}
        maxLength={40}
        error={fieldError}
        onChange={(e) => setName(e.target.value)}
        autoFocus
      />
      <div className="actions">
        <button type="submit" className="btn btn-primary">
          {t('profiles.save')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => onDone(null)}>
          {t('profiles.cancel')}
        </button>
      </div>
    </form>
  );
}

export function ManageProfiles({ learners, onChanged, onDeleted }: Props) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<LearnerSummary | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function confirmDelete() {
    if (!deleting) return;
    const learner = deleting;
    setDeleting(null);
    try {
      await call('learner/delete', { id: learner.id });
      setStatus(t('profiles.deleted', { name: learner.name }));
      onDeleted(learner);
      await onChanged();
    } catch (e) {
      setError(errorData(e));
    }
  }

  return (
    <section aria-labelledby="manage-title">
      <h1 id="manage-title">{t('profiles.manage')}</h1>
      <p role="status" className="status-line">
        {status}
      </p>
      <ErrorNotice error={error} />
      <ul className="manage-list">
        {learners.map((l) => (
          <li key={l.id} className="card">
            {renaming === l.id ? (
              <RenameForm
                learner={l}
                onDone={(renamed) => {
                  setRenaming(null);
                  if (renamed) {
                    setStatus(t('profiles.renamed', { name: renamed.name }));
                    void onChanged();
                  }
                }}
              />
            ) : (
              <div className="manage-row">
                <div>
                  <h2 className="manage-name">{l.name}</h2>
                  <p className="muted">{l.lastActiveAt ? t('profiles.lastActive', { date: date(l.lastActiveAt) }) : t('profiles.neverActive')}</p>
                </div>
                <div className="actions">
                  <button type="button" className="btn btn-secondary" onClick={() => setRenaming(l.id)} aria-label={`${t('profiles.rename')}: ${l.name}`}>
                    {t('profiles.rename')}
                  </button>
                  <button type="button" className="btn btn-ghost danger-text" onClick={() => setDeleting(l)} aria-label={`${t('profiles.delete')}: ${l.name}`}>
                    {t('profiles.delete')}
                  </button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={t('profiles.deleteTitle', { name: deleting?.name ?? '' })}
        confirmLabel={t('profiles.deleteConfirm', { name: deleting?.name ?? '' })}
        cancelLabel={t('profiles.cancel')}
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      >
        <p>{t('profiles.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
