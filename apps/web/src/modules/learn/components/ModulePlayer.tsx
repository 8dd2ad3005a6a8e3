import type { StoreObject } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusWhenOpened } from '../../../app/page-focus';
import type { LearnerModuleQuery } from '../../../generated/graphql';
import { BackLink } from '../../../ui/BackLink';
import { PageHeading } from '../../../ui/PageHeading';
import { newPendingLessonRead } from '../../offline/answer-sync';
import type { AnswerOutcome } from '../answer-transport';
import { useLearnSync } from '../hooks/learn-sync';
import { useLearnLocale } from '../hooks/useLearnLocale';
import { useRewards } from '../hooks/useRewards';
import { opensWithLesson, resumeIndex } from '../learner-question';
import { toLessonBlocks } from '../lesson-blocks';
import classes from './Learn.module.css';
import { LessonBlocks } from './LessonBlocks';
import { ModuleSummary } from './ModuleSummary';
import { QuestionStep } from './QuestionStep';

export type LearnerModule = LearnerModuleQuery['learnerModule'];
type ModuleProgress = LearnerModule['progress'];

type Stage = { kind: 'lesson' } | { kind: 'question'; index: number } | { kind: 'summary' };

/**
 * A module from start to end: the lesson ("I have read this"), the questions one at a time from the first not yet
 * answered, then the summary. Focus follows each change to the new heading, for keyboard and screen-reader users.
 */
export function ModulePlayer({ module }: { module: LearnerModule }) {
  const { t } = useTranslation();
  const locale = useLearnLocale();
  const client = useApolloClient();
  const { userId, submitLessonRead } = useLearnSync();
  const blocks = useMemo(() => toLessonBlocks(module.blocks), [module.blocks]);
  // The questions of this sitting: fixed when it starts, so marking answers in the cache never shifts them.
  const [questions] = useState(() => module.questions);
  // Every question answered before: a review, whose answers are not first attempts.
  const [review] = useState(() => questions.length > 0 && questions.every((question) => question.answered));
  const [stage, setStage] = useState<Stage>(() => {
    if (opensWithLesson(blocks.length, questions, module.progress.lessonReadAt ?? null)) return { kind: 'lesson' };
    return questions.length > 0 ? { kind: 'question', index: resumeIndex(questions) } : { kind: 'summary' };
  });
  const [outcomes, setOutcomes] = useState<AnswerOutcome[]>([]);
  const [lessonRecorded, setLessonRecorded] = useState(false);
  const earnedSomething = lessonRecorded || outcomes.some((outcome) => outcome.kind === 'scored');
  const rewards = useRewards({ module: module.id }, stage.kind === 'summary' && earnedSomething);

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

  const keepProgress = useCallback(
    (progress: ModuleProgress) => {
      client.cache.modify({ id: client.cache.identify({ __typename: 'LearnerModule', id: module.id }), fields: { progress: () => progress } });
    },
    [client, module.id],
  );

  /**
   * The reading joins the device's queue with the answers, stamped with its instant: offline, it is sent when the
   * connection returns, even if the app is closed meanwhile.
   */
  const recordLesson = useCallback(async () => {
    const read = newPendingLessonRead({ userId, moduleVersionId: module.versionId });
    const outcome = await submitLessonRead(read).catch(() => null);
    if (outcome?.kind === 'recorded') {
      keepProgress(outcome.progress);
      setLessonRecorded(true);
    } else if (outcome?.kind === 'saved') {
      // Opening the module again before it is sent resumes after the lesson, as it will once the server has it.
      keepProgress({ ...module.progress, lessonReadAt: module.progress.lessonReadAt ?? read.readAt });
    }
  }, [keepProgress, module.progress, module.versionId, submitLessonRead, userId]);

  function finishLesson() {
    // Recorded in the background: on poor Wi-Fi the advisor moves on at once.
    void recordLesson();
    go(questions.length > 0 ? { kind: 'question', index: resumeIndex(questions) } : { kind: 'summary' });
  }

  function answered(questionId: string, outcome: AnswerOutcome) {
    setOutcomes((previous) => [...previous, outcome]);
    if (outcome.kind === 'rejected') return;
    // Resuming later starts after it, even before the module is read again from the API. (A question is kept inside
    // its module's reading: see createCache.)
    client.cache.modify<{ questions: readonly StoreObject[] }>({
      id: client.cache.identify({ __typename: 'LearnerModule', id: module.id }),
      fields: { questions: (cached, { readField }) => cached.map((question) => (readField('id', question) === questionId ? { ...question, answered: true } : question)) },
    });
    if (outcome.kind === 'scored' && outcome.result.moduleProgress) keepProgress(outcome.result.moduleProgress);
  }

  return (
    <article lang={locale}>
      <BackLink to="/learn">{t('learn.player.back')}</BackLink>
      <PageHeading
        title={module.title}
        subtitle={
          <Group component="span" gap="xs" wrap="wrap">
            <Badge component="span" variant="outline" color="gold" radius="xs" tt="none" fw={500}>
              {t(`learn.kinds.${module.kind}`)}
            </Badge>
            <Text component="span" size="sm" c="dimmed">
              {t('learn.minutes', { count: module.estimatedMinutes })}
            </Text>
          </Group>
        }
      />
      <Stack gap="xl" maw={720}>
        {stage.kind === 'lesson' ? (
          <section aria-labelledby="learn-lesson">
            <Stack gap="lg">
              <Title order={2} id="learn-lesson" ref={headingRef} tabIndex={-1} className={`${classes.eyebrow} ${classes.focusTarget}`}>
                {t('learn.lesson.title')}
              </Title>
              {module.summary ? <Text c="dimmed">{module.summary}</Text> : null}
              <LessonBlocks blocks={blocks} locale={locale} />
              <Group justify="flex-end" pt="md" style={{ borderTop: '1px solid var(--savoir-hairline)' }}>
                <Button onClick={finishLesson} rightSection={<IconArrowRight size={16} aria-hidden="true" />}>
                  {questions.length > 0 ? t('learn.lesson.readContinue') : t('learn.lesson.read')}
                </Button>
              </Group>
            </Stack>
          </section>
        ) : null}
        {stage.kind === 'question' && questions[stage.index] ? (
          <QuestionStep
            key={questions[stage.index].id}
            question={questions[stage.index]}
            index={stage.index}
            total={questions.length}
            moduleVersionId={module.versionId}
            headingRef={headingRef}
            onAnswered={(outcome) => answered(questions[stage.index].id, outcome)}
            onNext={() => go(stage.index + 1 < questions.length ? { kind: 'question', index: stage.index + 1 } : { kind: 'summary' })}
            isLast={stage.index + 1 >= questions.length}
          />
        ) : null}
        {stage.kind === 'summary' ? <ModuleSummary title={module.title} review={review} progress={module.progress} outcomes={outcomes} rewards={rewards} headingRef={headingRef} /> : null}
      </Stack>
    </article>
  );
}
