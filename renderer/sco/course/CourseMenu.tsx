import { useEffect, useId, useRef } from 'react';
import type { CourseScoState } from '../../../electron/shared/course-sco-state';
import type { CourseScoPackage } from '../../../electron/core/contract/sco';
import { currentLanguage, t, type ScoKey } from '../i18n';
import { LmsNotice } from '../layout/LmsNotice';
import { CourseByline } from './CourseByline';
import { CourseFramework } from './CourseFramework';
import { contentLang } from '../state/langs';
import type { LmsHealth } from '../state/store';
import { averageScore, moduleEntries, type CourseScoModule, type ModuleStatus } from './course-progress';

interface Props {
  pkg: CourseScoPackage;
  state: CourseScoState;
  health: LmsHealth;
  /** The learner came here from a module: focus moves to the menu's heading. */
  focus: boolean;
  onOpen: (index: number) => void;
}

const percent = (score: number) => new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 2 }).format(score);

const STATUS_TEXT: Record<ModuleStatus, ScoKey> = {
  'not-started': 'course.notStarted',
  'in-progress': 'course.inProgress',
  'quiz-not-passed': 'honest.statusQuizNotPassed',
  finished: 'course.completed',
};
/** Status is text first; the mark only repeats it for sighted learners (WCAG 1.4.1: not by colour alone). */
const STATUS_MARK: Record<ModuleStatus, string> = { 'not-started': '○', 'in-progress': '◐', 'quiz-not-passed': '!', finished: '✓' };

function statusText(entry: CourseScoModule): string {
  const { progress } = entry;
  const parts = [t(STATUS_TEXT[entry.status])];
  if (entry.scored && progress.best !== undefined) {
    const score = t('course.moduleScore', { score: percent(progress.best) });
    // "Toets nog niet geslaagd" already leads the line: the verdict is not said twice.
    parts.push(entry.status === 'quiz-not-passed' ? score : `${score} (${t(progress.passed ? 'course.modulePassed' : 'course.moduleFailed')})`);
  }
  return parts.join(' · ');
}

function ModuleItem({ entry, onOpen }: { entry: CourseScoModule; onOpen: (index: number) => void }) {
  const statusId = useId();
  return (
    <li className={`course-module course-module-${entry.status}`}>
      {/* Named by the module title alone; the status is its description, so a screen reader hears both. */}
      <button type="button" className="course-module-open" aria-describedby={statusId} onClick={() => onOpen(entry.index)}>
        <span lang={contentLang()}>{entry.pkg.module.title}</span>
      </button>
      <p id={statusId} className="course-module-status">
        <span className="course-status-mark" aria-hidden="true">
          {STATUS_MARK[entry.status]}
        </span>{' '}
        {statusText(entry)}
      </p>
    </li>
  );
}

function CourseScore({ entries }: { entries: CourseScoModule[] }) {
  const titleId = useId();
  if (!entries.some((e) => e.scored)) return null;
  const score = averageScore(entries);
  return (
    <section className="course-score" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('course.scoreTitle')}</h2>
      <p>{score !== undefined ? t('course.score', { score: percent(score) }) : t('course.noScore')}</p>
      <p className="course-score-rule">{t('course.scoreRule')}</p>
    </section>
  );
}

/** The course SCO's home: every chosen module in order with its state, and the way back to the last one. */
export function CourseMenu({ pkg, state, health, focus, onOpen }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listId = useId();
  const entries = moduleEntries(pkg, state);
  // "Afgewerkt" counts what it says: every section seen and, where there is a quiz, the quiz passed.
  const done = entries.filter((e) => e.status === 'finished').length;
  const last = state.l !== undefined ? entries[state.l] : undefined;

  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus]);

  return (
    <div className="sco course-menu">
      <a className="skip-link" href="#sco-main">
        {t('app.skipToContent')}
      </a>
      <header className="sco-header">
        <h1 ref={headingRef} tabIndex={-1} lang={contentLang()}>
          {pkg.course.title}
        </h1>
        <CourseByline course={pkg.course} />
        <p className="sco-meta">{t('course.modulesDone', { done, total: entries.length })}</p>
      </header>
      <LmsNotice health={health} />
      <main id="sco-main" className="course-main" tabIndex={-1}>
        <p>{done === entries.length ? t('course.allDone') : t('course.intro')}</p>
        <CourseFramework levers={pkg.course.levers} />
        {last ? (
          <button type="button" className="btn btn-primary course-continue" onClick={() => onOpen(last.index)}>
            {t('course.continue')}: <span lang={contentLang()}>{last.pkg.module.title}</span>
          </button>
        ) : null}
        <h2 id={listId}>{t('course.allModules')}</h2>
        <ol className="course-modules" aria-labelledby={listId}>
          {entries.map((entry) => (
            <ModuleItem key={entry.pkg.module.id} entry={entry} onOpen={onOpen} />
          ))}
        </ol>
        <CourseScore entries={entries} />
      </main>
    </div>
  );
}
