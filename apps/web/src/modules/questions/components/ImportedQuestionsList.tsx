import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuestionsTable_QuestionFragment } from '../../../generated/graphql';

/** The questions a file added, each a draft to open, review and submit. */
export function ImportedQuestionsList({ questions }: { questions: ReadonlyArray<QuestionsTable_QuestionFragment> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="green" variant="light" role="status" icon={<IconCircleCheck size={18} aria-hidden="true" />}>
        {t('studio.csv.imported', { count: questions.length })}
      </Alert>
      <List spacing="xs" size="sm" aria-label={t('studio.csv.importedList')}>
        {questions.map((question) => (
          <List.Item key={question.id}>
            <Anchor component={Link} to={`/studio/questions/${question.id}`} ff="monospace" c="ink.8" fw={500}>
              {question.code}
            </Anchor>
            <Text component="span" size="sm" c="dimmed">
              {' — '}
              {question.latest.prompt.text}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
