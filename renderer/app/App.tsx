import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary } from '../../electron/core/contract';
import { call, SESSION_LOST } from './client';
import { ErrorNotice, errorData } from './components/ErrorNotice';
import { Layout } from './components/Layout';
import { PinDialog } from './components/PinDialog';
import { SaveStatus } from './components/SaveStatus';
import { navigate, useRoute } from './router';
import { Course } from './screens/Course';
import { Dashboard } from './screens/Dashboard';
import { Export } from './screens/Export';
import { FirstRun } from './screens/FirstRun';
import { Library } from './screens/Library';
import { ManageProfiles } from './screens/ManageProfiles';
import { Player } from './screens/Player';
import { ProfilePicker } from './screens/ProfilePicker';
import { forgetSession, openLearner, storedSession } from './session';

interface Current {
  learner: LearnerSummary;
  session: string;
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [learners, setLearners] = useState<LearnerSummary[] | null>(null);
  const [current, setCurrent] = useState<Current | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [asking, setAsking] = useState<LearnerSummary | null>(null);
  const [pinError, setPinError] = useState<AppErrorData | null>(null);

  const open = useCallback(async (learner: LearnerSummary, pin?: string) => {
    const opened = await openLearner(learner, pin);
    setCurrent({ learner: opened.learner, session: opened.session });
    void call('settings/set', { lastLearnerId: learner.id });
  }, []);

  const refresh = useCallback(async () => {
    try {
      const [list, settings] = await Promise.all([call('learner/list', {}), call('settings/get', {})]);
      setLearners(list);
      const stored = storedSession();
      const mine = list.find((l) => l.id === stored?.learnerId);
      if (stored && mine) {
        setCurrent((cur) => (cur?.learner.id === mine.id ? { ...cur, learner: mine } : { learner: mine, session: stored.token }));
        return;
      }
      const last = list.find((l) => l.id === settings.lastLearnerId);
      // A profile without PIN reopens by itself; a protected one always asks again.
      if (last && !last.hasPin) await open(last);
    } catch (e) {
      setError(errorData(e));
    }
  }, [open]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    const lost = () => {
      forgetSession();
      setCurrent(null);
    };
    window.addEventListener(SESSION_LOST, lost);
    return () => window.removeEventListener(SESSION_LOST, lost);
  }, []);

  const choose = useCallback(
    async (learner: LearnerSummary) => {
      if (learner.hasPin) {
        setPinError(null);
        setAsking(learner);
        return;
      }
      try {
        await open(learner);
        navigate({ name: 'library' });
      } catch (e) {
        setError(errorData(e));
      }
    },
    [open],
  );

  const submitPin = useCallback(
    async (pin: string) => {
      if (!asking) return;
      try {
        await open(asking, pin);
        setAsking(null);
        navigate({ name: 'library' });
      } catch (e) {
        setPinError(errorData(e));
      }
    },
    [asking, open],
  );

  const created = useCallback(
    (learner: LearnerSummary) => {
      setLearners((list) => [...(list ?? []), learner]);
      void choose(learner);
    },
    [choose],
  );

  const switchProfile = useCallback(() => {
    forgetSession();
    setCurrent(null);
    void call('settings/set', { lastLearnerId: null });
  }, []);

  let body: React.ReactNode;
  if (error) body = <ErrorNotice error={error} />;
  else if (learners === null) body = <p role="status">{t('app.loading')}</p>;
  else if (learners.length === 0) body = <FirstRun onCreated={created} />;
  else if (!current) body = <ProfilePicker learners={learners} onChoose={(l) => void choose(l)} onCreated={created} />;
  else {
    const session = current.session;
    switch (route.name) {
      case 'profiles':
        body = (
          <ManageProfiles
            learners={learners}
            current={current}
            onChanged={refresh}
            onDeleted={(l) => {
              if (l.id === current.learner.id) switchProfile();
            }}
          />
        );
        break;
      case 'export':
        body = <Export />;
        break;
      case 'course':
        body = <Course courseId={route.courseId} session={session} />;
        break;
      case 'dashboard':
        body = <Dashboard courseId={route.courseId} session={session} />;
        break;
      case 'play':
        body = <Player key={`${route.courseId}/${route.moduleId}`} courseId={route.courseId} moduleId={route.moduleId} session={session} />;
        break;
      default:
        body = <Library />;
    }
  }

  return (
    <Layout learner={current?.learner ?? null} route={route} onSwitchProfile={switchProfile} wide={route.name === 'play' && current !== null}>
      <SaveStatus />
      {body}
      <PinDialog
        open={asking !== null}
        name={asking?.name ?? ''}
        error={pinError}
        onSubmit={(pin) => void submitPin(pin)}
        onCancel={() => setAsking(null)}
      />
    </Layout>
  );
}
