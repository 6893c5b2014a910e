import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../electron/shared/enums';
import { call } from '../client';

/** The choice is stored in the app's settings so it survives restarts (and port changes on the web). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  async function change(language: Language) {
    await i18n.changeLanguage(language);
    await call('settings/set', { language }).catch(() => undefined);
  }
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} className="select" value={i18n.language} onChange={(e) => void change(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
