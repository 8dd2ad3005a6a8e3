import { useQuery } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPackageImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportPackageModal } from '../modules/programs/components/ImportPackageModal';
import { ProgramFormModal } from '../modules/programs/components/ProgramFormModal';
import { ProgramsTable } from '../modules/programs/components/ProgramsTable';
import { StudioProgramsDocument } from '../modules/programs/graphql/programs.graphql';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

export function StudioProgramsPage() {
  const { t } = useTranslation();
  const locale = useContentLocale();
  const { data, loading, error, refetch } = useQuery(StudioProgramsDocument, { variables: { locale } });
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const programs = data?.programs ?? [];

  return (
    <section aria-labelledby="programs-heading">
      <PageHeading
        order={2}
        id="programs-heading"
        title={t('studio.sections.programs')}
        subtitle={t('studio.programs.subtitle')}
        actions={
          <Group gap="sm">
            <Button variant="default" leftSection={<IconPackageImport size={16} aria-hidden="true" />} onClick={() => setImporting(true)} disabled={!data}>
              {t('studio.programs.import.open')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)} disabled={!data}>
              {t('studio.programs.create')}
            </Button>
          </Group>
        }
      />
      {error ? <ErrorNotice onRetry={() => void refetch().catch(() => undefined)}>{t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {data && programs.length === 0 ? <Text c="dimmed">{t('studio.programs.none')}</Text> : null}
      {programs.length > 0 ? <ProgramsTable programs={programs} caption={t('studio.programs.tableCaption')} /> : null}
      <ProgramFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        sourceLocale={data?.me.maison.defaultLocale ?? locale}
        onCreated={(code) => notifications.show({ color: 'green', message: t('studio.programs.created', { code }) })}
      />
      <ImportPackageModal opened={importing} onClose={() => setImporting(false)} />
    </section>
  );
}
