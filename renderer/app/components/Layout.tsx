import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearnerSummary } from '../../../electron/core/contract';
import { href, type Route } from '../router';
import { useScreenFocus } from '../screen-focus';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  learner: LearnerSummary | null;
  route?: Route;
  onSwitchProfile?(): void;
  /** The player uses the full window width. */
  wide?: boolean;
  /** No app header (nor its skip link): the presenter view gives the projector every line, and has its own way out. */
  bare?: boolean;
  children: ReactNode;
}

export function Layout({ learner, route, onSwitchProfile, wide, bare, children }: Props) {
  const { t } = useTranslation();
  useScreenFocus(learner ? href(route ?? { name: 'library' }) : 'picker', t('app.name'));
  const current = (...names: Route['name'][]) => (route && names.includes(route.name) ? 'page' : undefined);
  if (bare) {
    return (
      <main id="main" tabIndex={-1} className={wide ? 'app-main app-main-wide' : 'app-main'}>
        {children}
      </main>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        {learner ? (
          <nav aria-label={t('app.mainNav')} className="main-nav">
            <a href={href({ name: 'library' })} aria-current={current('library', 'course', 'dashboard', 'portfolio', 'play', 'package')}>
              {t('library.title')}
            </a>
            <a href={href({ name: 'profiles' })} aria-current={current('profiles')}>
              {t('profiles.manage')}
            </a>
            <a href={href({ name: 'lecturer' })} aria-current={current('lecturer', 'export', 'trainings', 'training-new', 'training', 'training-edit', 'training-present')}>
              {t('lecturer.nav')}
            </a>
          </nav>
        ) : null}
        <div className="header-tools">
          <LanguageSwitch />
          {learner && onSwitchProfile ? (
            <div className="current-profile">
              <span className="muted">{t('profiles.current', { name: learner.name })}</span>
              <button type="button" className="btn btn-ghost" onClick={onSwitchProfile}>
                {t('profiles.switch')}
              </button>
            </div>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} className={wide ? 'app-main app-main-wide' : 'app-main'}>
        {children}
      </main>
    </>
  );
}
