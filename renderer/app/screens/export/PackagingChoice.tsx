import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Packaging, PackagingAdvice, ScormEdition, TargetLms } from '../../../../electron/core/contract';
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
 * The packaging radio group: the recommended option first and marked, each with why; an option
 * that would lose learners' work in this LMS is disabled, and its reason says why.
 */
export function PackagingChoice({ advice, lms, edition, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const name = useId();
  return (
    <fieldset className="field choice-group">
      <legend>{t('export.packaging')}</legend>
      {advice.options.map((option) => {
        const id = `${name}-${option.packaging}`;
        const label = t(`export.packagingOption.${option.packaging}`);
        return (
          <div key={option.packaging} className="choice">
            <input
              type="radio"
              id={id}
              name={name}
              value={option.packaging}
              checked={value === option.packaging}
              disabled={!option.available}
              onChange={() => onChange(option.packaging)}
              aria-describedby={`${id}-help`}
            />
            <label htmlFor={id}>{option.packaging === advice.recommended ? t('export.packagingRecommended', { label }) : label}</label>
            <span id={`${id}-help`} className="help">
              {packagingReason(i18n, option, lms, edition)}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
