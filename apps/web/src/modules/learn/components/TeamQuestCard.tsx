import { useQuery } from '@apollo/client/react';
import { Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TeamQuestDocument } from '../graphql/learn.graphql';
import { useRetryWhenBackOnline } from '../hooks/useRetryWhenBackOnline';

/**
 * The boutique's shared weekly goal: everyone's XP together, never who did what. Silent when it cannot load, and read
 * again by itself when the connection returns.
 */
export function TeamQuestCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(TeamQuestDocument, { fetchPolicy: 'cache-and-network' });
  useRetryWhenBackOnline(error !== undefined, refetch);
  const quest = data?.teamQuest;
  if (!quest) return null;
  return (
    <Paper component="section" aria-labelledby="learn-team-quest" p={{ base: 'md', sm: 'lg' }} bg="white">
      <Stack gap="xs">
        <Title order={2} id="learn-team-quest" fz="h3">
          {t('learn.teamQuest.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('learn.teamQuest.subtitle', { boutique: quest.boutiqueName })}
        </Text>
        <Progress value={Math.round(Math.min(1, quest.progress) * 100)} size={4} radius="xl" aria-label={t('learn.teamQuest.progressLabel')} />
        <Text size="sm" data-testid="learn-team-quest">
          {t('learn.teamQuest.progress', { total: quest.total, goal: quest.goal })}
        </Text>
        {quest.reached ? <Text size="sm">{t('learn.teamQuest.reached')}</Text> : null}
      </Stack>
    </Paper>
  );
}
