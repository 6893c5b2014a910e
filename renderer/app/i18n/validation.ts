import type { i18n as I18n } from 'i18next';
import type { ValidationIssue } from '../../../electron/core/contract';
import {
  courseKinds,
  courseMessages,
  courseText,
  VARIANT_PARAM,
  type CourseCode,
  type CourseParams,
  type CatalogueLanguage,
  type Texts,
} from '../../../electron/shared/messages';
import { catalogueLanguage } from './catalogue-language';

/**
 * UI texts for the course validator's issues (electron/core/course), by issue code. The texts
 * live in the one catalogue shared with the core (electron/shared/messages), which also turns
 * params into words of the UI language (kinds named, lists joined, a likely meant name asked).
 *
 * Some codes cover several situations. For those, VARIANT_PARAM names the param whose value picks
 * a refined text: `message_<value>` / `hint_<value>`. Without a matching variant the plain
 * `message` / `hint` is used, so these must fit every situation of the code.
 */
export type IssueTemplate = Texts;

export { VARIANT_PARAM };

/** The validator's texts by language, from the one catalogue (electron/shared/messages). */
function textsIn(language: CatalogueLanguage): Record<CourseCode, IssueTemplate> {
  const out = {} as Record<CourseCode, IssueTemplate>;
  for (const [code, entry] of Object.entries(courseMessages)) out[code as CourseCode] = entry[language];
  return out;
}

function kindsIn(language: CatalogueLanguage): Record<keyof typeof courseKinds, string> {
  const out = {} as Record<keyof typeof courseKinds, string>;
  for (const [kind, names] of Object.entries(courseKinds)) out[kind as keyof typeof courseKinds] = names[language];
  return out;
}

export type IssueCode = CourseCode;
export const validationNl = textsIn('nl');
export const validationEn = textsIn('en');
export const kindsNl = kindsIn('nl');
export const kindsEn = kindsIn('en');

function variantValue(param: string | undefined, params: Readonly<Record<string, string | number>> | undefined): string | undefined {
  const value = param === undefined ? undefined : params?.[param];
  return value === undefined ? undefined : String(value);
}

/** The param value that picks a variant of the issue's text, if its code has variants. */
export function variantOf(issue: Pick<ValidationIssue, 'code' | 'params'>): string | undefined {
  return variantValue(VARIANT_PARAM[issue.code], issue.params);
}

const isCourseCode = (code: string): code is CourseCode => Object.hasOwn(courseMessages, code);

/**
 * An issue's message and hint in the UI language, from the catalogue. A code the catalogue lacks
 * (an issue from a newer core) shows the core's own English rather than nothing.
 */
export function issueText(i18n: Pick<I18n, 'language'>, issue: ValidationIssue): { message: string; hint?: string } {
  if (!isCourseCode(issue.code)) return { message: issue.message, hint: issue.hint };
  return courseText(issue.code, catalogueLanguage(i18n.language), (issue.params ?? {}) as CourseParams<CourseCode>);
}
