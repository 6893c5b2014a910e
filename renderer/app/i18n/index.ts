import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../electron/core/contract';
import { en } from './en';
import { nlBE } from './nl-BE';

// The validator's issue texts and the preflight's finding texts are read from the one catalogue
// (electron/shared/messages) by ./validation and ./preflight, not through i18next resources.
export const resources = { 'nl-BE': { translation: nlBE }, en: { translation: en } } as const;

export async function initI18n(language: UiLanguage = 'nl-BE') {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'nl-BE',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

export { i18next };
