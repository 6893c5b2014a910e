import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, LearnerSummary, OpenedLearner, TeacherStatus, TeacherUnlock } from '../../electron/core/contract';
import { call, SESSION_LOST } from './client';
import { ErrorNotice, errorData } from './components/ErrorNotice';
import { Layout } from './components/Layout';
import { PinDialog } from './components/PinDialog';
import { SaveStatus } from './components/SaveStatus';
import { useIdleClose } from './idle';
import { TEACHER_EXPIRED, useLecturerTimeout } from './lecturer-mode';
import { navigate, useRoute } from './router';
import { Course } from './screens/Course';
import { Dashboard } from './screens/Dashboard';
import { Portfolio } from './screens/portfolio/Portfolio';
import { Export } from './screens/Export';
import { Reports } from './screens/reports/Reports';
import { FirstRun } from './screens/FirstRun';
import { Lecturer } from './screens/Lecturer';
import { Library } from './screens/Library';
import { ManageProfiles } from './screens/ManageProfiles';
import { Player } from './screens/Player';
import { PackagePlayer } from './screens/package/PackagePlayer';
import { isTrainingRoute, TrainingScreens } from './screens/training/TrainingScreens';
import { ProfilePicker } from './screens/ProfilePicker';
import { DATA_RESTORED } from './screens/lecturer/restored-event';
import { forgetSession, openLearner, rememberSession, storedSession } from './session';

interface Current {
  learner: LearnerSummary;
  session: string;
}

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const [learners, setLearners] = useState<LearnerSummary[] | null>(null);
  const [current, setCurrent] = useState<Current | null>(null);
  const [teacherStatus, setTeacherStatus] = useState<TeacherStatus | null>(null);
  const [teacher, setTeacher] = useState<TeacherUnlock | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [asking, setAsking] = useState<LearnerSummary | null>(null);
  const [pinError, setPinError] = useState<AppErrorData | null>(null);
  const [notice, setNotice] = useState('');

  const refresh = useCallback(async () => {
    try {
      const [list, status] = await Promise.all([call('learner/list', {}), call('teacher/status', {})]);
      setLearners(list);
      setTeacherStatus(status);
      setCurrent((cur) => {
        const mine = cur && list.find((l) => l.id === cur.learner.id);
        return cur && mine ? { ...cur, learner: mine } : null;
      });
    } catch (e) {
      setError(errorData(e));
    }
  }, []);

  // On every start the picker shows: no profile reopens by itself. Only this tab's own session
  // (a reload) is kept, and only while core still knows it (a restart of Leerpad forgets sessions).
  useEffect(() => {
    void (async () => {
      const stored = storedSession();
      if (stored) {
        try {
          const status = await call('learner/session', { session: stored.token });
          setCurrent({ learner: status.learner, session: stored.token });
        } catch {
          forgetSession();
        }
      }
      await refresh();
    })();
  }, [refresh]);

  const lockTeacher = useCallback(() => {
    setTeacher((open) => {
      if (open) void call('teacher/lock', { teacher: open.teacher }).catch(() => undefined);
      return null;
    });
  }, []);

  const closeProfile = useCallback(() => {
    forgetSession();
    setCurrent(null);
    // Lecturer mode lives in this window: it closes with the profile, so the next person finds it closed.
    lockTeacher();
    navigate({ name: 'library' });
  }, [lockTeacher]);

  useEffect(() => {
    const lost = () => {
      forgetSession();
      setCurrent(null);
    };
    const expired = () => setTeacher(null);
    // A restore replaced every profile's data and core ended all sessions and lecturer mode: back to the picker.
    const restored = (e: Event) => {
      lost();
      expired();
      setNotice((e as CustomEvent<string>).detail);
      navigate({ name: 'library' });
      void refresh();
    };
    window.addEventListener(SESSION_LOST, lost);
    window.addEventListener(TEACHER_EXPIRED, expired);
    window.addEventListener(DATA_RESTORED, restored);
    return () => {
      window.removeEventListener(SESSION_LOST, lost);
      window.removeEventListener(TEACHER_EXPIRED, expired);
      window.removeEventListener(DATA_RESTORED, restored);
    };
  }, [refresh]);

  const idleMinutes = teacherStatus?.idleMinutes ?? 20;
  const closeIdle = useCallback(() => {
    closeProfile();
    setNotice(t('profiles.closedIdle', { minutes: idleMinutes }));
  }, [closeProfile, idleMinutes, t]);
  useIdleClose(current?.session ?? null, idleMinutes, closeIdle);
  useLecturerTimeout(teacher?.teacher ?? null, teacher?.expiresInSeconds ?? 0, lockTeacher);

  const signedIn = useCallback((opened: OpenedLearner) => {
    setNotice('');
    setCurrent({ learner: opened.learner, session: opened.session });
    navigate({ name: 'library' });
  }, []);

  const choose = useCallback(
    async (learner: LearnerSummary) => {
      if (learner.hasPin) {
        setPinError(null);
        setAsking(learner);
        return;
      }
      try {
        signedIn(await openLearner(learner));
      } catch (e) {
        setError(errorData(e));
      }
    },
    [signedIn],
  );

  const submitPin = useCallback(
    async (pin: string) => {
      if (!asking) return;
      try {
        const opened = await openLearner(asking, pin);
        setAsking(null);
        signedIn(opened);
      } catch (e) {
        setPinError(errorData(e));
      }
    },
    [asking, signedIn],
  );

  const created = useCallback(
    (opened: OpenedLearner) => {
      setLearners((list) => [...(list ?? []), opened.learner]);
      signedIn(rememberSession(opened));
    },
    [signedIn],
  );

  const lecturer = teacherStatus ? (
    <Lecturer
      status={teacherStatus}
      teacher={teacher?.teacher ?? null}
      learners={learners ?? []}
      onUnlocked={setTeacher}
      onLock={lockTeacher}
      onStatus={setTeacherStatus}
      onChanged={refresh}
      signedIn={current !== null}
    />
  ) : null;

  let body: React.ReactNode;
  if (error) body = <ErrorNotice error={error} />;
  else if (learners === null || teacherStatus === null) body = <p role="status">{t('app.loading')}</p>;
  else if (route.name === 'lecturer') body = lecturer;
  // Export is a lecturer tool: with a teacher PIN set, lecturer mode must be open (core checks too).
  else if (route.name === 'export') body = teacherStatus.hasPin && !teacher ? lecturer : <Export teacher={teacher?.teacher} />;
  // Every profile's standing: lecturer mode once a teacher PIN is set (core checks too).
  else if (route.name === 'reports') body = teacherStatus.hasPin && !teacher ? lecturer : <Reports teacher={teacher?.teacher} />;
  // A trainer's sessions are lecturer mode; the presenter's notes window shows only what the presenter view sends it.
  else if (isTrainingRoute(route)) body = teacherStatus.hasPin && !teacher && route.name !== 'training-notes' ? lecturer : <TrainingScreens route={route} teacher={teacher?.teacher} learners={learners} />;
  else if (learners.length === 0) body = <FirstRun onCreated={created} />;
  else if (!current) body = <ProfilePicker learners={learners} notice={notice} onChoose={(l) => void choose(l)} onCreated={created} />;
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
              if (l.id !== current.learner.id) return;
              closeProfile();
              setNotice(t('profiles.deleted', { name: l.name }));
            }}
          />
        );
        break;
      case 'course':
        body = <Course courseId={route.courseId} session={session} />;
        break;
      case 'dashboard':
        body = <Dashboard courseId={route.courseId} session={session} />;
        break;
      case 'portfolio':
        body = <Portfolio courseId={route.courseId} session={session} learnerId={current.learner.id} />;
        break;
      case 'play':
        body = <Player key={`${route.courseId}/${route.moduleId}/${route.start ?? ''}`} courseId={route.courseId} moduleId={route.moduleId} start={route.start} session={session} />;
        break;
      case 'package':
        body = <PackagePlayer key={route.packageId} packageId={route.packageId} itemId={route.itemId} session={session} />;
        break;
      default:
        body = <Library session={session} teacher={teacher?.teacher} removeLocked={teacherStatus.hasPin && !teacher} />;
    }
  }

  const presenting = !error && route.name === 'training-present' && teacherStatus !== null && (!teacherStatus.hasPin || teacher !== null);
  return (
    <Layout
      learner={current?.learner ?? null}
      route={route}
      onSwitchProfile={closeProfile}
      wide={((route.name === 'play' || route.name === 'package') && current !== null) || presenting}
      bare={presenting || (!error && route.name === 'training-notes')}
    >
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
