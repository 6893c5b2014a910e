import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReflectionBlock } from '../../electron/core/contract/course';
import { blocksOf } from './state/codec';
import { PrintableReflections } from './blocks/PrintableReflections';
import { t } from './i18n';
import { Header } from './layout/Header';
import { LmsNotice } from './layout/LmsNotice';
import { NextModule, type NextModuleLink } from './layout/NextModule';
import { playerLink } from './layout/player-link';
import { SectionNav } from './layout/SectionNav';
import { SectionView } from './layout/SectionView';
import { Summary } from './layout/Summary';
import { Toc, type View } from './layout/Toc';
import { TocToggle } from './layout/TocToggle';
import { goTo, markSeen, retryQuiz } from './state/actions';
import { moduleProgress } from './state/progress';
import { reflectionCounts } from './state/reflections';
import { useScoState, useStore } from './state/use-sco-state';

interface Props {
  /** In a course SCO: the way back to the module menu. */
  toMenu?: () => void;
  /** The learner opened this module from the menu: focus moves to its title. */
  focusTitle?: boolean;
  /** In a course SCO: the menu's next module (null after the last). Otherwise the app's player tells, in the launch query. */
  next?: NextModuleLink | null;
}

export function ScoApp({ toMenu, focusTitle = false, next }: Props = {}) {
  const store = useStore();
  const { pkg } = store;
  const { state, health } = useScoState();
  const [summary, setSummary] = useState(false);
  const [tocOpen, setTocOpen] = useState(false);
  const player = useMemo(() => playerLink(window), []);
  const nextModule = next === undefined ? player.next : next;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const sections = pkg.module.sections;
  const view: View = summary || sections.length === 0 ? 'summary' : state.at;

  useEffect(() => {
    // Focus follows the learner to the new part, so keyboard and screen-reader users start reading there.
    if (moved.current) headingRef.current?.focus();
    moved.current = false;
  }, [view]);

  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
  }, [focusTitle]);

  useEffect(() => {
    // Launched from the course page's "Toets opnieuw": a new attempt when the last one was finished
    // and not passed (an attempt under way is resumed as it is), then the quiz's section.
    if (!player.startQuiz) return;
    const quiz = blocksOf(pkg.module, 'quiz')[0];
    const at = sections.findIndex((s) => s.blocks.some((b) => b === quiz));
    if (!quiz || at < 0) return;
    // `qf` marks the answers in the state as a finished attempt; without it they are one under way.
    const finished = store.state.qf !== undefined;
    if (finished && !moduleProgress(pkg.module, store.state).passed) store.update((s) => retryQuiz(s, quiz));
    go(at);
    // Once, at launch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const go = (to: View) => {
    moved.current = true;
    setTocOpen(false);
    if (to === 'summary') setSummary(true);
    else {
      setSummary(false);
      store.update((s) => goTo(s, to));
    }
  };

  // "Volgende" sits below the section's end marker: going on with it means the learner was at the end,
  // even when the view changes before the observer reports. Jumping through the table of contents does not.
  const goOn = (from: number, to: View) => {
    if (to === 'summary' || to === from + 1) store.update((s) => markSeen(s, from));
    go(to);
  };

  const progress = moduleProgress(pkg.module, state);
  const section = typeof view === 'number' ? sections[view] : undefined;
  const hasReflection = (block: ReflectionBlock) => reflectionCounts(store, state, block);

  return (
    <>
      <div className="sco">
        <a className="skip-link" href="#sco-main">
          {t('app.skipToContent')}
        </a>
        <Header pkg={pkg} seen={progress.seenCount} toMenu={toMenu} titleRef={toMenu ? titleRef : undefined} inApp={player.inApp} />
        <LmsNotice health={health} />
        <div className="sco-body">
          <TocToggle open={tocOpen} onToggle={() => setTocOpen((o) => !o)}>
            <Toc sections={sections} seen={state.seen} view={view} onGo={go} />
          </TocToggle>
          <main id="sco-main" className="sco-main" tabIndex={-1}>
            {section && typeof view === 'number' ? (
              <>
                <SectionView key={section.id} section={section} index={view} total={sections.length} headingRef={headingRef} onReachedEnd={() => store.update((s) => markSeen(s, view))} />
                <SectionNav sections={sections} index={view} onGo={(to) => goOn(view, to)} />
              </>
            ) : (
              <>
                <Summary pkg={pkg} state={state} hasReflection={hasReflection} headingRef={headingRef} onGo={go} />
                {nextModule ? <NextModule next={nextModule} /> : null}
              </>
            )}
          </main>
        </div>
      </div>
      {blocksOf(pkg.module, 'reflection').length + blocksOf(pkg.module, 'checklist').length > 0 ? <PrintableReflections /> : null}
    </>
  );
}
