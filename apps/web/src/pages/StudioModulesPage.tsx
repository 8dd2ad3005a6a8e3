import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ContentStatus } from '../generated/graphql';
import { ModuleFormModal } from '../modules/learning-modules/components/ModuleFormModal';
import { ModulesTable } from '../modules/learning-modules/components/ModulesTable';
import { StudioModulesDocument } from '../modules/learning-modules/graphql/modules.graphql';
import { CONTENT_STATUSES } from '../modules/learning-modules/module-draft';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

const ALL = 'ALL';

export function StudioModulesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = useContentLocale();
  const [status, setStatus] = useState<ContentStatus | typeof ALL>(ALL);
  // Review moves modules between statuses elsewhere: read the list afresh on each visit.
  const { data, previousData, loading, error } = useQuery(StudioModulesDocument, {
    variables: { locale, status: status === ALL ? null : status },
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
          <Select
            label={t('studio.modules.statusFilter')}
            w={{ base: '100%', xs: 260 }}
            data={[{ value: ALL, label: t('studio.modules.allStatuses') }, ...CONTENT_STATUSES.map((value) => ({ value, label: t(`studio.workflow.status.${value}`) }))]}
            value={status}
            allowDeselect={false}
            onChange={(value) => setStatus((value ?? ALL) as ContentStatus | typeof ALL)}
          />
          {shown ? (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('studio.modules.count', { count: modules.length })}
            </Text>
          ) : null}
        </Group>
        {error && !shown ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
        {loading && !shown ? <CenteredLoader label={t('common.loading')} /> : null}
        {shown && modules.length === 0 ? <Text c="dimmed">{status === ALL ? t('studio.modules.none') : t('studio.modules.noneWithStatus')}</Text> : null}
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
