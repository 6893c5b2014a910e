import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Training } from '../../../../electron/core/contract';
import { href, navigate } from '../../router';
import { formatElapsed } from './presenter-timer';

interface Props {
  training: Training;
  moduleId: string;
  position: number;
  count: number;
  onMove(action: 'next' | 'previous'): void;
  timer: { running: boolean; elapsed: number; start(): void; pause(): void; reset(): void };
  fullscreen: boolean;
  onFullscreen(): void;
  onBlank(): void;
  onOpenNotes(): void;
  notice: string;
}

/** The trainer's controls above the slide: module, moves, timer, blank screen, full screen, notes, close. */
export function PresenterBar({ training, moduleId, position, count, onMove, timer, fullscreen, onFullscreen, onBlank, onOpenNotes, notice }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  return (
    <div className="presenter-bar">
      {training.modules.length > 1 ? (
        <span className="presenter-module">
          <label htmlFor={selectId}>{t('training.moduleChoice')}</label>
          <select id={selectId} className="select" value={moduleId} onChange={(e) => navigate({ name: 'training-present', trainingId: training.id, moduleId: e.target.value })}>
            {training.modules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      <span className="presenter-moves">
        <button type="button" className="btn btn-secondary" onClick={() => onMove('previous')} disabled={position <= 1}>
          ← {t('training.previous')}
        </button>
        <span className="presenter-position">{t('training.slidePosition', { n: position, count })}</span>
        <button type="button" className="btn btn-primary" onClick={() => onMove('next')} disabled={position >= count}>
          {t('training.next')} →
        </button>
      </span>
      <span className="presenter-timer">
        <span className="muted">{t('training.timer')}</span>{' '}
        <span role="timer" className="presenter-clock">
          {formatElapsed(timer.elapsed)}
        </span>
        <button type="button" className="btn btn-ghost" onClick={timer.running ? timer.pause : timer.start}>
          {timer.running ? t('training.timerPause') : t('training.timerStart')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={timer.reset} disabled={timer.running || timer.elapsed === 0}>
          {t('training.timerReset')}
        </button>
      </span>
      <span className="presenter-tools">
        <button type="button" className="btn btn-ghost" onClick={onBlank}>
          {t('training.blank')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onFullscreen}>
          {fullscreen ? t('training.exitFullscreen') : t('training.fullscreen')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onOpenNotes}>
          {t('training.openNotes')}
        </button>
        <a className="btn btn-ghost" href={href({ name: 'training', trainingId: training.id })}>
          {t('training.leave')}
        </a>
      </span>
      <p className="presenter-keys muted">{t('training.keys')}</p>
      <p role="status" className="status-line presenter-notice">
        {notice}
      </p>
    </div>
  );
}
