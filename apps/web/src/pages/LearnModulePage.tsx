import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiErrorCode } from '../app/graphql-errors';
import { ModulePlayer } from '../modules/learn/components/ModulePlayer';
import { LearnerModuleDocument } from '../modules/learn/graphql/learn.graphql';
import { useLearnSync } from '../modules/learn/hooks/learn-sync';
import { useLearnLocale } from '../modules/learn/hooks/useLearnLocale';
import { BackLink } from '../ui/BackLink';
import { CenteredLoader } from '../ui/CenteredLoader';
import { PageHeading } from '../ui/PageHeading';

/** One module, lesson then questions; offline, the copy already read (or prefetched by Today) opens. */
export function LearnModulePage() {
  const { t } = useTranslation();
  const { moduleId = '' } = useParams();
  const locale = useLearnLocale();
  const { online } = useLearnSync();
  const { data, loading, error, refetch } = useQuery(LearnerModuleDocument, {
    variables: { id: moduleId, locale },
    fetchPolicy: online ? 'cache-and-network' : 'cache-first',
    nextFetchPolicy: 'cache-first',
  });

  if (data) return <ModulePlayer key={data.learnerModule.versionId} module={data.learnerModule} />;
  if (loading) return <CenteredLoader label={t('common.loading')} />;
  const missing = apiErrorCode(error) === 'NOT_FOUND';
  return (
    <>
      <BackLink to="/learn">{t('learn.player.back')}</BackLink>
      <PageHeading title={t('learn.player.unavailableTitle')} />
      <Stack gap="md" align="flex-start" maw={640}>
        <Text c="dimmed" role="status">
          {missing ? t('learn.player.notFound') : t('learn.player.loadFailed')}
        </Text>
        {missing ? null : (
          <Button variant="default" onClick={() => void refetch().catch(() => undefined)}>
            {t('learn.player.retry')}
          </Button>
        )}
      </Stack>
    </>
  );
}
