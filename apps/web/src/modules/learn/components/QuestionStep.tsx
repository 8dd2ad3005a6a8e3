import { Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconDeviceMobileCheck, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { newPendingAnswer } from '../../offline/answer-sync';
import { AnswerFeedbackPanel } from '../../questions/components/AnswerFeedbackPanel';
import { QuestionView } from '../../questions/components/QuestionView';
import { answerToCheck, isAnswerComplete, type Answer } from '../../questions/presented-question';
import type { AnswerOutcome } from '../answer-transport';
import { useLearnSync } from '../hooks/learn-sync';
import { presentLearnerQuestion, type LearnerQuestion } from '../learner-question';
import classes from './Learn.module.css';

export interface QuestionStepProps {
  question: LearnerQuestion;
  /** 0-based position in the module (or the challenge, or the placement). */
  index: number;
  total: number;
  /** The module version it is answered in; null outside a module (today's challenge, the placement). */
  moduleVersionId: string | null;
  /** The heading instead of "Question 2 of 5" (the placement: "of at most"). */
  heading?: string;
  /** Shown between the heading and the question, e.g. why this question was chosen. */
  lead?: ReactNode;
  /** The label of the button after the outcome, instead of "Next question" / "See the summary". */
  nextLabel?: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnswered: (outcome: AnswerOutcome) => void;
  onNext: () => void;
  /** The next step is being prepared (the placement's next question is chosen on the server). */
  nextLoading?: boolean;
  isLast: boolean;
}

/**
 * One question: the shared player (`QuestionView`), "Check", then what became of the answer (right or not with
 * the explanation, or kept on the device while offline), then "Next". Focus goes to the outcome once checked.
 */
export function QuestionStep({ question, index, total, moduleVersionId, heading, lead, nextLabel, headingRef, onAnswered, onNext, nextLoading = false, isLast }: QuestionStepProps) {
  const { t } = useTranslation();
  const sync = useLearnSync();
  const presentation = useMemo(() => presentLearnerQuestion(question), [question]);
  const [value, setValue] = useState<Answer | null>(null);
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<AnswerOutcome | null>(null);
  const [failed, setFailed] = useState(false);
  const shownAt = useRef(Date.now());
  const outcomeRef = useRef<HTMLDivElement>(null);
  const headingId = `learn-question-${question.id}`;

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const toCheck = answerToCheck(question.type, value, presentation);
  const complete = toCheck !== null && isAnswerComplete(toCheck, presentation);

  async function check() {
    if (!toCheck || !complete || checking) return;
    setChecking(true);
    setFailed(false);
    try {
      const answer = newPendingAnswer({
        userId: sync.userId,
        questionId: question.id,
        questionVersionId: question.versionId,
        moduleVersionId,
        answer: { ...toCheck },
        timeTakenMs: Math.max(0, Date.now() - shownAt.current),
      });
      const result = await sync.submitAnswer(answer);
      setOutcome(result);
      onAnswered(result);
    } catch {
      setFailed(true);
    } finally {
      setChecking(false);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="lg">
        <Stack gap={6}>
          <div aria-live="polite">
            <Title order={2} id={headingId} ref={headingRef} tabIndex={-1} className={`${classes.eyebrow} ${classes.focusTarget}`}>
              {heading ?? t('learn.player.questionOf', { index: index + 1, count: total })}
            </Title>
          </div>
          <Progress value={Math.round((index / total) * 100)} size={2} aria-hidden="true" />
        </Stack>
        {lead}
        <QuestionView type={question.type} presentation={presentation} value={value} onChange={setValue} disabled={checking || outcome !== null} />
        {outcome ? (
          <div ref={outcomeRef} tabIndex={-1} className={classes.focusTarget} data-testid="learn-outcome">
            <OutcomeView outcome={outcome} />
          </div>
        ) : null}
        {failed ? <ErrorNotice>{t('learn.player.notSaved')}</ErrorNotice> : null}
        <Group justify="flex-end">
          {outcome === null ? (
            <Button onClick={() => void check()} disabled={!complete} loading={checking}>
              {t('learn.player.check')}
            </Button>
          ) : (
            <Button onClick={onNext} loading={nextLoading} rightSection={<IconArrowRight size={16} aria-hidden="true" />}>
              {nextLabel ?? (isLast ? t('learn.player.finish') : t('learn.player.next'))}
            </Button>
          )}
        </Group>
      </Stack>
    </section>
  );
}

function OutcomeView({ outcome }: { outcome: AnswerOutcome }) {
  const { t } = useTranslation();
  switch (outcome.kind) {
    case 'scored':
      return <AnswerFeedbackPanel feedback={{ correct: outcome.result.correct, score: outcome.result.score, explanation: outcome.result.explanation }} />;
    case 'saved':
      return (
        <div className={classes.note} role="status" aria-live="polite">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconDeviceMobileCheck size={20} stroke={1.5} color="var(--savoir-gold)" aria-hidden="true" style={{ flexShrink: 0 }} />
            <Text>{outcome.refused ? t('learn.player.savedForRetry') : t('learn.player.savedOffline')}</Text>
          </Group>
        </div>
      );
    case 'rejected':
      return (
        <div className={classes.note} role="status" aria-live="polite">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconInfoCircle size={20} stroke={1.5} color="var(--savoir-gold)" aria-hidden="true" style={{ flexShrink: 0 }} />
            <Text>{outcome.code === 'VERSION_NOT_PUBLISHED' || outcome.code === 'NOT_FOUND' ? t('learn.player.rejectedChanged') : t('learn.player.rejected')}</Text>
          </Group>
        </div>
      );
  }
}
