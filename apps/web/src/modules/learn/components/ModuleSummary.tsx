import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LearnModuleProgress_ProgressFragment } from '../../../generated/graphql';
import type { AnswerOutcome } from '../answer-transport';
import type { Rewards } from '../hooks/useRewards';
import classes from './Learn.module.css';
import { RewardsView } from './RewardsView';

export interface ModuleSummaryProps {
  title: string;
  /** The questions had all been answered before: this sitting's score is shown too. */
  review: boolean;
  /** The module's progress as the server last reported it (the last answer's result, or the module as it opened). */
  progress: LearnModuleProgress_ProgressFragment;
  /** What became of each answer given in this sitting. */
  outcomes: readonly AnswerOutcome[];
  rewards: Rewards;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * The end of a module: how many questions were right the first time (the server's count, so an advisor coming back
 * to a module sees all of it), then the XP, streak and any badge once the worker awards them. While answers of this
 * sitting still wait on the device, the count would be short of them: it is not shown.
 */
export function ModuleSummary({ title, review, progress, outcomes, rewards, headingRef }: ModuleSummaryProps) {
  const { t } = useTranslation();
  const scored = outcomes.flatMap((outcome) => (outcome.kind === 'scored' ? [outcome.result] : []));
  const rightThisTime = scored.filter((result) => result.correct).length;
  const saved = outcomes.filter((outcome) => outcome.kind === 'saved').length;
  const refused = outcomes.filter((outcome) => outcome.kind === 'rejected').length;
  const showScore = saved === 0 && progress.answered > 0;

  return (
    <Paper component="section" aria-labelledby="learn-summary" p={{ base: 'md', sm: 'xl' }} bg="white" style={{ borderTop: '2px solid var(--savoir-gold)' }}>
      <Stack gap="md" align="flex-start">
        <Text className={classes.eyebrow}>{title}</Text>
        <Title order={2} id="learn-summary" ref={headingRef} tabIndex={-1} className={classes.focusTarget}>
          {t('learn.summary.title')}
        </Title>
        {showScore ? (
          <Text size="lg" data-testid="learn-summary-score">
            {t('learn.summary.firstTime', { right: progress.correctFirstTime, count: progress.total })}
          </Text>
        ) : null}
        {showScore && progress.perfect && progress.total > 1 ? <Text c="dimmed">{t('learn.summary.perfect')}</Text> : null}
        {review && scored.length > 0 ? <Text>{t('learn.summary.rightThisTime', { right: rightThisTime, count: scored.length })}</Text> : null}
        {saved > 0 ? <Text>{t('learn.summary.saved', { count: saved })}</Text> : null}
        {refused > 0 ? <Text c="dimmed">{t('learn.summary.refused', { count: refused })}</Text> : null}
        <RewardsView rewards={rewards} waitingForSync={saved > 0} />
        <Button component={Link} to="/learn" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden="true" />} mt="sm">
          {t('learn.summary.back')}
        </Button>
      </Stack>
    </Paper>
  );
}
