import { CATALOGUE_LOCALE, type CatalogueLanguage, type Texts } from '../define';
import { courseKinds } from './kinds';
import { GUESS_PARAM, GUESS_TEXT, KIND_PARAMS, LIST_PARAMS, VARIANT_PARAM } from './params';

type Params = Record<string, string | number>;


/** Params as they read in `language`: kind nouns named, lists quoted and joined, a guess asked. */
export function courseParamsIn(language: CatalogueLanguage, params: Params): Params {
  const out: Params = {};
  for (const [name, value] of Object.entries(params)) {
    const kind = KIND_PARAMS.includes(name) ? courseKinds[value as keyof typeof courseKinds] : undefined;
    const list = LIST_PARAMS[name];
    if (kind) out[name] = kind[language];
    else if (name === GUESS_PARAM) out[name] = value === '' ? '' : fill(GUESS_TEXT[language], { [name]: value });
    else if (list && typeof value === 'string' && value !== '') {
      out[name] = new Intl.ListFormat(CATALOGUE_LOCALE[language], { type: list }).format(value.split(',').map((v) => `'${v}'`));
    } else out[name] = value;
  }
  return out;
}

const fill = (text: string, params: Params) =>
  text.replace(/\{\{\s*([^\s}]+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** One course code's message and hint in `language`, in the variant its params pick. */
export function courseTextIn(code: string, texts: Texts, language: CatalogueLanguage, params: Params): { message: string; hint: string } {
  const param = VARIANT_PARAM[code];
  const variant = param === undefined ? undefined : params[param];
  const shown = courseParamsIn(language, params);
  const pick = (part: 'message' | 'hint') => texts[`${part}_${variant}`] ?? texts[part];
  return { message: fill(pick('message'), shown), hint: fill(pick('hint'), shown) };
}
