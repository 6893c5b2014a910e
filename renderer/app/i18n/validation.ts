import type { i18n as I18n } from 'i18next';
import type { ValidationIssue } from '../../../electron/core/contract';
import {
  courseKinds,
  courseMessages,
  KIND_PARAMS,
  LIST_PARAMS,
  VARIANT_PARAM,
  type CourseCode,
  type Language,
  type Texts,
} from '../../../electron/shared/messages';
import { nestByCode, templateText, variantValue, type Params, type Translator as TemplateTranslator } from './templates';

/**
 * UI texts for the course validator's issues (electron/core/course), by issue code. The texts
 * live in the one catalogue shared with the core (electron/core/contract/messages); this file
 * shapes them for i18next and turns params into words of the UI language.
 *
 * Some codes cover several situations. For those, VARIANT_PARAM names the param whose value picks
 * a refined text: `message_<value>` / `hint_<value>` (i18next context). Without a matching variant
 * the plain `message` / `hint` is used, so these must fit every situation of the code.
 */
export type IssueTemplate = Texts;

export { VARIANT_PARAM };

/** The validator's texts by language, from the one catalogue (electron/core/contract/messages). */
function textsIn(language: Language): Record<CourseCode, IssueTemplate> {
  const out = {} as Record<CourseCode, IssueTemplate>;
  for (const [code, entry] of Object.entries(courseMessages)) out[code as CourseCode] = entry[language];
  return out;
}

function kindsIn(language: Language): Record<keyof typeof courseKinds, string> {
  const out = {} as Record<keyof typeof courseKinds, string>;
  for (const [kind, names] of Object.entries(courseKinds)) out[kind as keyof typeof courseKinds] = names[language];
  return out;
}

export type IssueCode = CourseCode;
export const validationNl = textsIn('nl');
export const validationEn = textsIn('en');
export const kindsNl = kindsIn('nl');
export const kindsEn = kindsIn('en');

/**
 * The i18next resource under `validation`: codes are dotted (`quiz.no-correct-answer`), so they
 * nest like any other key (`validation.quiz.no-correct-answer.message`).
 */
export function validationResource(templates: Record<string, IssueTemplate>, kinds: Record<string, string>) {
  const tree: Record<string, Record<string, unknown>> = { kinds };
  return nestByCode(templates, tree);
}

/** The param value that picks a variant of the issue's text, if its code has variants. */
export function variantOf(issue: Pick<ValidationIssue, 'code' | 'params'>): string | undefined {
  return variantValue(VARIANT_PARAM[issue.code], issue.params);
}

type Translator = TemplateTranslator & Pick<I18n, 'language'>;

/** Params as they read in the UI language: kind nouns translated, lists quoted and joined. */
function displayParams(i18n: Translator, params: Params): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    const list = LIST_PARAMS[name];
    if (KIND_PARAMS.includes(name) && i18n.exists(`validation.kinds.${value}`)) out[name] = i18n.t(`validation.kinds.${value}`);
    else if (list && typeof value === 'string' && value !== '') {
      const items = value.split(',').map((v) => `'${v}'`);
      out[name] = new Intl.ListFormat(i18n.language, { type: list }).format(items);
    } else out[name] = value;
  }
  return out;
}

/**
 * An issue's message and hint in the UI language. Falls back to the validator's own (English)
 * message and hint when there is no text for the code, e.g. a code from a newer core.
 */
export function issueText(i18n: Translator, issue: ValidationIssue): { message: string; hint?: string } {
  const own = { message: issue.message, hint: issue.hint };
  return templateText(i18n, `validation.${issue.code}`, own, displayParams(i18n, issue.params ?? {}), variantOf(issue));
}
