import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary } from '../../../electron/core/contract';
import { call } from '../client';
import { ErrorNotice, errorData } from '../components/ErrorNotice';
import { DeleteProfileDialog } from './profiles/DeleteProfileDialog';
import { PinForm } from './profiles/PinForm';
import { ProfileLine } from './profiles/ProfileLine';
import { RenameForm } from './profiles/RenameForm';
import { TakeMyWork } from './profiles/TakeMyWork';

interface Props {
  learners: LearnerSummary[];
  current: { learner: LearnerSummary; session: string };
  onChanged(): Promise<void>;
  onDeleted(learner: LearnerSummary): void;
}

/**
 * The signed-in learner manages only their own profile here; other profiles are listed and
 * nothing more (issue 8: learner B once deleted A from this screen). The teacher manages them.
 */
export function ManageProfiles({ learners, current, onChanged, onDeleted }: Props) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [pinOpen, setPinOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const me = learners.find((l) => l.id === current.learner.id) ?? current.learner;
  const others = learners.filter((l) => l.id !== me.id);

  async function savePin(pin: string | null, currentPin: string | undefined) {
    try {
      setError(null);
      await call('learner/set-pin', { session: current.session, currentPin, pin });
      setPinOpen(false);
      await onChanged();
      setStatus(pin ? t('pin.saved') : t('pin.removed'));
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
      <h2>{t('profiles.yours')}</h2>
      <div className="card">
        {renaming ? (
          <RenameForm
            learner={me}
            session={current.session}
            onDone={(renamed) => {
              setRenaming(false);
              if (renamed) void onChanged().then(() => setStatus(t('profiles.renamed', { name: renamed.name })));
            }}
          />
        ) : (
          <div className="manage-row">
            <ProfileLine learner={me} you />
            <div className="actions">
              <button type="button" className="btn btn-secondary" onClick={() => setRenaming(true)} aria-label={`${t('profiles.rename')}: ${me.name}`}>
                {t('profiles.rename')}
              </button>
              <button type="button" className="btn btn-secondary" onClick={() => setPinOpen(true)}>
                {me.hasPin ? t('pin.change') : t('pin.set')}
              </button>
              <button type="button" className="btn btn-ghost danger-text" onClick={() => setDeleting(true)} aria-label={`${t('profiles.delete')}: ${me.name}`}>
                {t('profiles.delete')}
              </button>
            </div>
          </div>
        )}
        {pinOpen ? <PinForm hasPin={me.hasPin} onSave={savePin} onCancel={() => setPinOpen(false)} /> : null}
      </div>
      <TakeMyWork session={current.session} />
      {others.length ? (
        <>
          <h2>{t('profiles.others')}</h2>
          <p className="muted">{t('profiles.othersIntro')}</p>
          <ul className="manage-list">
            {others.map((l) => (
              <li key={l.id} className="card">
                <ProfileLine learner={l} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {deleting ? (
        <DeleteProfileDialog
          learner={me}
          by={{ kind: 'own', session: current.session }}
          onDeleted={async () => {
            setDeleting(false);
            onDeleted(me);
            await onChanged();
          }}
          onCancel={() => setDeleting(false)}
        />
      ) : null}
    </section>
  );
}
