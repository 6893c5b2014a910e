import type { Ref } from 'react';
import type { ScoPackage } from '../../../electron/core/contract/sco';
import { t } from '../i18n';
import { contentLang } from '../state/langs';
import { ProgressBar } from './ProgressBar';

interface Props {
  pkg: ScoPackage;
  seen: number;
  /** In a course SCO: back to the module menu. */
  toMenu?: () => void;
  titleRef?: Ref<HTMLHeadingElement>;
}

export function Header({ pkg, seen, toMenu, titleRef }: Props) {
  const { module } = pkg;
  return (
    <header className="sco-header">
      {toMenu ? (
        <button type="button" className="btn btn-secondary btn-small course-back" onClick={toMenu}>
          <span aria-hidden="true">←</span> {t('course.allModules')}
        </button>
      ) : null}
      <p className="sco-course" lang={contentLang()}>
        {pkg.course.title}
      </p>
      <h1 ref={titleRef} tabIndex={titleRef ? -1 : undefined} lang={contentLang()}>
        {module.title}
      </h1>
      <p className="sco-meta">
        {t('header.position', { index: pkg.position.index, total: pkg.position.total })}
        {module.minutes > 0 ? ` · ${t('header.minutes', { count: module.minutes })}` : null}
      </p>
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
