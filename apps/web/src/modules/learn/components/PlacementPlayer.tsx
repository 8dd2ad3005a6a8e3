import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconCloudOff } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFocusWhenOpened } from '../../../app/page-focus';
import type { PlacementPlayer_PlacementFragment } from '../../../generated/graphql';
import { BackLink } from '../../../ui/BackLink';
import { PageHeading } from '../../../ui/PageHeading';
import { MyPathDocument } from '../graphql/adaptive.graphql';
import { useLearnSync } from '../hooks/learn-sync';
import { useLearnLocale } from '../hooks/useLearnLocale';
import { useNextPlacementQuestion } from '../hooks/usePlacement';
import type { LearnerQuestion } from '../learner-question';
import classes from './Learn.module.css';
import { QuestionStep } from './QuestionStep';

type Placement = PlacementPlayer_PlacementFragment;

type Stage =
  | { kind: 'intro' }
  | { kind: 'question'; placement: Placement; question: LearnerQuestion }
  /**
   * The next question cannot be asked now: no connection (or an answer still on the device), an answer of the
   * placement the API refused for now (kept on the device, sent again later), or the API could not prepare it.
   */
  | { kind: 'interrupted'; reason: 'offline' | 'waiting' | 'unavailable' }
  | { kind: 'done'; placement: Placement };

/**
 * The placement: a short adaptive diagnostic. Each question is answered through the device's queue like any other,
 * but the next one is chosen from that answer, so it must reach the server first: without a connection the
 * placement pauses, quietly, and resumes later where it stopped. At the end, the skills recognised as known and how
 * many modules of the path that skips.
 */
export function PlacementPlayer({ initial }: { initial: Placement }) {
  const { t } = useTranslation();
  const locale = useLearnLocale();
  const sync = useLearnSync();
  const { next } = useNextPlacementQuestion();
  const [stage, setStage] = useState<Stage>(() => (initial.status === 'DONE' ? { kind: 'done', placement: initial } : { kind: 'intro' }));
  const [busy, setBusy] = useState(false);
  // The placement's questions answered (or still to answer) here: the one the server is waiting for when it opens.
  const askedHere = useRef(new Set<string>(initial.question ? [initial.question.id] : []));

  const headingRef = useRef<HTMLHeadingElement>(null);
  // The first step's heading too, when the player opens in a page already on screen (a navigation focuses the page's h1).
  useFocusWhenOpened(headingRef);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [stage]);
  // Each question asked is a new step, even the same question again (its answer was refused): nothing of the last
  // attempt (its outcome, its disabled choices) carries over.
  const [asking, setAsking] = useState(0);
  const go = (nextStage: Stage) => {
    moved.current = true;
    setStage(nextStage);
    setAsking((count) => count + 1);
  };

  async function advance() {
    if (busy) return;
    setBusy(true);
    try {
      go(await nextStage());
    } finally {
      setBusy(false);
    }
  }

  async function nextStage(): Promise<Stage> {
    if (!sync.online) return { kind: 'interrupted', reason: 'offline' };
    // An answer kept on the device must reach the server first: the next question is chosen from it.
    const flushed = await sync.flush().catch(() => null);
    if (flushed?.status !== 'done') return { kind: 'interrupted', reason: 'offline' };
    // A pass also ends "done" leaving on the device an answer the API refused for now (it is sent again later): the
    // next question and the result are chosen from every answer of the placement, so neither comes before it.
    if (await answerWaits(askedHere.current)) return { kind: 'interrupted', reason: 'waiting' };
    let placement: Placement;
    try {
      placement = await next();
    } catch (error) {
      return { kind: 'interrupted', reason: CombinedGraphQLErrors.is(error) ? 'unavailable' : 'offline' };
    }
    if (placement.status === 'DONE') return { kind: 'done', placement };
    if (!placement.question) return { kind: 'interrupted', reason: 'unavailable' };
    askedHere.current.add(placement.question.id);
    return { kind: 'question', placement, question: placement.question };
  }

  /** Whether an answer to one of these questions is still on the device. */
  async function answerWaits(questionIds: ReadonlySet<string>): Promise<boolean> {
    // A device store that cannot be read holds nothing the placement could wait for.
    const waiting = await sync.pendingQuestionIds().catch(() => new Set<string>());
    return [...questionIds].some((id) => waiting.has(id));
  }

  // The answer kept on the device also leaves with the sync's own retries (the count on the device then changes): once
  // none of the placement's is left there, it goes on without a press. Try again stays, for an advisor in a hurry.
  const waitsForAnswer = stage.kind === 'interrupted' && stage.reason === 'waiting';
  const placementAnswerWaits = useEffectEvent(() => answerWaits(askedHere.current));
  // The latest `advance`, which does nothing while a press of Try again is under way.
  const resume = useEffectEvent(() => void advance());
  useEffect(() => {
    if (!waitsForAnswer) return undefined;
    let current = true;
    void placementAnswerWaits().then((waits) => {
      if (current && !waits) resume();
    });
    return () => {
      current = false;
    };
  }, [waitsForAnswer, sync.pending]);

  return (
    <article lang={locale}>
      <BackLink to="/learn">{t('learn.player.back')}</BackLink>
      <PageHeading title={t('learn.placement.title')} />
      <Stack gap="xl" maw={720}>
        {stage.kind === 'intro' ? (
          <Stack gap="md" align="flex-start">
            <Text>{t('learn.placement.intro', { count: initial.maxItems })}</Text>
            {initial.status === 'IN_PROGRESS' ? <Text c="dimmed">{t('learn.placement.resume')}</Text> : null}
            {sync.online ? null : <NeedsConnection />}
            <Button onClick={() => void advance()} loading={busy} disabled={!sync.online} rightSection={<IconArrowRight size={16} aria-hidden="true" />}>
              {initial.status === 'IN_PROGRESS' ? t('learn.today.continue') : t('learn.today.begin')}
            </Button>
          </Stack>
        ) : null}
        {stage.kind === 'question' ? (
          <QuestionStep
            key={asking}
            question={stage.question}
            index={Math.max(0, stage.placement.asked - 1)}
            total={stage.placement.maxItems}
            heading={t('learn.placement.questionOf', { index: stage.placement.asked, count: stage.placement.maxItems })}
            moduleVersionId={null}
            headingRef={headingRef}
            onAnswered={() => undefined}
            onNext={() => void advance()}
            nextLoading={busy}
            nextLabel={t('learn.placement.continue')}
            isLast={false}
          />
        ) : null}
        {stage.kind === 'interrupted' ? (
          <section aria-labelledby="learn-placement-paused">
            <Stack gap="md" align="flex-start">
              <Title order={2} id="learn-placement-paused" ref={headingRef} tabIndex={-1} className={`${classes.eyebrow} ${classes.focusTarget}`}>
                {t('learn.placement.title')}
              </Title>
              {stage.reason === 'offline' ? (
                <NeedsConnection />
              ) : (
                <Text role="status">{stage.reason === 'waiting' ? t('learn.placement.answerWaiting') : t('learn.placement.unavailable')}</Text>
              )}
              <Group gap="sm">
                <Button onClick={() => void advance()} loading={busy}>
                  {t('learn.player.retry')}
                </Button>
                <Button component={Link} to="/learn" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden="true" />}>
                  {t('learn.summary.back')}
                </Button>
              </Group>
            </Stack>
          </section>
        ) : null}
        {stage.kind === 'done' ? <PlacementDone placement={stage.placement} headingRef={headingRef} /> : null}
      </Stack>
    </article>
  );
}

function NeedsConnection() {
  const { t } = useTranslation();
  return (
    <div className={classes.note} role="status" aria-live="polite">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconCloudOff size={20} stroke={1.5} color="var(--savoir-gold)" aria-hidden="true" style={{ flexShrink: 0 }} />
        <Text>{t('learn.placement.needsConnection')}</Text>
      </Group>
    </div>
  );
}

/** The skills recognised as known, and how many modules of the path that skips (read afresh from the path). */
function PlacementDone({ placement, headingRef }: { placement: Placement; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation();
  const locale = useLearnLocale();
  const path = useQuery(MyPathDocument, { variables: { locale }, fetchPolicy: 'network-only' });
  const skipped = path.data?.myPath?.skipped;
  const known = placement.masteredSkills;
  return (
    <Paper component="section" aria-labelledby="learn-placement-done" p={{ base: 'md', sm: 'xl' }} bg="white" style={{ borderTop: '2px solid var(--savoir-gold)' }}>
      <Stack gap="md" align="flex-start">
        <Title order={2} id="learn-placement-done" ref={headingRef} tabIndex={-1} className={classes.focusTarget}>
          {t('learn.placement.doneTitle')}
        </Title>
        {known.length > 0 ? (
          <Stack gap={4}>
            <Title order={3} fz="h5" id="learn-placement-known">
              {t('learn.placement.knownTitle')}
            </Title>
            <ul aria-labelledby="learn-placement-known" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
              {known.map((skill) => (
                <li key={skill.code}>
                  <Text>{skill.name}</Text>
                </li>
              ))}
            </ul>
          </Stack>
        ) : (
          <Text>{t('learn.placement.noneKnown')}</Text>
        )}
        {skipped === undefined ? null : skipped > 0 ? (
          <Text size="lg" data-testid="learn-placement-skipped">
            {t('learn.placement.skipped', { count: skipped })}
          </Text>
        ) : known.length > 0 ? (
          <Text c="dimmed" data-testid="learn-placement-skipped">
            {t('learn.placement.noneSkipped')}
          </Text>
        ) : null}
        <Group gap="sm" mt="sm">
          <Button component={Link} to="/learn/path" rightSection={<IconArrowRight size={16} aria-hidden="true" />}>
            {t('learn.placement.seePath')}
          </Button>
          <Button component={Link} to="/learn" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden="true" />}>
            {t('learn.summary.back')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
