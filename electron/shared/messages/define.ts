/**
 * One message catalogue for core and renderer: each code's English text (CLI, logs, the UI in
 * English) beside its Dutch text (the UI's first language). Texts interpolate params as
 * `{{param}}`; `message_<value>` / `hint_<value>` are variants picked by one param's value.
 */
export interface Texts {
  message: string;
  hint: string;
  [variant: `message_${string}` | `hint_${string}`]: string;
}

/** One code's texts in every language of the catalogue. */
export interface Entry {
  en: Texts;
  nl: Texts;
  /** Params no text shows but the place emitting the code fills in: the one picking a variant, facts for tools. */
  data?: readonly string[];
}

export type CatalogueLanguage = 'en' | 'nl';

/** The locale a catalogue language formats numbers in. */
export const CATALOGUE_LOCALE: Readonly<Record<CatalogueLanguage, string>> = { en: 'en', nl: 'nl-BE' };

/**
 * Declares part of the catalogue. The compiler refuses an entry without `en` or `nl`, and a Dutch
 * text that lacks a variant the English one has (so the UI never falls back to English for it).
 */
export function defineMessages<const T extends Record<string, Entry>>(
  messages: T & { [C in keyof T]: { nl: Record<keyof T[C]['en'], string> } },
): T {
  return messages;
}

/** The `{{param}}` names one text uses. */
type Placeholders<S> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | Placeholders<Rest> : never;

type BaseTexts<E extends Entry> = E['en']['message'] | E['en']['hint'] | E['nl']['message'] | E['nl']['hint'];
type AllTexts<E extends Entry> = E['en'][keyof E['en']] | E['nl'][keyof E['nl']];

/**
 * The params of one entry: those its plain message and hint use are required; those only a
 * variant uses are optional (the place that picks the variant fills them in).
 */
export type ParamsOf<E extends Entry> = Flat<
  { [P in Placeholders<BaseTexts<E>>]: string | number } & {
    [P in Exclude<Placeholders<AllTexts<E>> | DataOf<E>, Placeholders<BaseTexts<E>>>]?: string | number;
  }
>;

type DataOf<E extends Entry> = E extends { data: readonly (infer P extends string)[] } ? P : never;

type Flat<T> = { [K in keyof T]: T[K] };
