import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary } from '../../electron/core/contract';
import { call } from './client';
import { ErrorNotice, errorData } from './components/ErrorNotice';
import { Layout } from './components/Layout';
import { navigate, useRoute } from './router';
import { FirstRun } from './screens/FirstRun';
import { Library } from './screens/Library';
import { ManageProfiles } from './screens/ManageProfiles';
import { ProfilePicker } from './screens/ProfilePicker';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [learners, setLearners] = useState<LearnerSummary[] | null>(null);
  const [current, setCurrent] = useState<LearnerSummary | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const refresh = useCallback(async () => {
    try {
      const [list, settings] = await Promise.all([call('learner/list', {}), call('settings/get', {})]);
      setLearners(list);
      setCurrent((cur) => list.find((l) => l.id === (cur?.id ?? settings.lastLearnerId)) ?? null);
    } catch (e) {
      setError(errorData(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const choose = useCallback((learner: LearnerSummary) => {
    setCurrent(learner);
    void call('settings/set', { lastLearnerId: learner.id });
    navigate({ name: 'library' });
  }, []);

  const created = useCallback(
    (learner: LearnerSummary) => {
      setLearners((list) => [...(list ?? []), learner]);
      choose(learner);
    },
    [choose],
  );

  const switchProfile = useCallback(() => {
    setCurrent(null);
    void call('settings/set', { lastLearnerId: null });
  }, []);

  if (error) {
    return (
      <Layout learner={null}>
        <ErrorNotice error={error} />
      </Layout>
    );
  }
  if (learners === null) {
    return (
      <Layout learner={null}>
        <p role="status">{t('app.loading')}</p>
      </Layout>
    );
  }
  if (learners.length === 0) {
    return (
      <Layout learner={null}>
        <FirstRun onCreated={created} />
      </Layout>
    );
  }
  if (!current) {
    return (
      <Layout learner={null}>
        <ProfilePicker learners={learners} onChoose={choose} onCreated={created} />
      </Layout>
    );
  }
  return (
    <Layout learner={current} route={route} onSwitchProfile={switchProfile}>
      {route.name === 'profiles' ? (
        <ManageProfiles
          learners={learners}
          onChanged={refresh}
          onDeleted={(l) => {
            if (l.id === current.id) switchProfile();
          }}
        />
      ) : (
        <Library />
      )}
    </Layout>
  );
}
