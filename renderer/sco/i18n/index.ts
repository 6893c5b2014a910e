import i18next from 'i18next';
import type { Language } from '../../../electron/shared/enums';
import { en } from './en';
import { nlBE } from './nl-BE';

export type ChromeLanguage = Language;

export const resources = { 'nl-BE': { translation: nlBE }, en: { translation: en } } as const;

/**
 * Own instance, without react-i18next: the chrome language is fixed for the life of a SCO page,
 * so nothing needs to re-render on a language change, and the bundle stays small.
 */
const i18n = i18next.createInstance();

export function initScoI18n(language: ChromeLanguage): void {
  if (!i18n.isInitialized) {
    void i18n.init({
      resources,
      lng: language,
      fallbackLng: 'nl-BE',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language);
  }
}

/** The app passes `?lang=en` when its own UI is English; everything else gets the Dutch chrome. */
export function chromeLanguageFrom(search: string): ChromeLanguage {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'nl-BE';
}

export function currentLanguage(): ChromeLanguage {
  return i18n.language === 'en' ? 'en' : 'nl-BE';
}

export const t: (key: string, options?: Record<string, unknown>) => string = (key, options) => i18n.t(key, options ?? {}) as string;
