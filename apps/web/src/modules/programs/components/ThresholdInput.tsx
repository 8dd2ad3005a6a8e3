import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ThresholdInputProps {
  /** A percentage, as authors think of it; '' while the field is empty. */
  value: number | '';
  error?: string;
  onChange: (percent: number | '') => void;
  w?: NumberInputProps['w'];
}

/** The certification threshold of a program, typed as a percentage. */
export function ThresholdInput({ value, error, onChange, w }: ThresholdInputProps) {
  const { t } = useTranslation();
  return (
    <NumberInput
      label={t('studio.programs.fields.threshold')}
      description={t('studio.programs.thresholdHelp')}
      required
      min={1}
      max={100}
      suffix=" %"
      allowNegative={false}
      decimalScale={1}
      w={w}
      value={value}
      error={error}
      onChange={(next) => onChange(typeof next === 'number' ? next : '')}
    />
  );
}
