import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SkillTexts_SkillFragment, TranslationStatus } from '../../../generated/graphql';
import { TranslationStatusBadge } from './TranslationBadges';

export interface LocaleTexts {
  locale: string;
  isSource: boolean;
  name: { text: string | null; status: TranslationStatus };
  description: { text: string | null; status: TranslationStatus };
}

/** The skill's texts by locale, the source first (the API's order). */
export function textsByLocale(skill: SkillTexts_SkillFragment): LocaleTexts[] {
  return skill.name.translations.map((name) => {
    const description = skill.description.translations.find((candidate) => candidate.locale === name.locale);
    return {
      locale: name.locale,
      isSource: name.locale === skill.name.sourceLocale,
      name: { text: name.text, status: name.status },
      description: { text: description?.text ?? null, status: description?.status ?? 'MISSING' },
    };
  });
}

export interface SkillTextsProps {
  skill: SkillTexts_SkillFragment;
  onEdit: (locale: string) => void;
}

/** Source and translations side by side (stacked on a phone), each with its status and an edit button. */
export function SkillTexts({ skill, onEdit }: SkillTextsProps) {
  const { t } = useTranslation();
  const locales = textsByLocale(skill);
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(locales.length, 2) }} spacing="md">
      {locales.map((entry) => {
        const language = t(`locales.${entry.locale}`, { defaultValue: entry.locale });
        const headingId = `skill-text-${entry.locale}`;
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
                      {t('studio.skill.source')}
                    </Badge>
                  ) : (
                    <TranslationStatusBadge locale={entry.locale} status={worst(entry.name.status, entry.description.status)} />
                  )}
                </Group>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPencil size={14} aria-hidden="true" />}
                  onClick={() => onEdit(entry.locale)}
                  aria-label={t('studio.skill.editLocale', { language })}
                >
                  {t('common.edit')}
                </Button>
              </Group>
              <TextField label={t('studio.skills.fields.name')} locale={entry.locale} text={entry.name.text} status={entry.isSource ? null : entry.name.status} />
              <TextField
                label={t('studio.skills.fields.description')}
                locale={entry.locale}
                text={entry.description.text}
                status={entry.isSource ? null : entry.description.status}
              />
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

function worst(a: TranslationStatus, b: TranslationStatus): TranslationStatus {
  if (a === 'MISSING' || b === 'MISSING') return 'MISSING';
  if (a === 'OUTDATED' || b === 'OUTDATED') return 'OUTDATED';
  return 'UP_TO_DATE';
}

interface TextFieldProps {
  label: string;
  locale: string;
  text: string | null;
  status: TranslationStatus | null;
}

function TextField({ label, locale, text, status }: TextFieldProps) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" lts="0.04em">
        {status === 'OUTDATED' ? t('studio.skill.fieldOutdated', { field: label }) : label}
      </Text>
      {text ? (
        <Text lang={locale} style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      ) : (
        <Text c="dimmed" fs="italic">
          {t('studio.skill.notTranslated')}
        </Text>
      )}
    </div>
  );
}
