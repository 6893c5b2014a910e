import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../electron/core/contract';
import { en } from './en';
import { nlBE } from './nl-BE';
import { kindsEn, kindsNl, validationEn, validationNl, validationResource } from './validation';

// The validator's issue texts live under `validation`, next to (not instead of) `validation.where`.
// The package preflight's finding texts are read from the catalogue directly (./preflight).
const nlBEResource = {
  ...nlBE,
  validation: { ...nlBE.validation, ...validationResource(validationNl, kindsNl) },
};
const enResource = {
  ...en,
  validation: { ...en.validation, ...validationResource(validationEn, kindsEn) },
};

export const resources = { 'nl-BE': { translation: nlBEResource }, en: { translation: enResource } } as const;

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
