import { CATALOGUE_LOCALE, type CatalogueLanguage, type Texts } from '../define';
import type { PreflightEntry } from './define';
import { PREFLIGHT_VARIANT_PARAM } from './params';

type Params = Readonly<Record<string, string | number>>;


/** Who reads the text: the app's screen, or the command line (English, naming CLI options). */
export type PreflightReader = CatalogueLanguage | 'cli';

/** Control characters shown escaped: a name with a NUL or newline must not garble a terminal, a log line or the screen. */
// eslint-disable-next-line no-control-regex
const shown = (value: string) => value.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);

function fill(text: string, params: Params, locale: string): string {
  return text.replace(/\{\{\s*([^\s,}]+)\s*(?:,\s*(number))?\s*\}\}/g, (whole, name: string, format?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return format === 'number' && typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : shown(String(value));
  });
}

/** One preflight code's message and fix for `reader`, in the variant its params pick. */
export function preflightTextIn(code: string, entry: PreflightEntry, reader: PreflightReader, params: Params): { message: string; fix: string } {
  const language: CatalogueLanguage = reader === 'cli' ? 'en' : reader;
  const texts: Partial<Texts> = reader === 'cli' ? { ...entry.en, ...entry.cli } : entry[language];
  const param = PREFLIGHT_VARIANT_PARAM[code];
  const variant = param === undefined ? undefined : params[param];
  const pick = (part: 'message' | 'hint') => texts[`${part}_${variant}`] ?? texts[part] ?? '';
  return { message: fill(pick('message'), params, CATALOGUE_LOCALE[language]), fix: fill(pick('hint'), params, CATALOGUE_LOCALE[language]) };
}
