import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TranslationBadges } from '../../skills/components/TranslationBadges';
import type { SavedText } from '../text-context';

export interface ContentLocaleSwitchProps {
  locales: readonly string[];
  sourceLocale: string;
  value: string;
  onChange: (locale: string) => void;
  /** The saved texts, for a summary of each translation's state. */
  texts: ReadonlyArray<SavedText>;
}

/** Which language the texts are edited in: the maison's source language, or a translation. */
export function ContentLocaleSwitch({ locales, sourceLocale, value, onChange, texts }: ContentLocaleSwitchProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const language = (locale: string) => t(`locales.${locale}`, { defaultValue: locale });
  return (
    <Stack gap={6}>
      <Text id={labelId} size="sm" fw={500}>
        {t('studio.questions.contentLanguage')}
      </Text>
      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          aria-labelledby={labelId}
          data={locales.map((locale) => ({ value: locale, label: locale === sourceLocale ? t('studio.questions.sourceLanguage', { language: language(locale) }) : language(locale) }))}
          value={value}
          onChange={onChange}
        />
        {texts.length ? <TranslationBadges texts={texts.map((entry) => entry.text)} /> : null}
      </Group>
      <Text size="xs" c="dimmed">
        {value === sourceLocale ? t('studio.questions.editingSource') : t('studio.questions.editingTranslation', { language: language(value), source: language(sourceLocale) })}
      </Text>
    </Stack>
  );
}
