import { useTranslation } from 'react-i18next';
import { formatElapsed, useElapsed } from './presenter-timer';
import { useNotesFeed, type NotesFeed } from './presenter-sync';
import './training.css';

/**
 * `#/training/<id>/notes`: the trainer's second window. It calls nothing: everything it shows comes from the
 * presenter view of the same session in this browser (presenter-sync.ts), so it needs no profile or PIN of its own.
 */
export function PresenterNotes({ trainingId }: { trainingId: string }) {
  const { t } = useTranslation();
  const feed = useNotesFeed(trainingId);
  return (
    <section className="presenter-notes stack" aria-labelledby="notes-title">
      <h1 id="notes-title">{t('training.notesTitle')}</h1>
      {feed.state === 'waiting' ? <p className="lead">{t('training.notesWaiting')}</p> : null}
      {feed.state === 'ended' ? <p className="lead">{t('training.notesEnded')}</p> : null}
      {feed.state === 'live' ? <LiveNotes feed={feed.feed} /> : null}
    </section>
  );
}

function LiveNotes({ feed }: { feed: NotesFeed }) {
  const { t } = useTranslation();
  const elapsed = useElapsed(feed.timer);
  return (
    <>
      <p className="muted">
        {feed.trainingTitle} · {feed.moduleTitle}
      </p>
      <div className="notes-now">
        <p className="notes-clock">
          <span className="muted">{t('training.timer')}</span> <span role="timer">{formatElapsed(elapsed)}</span>
        </p>
        <p>{t('training.slidePosition', { n: feed.position, count: feed.count })}</p>
      </div>
      <h2>{t('training.nowShowing')}</h2>
      <p className="notes-slide">{feed.slideTitle}</p>
      {feed.blank ? <p className="notice notice-info">{t('training.screenBlank')}</p> : null}
      <h2>{t('training.cues')}</h2>
      {feed.cues.length > 0 ? (
        <ul className="notes-cues">
          {feed.cues.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('training.noCues')}</p>
      )}
      <p className="notes-next">{feed.nextTitle ? t('training.upNext', { title: feed.nextTitle }) : t('training.lastSlide')}</p>
    </>
  );
}
