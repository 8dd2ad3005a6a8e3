import { Code, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLUMNS = ['code', 'type', 'skills', 'difficulty', 'prompt', 'explanation', 'choices', 'images', 'correct', 'toleranceUnit'] as const;

function example(source: string, skill: string) {
  return [
    `code,type,skills,difficulty,prompt.${source},explanation.${source},choice1.${source},choice2.${source},choice3.${source},correct,tolerance,unit`,
    `heritage.q-founding-year,SINGLE_CHOICE,${skill},1,When was the maison founded?,"In 1837, in a workshop on the rue de la Paix.",1837,1901,1954,1,,`,
    `heritage.q-hallmarks,MULTIPLE_CHOICE,${skill},3,Which marks are struck on each piece?,The maker's mark and the assay mark.,Maker's mark,Assay mark,Serial barcode,1|2,,`,
    `product.q-power-reserve,NUMERIC,${skill},2,How many hours of power reserve?,42 hours when fully wound.,,,,42,2,h`,
  ].join('\n');
}

/** The columns of the question-bank CSV (libs/domain question-csv.ts), each explained, and an example. */
export function QuestionCsvHelp({ sourceLocale, skillCode }: { sourceLocale: string; skillCode?: string }) {
  const { t } = useTranslation();
  const language = t(`locales.${sourceLocale}`, { defaultValue: sourceLocale });
  return (
    <Stack gap="sm">
      <Text fw={500}>{t('studio.csv.formatTitle')}</Text>
      <List size="sm" spacing={4}>
        {COLUMNS.map((column) => (
          <List.Item key={column}>
            <Code>{t(`studio.csv.columnNames.${column}`, { locale: sourceLocale })}</Code> — {t(`studio.csv.columns.${column}`, { language, locale: sourceLocale })}
          </List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        {t('studio.csv.otherLanguages')}
      </Text>
      <Code block aria-label={t('studio.csv.example')} style={{ whiteSpace: 'pre', overflowX: 'auto' }}>
        {example(sourceLocale, skillCode ?? 'heritage.founding-story')}
      </Code>
    </Stack>
  );
}
