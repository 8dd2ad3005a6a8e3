import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BadgeCollection } from '../modules/learn/components/BadgeCollection';
import { LeaderboardSection } from '../modules/learn/components/LeaderboardSection';
import { LevelHeader } from '../modules/learn/components/LevelHeader';
import { TeamQuestCard } from '../modules/learn/components/TeamQuestCard';
import { MyGamificationDocument } from '../modules/learn/graphql/learn.graphql';
import { useLearnLocale } from '../modules/learn/hooks/useLearnLocale';
import { useRetryWhenBackOnline } from '../modules/learn/hooks/useRetryWhenBackOnline';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

/** Badges earned and in progress, the opt-in leaderboard and the boutique's quest. */
export function LearnProgressPage() {
  const { t } = useTranslation();
  const locale = useLearnLocale();
  const { data, loading, error, refetch } = useQuery(MyGamificationDocument, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  useRetryWhenBackOnline(error !== undefined, refetch);
  const gamification = data?.myGamification;

  return (
    <>
      <PageHeading title={t('learn.progress.title')} subtitle={t('learn.progress.subtitle')} />
      {gamification ? (
        <Stack gap="xl">
          <LevelHeader gamification={gamification} />
          <BadgeCollection badges={gamification.badges} />
          <LeaderboardSection optedIn={gamification.leaderboardOptIn} />
          <TeamQuestCard />
        </Stack>
      ) : loading ? (
        <CenteredLoader label={t('common.loading')} />
      ) : (
        <ErrorNotice onRetry={() => void refetch().catch(() => undefined)}>{t('learn.progress.loadFailed')}</ErrorNotice>
      )}
    </>
  );
}
