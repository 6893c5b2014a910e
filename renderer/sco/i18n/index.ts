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

/** i18next picks `key_one` / `key_other` by `count`: the key a caller writes is `key`. */
type Singular<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** Every key of the SCO's chrome texts, `section.name`, from the Dutch source (en.ts mirrors it). */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${Singular<K>}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type ScoKey = Leaves<typeof nlBE>;

// i18next's key types (CustomTypeOptions) describe the app's resources, which share one type-check
// with this bundle; the SCO's own keys are checked by ScoKey instead.
const translate = i18n.t as unknown as (key: ScoKey, options: Record<string, unknown>) => string;

export const t = (key: ScoKey, options?: Record<string, unknown>): string => translate(key, options ?? {});
