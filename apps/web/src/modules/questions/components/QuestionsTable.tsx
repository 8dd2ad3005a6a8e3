import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuestionsTable_QuestionFragment } from '../../../generated/graphql';
import { ContentStatusBadge } from '../../workflow/components/ContentStatusBadge';

export interface QuestionsTableProps {
  questions: ReadonlyArray<QuestionsTable_QuestionFragment>;
  caption: string;
}

/** The question bank: what each question asks, what it trains, and which version learners answer. */
export function QuestionsTable({ questions, caption }: QuestionsTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('studio.questions.fields.code')}</Table.Th>
            <Table.Th scope="col">{t('studio.questions.fields.type')}</Table.Th>
            <Table.Th scope="col">{t('studio.questions.fields.prompt')}</Table.Th>
            <Table.Th scope="col">{t('studio.questions.fields.skills')}</Table.Th>
            <Table.Th scope="col">{t('studio.questions.fields.difficulty')}</Table.Th>
            <Table.Th scope="col">{t('studio.questions.fields.latest')}</Table.Th>
            <Table.Th scope="col">{t('studio.questions.fields.published')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {questions.map((question) => (
            <Table.Tr key={question.id}>
              <Table.Td>
                <Anchor component={Link} to={`/studio/questions/${question.id}`} ff="monospace" size="sm" c="ink.8" fw={500}>
                  {question.code}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`studio.questionTypes.${question.latest.type}`)}</Text>
              </Table.Td>
              <Table.Td maw={360}>
                <Text size="sm" lineClamp={2}>
                  {question.latest.prompt.text}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="wrap">
                  {question.latest.skills.map((skill) => (
                    <Badge key={skill} variant="default" radius="xs" size="sm" tt="none" fw={400} ff="monospace">
                      {skill}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('studio.questions.difficultyOf', { value: question.latest.difficulty })}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{t('studio.workflow.versionShort', { version: question.latest.version })}</Text>
                  <ContentStatusBadge status={question.latest.status} />
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={question.published ? undefined : 'dimmed'}>
                  {question.published ? t('studio.workflow.versionShort', { version: question.published.version }) : t('studio.questions.notPublished')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
