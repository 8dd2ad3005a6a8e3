import { useQuery } from '@apollo/client/react';
import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../modules/auth/hooks/useSession';
import { BadgeShelf } from '../modules/learn/components/BadgeShelf';
import { LevelHeader } from '../modules/learn/components/LevelHeader';
import { PathSteps } from '../modules/learn/components/PathSteps';
import { TeamQuestCard } from '../modules/learn/components/TeamQuestCard';
import { TodayChallengeCard } from '../modules/learn/components/TodayChallengeCard';
import { MyEnrolmentsDocument, MyGamificationDocument } from '../modules/learn/graphql/learn.graphql';
import { useLearnLocale } from '../modules/learn/hooks/useLearnLocale';
import { usePrefetchModule } from '../modules/learn/hooks/usePrefetchModule';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

function partOfDay(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

/** Today: the advisor's title, XP and streak, today's moment, their path, badges and the boutique's quest. */
export function LearnTodayPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const locale = useLearnLocale();
  const enrolments = useQuery(MyEnrolmentsDocument, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  const gamification = useQuery(MyGamificationDocument, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  const programs = enrolments.data?.myEnrolments ?? [];
  const main = programs.find((enrolment) => enrolment.onboarding) ?? programs[0];
  usePrefetchModule(main?.nextStep?.moduleId);
  const name = viewer?.displayName.split(' ')[0] ?? '';

  return (
    <>
      <PageHeading title={t('spaces.learn')} subtitle={t(`greeting.${partOfDay(new Date().getHours())}`, { name })} />
      <Grid gap={{ base: 'lg', sm: 'xl' }}>
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <Stack gap="xl">
            {gamification.data ? <LevelHeader gamification={gamification.data.myGamification} /> : null}
            {enrolments.data ? (
              main ? (
                <>
                  <TodayChallengeCard enrolment={main} />
                  {programs.map((enrolment) => (
                    <PathSteps key={enrolment.id} enrolment={enrolment} headingId={`learn-path-${enrolment.id}`} />
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
              <ErrorNotice>{t('learn.today.loadFailed')}</ErrorNotice>
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
