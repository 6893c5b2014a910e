import type { i18n as I18n } from 'i18next';
import type { PackagingAdvice, ScormEdition, TargetLms } from '../../../../electron/core/contract';
import type { nlBE } from '../../i18n/nl-BE';

type Option = PackagingAdvice['options'][number];

type Reasons = (typeof nlBE)['export']['packagingReason'];
/** A text under export.packagingReason: `<packaging>.<case>`. */
type ReasonKey = { [P in keyof Reasons & string]: `${P}.${keyof Reasons[P] & string}` }[keyof Reasons & string];

/** Which text says why (or why not) for an option: core's reason is English, the UI words it itself. */
function reasonKey(option: Option, lms: TargetLms, edition: ScormEdition): ReasonKey | undefined {
  if (option.available) return `${option.packaging}.ok`;
  if (option.packaging === 'course-sco') return edition === 'scorm12' ? 'course-sco.tooBig12' : 'course-sco.tooBig2004';
  if (option.packaging === 'sco-per-module' && lms === 'moodle') return edition === 'scorm12' ? 'sco-per-module.moodle12' : 'sco-per-module.moodle2004';
  if (option.packaging === 'sco-per-module' && lms === 'canvas') return 'sco-per-module.canvas';
  return undefined;
}

/** The option's reason in the UI language; core's English one for a case this UI has no text for (a newer core). */
export function packagingReason(i18n: Pick<I18n, 't'>, option: Option, lms: TargetLms, edition: ScormEdition): string {
  const key = reasonKey(option, lms, edition);
  return key === undefined ? option.reason : i18n.t(`export.packagingReason.${key}`, { replace: option.params ?? {} });
}
