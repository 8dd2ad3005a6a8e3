import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiErrorCode } from '../app/graphql-errors';
import { ModulePlayer, type LearnerModule } from '../modules/learn/components/ModulePlayer';
import { LearnerModuleDocument } from '../modules/learn/graphql/learn.graphql';
import { useLearnSync } from '../modules/learn/hooks/learn-sync';
import { useAnswersOnDevice, withAnsweredOnDevice } from '../modules/learn/hooks/useAnswersOnDevice';
import { useImpatient } from '../modules/learn/hooks/useImpatient';
import { useLearnLocale } from '../modules/learn/hooks/useLearnLocale';
import { BackLink } from '../ui/BackLink';
import { CenteredLoader } from '../ui/CenteredLoader';
import { PageHeading } from '../ui/PageHeading';

/**
 * One module, lesson then questions. Online, the newest reading is awaited first (a question may have been answered
 * since in a challenge or on another device); offline, or when the reading is slow to come, the copy already read (or
 * prefetched by Today) opens. A question whose answer still waits on the device counts as answered, wherever it was
 * given (this module, an earlier version of it, a challenge), as the server counts it: it is never asked twice.
 */
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

  // Read when the page opens: an answer then on the device may be sent before the reading lands.
  const waiting = useAnswersOnDevice();
  const impatient = useImpatient();
  // The player fixes its questions and where it starts when it opens: from a settled reading, not a cached copy about
  // to be replaced. Once open, it keeps following the cache (its progress), in the version it opened with.
  const [opened, setOpened] = useState<LearnerModule | null>(null);
  const latest = data?.learnerModule;
  if (latest && waiting && opened?.id !== latest.id && (!loading || !online || impatient)) setOpened(latest);
  if (opened && latest?.id === opened.id && waiting) return <ModulePlayer key={opened.versionId} module={withAnswersOnDevice(sittingOf(opened, latest), waiting)} />;
  if (loading || data) return <CenteredLoader label={t('common.loading')} />;
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

/**
 * The module as this sitting shows it. A newer version published meanwhile (a later reading, e.g. once back online)
 * does not replace the one the advisor is in: they finish the version they started, and their answers name it
 * (the API keeps their progress on the version they started, and still takes answers to a superseded version).
 * The newer one applies when the module next opens. Only the progress follows the cache.
 */
function sittingOf(opened: LearnerModule, latest: LearnerModule): LearnerModule {
  return latest.versionId === opened.versionId ? latest : { ...opened, progress: latest.progress };
}

/** A question whose answer still waits on the device is not asked again. */
function withAnswersOnDevice(module: LearnerModule, waiting: ReadonlySet<string>): LearnerModule {
  const questions = withAnsweredOnDevice(module.questions, (question) => question.id, waiting);
  return questions === module.questions ? module : { ...module, questions: [...questions] };
}
