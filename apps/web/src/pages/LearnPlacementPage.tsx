import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PlacementPlayer } from '../modules/learn/components/PlacementPlayer';
import { MyPlacementDocument } from '../modules/learn/graphql/adaptive.graphql';
import { useLearnSync } from '../modules/learn/hooks/learn-sync';
import { useLearnLocale } from '../modules/learn/hooks/useLearnLocale';
import { BackLink } from '../ui/BackLink';
import { CenteredLoader } from '../ui/CenteredLoader';
import { PageHeading } from '../ui/PageHeading';

/** The placement: where it stands is read first (to begin, continue, or show what it found). */
export function LearnPlacementPage() {
  const { t } = useTranslation();
  const locale = useLearnLocale();
  const { online } = useLearnSync();
  const { data, loading, refetch } = useQuery(MyPlacementDocument, { variables: { locale }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });

  if (data && (!loading || !online)) return <PlacementPlayer initial={data.myPlacement} />;
  if (loading) return <CenteredLoader label={t('common.loading')} />;
  return (
    <>
      <BackLink to="/learn">{t('learn.player.back')}</BackLink>
      <PageHeading title={t('learn.placement.title')} />
      <Stack gap="md" align="flex-start" maw={640}>
        <Text c="dimmed" role="status">
          {t('learn.placement.needsConnection')}
        </Text>
        <Group>
          <Button variant="default" onClick={() => void refetch().catch(() => undefined)}>
            {t('learn.player.retry')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}
