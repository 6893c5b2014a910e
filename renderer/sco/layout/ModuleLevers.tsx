import type { LeverInfo } from '../../../electron/core/contract/sco';
import { FrameworkIcon } from '../../shared/framework-icons';
import { t } from '../i18n';
import { contentLang } from '../state/langs';

/** The levers (or the umbrella) a module serves, each with its icon and, for a lever, its core theme. */
export function ModuleLevers({ levers }: { levers: LeverInfo[] }) {
  if (levers.length === 0) return null;
  return (
    <ul className="module-levers" aria-label={t('look.leversLabel')}>
      {levers.map((lever) => (
        <li key={lever.id} className="module-lever">
          <FrameworkIcon id={lever.id} />
          <span lang={contentLang()}>
            {lever.title}
            {lever.themeTitle ? <span className="module-lever-theme"> · {lever.themeTitle}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
