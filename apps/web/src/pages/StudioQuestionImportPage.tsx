import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorCode } from '../app/graphql-errors';
import type { QuestionsTable_QuestionFragment } from '../generated/graphql';
import { ImportedQuestionsList } from '../modules/questions/components/ImportedQuestionsList';
import { QuestionCsvHelp } from '../modules/questions/components/QuestionCsvHelp';
import { QuestionCsvImportForm } from '../modules/questions/components/QuestionCsvImportForm';
import { csvRowIssues, type CsvRowIssue } from '../modules/questions/csv-issues';
import { QuestionEditorContextDocument } from '../modules/questions/graphql/questions.graphql';
import { useImportQuestionsCsv } from '../modules/questions/hooks/useQuestionMutations';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { BackLink } from '../ui/BackLink';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';
import { RowIssuesTable } from '../ui/RowIssuesTable';

type Outcome = { kind: 'imported'; questions: ReadonlyArray<QuestionsTable_QuestionFragment> } | { kind: 'rejected'; issues: CsvRowIssue[] } | { kind: 'failed' };

/** Adds a spreadsheet of questions to the bank as drafts: every row is checked first, and one bad row imports nothing. */
export function StudioQuestionImportPage() {
  const { t, i18n } = useTranslation();
  const locale = useContentLocale();
  const context = useQuery(QuestionEditorContextDocument);
  const { importQuestionsCsv, loading } = useImportQuestionsCsv(locale);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function onImport(csv: string) {
    setOutcome(null);
    try {
      setOutcome({ kind: 'imported', questions: await importQuestionsCsv(csv) });
    } catch (caught) {
      const issues = csvRowIssues(caught);
      setOutcome(apiErrorCode(caught) === 'VALIDATION_FAILED' && issues.length ? { kind: 'rejected', issues } : { kind: 'failed' });
    }
  }

  const rows = outcome?.kind === 'rejected' ? [...new Set(outcome.issues.map((issue) => issue.row))] : [];
  const rowList = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(rows.map((row) => t('common.number', { value: row })));

  return (
    <section aria-labelledby="question-import-heading">
      <BackLink to="/studio/questions">{t('studio.questions.back')}</BackLink>
      <PageHeading order={2} id="question-import-heading" title={t('studio.csv.title')} subtitle={t('studio.csv.subtitle')} />
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper p={{ base: 'md', sm: 'lg' }} bg="white" miw={0}>
            <QuestionCsvImportForm loading={loading} onImport={(csv) => void onImport(csv)} />
          </Paper>
          <div style={{ minWidth: 0 }}>
            <QuestionCsvHelp sourceLocale={context.data?.me.maison.defaultLocale ?? 'en'} skillCode={context.data?.skills[0]?.code} />
          </div>
        </SimpleGrid>
        <div>
          {outcome?.kind === 'rejected' ? (
            <Stack gap="sm">
              <ErrorNotice title={t('studio.csv.rejectedTitle')}>{t('studio.csv.nothingImported', { count: rows.length, rows: rowList })}</ErrorNotice>
              <RowIssuesTable issues={outcome.issues} fieldLabel={t('studio.csv.issue.field')} rowTestId="csv-issue" />
            </Stack>
          ) : null}
          {outcome?.kind === 'failed' ? <ErrorNotice>{t('studio.csv.errors.failed')}</ErrorNotice> : null}
          {outcome?.kind === 'imported' ? <ImportedQuestionsList questions={outcome.questions} /> : null}
        </div>
      </Stack>
    </section>
  );
}
