import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary } from '../../../../electron/core/contract';
import { call } from '../../client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { lecturerError } from '../../lecturer-mode';
import { DeleteProfileDialog } from '../profiles/DeleteProfileDialog';
import { PinForm } from '../profiles/PinForm';
import { ProfileLine } from '../profiles/ProfileLine';
import { RenameForm } from '../profiles/RenameForm';

interface Props {
  learners: LearnerSummary[];
  teacher: string;
  onChanged(): Promise<void>;
}

/** The teacher's profile tools: rename, a new PIN for a learner who forgot theirs (data stays), or delete. */
export function LearnerAdmin({ learners, teacher, onChanged }: Props) {
  const { t } = useTranslation();
  const [resetting, setResetting] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<LearnerSummary | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);

  async function reset(learner: LearnerSummary, pin: string | null) {
    try {
      setError(null);
      await call('teacher/reset-learner-pin', { teacher, id: learner.id, pin });
      setResetting(null);
      await onChanged();
      setStatus(pin ? t('lecturer.resetDone', { name: learner.name }) : t('lecturer.pinRemovedFor', { name: learner.name }));
    } catch (e) {
      setError(lecturerError(e));
    }
  }

  return (
    <>
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
                teacher={teacher}
                onDone={(renamed) => {
                  setRenaming(null);
                  if (renamed) void onChanged().then(() => setStatus(t('profiles.renamed', { name: renamed.name })));
                }}
              />
            ) : (
              <div className="manage-row">
                <ProfileLine learner={l} />
                <div className="actions">
                  <button type="button" className="btn btn-secondary" onClick={() => setRenaming(l.id)} aria-label={`${t('profiles.rename')}: ${l.name}`}>
                    {t('profiles.rename')}
                  </button>
                  <button type="button" className="btn btn-secondary" onClick={() => setResetting(l.id)} aria-label={t('lecturer.resetPinFor', { name: l.name })}>
                    {t('lecturer.resetPin')}
                  </button>
                  <button type="button" className="btn btn-ghost danger-text" onClick={() => setDeleting(l)} aria-label={`${t('profiles.delete')}: ${l.name}`}>
                    {t('profiles.delete')}
                  </button>
                </div>
              </div>
            )}
            {resetting === l.id ? (
              <div className="stack">
                <h4>{t('lecturer.resetPinFor', { name: l.name })}</h4>
                <p className="muted">{t('lecturer.resetHelp')}</p>
                <PinForm hasPin={false} onSave={(pin) => reset(l, pin)} onCancel={() => setResetting(null)} />
                {l.hasPin ? (
                  <button type="button" className="btn btn-ghost" onClick={() => void reset(l, null)}>
                    {t('lecturer.noLearnerPin')}
                  </button>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {deleting ? (
        <DeleteProfileDialog
          learner={deleting}
          by={{ kind: 'teacher', teacher }}
          onDeleted={async () => {
            const name = deleting.name;
            setDeleting(null);
            await onChanged();
            setStatus(t('profiles.deleted', { name }));
          }}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </>
  );
}
