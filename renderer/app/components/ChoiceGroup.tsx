import { useId } from 'react';

export interface ChoiceGroupOption<T extends string> {
  value: T;
  label: string;
  help?: string;
  /** Shown but not choosable; `help` should say why. */
  disabled?: boolean;
}

interface Props<T extends string> {
  legend: string;
  value: T;
  options: readonly ChoiceGroupOption<T>[];
  onChange(value: T): void;
}

/** A radio group in a fieldset: the legend names the choice, each option may explain itself. */
export function ChoiceGroup<T extends string>({ legend, value, options, onChange }: Props<T>) {
  const name = useId();
  return (
    <fieldset className="field choice-group">
      <legend>{legend}</legend>
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div key={o.value} className="choice">
            <input
              type="radio"
              id={id}
              name={name}
              value={o.value}
              checked={value === o.value}
              disabled={o.disabled}
              onChange={() => onChange(o.value)}
              aria-describedby={o.help ? `${id}-help` : undefined}
            />
            <label htmlFor={id}>{o.label}</label>
            {o.help ? (
              <span id={`${id}-help`} className="help">
                {o.help}
              </span>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
