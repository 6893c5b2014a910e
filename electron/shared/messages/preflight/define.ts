import { defineMessages, type Entry, type ParamsOf, type Texts } from '../define';

/**
 * A preflight code's texts. `hint` is the finding's fix. The English and Dutch texts are for the
 * app's Export screen; where a fix names one of that screen's choices, `cli` holds the English
 * that names the command-line option instead (the CLI and the logs show `en` with these parts).
 */
export interface PreflightEntry extends Entry {
  cli?: Partial<Texts>;
}

/**
 * Declares part of the preflight's catalogue: as `defineMessages` (no entry without Dutch, no
 * Dutch text lacking a variant), and a `cli` text only for a part the English text has.
 */
export function definePreflightMessages<const T extends Record<string, PreflightEntry>>(
  messages: T & { [C in keyof T]: { nl: Record<keyof T[C]['en'], string>; cli?: { [P in keyof T[C]['cli']]: P extends keyof T[C]['en'] ? string : never } } },
): T {
  return defineMessages(messages);
}

/** `{{size, number}}` names the param `size`, formatted as a number in the reader's language. */
type Unformatted<K> = K extends `${infer Name}, ${string}` ? Name : K;

/** The params of one preflight entry, as `ParamsOf`, with formats taken off the names. */
export type PreflightParamsOf<E extends Entry> = { [K in keyof ParamsOf<E> as Unformatted<K>]: ParamsOf<E>[K] };
