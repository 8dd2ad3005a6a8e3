import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFocusWhenOpened } from '../../../app/page-focus';
import type { TodayChallengeQuery } from '../../../generated/graphql';
import { BackLink } from '../../../ui/BackLink';
import { PageHeading } from '../../../ui/PageHeading';
import type { AnswerOutcome } from '../answer-transport';
import { useMarkChallengeItemAnswered } from '../hooks/useChallengeProgress';
import { useLearnLocale } from '../hooks/useLearnLocale';
import { useRewards, type Rewards } from '../hooks/useRewards';
import { resumeIndex } from '../learner-question';
import { ChallengeReason } from './ChallengeReason';
import classes from './Learn.module.css';
import { QuestionStep } from './QuestionStep';
import { RewardsView } from './RewardsView';

export type TodayChallenge = NonNullable<TodayChallengeQuery['todayChallenge']>;

type Stage = { kind: 'question'; index: number } | { kind: 'summary' };

/**
 * Today's challenge from its first item not answered yet to its end: each question with why it was chosen, the
 * outcome and explanation at once, then a short summary with what it earned. Answers go through the device's queue,
 * like a module's (no module version: they are the advisor's own practice). Focus follows each change to the new
 * heading.
 */
export function ChallengePlayer({ challenge }: { challenge: TodayChallenge }) {
  const { t } = useTranslation();
  const locale = useLearnLocale();
  const markAnswered = useMarkChallengeItemAnswered();
  // The items of this sitting: fixed when it starts (the worker may prepare the next challenge meanwhile).
  const [items] = useState(() => challenge.items);
  const [stage, setStage] = useState<Stage>(() => (items.some((item) => !item.answered) ? { kind: 'question', index: resumeIndex(items) } : { kind: 'summary' }));
  const [outcomes, setOutcomes] = useState<AnswerOutcome[]>([]);
  const rewards = useRewards({ challenge: challenge.id }, stage.kind === 'summary' && outcomes.some((outcome) => outcome.kind === 'scored'));

  const headingRef = useRef<HTMLHeadingElement>(null);
  // The first step's heading too, when the player opens in a page already on screen (a navigation focuses the page's h1).
  useFocusWhenOpened(headingRef);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [stage]);
  const go = (next: Stage) => {
    moved.current = true;
    setStage(next);
  };

  function answered(questionId: string, outcome: AnswerOutcome) {
    setOutcomes((previous) => [...previous, outcome]);
    if (outcome.kind !== 'rejected') markAnswered(challenge.id, questionId);
  }

  const item = stage.kind === 'question' ? items[stage.index] : undefined;
  return (
    <article lang={locale}>
      <BackLink to="/learn">{t('learn.player.back')}</BackLink>
      <PageHeading title={t(`learn.challenge.titles.${challenge.kind}`)} subtitle={t('learn.challenge.items', { count: items.length })} />
      <Stack gap="xl" maw={720}>
        {stage.kind === 'question' && item ? (
          <QuestionStep
            key={item.question.id}
            question={item.question}
            index={stage.index}
            total={items.length}
            moduleVersionId={null}
            lead={<ChallengeReason reason={item.reason} skill={item.skill.name} />}
            headingRef={headingRef}
            onAnswered={(outcome) => answered(item.question.id, outcome)}
            onNext={() => go(stage.index + 1 < items.length ? { kind: 'question', index: stage.index + 1 } : { kind: 'summary' })}
            isLast={stage.index + 1 >= items.length}
          />
        ) : null}
        {stage.kind === 'summary' ? <ChallengeSummary earlier={items.filter((item) => item.answered)} outcomes={outcomes} rewards={rewards} headingRef={headingRef} /> : null}
      </Stack>
    </article>
  );
}

/**
 * The end: how many were right, the XP it earned, what waits on the device, and where to go next. A sitting resumed
 * after a pause counts the items answered before it (`earlier`) from their first answers as the server has them; the
 * score is shown only when every answer's outcome is known.
 */
function ChallengeSummary({ earlier, outcomes, rewards, headingRef }: { earlier: TodayChallenge['items']; outcomes: readonly AnswerOutcome[]; rewards: Rewards; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation();
  const results = [...earlier.map((item) => item.correct ?? null), ...outcomes.flatMap((outcome) => (outcome.kind === 'scored' ? [outcome.result.correct] : []))];
  const saved = outcomes.filter((outcome) => outcome.kind === 'saved').length;
  const refused = outcomes.filter((outcome) => outcome.kind === 'rejected').length;
  // Opened with every item already answered (e.g. from another device).
  const already = outcomes.length === 0;
  const scoreKnown = saved === 0 && results.length > 0 && results.every((correct) => correct !== null);

  return (
    <Paper component="section" aria-labelledby="learn-challenge-summary" p={{ base: 'md', sm: 'xl' }} bg="white" style={{ borderTop: '2px solid var(--savoir-gold)' }}>
      <Stack gap="md" align="flex-start">
        <Title order={2} id="learn-challenge-summary" ref={headingRef} tabIndex={-1} className={classes.focusTarget}>
          {already ? t('learn.challenge.doneTitle') : t('learn.challenge.summaryTitle')}
        </Title>
        {scoreKnown ? (
          <Text size="lg" data-testid="learn-challenge-score">
            {t('learn.challenge.right', { right: results.filter(Boolean).length, count: results.length })}
          </Text>
        ) : null}
        {saved > 0 ? <Text>{t('learn.summary.saved', { count: saved })}</Text> : null}
        {refused > 0 ? <Text c="dimmed">{t('learn.summary.refused', { count: refused })}</Text> : null}
        <RewardsView rewards={rewards} waitingForSync={saved > 0} />
        <Text c="dimmed">{already ? t('learn.challenge.doneBody') : t('learn.challenge.nextOne')}</Text>
        <Group gap="sm" mt="sm">
          <Button component={Link} to="/learn" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden="true" />}>
            {t('learn.summary.back')}
          </Button>
          <Button component={Link} to="/learn/path" variant="subtle" rightSection={<IconArrowRight size={16} aria-hidden="true" />}>
            {t('learn.challenge.seeGaps')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
