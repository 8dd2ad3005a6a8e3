import { Fieldset, Stack } from '@mantine/core';
import type { QuestionType } from '@savoir/domain';
import { useId } from 'react';
import type { Answer, AnswerFeedback, AnswerOf, PresentedQuestion } from '../presented-question';
import { AnswerFeedbackPanel } from './AnswerFeedbackPanel';
import { MultipleChoiceAnswer, SingleChoiceAnswer } from './answers/ChoiceAnswer';
import { ImageChoiceAnswer } from './answers/ImageChoiceAnswer';
import { MatchingAnswer } from './answers/MatchingAnswer';
import { NumericAnswer } from './answers/NumericAnswer';
import { OrderingAnswer } from './answers/OrderingAnswer';
import { TrueFalseAnswer } from './answers/TrueFalseAnswer';
import classes from './QuestionView.module.css';

export interface QuestionViewProps {
  type: QuestionType;
  /** Texts in one locale, choices in display order. */
  presentation: PresentedQuestion;
  value: Answer | null;
  onChange: (answer: Answer | null) => void;
  disabled?: boolean;
  /** Once checked: the outcome and the explanation. */
  feedback?: AnswerFeedback | null;
}

const ofType = <T extends Answer['type']>(value: Answer | null, type: T) => (value?.type === type ? (value as AnswerOf<T>) : null);

/**
 * A question as the learner answers it: the prompt as the legend of a fieldset, then the control its type needs.
 * Controlled: the answer lives with the caller (the Studio preview, the advisor's player), named by ids, never by
 * positions on screen.
 */
export function QuestionView({ type, presentation, value, onChange, disabled = false, feedback }: QuestionViewProps) {
  const promptId = useId();
  return (
    <Fieldset
      variant="unstyled"
      disabled={disabled}
      classNames={{ legend: classes.legend }}
      legend={
        <span id={promptId} className={classes.prompt}>
          {presentation.prompt || '…'}
        </span>
      }
      m={0}
      p={0}
      miw={0}
    >
      <Stack gap="md">
        <AnswerControl type={type} presentation={presentation} value={value} onChange={onChange} labelledBy={promptId} />
        {feedback ? <AnswerFeedbackPanel feedback={feedback} /> : null}
      </Stack>
    </Fieldset>
  );
}

function AnswerControl({ type, presentation, value, onChange, labelledBy }: Omit<QuestionViewProps, 'disabled' | 'feedback'> & { labelledBy: string }) {
  const { choices } = presentation;
  switch (type) {
    case 'SINGLE_CHOICE':
      return <SingleChoiceAnswer choices={choices} value={ofType(value, 'SINGLE_CHOICE')} onChange={onChange} labelledBy={labelledBy} />;
    case 'MULTIPLE_CHOICE':
      return <MultipleChoiceAnswer choices={choices} value={ofType(value, 'MULTIPLE_CHOICE')} onChange={onChange} />;
    case 'IMAGE_CHOICE':
      return <ImageChoiceAnswer choices={choices} value={ofType(value, 'IMAGE_CHOICE')} onChange={onChange} labelledBy={labelledBy} />;
    case 'TRUE_FALSE':
      return <TrueFalseAnswer value={ofType(value, 'TRUE_FALSE')} onChange={onChange} labelledBy={labelledBy} />;
    case 'ORDERING':
      return <OrderingAnswer choices={choices} value={ofType(value, 'ORDERING')} onChange={onChange} labelledBy={labelledBy} />;
    case 'MATCHING':
      return <MatchingAnswer left={presentation.matching?.left ?? []} right={presentation.matching?.right ?? []} value={ofType(value, 'MATCHING')} onChange={onChange} />;
    case 'NUMERIC':
      return <NumericAnswer unit={presentation.unit ?? ''} value={ofType(value, 'NUMERIC')} onChange={onChange} />;
  }
}
