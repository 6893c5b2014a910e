import type { i18n as I18n } from 'i18next';

/**
 * How the validator's issue texts (./validation) become i18next resources: templates by a dotted
 * code, a variant picked by one param (i18next context), and the core's own English text when
 * there is no template.
 */

export type Translator = Pick<I18n, 't' | 'exists'>;

export type Params = Record<string, string | number>;

/**
 * Puts templates by dotted code (`quiz.no-correct-answer`) into `tree` as an i18next resource, so
 * they nest like any other key (`validation.quiz.no-correct-answer.message`).
 */
export function nestByCode<T extends object>(templates: Record<string, unknown>, tree: T): T {
  for (const [code, template] of Object.entries(templates)) {
    const parts = code.split('.');
    let node = tree as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = template;
  }
  return tree;
}

/** The value of `param` in `params`, as the variant of a text it picks; none without a `param`. */
export function variantValue(param: string | undefined, params: Params | undefined): string | undefined {
  const value = param === undefined ? undefined : params?.[param];
  return value === undefined ? undefined : String(value);
}

/**
 * t() for keys built from catalogue codes that arrive with an item at run time: i18next's key types
 * (./i18next.d.ts) cannot know them; the catalogue's own types (CourseCode) check those texts.
 */
const catalogueT = (i18n: Translator) => i18n.t as unknown as (key: `validation.${string}`, options: { replace: Params; context: string | undefined }) => string;

/**
 * An item's texts in the UI language from the templates under `key` (`preflight.<rule>`):
 * `message` and each other part of `own` (`fix`, `hint`), in the variant `context` when there is
 * one. `own` holds the core's own (English) texts: all of them are used when there is no message
 * for the key, e.g. a code from a newer core, and a part's own when there is no template for it.
 */
export function templateText<T extends { message: string }>(
  i18n: Translator,
  key: `validation.${string}`,
  own: T & Record<string, string | undefined>,
  replace: Params,
  context: string | undefined,
): T {
  if (!i18n.exists(`${key}.message`)) return { ...own };
  const t = catalogueT(i18n);
  // Params go in `replace`, so a param can never be taken for a t() option such as `count` or `lng`.
  const options = { replace, context };
  const text: Record<string, string | undefined> = { message: t(`${key}.message`, options) };
  for (const [part, ownText] of Object.entries(own)) {
    if (part !== 'message') text[part] = i18n.exists(`${key}.${part}`) ? t(`${key}.${part}`, options) : ownText;
  }
  return text as T;
}
