import type { CatalogueLanguage } from '../define';
import type { PreflightEntry, PreflightParamsOf } from './define';
import { preflightFileMessages } from './files';
import { preflightLmsMessages } from './lms';
import { preflightLmsQuirkMessages } from './lms-quirks';
import { preflightManifestMessages } from './manifest';
import { preflightModuleMessages } from './modules';
import { preflightOrganizationMessages } from './organization';
import { preflightTextIn, type PreflightReader } from './text';
import { preflightZipMessages } from './zip';

export { PREFLIGHT_VARIANT_PARAM } from './params';
export type { PreflightEntry, PreflightReader };

/** The SCORM package preflight's texts by finding code (electron/core/scorm/preflight). */
export const preflightMessages = {
  ...preflightZipMessages,
  ...preflightManifestMessages,
  ...preflightOrganizationMessages,
  ...preflightFileMessages,
  ...preflightModuleMessages,
  ...preflightLmsMessages,
  ...preflightLmsQuirkMessages,
} satisfies Record<string, PreflightEntry>;

export type PreflightCode = keyof typeof preflightMessages;

/** The params the texts of one preflight code need. */
export type PreflightParams<C extends PreflightCode> = PreflightParamsOf<(typeof preflightMessages)[C]>;

const isPreflightCode = (code: string): code is PreflightCode => Object.hasOwn(preflightMessages, code);

/**
 * A finding as it arrives from the core (params untyped on the wire) in `language`; its own
 * (English) text when the catalogue has no entry for its code, e.g. a code from a newer core.
 */
export function findingTextIn(
  finding: { rule: string; message: string; fix: string; params?: Readonly<Record<string, string | number>> },
  language: CatalogueLanguage,
): { message: string; fix: string } {
  if (!isPreflightCode(finding.rule)) return { message: finding.message, fix: finding.fix };
  return preflightTextIn(finding.rule, preflightMessages[finding.rule], language, finding.params ?? {});
}

/** A finding's message and fix for `reader`: the app's screen in its language, or the command line. */
export function preflightText<C extends PreflightCode>(code: C, reader: PreflightReader, params: PreflightParams<C>): { message: string; fix: string } {
  return preflightTextIn(code, preflightMessages[code], reader, params as Record<string, string | number>);
}

/** A finding's English text as the CLI and the logs show it (naming command-line options). */
export function preflightTextEn<C extends PreflightCode>(code: C, params: PreflightParams<C>): { message: string; fix: string } {
  return preflightText(code, 'cli', params);
}
