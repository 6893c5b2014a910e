import { useId } from 'react';
import type { LeverInfo } from '../../../electron/core/contract/sco';
import { FrameworkIcon } from '../../shared/framework-icons';
import { t } from '../i18n';
import { contentLang } from '../state/langs';

interface Theme {
  id: string;
  title: string;
  levers: LeverInfo[];
}

/** The package only knows the levers its modules serve: the themes are rebuilt from them, in course order. */
function themesOf(levers: LeverInfo[]): { umbrella: LeverInfo[]; themes: Theme[] } {
  const themes: Theme[] = [];
  for (const lever of levers) {
    if (!lever.themeId) continue;
    let theme = themes.find((x) => x.id === lever.themeId);
    if (!theme) themes.push((theme = { id: lever.themeId, title: lever.themeTitle ?? lever.themeId, levers: [] }));
    theme.levers.push(lever);
  }
  return { umbrella: levers.filter((l) => !l.themeId), themes };
}

/**
 * The course SCO's cover: the framework the chosen modules belong to, the umbrella as the frame around the
 * themes and their levers. A nested list is its own text alternative; titles come from the course only.
 */
export function CourseFramework({ levers }: { levers: LeverInfo[] }) {
  const titleId = useId();
  const { umbrella, themes } = themesOf(levers);
  if (themes.length === 0 && umbrella.length === 0) return null;
  return (
    <figure className="cover-framework" aria-labelledby={titleId}>
      <figcaption id={titleId} className="cover-framework-caption">
        {t('look.frameworkTitle')}
      </figcaption>
      <div className="cover-umbrella" lang={contentLang()}>
        {umbrella.map((u) => (
          <p key={u.id} className="cover-umbrella-title">
            <FrameworkIcon id={u.id} />
            <span>{u.title}</span>
          </p>
        ))}
        <ul className="cover-themes">
          {themes.map((theme) => (
            <li key={theme.id} className="cover-theme">
              <p className="cover-theme-title">
                <FrameworkIcon id={theme.id} />
                <span>{theme.title}</span>
              </p>
              <ul className="cover-levers">
                {theme.levers.map((lever) => (
                  <li key={lever.id}>
                    <FrameworkIcon id={lever.id} />
                    <span>{lever.title}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
