import type { InputHTMLAttributes } from 'react';
import { TextField } from './TextField';

/** The contract's PIN rule (4 to 8 digits), checked in the form before core is asked. */
export const PIN_PATTERN = /^\d{4,8}$/;

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  label: string;
  help?: string;
  error?: string | null;
  value: string;
  onChange(value: string): void;
}

/** A PIN input: digits only, masked, never remembered by the browser. */
export function PinField({ onChange, autoComplete = 'off', ...rest }: Props) {
  return (
    <TextField
      type="password"
      inputMode="numeric"
      pattern="[0-9]*"
      maxLength={8}
      autoComplete={autoComplete}
      onChange={(e) => onChange(e.target.value.replace(/\D/g, ''))}
      {...rest}
    />
  );
}
