import type { CatalogueLanguage } from '../../../electron/shared/messages/define';

/** The message catalogue's language for an i18next language: English for `en*`, else Dutch (the UI's first language). */
export const catalogueLanguage = (uiLanguage: string): CatalogueLanguage => (uiLanguage.startsWith('en') ? 'en' : 'nl');
