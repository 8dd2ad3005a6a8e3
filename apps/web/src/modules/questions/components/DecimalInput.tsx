import { TextInput, type TextInputProps } from '@mantine/core';
import { useState } from 'react';

/** A decimal as typed, with a comma or a point ("2,5" in French); null when it is not a number yet. */
export function parseDecimal(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return null;
  return Number(normalised);
}

const shown = (value: number | null) => (value === null || !Number.isFinite(value) ? '' : String(value));

export interface DecimalInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** Null or NaN: empty. */
  value: number | null;
  onChange: (value: number | null) => void;
}

/**
 * A number field that keeps what is being typed ("4." on the way to "4.5") and reports a number once there is
 * one. A text input with a decimal keyboard rather than type="number", which drops commas and half-typed values.
 */
export function DecimalInput({ value, onChange, ...props }: DecimalInputProps) {
  const [text, setText] = useState(shown(value));
  const [previous, setPrevious] = useState(value);
  // A change from outside (a reset) replaces the text; the echo of our own typing does not.
  if (!Object.is(previous, value)) {
    setPrevious(value);
    const typed = parseDecimal(text);
    if (!Object.is(typed ?? Number.NaN, value ?? Number.NaN)) setText(shown(value));
  }
  return (
    <TextInput
      {...props}
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        onChange(parseDecimal(event.currentTarget.value));
      }}
    />
  );
}
