import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Training, TrainingModule } from '../../../../electron/core/contract';
import { call } from '../../client';
import { lecturerError } from '../../lecturer-mode';
import { href, navigate } from '../../router';
import { GroupQuiz } from './GroupQuiz';
import { NoteBook } from './note-book';
import { POSITION_ID, PresenterBar } from './PresenterBar';
import { SlideBlocks } from './SlideBlocks';
import { TallyBook } from './tally-book';
import { buildDeck, moveTo } from './presenter-deck';
import { presenterAction, type PresenterAction } from './presenter-keys';
import { slideCues } from './presenter-cues';
import { usePublishFeed, type NotesFeed } from './presenter-sync';
import { usePresenterTimer } from './presenter-timer';
import { useAutoHide } from './use-auto-hide';
import { useFullscreen } from './use-fullscreen';
import { useLecturerKeepAlive } from './use-lecturer-keep-alive';
import { useTransientNotice } from './use-transient-notice';

interface Props {
  training: Training;
  module: TrainingModule;
  lang: string | undefined;
  teacher: string | undefined;
}

function storedIndex(key: string, count: number): number {
  try {
    const n = Number(sessionStorage.getItem(key));
    return Number.isInteger(n) && n >= 0 && n < count ? n : 0;
  } catch {
    return 0;
  }
}

/** Whether a slide longer than the screen has more to show in that direction. */
function scrollsFurther(box: HTMLElement, direction: 'down' | 'up'): boolean {
  return direction === 'down' ? box.scrollTop + box.clientHeight < box.scrollHeight - 1 : box.scrollTop > 0;
}

/** The presenter view of one module: one slide at a time, large, driven from the keyboard like presentation software. */
export function PresenterDeck({ training, module, lang, teacher }: Props) {
  const { t } = useTranslation();
  const deck = useMemo(() => buildDeck(module), [module]);
  const slideKey = `leerpad:presenter-slide:${training.id}:${module.moduleId}`;
  const [index, setIndex] = useState(() => storedIndex(slideKey, deck.length));
  const [blank, setBlank] = useState(false);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useTransientNotice();
  const timer = usePresenterTimer(`leerpad:presenter-timer:${training.id}`);
  const stage = useRef<HTMLDivElement>(null);
  const slideRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(stage);
  const tucked = useAutoHide(fullscreen.on, barRef);
  // Whether the new slide's heading took focus: a screen reader reads it then (with the position, its
  // description), so the live line stays silent rather than say it twice.
  const [headingFocused, setHeadingFocused] = useState(false);
  useLecturerKeepAlive(teacher);

  // The token of the moment: lecturer mode may be opened again during the session without losing the notes.
  const teacherNow = useRef(teacher);
  teacherNow.current = teacher;
  const notes = useMemo(
    () => new NoteBook({ trainingId: training.id, notes: training.notes, save: (a) => call('training/note', { ...a, teacher: teacherNow.current }), toError: lecturerError }),
    // A book per session: a later training/get (fresher notes) must not replace the one being typed in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [training.id],
  );
  const tallies = useMemo(
    () => new TallyBook({ trainingId: training.id, tallies: training.tallies, save: (a) => call('training/tally', { ...a, teacher: teacherNow.current }), toError: lecturerError }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [training.id],
  );
  useEffect(() => () => void notes.flushAll(), [notes]);

  useEffect(() => {
    try {
      sessionStorage.setItem(slideKey, String(index));
    } catch {
      // Only the place after a reload is lost.
    }
    slideRef.current?.scrollTo?.({ top: 0 });
    // A new slide starts at its title. Focus left behind on the old slide's content (or nowhere) goes to the
    // heading, without scrolling; focus in the bar stays there, for a trainer clicking or tabbing through it.
    const focused = document.activeElement;
    const lost = !focused || focused === document.body || (slideRef.current?.contains(focused) ?? false);
    if (lost) headingRef.current?.focus({ preventScroll: true });
    setHeadingFocused(lost);
  }, [slideKey, index]);

  const act = useCallback(
    (action: PresenterAction) => {
      switch (action) {
        case 'blank':
          setBlank((b) => !b);
          return;
        case 'fullscreen':
          fullscreen.toggle();
          return;
        case 'answer': {
          const shown = deck[index];
          if (shown?.kind !== 'question' || blank) return;
          setRevealed((now) => {
            const next = new Set(now);
            if (next.has(shown.key)) next.delete(shown.key);
            else next.add(shown.key);
            return next;
          });
          return;
        }
        case 'leave':
          if (blank) setBlank(false);
          else if (fullscreen.on) fullscreen.toggle();
          else if (!fullscreen.justLeft()) navigate({ name: 'training', trainingId: training.id });
          return;
        default: {
          // As in presentation software, the first key on a blank screen only brings the slide back.
          if (blank) {
            setBlank(false);
            return;
          }
          const slideBox = slideRef.current;
          if ((action === 'down' || action === 'up') && slideBox && scrollsFurther(slideBox, action)) {
            slideBox.scrollBy({ top: (action === 'down' ? 1 : -1) * slideBox.clientHeight * 0.4 });
            return;
          }
          setIndex((i) => moveTo(action === 'down' ? 'next' : action === 'up' ? 'previous' : action, i, deck.length));
        }
      }
    },
    [blank, deck, index, fullscreen, training.id],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = presenterAction(e);
      if (!action) return;
      e.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);

  const slide = deck[index];
  const feed = useMemo<NotesFeed | null>(
    () =>
      slide
        ? {
            trainingTitle: training.title,
            moduleTitle: module.title,
            position: index + 1,
            count: deck.length,
            slideTitle: slide.kind === 'question' ? t('training.quiz', { quiz: slide.quizTitle, n: slide.number, count: slide.count }) : slide.title,
            nextTitle: deck[index + 1]?.title ?? null,
            cues: slideCues(t, slide),
            timer: timer.state,
            blank,
          }
        : null,
    [slide, training.title, module.title, index, deck, timer.state, blank, t],
  );
  usePublishFeed(training.id, feed);

  async function openNotes() {
    try {
      const desktop = await call('app/open-presenter-notes', { trainingId: training.id });
      if (desktop.opened) {
        setNotice(desktop.otherScreen ? t('training.notesOtherScreen') : t('training.notesOneScreen'));
        return;
      }
    } catch {
      // Core did not answer: a browser window can still be opened from the page.
    }
    const opened = window.open(href({ name: 'training-notes', trainingId: training.id }), `leerpad-notes-${training.id}`, 'popup,width=960,height=680');
    setNotice(opened ? t('training.notesOpened') : t('training.notesBlocked'));
  }

  const title = slide ? (slide.kind === 'question' ? t('training.quiz', { quiz: slide.quizTitle, n: slide.number, count: slide.count }) : slide.title) : module.title;
  // The window's title follows the slide, as it follows the screen elsewhere (screen-focus.ts, WCAG 2.4.2).
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <div ref={stage} className={tucked ? 'presenter is-resting' : 'presenter'}>
      <PresenterBar
        training={training}
        moduleId={module.moduleId}
        position={index + 1}
        count={deck.length}
        onMove={(a) => act(a)}
        timer={{ running: timer.state.running, elapsed: timer.elapsed, start: timer.start, pause: timer.pause, reset: timer.reset }}
        fullscreen={fullscreen.on}
        onFullscreen={fullscreen.toggle}
        onBlank={() => act('blank')}
        onOpenNotes={() => void openNotes()}
        notice={notice}
        tucked={tucked}
        barRef={barRef}
      />
      <article ref={slideRef} className="presenter-slide" aria-labelledby="presenter-slide-title" tabIndex={0}>
        <p className="presenter-kicker">{module.title}</p>
        <h1
          id="presenter-slide-title"
          ref={headingRef}
          tabIndex={-1}
          aria-describedby={POSITION_ID}
          className={slide?.kind === 'question' ? 'presenter-question-title' : undefined}
          lang={slide?.kind === 'section' ? lang : undefined}
        >
          {title}
        </h1>
        {!slide ? <p>{t('training.noSlides')}</p> : null}
        {slide?.kind === 'section' ? <SlideBlocks key={slide.key} blocks={slide.blocks} moduleId={module.moduleId} lang={lang} mediaBaseUrl={module.mediaBaseUrl} notes={notes} tallies={tallies} closed={training.status === 'closed'} /> : null}
        {slide?.kind === 'question' ? (
          <GroupQuiz
            key={slide.key}
            item={slide.item}
            moduleId={module.moduleId}
            lang={lang}
            tallies={tallies}
            closed={training.status === 'closed'}
            revealed={revealed.has(slide.key)}
            onReveal={(shown) =>
              setRevealed((now) => {
                const next = new Set(now);
                if (shown) next.add(slide.key);
                else next.delete(slide.key);
                return next;
              })
            }
          />
        ) : null}
      </article>
      <p className="visually-hidden" aria-live="polite">
        {slide && !headingFocused ? `${t('training.slidePosition', { n: index + 1, count: deck.length })}: ${title}` : ''}
      </p>
      {blank ? (
        <div className="presenter-blank" onClick={() => setBlank(false)}>
          <p className="visually-hidden" role="status">
            {t('training.blanked')}
          </p>
        </div>
      ) : null}
    </div>
  );
}
