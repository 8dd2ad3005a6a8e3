import { Code, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const CSV_COLUMNS = ['email', 'displayName', 'roles', 'boutique', 'locale', 'timezone', 'startDate', 'cohort'] as const;

const EXAMPLE = [
  CSV_COLUMNS.join(','),
  'lea.martin@example.com,Léa Martin,ADVISOR,Paris Faubourg,fr,Europe/Paris,2025-09-01,Pilot autumn',
  'sam.chen@example.com,Sam Chen,ADVISOR|HR,London Bond Street,en,Europe/London,2025-09-15,',
].join('\n');

/** The CSV columns the worker expects, each explained, and a two-line example. */
export function CsvFormatHelp() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text fw={500}>{t('import.formatTitle')}</Text>
      <List size="sm" spacing={4}>
        {CSV_COLUMNS.map((column) => (
          <List.Item key={column}>
            <Code>{column}</Code> — {t(`import.columns.${column}`)}
          </List.Item>
        ))}
      </List>
      <Code block aria-label={t('import.example')}>
        {EXAMPLE}
      </Code>
    </Stack>
  );
}
