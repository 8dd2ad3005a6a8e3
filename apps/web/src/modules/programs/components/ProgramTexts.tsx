import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProgramTexts_ProgramFragment, TranslationStatus } from '../../../generated/graphql';
import { TranslationStatusBadge } from '../../skills/components/TranslationBadges';

export interface ProgramLocaleTexts {
  locale: string;
  isSource: boolean;
  title: { text: string | null; status: TranslationStatus };
  description: { text: string | null; status: TranslationStatus };
}

/** The program's texts by locale, the source first (the API's order). */
export function programTextsByLocale(program: ProgramTexts_ProgramFragment): ProgramLocaleTexts[] {
  return program.title.translations.map((title) => {
    const description = program.description.translations.find((candidate) => candidate.locale === title.locale);
    return {
      locale: title.locale,
      isSource: title.locale === program.title.sourceLocale,
      title: { text: title.text, status: title.status },
      description: { text: description?.text ?? null, status: description?.status ?? 'MISSING' },
    };
  });
}

const SEVERITY: Record<TranslationStatus, number> = { UP_TO_DATE: 0, OUTDATED: 1, MISSING: 2 };

/** Title and description in every locale side by side (stacked on a phone), each with its status and an edit button. */
export function ProgramTexts({ program, onEdit }: { program: ProgramTexts_ProgramFragment; onEdit: (locale: string) => void }) {
  const { t } = useTranslation();
  const locales = programTextsByLocale(program);
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(locales.length, 2) }} spacing="md">
      {locales.map((entry) => {
        const language = t(`locales.${entry.locale}`, { defaultValue: entry.locale });
        const headingId = `program-text-${entry.locale}`;
        const status = SEVERITY[entry.title.status] >= SEVERITY[entry.description.status] ? entry.title.status : entry.description.status;
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
                    <TranslationStatusBadge locale={entry.locale} status={status} />
                  )}
                </Group>
                <Button
                  variant="subtle"
                  size="xs"
                  leftSection={<IconPencil size={14} aria-hidden="true" />}
                  onClick={() => onEdit(entry.locale)}
                  aria-label={t('studio.programs.texts.editLocale', { language })}
                >
                  {t('common.edit')}
                </Button>
              </Group>
              <TextValue label={t('studio.programs.fields.title')} locale={entry.locale} text={entry.title.text} outdated={!entry.isSource && entry.title.status === 'OUTDATED'} />
              <TextValue label={t('studio.programs.fields.description')} locale={entry.locale} text={entry.description.text} outdated={!entry.isSource && entry.description.status === 'OUTDATED'} />
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
        {outdated ? t('studio.skill.fieldOutdated', { field: label }) : label}
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
