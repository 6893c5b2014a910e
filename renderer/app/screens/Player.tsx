import { useTranslation } from 'react-i18next';
import { call } from '../client';
import { ErrorNotice } from '../components/ErrorNotice';
import { commitQueue } from '../player/commit-queue';
import { ScoFrame } from '../player/ScoFrame';
import { useScoLaunch } from '../player/use-sco-launch';
import { playerQuery } from '../../shared/player-context';
import { href, navigate } from '../router';
import { useCall } from '../use-call';

interface Props {
  courseId: string;
  moduleId: string;
  /** 'quiz': open at a new attempt of the module's quiz. */
  start?: 'quiz';
  session: string;
}

/** Plays one module: the LMS host and the SCO in a frame of the content origin, bridged to core. */
export function Player({ courseId, moduleId, start, session }: Props) {
  const { t, i18n } = useTranslation();
  const { launch, error, relaunched, connect } = useScoLaunch(`${session}/${courseId}/${moduleId}`, () => call('player/launch', { session, courseId, moduleId }));
  const { data: course, error: courseError } = useCall('course/get', { courseId });

  if (error ?? courseError) return <ErrorNotice error={error ?? courseError} />;
  if (!launch || !course) return <p role="status">{t('app.loading')}</p>;

  const index = course.modules.findIndex((m) => m.id === moduleId);
  const module = course.modules[index]!;
  const prev = course.modules[index - 1];
  const next = course.modules[index + 1];
  const onLoad = (frame: HTMLIFrameElement) => {
    const query = playerQuery(i18n.language === 'en' ? 'en' : 'nl-BE', next?.title ?? null, start === 'quiz');
    // What this module's SCO committed is sent before the next module launches and reads its state.
    const onNext = next ? () => void commitQueue.settle().then(() => navigate({ name: 'play', courseId, moduleId: next.id })) : undefined;
    connect(frame, { session, title: module.title, query, onNext });
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
      <ScoFrame key={launch.launchId} launch={launch} title={module.title} onLoad={onLoad} />
    </section>
  );
}
