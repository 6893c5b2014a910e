import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary } from '../../../electron/core/contract';
import { call } from '../client';
import { ErrorNotice, errorData } from '../components/ErrorNotice';
import { DeleteProfileDialog } from './profiles/DeleteProfileDialog';
import { PinForm } from './profiles/PinForm';
import { RenameForm } from './profiles/RenameForm';

interface Props {
  learners: LearnerSummary[];
  current: { learner: LearnerSummary; session: string };
  onChanged(): Promise<void>;
  onDeleted(learner: LearnerSummary): void;
}

export function ManageProfiles({ learners, current, onChanged, onDeleted }: Props) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [pinFor, setPinFor] = useState(false);
  const [deleting, setDeleting] = useState<LearnerSummary | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function remove(learner: LearnerSummary, pin: string | undefined) {
    await call('learner/delete', { id: learner.id, session: learner.id === current.learner.id ? current.session : undefined, pin });
    setDeleting(null);
    onDeleted(learner);
    // Announce once the list no longer shows the profile, not before.
    await onChanged();
    setStatus(t('profiles.deleted', { name: learner.name }));
  }

  return (
    <section aria-labelledby="manage-title">
      <h1 id="manage-title">{t('profiles.manage')}</h1>
      <p role="status" className="status-line">
        {status}
      </p>
      <ErrorNotice error={error} />
      <ul className="manage-list">
        {learners.map((l) => {
          const mine = l.id === current.learner.id;
          return (
            <li key={l.id} className="card">
              {renaming === l.id ? (
                <RenameForm
                  learner={l}
                  session={mine ? current.session : undefined}
                  onDone={(renamed) => {
                    setRenaming(null);
                    if (renamed) void onChanged().then(() => setStatus(t('profiles.renamed', { name: renamed.name })));
                  }}
                />
              ) : (
                <div className="manage-row">
                  <div>
                    <h2 className="manage-name">
                      {l.name} {mine ? <span className="badge badge-incomplete">{t('profiles.you')}</span> : null}
                    </h2>
                    <p className="muted">
                      {l.lastActiveAt ? t('profiles.lastActive', { date: date(l.lastActiveAt) }) : t('profiles.neverActive')}
                      {l.hasPin ? ` · ${t('profiles.withPin')}` : ''}
                    </p>
                  </div>
                  <div className="actions">
                    <button type="button" className="btn btn-secondary" onClick={() => setRenaming(l.id)} aria-label={`${t('profiles.rename')}: ${l.name}`}>
                      {t('profiles.rename')}
                    </button>
                    {mine ? (
                      <button type="button" className="btn btn-secondary" onClick={() => setPinFor(true)}>
                        {l.hasPin ? t('pin.change') : t('pin.set')}
                      </button>
                    ) : null}
                    <button type="button" className="btn btn-ghost danger-text" onClick={() => setDeleting(l)} aria-label={`${t('profiles.delete')}: ${l.name}`}>
                      {t('profiles.delete')}
                    </button>
                  </div>
                </div>
              )}
              {mine && pinFor ? (
                <PinForm
                  hasPin={l.hasPin}
                  onSave={async (pin) => {
                    try {
                      await call('learner/set-pin', { session: current.session, pin });
                      setPinFor(false);
                      setStatus(pin ? t('pin.saved') : t('pin.removed'));
                      await onChanged();
                    } catch (e) {
                      setError(errorData(e));
                    }
                  }}
                  onCancel={() => setPinFor(false)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      {deleting ? (
        <DeleteProfileDialog
          learner={deleting}
          session={deleting.id === current.learner.id ? current.session : null}
          onConfirm={(pin) => remove(deleting, pin)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}
