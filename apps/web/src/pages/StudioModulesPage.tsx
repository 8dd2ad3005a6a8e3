import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ModuleFormModal } from '../modules/learning-modules/components/ModuleFormModal';
import { ModulesTable } from '../modules/learning-modules/components/ModulesTable';
import { StudioModulesDocument } from '../modules/learning-modules/graphql/modules.graphql';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { ALL_STATUSES, ContentStatusFilter, type ContentStatusFilterValue } from '../modules/workflow/components/ContentStatusFilter';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

export function StudioModulesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = useContentLocale();
  const [status, setStatus] = useState<ContentStatusFilterValue>(ALL_STATUSES);
  // Review moves modules between statuses elsewhere: read the list afresh on each visit.
  const { data, previousData, loading, error, refetch } = useQuery(StudioModulesDocument, {
    variables: { locale, status: status === ALL_STATUSES ? null : status },
    fetchPolicy: 'cache-and-network',
  });
  const [creating, setCreating] = useState(false);
  const shown = data ?? previousData;
  const modules = shown?.modules ?? [];

  return (
    <section aria-labelledby="modules-heading">
      <PageHeading
        order={2}
        id="modules-heading"
        title={t('studio.sections.modules')}
        subtitle={t('studio.modules.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)} disabled={!shown}>
            {t('studio.modules.create')}
          </Button>
        }
      />
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <ContentStatusFilter w={{ base: '100%', xs: 260 }} value={status} onChange={setStatus} />
          {shown ? (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('studio.modules.count', { count: modules.length })}
            </Text>
          ) : null}
        </Group>
        {error && !shown ? <ErrorNotice onRetry={() => void refetch().catch(() => undefined)}>{t('errors.loadFailed')}</ErrorNotice> : null}
        {loading && !shown ? <CenteredLoader label={t('common.loading')} /> : null}
        {shown && modules.length === 0 ? <Text c="dimmed">{status === ALL_STATUSES ? t('studio.modules.none') : t('studio.modules.noneWithStatus')}</Text> : null}
        {modules.length > 0 ? <ModulesTable modules={modules} caption={t('studio.modules.tableCaption')} /> : null}
      </Stack>
      <ModuleFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        sourceLocale={shown?.me.maison.defaultLocale ?? locale}
        onCreated={(module) => {
          notifications.show({ color: 'green', message: t('studio.modules.created', { code: module.code }) });
          void navigate(`/studio/modules/${module.id}`);
        }}
      />
    </section>
  );
}
