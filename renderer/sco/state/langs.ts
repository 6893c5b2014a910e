import { currentLanguage } from '../i18n';

let contentLanguage = 'nl-BE';

/** The course's language (course.language); the chrome may be English while content stays Dutch. */
export function setContentLanguage(language: string): void {
  contentLanguage = language || 'nl-BE';
}

const differ = () => currentLanguage().toLowerCase().split('-')[0] !== contentLanguage.toLowerCase().split('-')[0];

/** `lang` for course content: set only when the chrome speaks another language (WCAG 3.1.2). */
export function contentLang(): string | undefined {
  return differ() ? contentLanguage : undefined;
}

/** `lang` for chrome text placed inside content. */
export function chromeLang(): string | undefined {
  return differ() ? currentLanguage() : undefined;
}
