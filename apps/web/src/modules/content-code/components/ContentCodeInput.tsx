import { TextInput } from '@mantine/core';

export interface ContentCodeInputProps {
  label: string;
  /** What a good code looks like for this kind of content. */
  description: string;
  value: string;
  error?: string;
  onChange: (code: string) => void;
}

/** A content code as authors type it: monospace, never capitalised or corrected. */
export function ContentCodeInput({ label, description, value, error, onChange }: ContentCodeInputProps) {
  return (
    <TextInput
      label={label}
      description={description}
      required
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
