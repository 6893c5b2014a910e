import { useId } from 'react';

interface Option {
  value: string;
  label: string;
  help?: string;
}

/** A radio group in a fieldset: the legend names the choice, each option may explain itself. */
export function ChoiceGroup({ legend, value, options, onChange }: { legend: string; value: string; options: Option[]; onChange(v: string): void }) {
  const name = useId();
  return (
    <fieldset className="field choice-group">
      <legend>{legend}</legend>
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <div key={o.value} className="choice">
            <input type="radio" id={id} name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} aria-describedby={o.help ? `${id}-help` : undefined} />
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
