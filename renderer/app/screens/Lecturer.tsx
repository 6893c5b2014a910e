import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary, TeacherStatus, TeacherUnlock as Unlocked } from '../../../electron/core/contract';
import { call } from '../client';
import { ErrorNotice, errorData } from '../components/ErrorNotice';
import { href } from '../router';
import { ComputerSettings } from './lecturer/ComputerSettings';
import { LearnerAdmin } from './lecturer/LearnerAdmin';
import { TeacherUnlock } from './lecturer/TeacherUnlock';

interface Props {
  status: TeacherStatus;
  /** Lecturer mode's token while it is open. */
  teacher: string | null;
  learners: LearnerSummary[];
  onUnlocked(unlocked: Unlocked): void;
  onLock(): void;
  onStatus(status: TeacherStatus): void;
  onChanged(): Promise<void>;
  /** Without an open profile (from the picker) the screen offers the way back to it. */
  signedIn: boolean;
}

/**
 * Lecturer mode: export, course reload, other learners' profiles and this computer's settings.
 * With a teacher PIN it opens only with that PIN; without one it says where to set it.
 */
export function Lecturer({ status, teacher, learners, onUnlocked, onLock, onStatus, onChanged, signedIn }: Props) {
  const { t } = useTranslation();
  const [reloaded, setReloaded] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const open = !status.hasPin || teacher !== null;

  async function reload() {
    try {
      setError(null);
      const courses = await call('course/list', {});
      setReloaded(t('lecturer.reloaded', { count: courses.length }));
    } catch (e) {
      setError(errorData(e));
    }
  }

  return (
    <section aria-labelledby="lecturer-title" className="stack">
      <div className="page-heading">
        <h1 id="lecturer-title">{t('lecturer.title')}</h1>
        {teacher ? (
          <button type="button" className="btn btn-ghost" onClick={onLock}>
            {t('lecturer.lock')}
          </button>
        ) : null}
      </div>
      <p className="lead">{t('lecturer.intro')}</p>
      {!signedIn ? (
        <p>
          <a href={href({ name: 'library' })}>{t('lecturer.back')}</a>
        </p>
      ) : null}
      {!open ? <TeacherUnlock onUnlocked={onUnlocked} /> : null}
      {!status.hasPin ? <p className="notice">{t('lecturer.noPin')}</p> : null}
      {teacher ? <p className="muted">{t('lecturer.unlocked')}</p> : null}
      {open ? (
        <>
          <h2>{t('lecturer.tools')}</h2>
          <div className="actions">
            <a className="btn btn-primary" href={href({ name: 'export' })}>
              {t('lecturer.export')}
            </a>
            <a className="btn btn-secondary" href={href({ name: 'reports' })}>
              {t('reports.link')}
            </a>
            <a className="btn btn-secondary" href={href({ name: 'trainings' })}>
              {t('training.nav')}
            </a>
            <button type="button" className="btn btn-secondary" onClick={() => void reload()}>
              {t('lecturer.reload')}
            </button>
          </div>
          <p role="status" className="status-line">
            {reloaded}
          </p>
          <ErrorNotice error={error} />
          <h2>{t('lecturer.profiles')}</h2>
          {teacher ? <LearnerAdmin learners={learners} teacher={teacher} onChanged={onChanged} /> : <p>{t('lecturer.profilesNeedPin')}</p>}
          <h2>{t('lecturer.settings')}</h2>
          <ComputerSettings status={status} teacher={teacher} onStatus={onStatus} onUnlocked={onUnlocked} onChanged={onChanged} />
        </>
      ) : null}
    </section>
  );
}
