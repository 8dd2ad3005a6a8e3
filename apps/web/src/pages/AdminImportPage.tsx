import { useQuery } from '@apollo/client/react';
import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CsvFormatHelp } from '../modules/user-import/components/CsvFormatHelp';
import { ImportProgress } from '../modules/user-import/components/ImportProgress';
import { ImportUploadForm } from '../modules/user-import/components/ImportUploadForm';
import { RecentImports } from '../modules/user-import/components/RecentImports';
import { UserImportsDocument } from '../modules/user-import/graphql/user-import.graphql';
import { useUserImport } from '../modules/user-import/hooks/useUserImport';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

/** The import being watched lives in the URL (`?import=<id>`), so a reload keeps following it. */
export function AdminImportPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('import');
  const recent = useQuery(UserImportsDocument);
  const current = useUserImport(selectedId);

  const select = (id: string) => setSearchParams({ import: id });

  return (
    <section aria-labelledby="import-heading">
      <PageHeading order={2} id="import-heading" title={t('admin.sections.import')} subtitle={t('import.subtitle')} />
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <div>
            <Paper p={{ base: 'md', sm: 'lg' }} bg="white" h="100%">
              <ImportUploadForm onStarted={select} />
            </Paper>
          </div>
          <div>
            <CsvFormatHelp />
          </div>
        </SimpleGrid>

        {selectedId ? (
          current.error && !current.data ? (
            <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice>
          ) : current.data ? (
            <ImportProgress userImport={current.data.userImport} />
          ) : (
            <CenteredLoader label={t('common.loading')} />
          )
        ) : null}

        <Stack gap="sm">
          <Title order={3}>{t('import.recent')}</Title>
          {recent.error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
          {recent.data ? <RecentImports imports={recent.data.userImports} selectedId={selectedId} onSelect={select} /> : null}
        </Stack>
      </Stack>
    </section>
  );
}
