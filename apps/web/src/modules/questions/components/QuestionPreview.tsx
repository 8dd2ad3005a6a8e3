import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { answerIssues, questionKeyIssues, resolvePlainText, scoreAnswer } from '@savoir/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueText } from '../../../app/issue-text';
import { answerToCheck, isAnswerComplete, presentDraft, reconcileAnswer, type Answer, type AnswerFeedback } from '../presented-question';
import type { QuestionDraft } from '../question-draft';
import { QuestionView } from './QuestionView';

export interface QuestionPreviewProps {
  draft: QuestionDraft;
  locale: string;
  sourceLocale: string;
}

/** FNV-1a: a stable pseudo-random rank per id for this preview's seed. */
function rank(seed: number, id: string): number {
  let hash = 2166136261 ^ seed;
  for (let index = 0; index < id.length; index++) hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
  return hash >>> 0;
}

/**
 * The unsaved draft as an advisor will meet it: in the chosen language (the source text where a translation is
 * missing), the options shuffled once per preview, and "Check answer" scored by the domain's own `scoreAnswer`.
 * The feedback follows the draft: fix the key or the explanation and it updates.
 */
export function QuestionPreview({ draft, locale, sourceLocale }: QuestionPreviewProps) {
  const { t } = useTranslation();
  const [seed] = useState(() => Math.floor(Math.random() * 2 ** 31));
  const [value, setValue] = useState<Answer | null>(null);
  const [checked, setChecked] = useState(false);
  const type = draft.key.type;
  const presentation = presentDraft(draft, locale, sourceLocale, (ids) => [...ids].sort((a, b) => rank(seed, a) - rank(seed, b)));
  const answer = reconcileAnswer(type, value, presentation);
  const toCheck = answerToCheck(type, answer, presentation);
  const keyProblems = questionKeyIssues(draft.key);
  const complete = toCheck !== null && isAnswerComplete(toCheck, presentation) && answerIssues(draft.key, toCheck).length === 0;

  let feedback: AnswerFeedback | null = null;
  if (checked && complete && toCheck && keyProblems.length === 0) {
    const { score, correct } = scoreAnswer(draft.key, toCheck);
    feedback = { score, correct, explanation: resolvePlainText(draft.presentation.explanation ?? {}, locale, sourceLocale) };
  }
  const language = t(`locales.${locale}`, { defaultValue: locale });

  return (
    <Paper p={{ base: 'md', sm: 'lg' }} bg="var(--mantine-color-body)" component="section" aria-labelledby="question-preview-heading">
      <Stack gap="md">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} id="question-preview-heading" fz="lg">
            {t('studio.questions.preview.title')}
          </Title>
          <Badge variant="outline" color="gold" radius="xs" tt="none" fw={500}>
            {language}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('studio.questions.preview.help')}
        </Text>
        <div lang={locale}>
          <QuestionView
            type={type}
            presentation={presentation}
            value={answer}
            onChange={(next) => {
              setValue(next);
              setChecked(false);
            }}
            feedback={feedback}
          />
        </div>
        {checked && keyProblems.length > 0 ? (
          <Text size="sm" c="dimmed" role="status">
            {t('studio.questions.preview.keyIncomplete', { problem: issueText(t, keyProblems[0]) })}
          </Text>
        ) : null}
        <Group gap="sm">
          <Button variant="default" onClick={() => setChecked(true)} disabled={!complete || (checked && feedback !== null)}>
            {t('studio.questions.preview.check')}
          </Button>
          <Button
            variant="subtle"
            color="ink"
            onClick={() => {
              setValue(null);
              setChecked(false);
            }}
            disabled={value === null && !checked}
          >
            {t('studio.questions.preview.reset')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
