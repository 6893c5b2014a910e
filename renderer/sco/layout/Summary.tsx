import type { Ref } from 'react';
import type { ScoPackage } from '../../../electron/core/contract/sco';
import { blocksOf, type ScoState } from '../state/codec';
import { ReflectionTools } from '../blocks/ReflectionTools';
import { t } from '../i18n';
import { moduleProgress } from '../state/progress';
import type { View } from './Toc';

interface Props {
  pkg: ScoPackage;
  state: ScoState;
  /** Private reflections are not in the state: the caller knows which ones have text. */
  hasReflection: (id: string) => boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onGo: (view: View) => void;
}

interface OpenItem {
  key: string;
  text: string;
  section: number;
}

function sectionOf(pkg: ScoPackage, blockId: string): number {
  return pkg.module.sections.findIndex((s) => s.blocks.some((b) => 'id' in b && b.id === blockId));
}

function openItems(pkg: ScoPackage, state: ScoState, hasReflection: (id: string) => boolean): OpenItem[] {
  const { sections } = pkg.module;
  const items: OpenItem[] = [];
  sections.forEach((s, i) => {
    if (state.seen[i] !== '1') items.push({ key: `s-${s.id}`, text: t('summary.openSection', { title: s.title }), section: i });
  });
  const quiz = blocksOf(pkg.module, 'quiz')[0];
  if (quiz && state.qn === 0) items.push({ key: 'quiz', text: t('summary.openQuiz', { title: quiz.title }), section: sectionOf(pkg, quiz.id) });
  for (const r of blocksOf(pkg.module, 'reflection')) {
    const section = sectionOf(pkg, r.id);
    if (!hasReflection(r.id)) items.push({ key: `r-${r.id}`, text: t('summary.openReflection', { title: sections[section]?.title ?? '' }), section });
  }
  for (const c of blocksOf(pkg.module, 'checklist')) {
    if (c.items.some((item) => (state.k[item.id]?.[0] ?? -1) < 0)) items.push({ key: `k-${c.id}`, text: t('summary.openChecklist', { title: c.title }), section: sectionOf(pkg, c.id) });
  }
  return items;
}

export function Summary({ pkg, state, hasReflection, headingRef, onGo }: Props) {
  const progress = moduleProgress(pkg.module, state);
  const open = openItems(pkg, state, hasReflection);
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
      <h3>{t('summary.open')}</h3>
      {open.length === 0 ? (
        <p className="summary-done">{t('summary.allDone')}</p>
      ) : (
        <ul className="summary-open">
          {open.map((item) => (
            <li key={item.key}>
              <span>{item.text}</span>{' '}
              {item.section >= 0 ? (
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
