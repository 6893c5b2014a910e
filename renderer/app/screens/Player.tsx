import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, CourseOutline, LaunchResult } from '../../../electron/core/contract';
import { call } from '../client';
import { ErrorNotice, errorData } from '../components/ErrorNotice';
import { commitQueue } from '../player/commit-queue';
import { installLocalLms } from '../player/local-lms';
import { href } from '../router';

interface Props {
  courseId: string;
  moduleId: string;
  session: string;
}

/** Plays one module: the SCO in a same-origin iframe, the LMS API on this page. */
export function Player({ courseId, moduleId, session }: Props) {
  const { t, i18n } = useTranslation();
  const [launch, setLaunch] = useState<LaunchResult | null>(null);
  const [course, setCourse] = useState<CourseOutline | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const uninstall = useRef<(() => void) | null>(null);

  useEffect(() => {
    let live = true;
    setLaunch(null);
    Promise.all([call('player/launch', { session, courseId, moduleId }), call('course/get', { courseId })]).then(
      async ([l, c]) => {
        if (!live) return;
        const lms = await installLocalLms(l, session, commitQueue);
        if (!live) {
          lms.uninstall();
          return;
        }
        uninstall.current = lms.uninstall;
        setCourse(c);
        setLaunch(l);
      },
      (e: unknown) => live && setError(errorData(e)),
    );
    return () => {
      live = false;
      // Leave the API in place a moment: the SCO's pagehide (commit + Terminate) may still call it.
      const remove = uninstall.current;
      uninstall.current = null;
      setTimeout(() => remove?.(), 1000);
    };
  }, [courseId, moduleId, session]);

  if (error) return <ErrorNotice error={error} />;
  if (!launch || !course) return <p role="status">{t('app.loading')}</p>;

  const index = course.modules.findIndex((m) => m.id === moduleId);
  const module = course.modules[index]!;
  const prev = course.modules[index - 1];
  const next = course.modules[index + 1];
  const src = `.${launch.scoUrl}${i18n.language === 'en' ? '?lang=en' : ''}`;
  return (
    <section className="player" aria-labelledby="player-title">
      <nav className="player-bar" aria-label={t('player.nav')}>
        <a href={href({ name: 'course', courseId })}>← {t('player.back')}</a>
        <h1 id="player-title" className="player-title">
          {module.title} <span className="muted">· {t('player.position', { index: index + 1, total: course.modules.length })}</span>
        </h1>
        <span className="player-moves">
          {prev ? <a href={href({ name: 'play', courseId, moduleId: prev.id })}>{t('player.previous')}</a> : null}
          {next ? <a href={href({ name: 'play', courseId, moduleId: next.id })}>{t('player.next')}</a> : null}
        </span>
      </nav>
      <iframe key={launch.attemptId} className="player-frame" title={module.title} src={src} />
    </section>
  );
}
