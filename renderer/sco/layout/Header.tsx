import type { Ref } from 'react';
import type { ScoPackage } from '../../../electron/core/contract/sco';
import { t } from '../i18n';
import { contentLang } from '../state/langs';
import { ModuleLevers } from './ModuleLevers';
import { ProgressBar } from './ProgressBar';

interface Props {
  pkg: ScoPackage;
  seen: number;
  /** In a course SCO: back to the module menu. */
  toMenu?: () => void;
  titleRef?: Ref<HTMLHeadingElement>;
  /**
   * Played in the app: its player bar already shows the module's title and place, so here they are
   * only for screen readers (the SCO's page keeps its h1). In an LMS the SCO shows them itself.
   */
  inApp?: boolean;
}

export function Header({ pkg, seen, toMenu, titleRef, inApp = false }: Props) {
  const { module } = pkg;
  const shown = inApp ? 'visually-hidden' : undefined;
  return (
    <header className={inApp ? 'sco-header sco-header-in-app' : 'sco-header'}>
      {toMenu ? (
        <button type="button" className="btn btn-secondary btn-small course-back" onClick={toMenu}>
          <span aria-hidden="true">←</span> {t('course.allModules')}
        </button>
      ) : null}
      {inApp ? null : (
        <p className="sco-course" lang={contentLang()}>
          {pkg.course.title}
        </p>
      )}
      <h1 ref={titleRef} tabIndex={titleRef ? -1 : undefined} lang={contentLang()} className={shown}>
        {module.title}
      </h1>
      <p className={inApp ? 'sco-meta visually-hidden' : 'sco-meta'}>
        {t('header.position', { index: pkg.position.index, total: pkg.position.total })}
        {module.minutes > 0 ? ` · ${t('header.minutes', { count: module.minutes })}` : null}
      </p>
      {inApp ? null : <ModuleLevers levers={pkg.course.levers} />}
      {module.goals.length > 0 ? (
        <details className="sco-goals">
          <summary>{t('header.goals')}</summary>
          <ul lang={contentLang()}>
            {module.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <ProgressBar seen={seen} total={module.sections.length} />
    </header>
  );
}
