import { useApolloClient, useQuery } from '@apollo/client/react';
import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../modules/auth/hooks/useSession';
import { BadgeShelf } from '../modules/learn/components/BadgeShelf';
import { ChallengeCard } from '../modules/learn/components/ChallengeCard';
import { LevelHeader } from '../modules/learn/components/LevelHeader';
import { PathSteps } from '../modules/learn/components/PathSteps';
import { PlacementInvitation } from '../modules/learn/components/PlacementInvitation';
import { TeamQuestCard } from '../modules/learn/components/TeamQuestCard';
import { TodayChallengeCard } from '../modules/learn/components/TodayChallengeCard';
import { MyPathDocument, MyPlacementDocument, TodayChallengeDocument } from '../modules/learn/graphql/adaptive.graphql';
import { MyEnrolmentsDocument, TeamQuestDocument } from '../modules/learn/graphql/learn.graphql';
import { useLearnLocale } from '../modules/learn/hooks/useLearnLocale';
import { useHasPassed } from '../modules/learn/hooks/useLocalDay';
import { useMyGamification } from '../modules/learn/hooks/useMyGamification';
import { useRetryWhenBackOnline } from '../modules/learn/hooks/useRetryWhenBackOnline';
import { usePrefetchModule } from '../modules/learn/hooks/usePrefetchModule';
import { nextModuleId, skippedModuleIds } from '../modules/learn/personal-path';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { partOfDay } from '../modules/shell/greeting';
import { PageHeading } from '../ui/PageHeading';

/**
 * Today: the advisor's title, XP and streak, the placement's invitation at the start of onboarding, today's
 * challenge (or, without one, the path's next step), their path, badges and the boutique's quest.
 */
export function LearnTodayPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const client = useApolloClient();
  const locale = useLearnLocale();
  const enrolments = useQuery(MyEnrolmentsDocument, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  // Read again when the app becomes visible again and at midnight: the XP of the day and "done today" are one day's.
  const gamification = useMyGamification(locale);
  // Read with its questions, so the challenge opens even if the Wi-Fi drops in between.
  const challenge = useQuery(TodayChallengeDocument, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  const path = useQuery(MyPathDocument, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  const programs = enrolments.data?.myEnrolments ?? [];
  const main = programs.find((enrolment) => enrolment.onboarding) ?? programs[0];
  const onboarding = main !== undefined && main.onboarding && !main.certifiedAt && !main.completedAt;
  const placement = useQuery(MyPlacementDocument, { variables: { locale }, fetchPolicy: 'cache-and-network', skip: !onboarding });
  // Whatever failed (offline, say) is read again, by itself when the connection returns or on "Try again": not only
  // the enrolments, or Today would never get its challenge or XP back. (The quest's card reads itself again on reconnection.)
  const failed = [enrolments, gamification, challenge, path, placement].filter((query) => query.error !== undefined);
  const retryFailed = () => Promise.all(failed.map((query) => query.refetch()));
  useRetryWhenBackOnline(failed.length > 0, retryFailed);
  const tryAgain = () =>
    Promise.all([
      retryFailed(),
      // The quest's card is silent when it cannot load: "Try again" reads it again too.
      client.refetchQueries({ include: [TeamQuestDocument], onQueryUpdated: (query) => query.getCurrentResult().error !== undefined }),
    ]);

  // The personal path plans the main program: its next module (skipping what the advisor already knows) leads.
  const personal = main && path.data?.myPath?.programId === main.programId ? path.data.myPath : null;
  const planned = personal ? nextModuleId(personal) : null;
  const nextStep = main ? (main.steps.find((step) => step.moduleId === planned) ?? main.nextStep) : null;
  const skipped = personal ? skippedModuleIds(personal) : undefined;
  usePrefetchModule(nextStep?.moduleId);

  // A challenge past its expiry (yesterday's, kept in the cache) is no longer today's: absent, and read again.
  const cachedChallenge = challenge.data?.todayChallenge ?? null;
  const expired = useHasPassed(cachedChallenge?.expiresAt);
  const todays = expired ? null : cachedChallenge;
  const expiredId = expired ? cachedChallenge?.id : undefined;
  const refetchChallenge = challenge.refetch;
  useEffect(() => {
    if (expiredId !== undefined) void refetchChallenge().catch(() => undefined);
  }, [expiredId, refetchChallenge]);
  // Until the challenge is known (or known to be out of reach), Today's moment waits rather than switching under the eye.
  const challengeKnown = challenge.data !== undefined || challenge.error !== undefined;
  const name = viewer?.displayName.split(' ')[0] ?? '';

  return (
    <>
      <PageHeading title={t('spaces.learn')} subtitle={t(`greeting.${partOfDay(new Date().getHours())}`, { name })} />
      <Grid gap={{ base: 'lg', sm: 'xl' }}>
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <Stack gap="xl">
            {gamification.data ? <LevelHeader gamification={gamification.data.myGamification} stale={gamification.stale} /> : null}
            {enrolments.data ? (
              main ? (
                <>
                  {onboarding && placement.data ? <PlacementInvitation status={placement.data.myPlacement.status} /> : null}
                  {challengeKnown ? todays && !todays.completed ? <ChallengeCard challenge={todays} /> : <TodayChallengeCard enrolment={main} nextStep={nextStep} /> : null}
                  {todays?.completed ? <ChallengeCard challenge={todays} /> : null}
                  {programs.map((enrolment) => (
                    <PathSteps
                      key={enrolment.id}
                      enrolment={enrolment}
                      headingId={`learn-path-${enrolment.id}`}
                      {...(enrolment === main ? { skipped, nextModuleId: nextStep?.moduleId ?? null, explained: personal !== null } : {})}
                    />
                  ))}
                </>
              ) : (
                <Paper component="section" aria-labelledby="learn-empty" p={{ base: 'md', sm: 'xl' }} bg="white">
                  <Stack gap="xs">
                    <Title order={2} id="learn-empty" fz="h3">
                      {t('learn.empty.title')}
                    </Title>
                    <Text c="dimmed">{t('learn.empty.body')}</Text>
                  </Stack>
                </Paper>
              )
            ) : enrolments.loading ? (
              <CenteredLoader label={t('common.loading')} />
            ) : (
              <ErrorNotice onRetry={() => void tryAgain().catch(() => undefined)}>{t('learn.today.loadFailed')}</ErrorNotice>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <Stack gap="xl">
            {gamification.data ? <BadgeShelf badges={gamification.data.myGamification.badges} /> : null}
            <TeamQuestCard />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
