import type { i18n as I18n } from 'i18next';
import type { PreflightFinding } from '../../../electron/core/contract';
import { findingTextIn } from '../../../electron/shared/messages/preflight';
import { catalogueLanguage } from './catalogue-language';

/**
 * A finding of the SCORM package preflight (electron/core/scorm/preflight) in the UI language.
 * Its texts live in the one catalogue shared with the core (electron/shared/messages/preflight):
 * the English and Dutch there are written for the Export screen (a fix names the screen's own
 * choices, where the CLI names a command-line option). A rule the catalogue lacks (a newer core)
 * shows the finding's own English.
 */
export function findingText(i18n: Pick<I18n, 'language'>, finding: PreflightFinding): { message: string; fix: string } {
  return findingTextIn(finding, catalogueLanguage(i18n.language));
}
