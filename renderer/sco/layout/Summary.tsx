import type { Ref } from 'react';
import type { ReflectionBlock } from '../../../electron/core/contract/course';
import type { ScoPackage } from '../../../electron/core/contract/sco';
import { reflectionCharactersNeeded } from '../../../electron/shared/progress-rules';
import { blocksOf, type ScoState } from '../state/codec';
import { ReflectionTools } from '../blocks/ReflectionTools';
import { t } from '../i18n';
import { moduleProgress } from '../state/progress';
import { openItems, type OpenItem } from '../state/open-items';
import { retryQuiz } from '../state/actions';
import { reflectionText } from '../state/reflections';
import { useStore } from '../state/use-sco-state';
import { SummaryVerdict } from './SummaryVerdict';
import type { View } from './Toc';

interface Props {
  pkg: ScoPackage;
  state: ScoState;
  /** Private reflections are not in the state: the caller knows which ones count as written (progress-rules.ts). */
  hasReflection: (block: ReflectionBlock) => boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onGo: (view: View) => void;
}

function itemText(pkg: ScoPackage, state: ScoState, item: OpenItem, textOf: (block: ReflectionBlock) => string): string {
  const { sections } = pkg.module;
  const quiz = blocksOf(pkg.module, 'quiz')[0];
  switch (item.kind) {
    case 'section':
      return t('summary.openSection', { title: sections[item.section]?.title ?? '' });
    case 'quiz':
      return t('summary.openQuiz', { title: quiz?.title ?? '' });
    case 'quiz-not-passed':
      return t('honest.openQuizNotPassed', { title: quiz?.title ?? '' });
    case 'reflection': {
      const block = blocksOf(pkg.module, 'reflection').find((r) => r.id === item.id)!;
      const text = textOf(block);
      const title = sections[item.section]?.title ?? '';
      return text.trim() ? t('honest.openReflectionShort', { count: reflectionCharactersNeeded(text, block.minLength), title }) : t('summary.openReflection', { title });
    }
    case 'checklist':
      return t('summary.openChecklist', { title: blocksOf(pkg.module, 'checklist').find((c) => c.id === item.id)?.title ?? '' });
    case 'scenario':
      return t('summary.openScenario', { title: sections[item.section]?.title ?? '' });
  }
}

export function Summary({ pkg, state, hasReflection, headingRef, onGo }: Props) {
  const store = useStore();
  const progress = moduleProgress(pkg.module, state);
  const open = openItems(pkg, state, hasReflection);
  const textOf = (block: ReflectionBlock) => reflectionText(store, state, block.id);
  const quiz = progress.quiz;
  // A new attempt at the quiz, then the quiz's section: the learner lands on empty questions.
  const retry = (section: number) => {
    if (quiz) store.update((s) => retryQuiz(s, quiz));
    onGo(section);
  };
  const hasReflections = blocksOf(pkg.module, 'reflection').length + blocksOf(pkg.module, 'checklist').length > 0;
  return (
    <article className="section summary" aria-labelledby="summary-title">
      <h2 id="summary-title" ref={headingRef} tabIndex={-1}>
        {t('summary.title')}
      </h2>
      <p>{t('summary.intro')}</p>
      <ul className="summary-facts">
        <li>{t('summary.sections', { seen: progress.seenCount, total: pkg.module.sections.length })}</li>
        {progress.quiz ? (
          <li>
            {progress.best === undefined ? (
              t('summary.quizNotDone')
            ) : (
              <>
                {t('summary.quizScore', { score: progress.best, pass: progress.quiz.pass })}{' '}
                <strong className={progress.passed ? 'verdict-passed' : 'verdict-failed'}>{progress.passed ? t('summary.passed') : t('summary.failed')}</strong>
              </>
            )}
          </li>
        ) : null}
      </ul>
      <SummaryVerdict progress={progress} />
      <h3>{t('summary.open')}</h3>
      {open.length === 0 ? (
        <p className="summary-done">{t('summary.allDone')}</p>
      ) : (
        <ul className="summary-open">
          {open.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              <span>{itemText(pkg, state, item, textOf)}</span>{' '}
              {item.kind === 'quiz-not-passed' && quiz?.retry && item.section >= 0 ? (
                <button type="button" className="btn btn-primary btn-small" onClick={() => retry(item.section)}>
                  {t('honest.retryQuiz')}
                </button>
              ) : item.section >= 0 ? (
                <button type="button" className="btn btn-ghost btn-small" onClick={() => onGo(item.section)}>
                  {t('summary.goTo', { title: pkg.module.sections[item.section]!.title })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {hasReflections ? <ReflectionTools /> : null}
    </article>
  );
}
