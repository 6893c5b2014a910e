import { useTranslation } from 'react-i18next';
import type { Packaging, PackagingAdvice, ScormEdition, TargetLms } from '../../../../electron/core/contract';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { packagingReason } from './packaging-reason';

interface Props {
  advice: PackagingAdvice;
  /** The LMS and edition the advice was given for: the reasons name them. */
  lms: TargetLms;
  edition: ScormEdition;
  value: Packaging;
  onChange(packaging: Packaging): void;
}

/**
 * The packaging radio group: the recommended option marked, each with why; an option that would
 * lose learners' work in this LMS is disabled, and its reason says why.
 */
export function PackagingChoice({ advice, lms, edition, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const options = advice.options.map((option) => {
    const label = t(`export.packagingOption.${option.packaging}`);
    return {
      value: option.packaging,
      label: option.packaging === advice.recommended ? t('export.packagingRecommended', { label }) : label,
      help: packagingReason(i18n, option, lms, edition),
      disabled: !option.available,
    };
  });
  return <ChoiceGroup legend={t('export.packaging')} value={value} options={options} onChange={onChange} />;
}
