import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChallengePlayer, type TodayChallenge } from '../modules/learn/components/ChallengePlayer';
import { TodayChallengeDocument } from '../modules/learn/graphql/adaptive.graphql';
import { useLearnSync } from '../modules/learn/hooks/learn-sync';
import { useAnswersOnDevice, withAnsweredOnDevice } from '../modules/learn/hooks/useAnswersOnDevice';
import { useImpatient } from '../modules/learn/hooks/useImpatient';
import { useLearnLocale } from '../modules/learn/hooks/useLearnLocale';
import { BackLink } from '../ui/BackLink';
import { CenteredLoader } from '../ui/CenteredLoader';
import { PageHeading } from '../ui/PageHeading';

/**
 * Today's challenge, played item by item. Online, the newest challenge is read first; offline, or when the reading
 * is slow to come, the copy Today read opens. Once open, the sitting keeps its challenge even if the worker prepares
 * the next one meanwhile. A question whose answer still waits on the device (given here or in a module) counts as
 * answered, whatever the server says yet: it is never asked twice.
 */
export function LearnChallengePage() {
  const { t } = useTranslation();
  const locale = useLearnLocale();
  const { online } = useLearnSync();
  const { data, loading, refetch } = useQuery(TodayChallengeDocument, {
    variables: { locale },
    fetchPolicy: online ? 'cache-and-network' : 'cache-first',
    nextFetchPolicy: 'cache-first',
  });
  // Read when the page opens, with the challenge: an answer then on the device may be sent before the reading lands.
  const waiting = useAnswersOnDevice();
  // The phone may say it is online while the boutique's Wi-Fi reaches nothing: then the copy Today read opens soon.
  const impatient = useImpatient();
  const [held, setHeld] = useState<TodayChallenge | null>(null);
  const current = data?.todayChallenge ?? null;
  // Held from the first settled reading (not a cached one about to be replaced), for the whole sitting.
  if (held === null && current && waiting && (!loading || !online || impatient)) setHeld(withAnswersOnDevice(current, waiting));

  if (held) return <ChallengePlayer challenge={held} />;
  if (loading || current) return <CenteredLoader label={t('common.loading')} />;
  const none = data !== undefined;
  return (
    <>
      <BackLink to="/learn">{t('learn.player.back')}</BackLink>
      <PageHeading title={none ? t('learn.challenge.noneTitle') : t('learn.challenge.titles.DAILY')} />
      <Stack gap="md" align="flex-start" maw={640}>
        <Text c="dimmed" role="status">
          {none ? t('learn.challenge.noneBody') : t('learn.challenge.loadFailed')}
        </Text>
        <Group gap="sm">
          {none ? null : (
            <Button variant="default" onClick={() => void refetch().catch(() => undefined)}>
              {t('learn.player.retry')}
            </Button>
          )}
          <Button component={Link} to="/learn" variant={none ? 'default' : 'subtle'} leftSection={<IconArrowLeft size={16} aria-hidden="true" />}>
            {t('learn.summary.back')}
          </Button>
        </Group>
      </Stack>
    </>
  );
}

function withAnswersOnDevice(challenge: TodayChallenge, waiting: ReadonlySet<string>): TodayChallenge {
  const items = withAnsweredOnDevice(challenge.items, (item) => item.question.id, waiting);
  return items === challenge.items ? challenge : { ...challenge, items: [...items], completed: items.every((item) => item.answered) };
}
