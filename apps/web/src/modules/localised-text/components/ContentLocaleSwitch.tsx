import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslatedText } from '../localised-text';
import { TranslationBadges } from './TranslationBadges';

export interface ContentLocaleSwitchProps {
  label: string;
  /** Every locale texts are written in, the source first. */
  locales: ReadonlyArray<string>;
  sourceLocale: string;
  value: string;
  onChange: (locale: string) => void;
  /** The saved texts, for the status of each translation across the whole item. */
  texts: ReadonlyArray<TranslatedText>;
  /** A line under the switch (what editing this locale means). */
  help?: ReactNode;
}

/** Which language an editor's texts are edited in: the maison's default (the source) or a translation. */
export function ContentLocaleSwitch({ label, locales, sourceLocale, value, onChange, texts, help }: ContentLocaleSwitchProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <Group gap="md" wrap="wrap" align="center">
        <SegmentedControl
          aria-labelledby={labelId}
          value={value}
          onChange={onChange}
          data={locales.map((locale) => {
            const language = t(`locales.${locale}`, { defaultValue: locale });
            return { value: locale, label: locale === sourceLocale ? t('studio.localisedText.sourceLanguage', { language }) : language };
          })}
        />
        {texts.length ? <TranslationBadges texts={texts} /> : null}
      </Group>
      {help ? (
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      ) : null}
    </Stack>
  );
}
