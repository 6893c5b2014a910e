import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import ChevronLeft from 'lucide-react/icons/chevron-left';
import ChevronRight from 'lucide-react/icons/chevron-right';
import Keyboard from 'lucide-react/icons/keyboard';
import Maximize from 'lucide-react/icons/maximize';
import Minimize from 'lucide-react/icons/minimize';
import MonitorOff from 'lucide-react/icons/monitor-off';
import NotebookText from 'lucide-react/icons/notebook-text';
import Pause from 'lucide-react/icons/pause';
import Play from 'lucide-react/icons/play';
import RotateCcw from 'lucide-react/icons/rotate-ccw';
import X from 'lucide-react/icons/x';
import type { LucideIcon } from 'lucide-react';
import type { Training } from '../../../../electron/core/contract';
import { href, navigate } from '../../router';
import { formatElapsed } from './presenter-timer';

/** The bar's "Dia x van y", which also describes the slide's heading. */
export const POSITION_ID = 'presenter-position';

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
  /** Full screen and the mouse at rest: the bar steps aside until the mouse moves or the keyboard comes in. */
  tucked: boolean;
  barRef: Ref<HTMLDivElement>;
}

/**
 * A control's picture and its words. `shown` 'never' keeps the words for screen readers and the tooltip only (the
 * arrows and the clock's controls explain themselves); 'wide' hides them below 1280 px (training.css); the way out
 * keeps its words 'always'.
 */
function Label({ icon: Icon, text, shown = 'wide' }: { icon: LucideIcon; text: string; shown?: 'never' | 'wide' | 'always' }): ReactNode {
  const className = shown === 'never' ? 'visually-hidden' : shown === 'wide' ? 'presenter-label' : undefined;
  return (
    <>
      <Icon aria-hidden="true" focusable="false" size="1.25em" strokeWidth={2} />
      <span className={className}>{text}</span>
    </>
  );
}

/**
 * The trainer's controls above the slide, in one row from 1024 px on: module, moves, clock, blank screen,
 * full screen, notes, keys, close. Outside the slide's scroll box, so a slide never slides under it.
 */
export function PresenterBar(props: Props) {
  const { training, moduleId, position, count, onMove, timer, fullscreen, onFullscreen, onBlank, onOpenNotes, notice, tucked, barRef } = props;
  const { t } = useTranslation();
  const selectId = useId();
  const keysId = useId();
  const [showKeys, setShowKeys] = useState(false);
  // Escape on the open key list closes the list, not the presentation.
  const closeKeysOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !showKeys) return;
    e.preventDefault();
    setShowKeys(false);
  };
  const clockAction = timer.running ? t('training.timerPause') : t('training.timerStart');
  return (
    <div ref={barRef} className={tucked ? 'presenter-bar is-tucked' : 'presenter-bar'}>
      <div className="presenter-row">
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
          <button type="button" className="btn btn-secondary btn-icon" onClick={() => onMove('previous')} disabled={position <= 1} title={t('training.previous')}>
            <Label icon={ChevronLeft} text={t('training.previous')} shown="never" />
          </button>
          <span id={POSITION_ID} className="presenter-position">{t('training.slidePosition', { n: position, count })}</span>
          <button type="button" className="btn btn-primary btn-icon" onClick={() => onMove('next')} disabled={position >= count} title={t('training.next')}>
            <Label icon={ChevronRight} text={t('training.next')} shown="never" />
          </button>
        </span>
        <span className="presenter-timer">
          <span className="muted presenter-label">{t('training.timer')}</span>
          <span role="timer" className="presenter-clock">
            {formatElapsed(timer.elapsed)}
          </span>
          <button type="button" className="btn btn-ghost btn-icon" onClick={timer.running ? timer.pause : timer.start} title={clockAction}>
            <Label icon={timer.running ? Pause : Play} text={clockAction} shown="never" />
          </button>
          <button type="button" className="btn btn-ghost btn-icon" onClick={timer.reset} disabled={timer.running || timer.elapsed === 0} title={t('training.timerReset')}>
            <Label icon={RotateCcw} text={t('training.timerReset')} shown="never" />
          </button>
        </span>
        <p role="status" className="presenter-notice">
          {notice}
        </p>
        <span className="presenter-tools">
          <button type="button" className="btn btn-ghost" onClick={onBlank} title={t('training.blank')}>
            <Label icon={MonitorOff} text={t('training.blank')} />
          </button>
          <button type="button" className="btn btn-ghost" onClick={onFullscreen} title={fullscreen ? t('training.exitFullscreen') : t('training.fullscreen')}>
            <Label icon={fullscreen ? Minimize : Maximize} text={fullscreen ? t('training.exitFullscreen') : t('training.fullscreen')} />
          </button>
          <button type="button" className="btn btn-ghost" onClick={onOpenNotes} title={t('training.openNotes')}>
            <Label icon={NotebookText} text={t('training.openNotes')} />
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            aria-expanded={showKeys}
            aria-controls={keysId}
            onClick={() => setShowKeys((open) => !open)}
            onKeyDown={closeKeysOnEscape}
            title={t('training.keysToggle')}
          >
            <Label icon={Keyboard} text={t('training.keysToggle')} />
          </button>
          <a className="btn btn-ghost" href={href({ name: 'training', trainingId: training.id })} title={t('training.leave')}>
            <Label icon={X} text={t('training.leave')} shown="always" />
          </a>
        </span>
      </div>
      <p id={keysId} className="presenter-keys" hidden={!showKeys}>
        {t('training.keys')}
      </p>
    </div>
  );
}
