import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BadgeCollection } from '../modules/learn/components/BadgeCollection';
import { LeaderboardSection } from '../modules/learn/components/LeaderboardSection';
import { LevelHeader } from '../modules/learn/components/LevelHeader';
import { TeamQuestCard } from '../modules/learn/components/TeamQuestCard';
import { useLearnLocale } from '../modules/learn/hooks/useLearnLocale';
import { useMyGamification } from '../modules/learn/hooks/useMyGamification';
import { useRetryWhenBackOnline } from '../modules/learn/hooks/useRetryWhenBackOnline';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

/** Badges earned and in progress, the opt-in leaderboard and the boutique's quest. */
export function LearnProgressPage() {
  const { t } = useTranslation();
  const locale = useLearnLocale();
  // Read again when the app becomes visible again and at midnight: the XP of the day and "done today" are one day's.
  const { data, loading, error, refetch, stale } = useMyGamification(locale);
  useRetryWhenBackOnline(error !== undefined, refetch);
  const gamification = data?.myGamification;

  return (
    <>
      <PageHeading title={t('learn.progress.title')} subtitle={t('learn.progress.subtitle')} />
      {gamification ? (
        <Stack gap="xl">
          <LevelHeader gamification={gamification} stale={stale} />
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
