import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearnerSummary, OpenedLearner } from '../../../electron/core/contract';
import { ProfileForm } from '../components/ProfileForm';
import { href } from '../router';

interface Props {
  learners: LearnerSummary[];
  /** Why the picker shows (a profile closed after idle time), announced once. */
  notice?: string;
  onChoose(learner: LearnerSummary): void;
  onCreated(opened: OpenedLearner): void;
}

export function ProfilePicker({ learners, notice, onChoose, onCreated }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <section className="narrow" aria-labelledby="picker-title">
      <h1 id="picker-title">{t('profiles.title')}</h1>
      <p role="status" className="status-line">
        {notice}
      </p>
      <p>{t('profiles.intro')}</p>
      <ul className="profile-list">
        {learners.map((l) => (
          <li key={l.id}>
            <button type="button" className="profile-button" onClick={() => onChoose(l)}>
              <span className="avatar" aria-hidden="true">
                {l.name.slice(0, 1).toLocaleUpperCase()}
              </span>
              <span className="profile-name">
                <span className="visually-hidden">{t('profiles.choosePrefix')} </span>
                {l.name}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {adding ? (
        <div className="card">
          <h2>{t('profiles.add')}</h2>
          <ProfileForm submitLabel={t('firstRun.submit')} onCreated={onCreated} onCancel={() => setAdding(false)} />
        </div>
      ) : (
        <button type="button" className="btn btn-secondary" onClick={() => setAdding(true)}>
          {t('profiles.add')}
        </button>
      )}
      <p className="muted">
        <a href={href({ name: 'lecturer' })}>{t('lecturer.link')}</a>
      </p>
    </section>
  );
}
