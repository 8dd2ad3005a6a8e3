import { Group, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleHalf2, IconCircleDot } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AnswerFeedback } from '../presented-question';
import classes from './QuestionView.module.css';

/** Right, partly right or not quite, said quietly, then the explanation: the part that teaches. */
export function AnswerFeedbackPanel({ feedback }: { feedback: AnswerFeedback }) {
  const { t } = useTranslation();
  const outcome = feedback.correct ? 'correct' : feedback.score > 0 ? 'partial' : 'incorrect';
  const Icon = outcome === 'correct' ? IconCircleCheck : outcome === 'partial' ? IconCircleHalf2 : IconCircleDot;
  return (
    <div className={classes.feedback} data-outcome={outcome} role="status" aria-live="polite">
      <Group gap="xs" wrap="nowrap" mb={feedback.explanation ? 'xs' : 0}>
        <Icon size={20} aria-hidden="true" color={outcome === 'correct' ? 'var(--mantine-color-green-6)' : 'var(--savoir-gold)'} />
        <Text fw={500}>{t(`studio.questions.view.outcome.${outcome}`, { score: feedback.score })}</Text>
      </Group>
      {feedback.explanation ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {feedback.explanation}
        </Text>
      ) : null}
    </div>
  );
}
