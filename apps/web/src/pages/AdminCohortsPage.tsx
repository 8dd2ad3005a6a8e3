import { useQuery } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortsTable_CohortFragment } from '../generated/graphql';
import { CohortFormModal } from '../modules/cohorts/components/CohortFormModal';
import { CohortsTable } from '../modules/cohorts/components/CohortsTable';
import { AdminCohortsDocument } from '../modules/cohorts/graphql/cohorts.graphql';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

export function AdminCohortsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AdminCohortsDocument);
  const [dialog, setDialog] = useState<{ cohort: CohortsTable_CohortFragment | null } | null>(null);
  return (
    <section aria-labelledby="cohorts-heading">
      <PageHeading
        order={2}
        id="cohorts-heading"
        title={t('admin.sections.cohorts')}
        subtitle={t('cohorts.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setDialog({ cohort: null })}>
            {t('cohorts.create')}
          </Button>
        }
      />
      {error ? <ErrorNotice onRetry={() => void refetch().catch(() => undefined)}>{t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {data && data.cohorts.length === 0 ? <Text c="dimmed">{t('cohorts.none')}</Text> : null}
      {data && data.cohorts.length > 0 ? <CohortsTable cohorts={data.cohorts} onEdit={(cohort) => setDialog({ cohort })} /> : null}
      <CohortFormModal opened={dialog !== null} cohort={dialog?.cohort ?? null} onClose={() => setDialog(null)} />
    </section>
  );
}
