import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TranslationBadges } from '../../skills/components/TranslationBadges';
import type { SavedText } from './module-editor-context';

export interface ContentLocaleSwitcherProps {
  /** Every supported locale, the source first. */
  locales: ReadonlyArray<string>;
  sourceLocale: string;
  value: string;
  onChange: (locale: string) => void;
  /** The saved texts, for the status of each translation across the whole module. */
  texts: ReadonlyArray<SavedText>;
}

/** Which language the texts are edited in: the maison's default (the source) or a translation. */
export function ContentLocaleSwitcher({ locales, sourceLocale, value, onChange, texts }: ContentLocaleSwitcherProps) {
  const { t } = useTranslation();
  const label = t('studio.modules.editor.contentLanguage');
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} id="content-language-label">
        {label}
      </Text>
      <Group gap="md" wrap="wrap" align="center">
        <SegmentedControl
          aria-labelledby="content-language-label"
          value={value}
          onChange={onChange}
          data={locales.map((locale) => {
            const language = t(`locales.${locale}`, { defaultValue: locale });
            return { value: locale, label: locale === sourceLocale ? t('studio.modules.editor.sourceLanguage', { language }) : language };
          })}
        />
        <TranslationBadges texts={texts} />
      </Group>
    </Stack>
  );
}
