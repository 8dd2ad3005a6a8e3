import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { textsByLocale, worstStatus, type LocalisedTextValue } from '../localised-text';
import { TranslationStatusBadge } from './TranslationBadges';

/** One text of a record (a skill's name, a program's description) and how it is labelled. */
export interface LocalisedTextsField<K extends string = string> {
  key: K;
  label: string;
  text: LocalisedTextValue;
}

export interface LocalisedTextsProps {
  fields: ReadonlyArray<LocalisedTextsField>;
  onEdit: (locale: string) => void;
}

/** A record's texts in every locale side by side (stacked on a phone), each locale with its status and an edit button. */
export function LocalisedTexts({ fields, onEdit }: LocalisedTextsProps) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const locales = textsByLocale(fields);
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(locales.length, 2) }} spacing="md">
      {locales.map((entry) => {
        const language = t(`locales.${entry.locale}`, { defaultValue: entry.locale });
        const headingId = `${idPrefix}-${entry.locale}`;
        return (
          <Paper key={entry.locale} p={{ base: 'md', sm: 'lg' }} bg="white" component="section" aria-labelledby={headingId}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="xs">
                  <Title order={4} id={headingId}>
                    {language}
                  </Title>
                  {entry.isSource ? (
                    <Badge variant="light" color="ink" radius="xs" size="sm">
                      {t('studio.localisedText.source')}
                    </Badge>
                  ) : (
                    <TranslationStatusBadge locale={entry.locale} status={worstStatus(fields.map(({ key }) => entry.fields[key].status))} />
                  )}
                </Group>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPencil size={14} aria-hidden="true" />}
                  onClick={() => onEdit(entry.locale)}
                  aria-label={t('studio.localisedText.editLocale', { language })}
                >
                  {t('common.edit')}
                </Button>
              </Group>
              {fields.map(({ key, label }) => (
                <TextValue key={key} label={label} locale={entry.locale} text={entry.fields[key].text} outdated={!entry.isSource && entry.fields[key].status === 'OUTDATED'} />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

function TextValue({ label, locale, text, outdated }: { label: string; locale: string; text: string | null; outdated: boolean }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" lts="0.04em">
        {outdated ? t('studio.localisedText.fieldOutdated', { field: label }) : label}
      </Text>
      {text ? (
        <Text lang={locale} style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      ) : (
        <Text c="dimmed" fs="italic">
          {t('studio.localisedText.notTranslated')}
        </Text>
      )}
    </div>
  );
}
