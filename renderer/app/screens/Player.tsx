import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, CourseOutline, LaunchResult } from '../../../electron/core/contract';
import { call } from '../client';
import { ErrorNotice, errorData } from '../components/ErrorNotice';
import { commitQueue } from '../player/commit-queue';
import { connectLocalLms } from '../player/local-lms';
import { useConflictRelaunch } from '../player/use-conflict-relaunch';
import { playerQuery } from '../../shared/player-context';
import { href, navigate } from '../router';

interface Props {
  courseId: string;
  moduleId: string;
  /** 'quiz': open at a new attempt of the module's quiz. */
  start?: 'quiz';
  session: string;
}

/**
 * What the content frame may do. Without `allow-top-navigation` a SCO cannot send the app's window
 * elsewhere; popups (links open outside), downloads and print stay for reflections and links.
 */
const CONTENT_SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox';

/** Plays one module: the LMS host and the SCO in a frame of the content origin, bridged to core. */
export function Player({ courseId, moduleId, start, session }: Props) {
  const { t, i18n } = useTranslation();
  const [launch, setLaunch] = useState<LaunchResult | null>(null);
  const [course, setCourse] = useState<CourseOutline | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const lms = useRef<{ disconnect(): void } | null>(null);
  const { generation, relaunched } = useConflictRelaunch(launch);

  useEffect(() => {
    let live = true;
    const release = commitQueue.hold();
    setLaunch(null);
    // The launch must read the newest state: what this tab still has to send goes first.
    void commitQueue
      .settle()
      .then(() => Promise.all([call('player/launch', { session, courseId, moduleId }), call('course/get', { courseId })]))
      .then(
        ([l, c]) => {
          if (!live) return;
          setCourse(c);
          setLaunch(l);
        },
        (e: unknown) => live && setError(errorData(e)),
      );
    return () => {
      live = false;
      // Keep the port open a moment: the SCO's pagehide (commit + Terminate) arrives after its frame is gone.
      const connected = lms.current;
      lms.current = null;
      setTimeout(() => {
        connected?.disconnect();
        release();
      }, 1000);
    };
  }, [courseId, moduleId, session, generation]);

  if (error) return <ErrorNotice error={error} />;
  if (!launch || !course) return <p role="status">{t('app.loading')}</p>;

  const index = course.modules.findIndex((m) => m.id === moduleId);
  const module = course.modules[index]!;
  const prev = course.modules[index - 1];
  const next = course.modules[index + 1];
  const connect = (frame: HTMLIFrameElement) => {
    // One launch per frame: if the host page reloads (only the SCO itself could do that), it gets no second one.
    if (lms.current) return;
    const query = playerQuery(i18n.language === 'en' ? 'en' : 'nl-BE', next?.title ?? null, start === 'quiz');
    // What this module's SCO committed is sent before the next module launches and reads its state.
    const onNext = next ? () => void commitQueue.settle().then(() => navigate({ name: 'play', courseId, moduleId: next.id })) : undefined;
    lms.current = connectLocalLms(frame, { launch, session, title: module.title, query, onNext }, commitQueue);
  };
  return (
    <section className="player" aria-labelledby="player-title">
      <nav className="player-bar" aria-label={t('player.nav')}>
        <a href={href({ name: 'course', courseId })}>← {t('player.back')}</a>
        <h1 id="player-title" className="player-title" tabIndex={-1}>
          <span className="player-title-text">{module.title}</span>{' '}
          <span className="muted player-position">· {t('player.position', { index: index + 1, total: course.modules.length })}</span>
        </h1>
        <span className="player-moves">
          {prev ? <a href={href({ name: 'play', courseId, moduleId: prev.id })}>{t('player.previous')}</a> : null}
          {next ? <a href={href({ name: 'play', courseId, moduleId: next.id })}>{t('player.next')}</a> : null}
        </span>
      </nav>
      {relaunched ? (
        <p className="notice notice-warning" role="alert">
          {t('player.conflict')}
        </p>
      ) : null}
      {/* A new launch (also after a CONFLICT) needs a fresh host page: its API holds that launch's CMI. */}
      <iframe
        key={launch.launchId}
        className="player-frame"
        title={module.title}
        src={launch.hostUrl}
        sandbox={CONTENT_SANDBOX}
        onLoad={(e) => connect(e.currentTarget)}
      />
    </section>
  );
}
