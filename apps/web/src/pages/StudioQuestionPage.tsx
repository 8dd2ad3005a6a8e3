import { useQuery } from '@apollo/client/react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiErrorCode } from '../app/graphql-errors';
import { QuestionEditor } from '../modules/questions/components/QuestionEditor';
import { QuestionHistory } from '../modules/questions/components/QuestionHistory';
import { QuestionEditorContextDocument, QuestionHistoryDocument, StudioQuestionDocument } from '../modules/questions/graphql/questions.graphql';
import { BackLink } from '../ui/BackLink';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageSection } from '../ui/PageSection';

/** An existing question: its workflow, the editor with its live preview, and its history. */
export function StudioQuestionPage() {
  const { t } = useTranslation();
  const { questionId = '' } = useParams();
  const context = useQuery(QuestionEditorContextDocument);
  const { data, loading, error } = useQuery(StudioQuestionDocument, { variables: { id: questionId } });
  // A separate query: the history failing to load must not hide the question.
  const history = useQuery(QuestionHistoryDocument, { variables: { entityId: questionId } });
  const question = data?.question;
  const me = context.data?.me;

  return (
    <section aria-labelledby="question-heading">
      <BackLink to="/studio/questions">{t('studio.questions.back')}</BackLink>
      {error ? <ErrorNotice>{apiErrorCode(error) === 'NOT_FOUND' ? t('studio.questions.notFound') : t('errors.loadFailed')}</ErrorNotice> : null}
      {context.error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
      {(loading && !data) || (context.loading && !context.data) ? <CenteredLoader label={t('common.loading')} /> : null}
      {question && me ? (
        <Stack gap="xl">
          <Stack gap={6}>
            <Title order={2} id="question-heading" style={{ overflowWrap: 'anywhere' }}>
              {question.code}
            </Title>
            <Group gap="sm">
              <Text size="sm" c="dimmed">
                {t(`studio.questionTypes.${question.latest.type}`)}
              </Text>
            </Group>
          </Stack>
          <QuestionEditor
            // Only another question starts the form afresh: a save (even one starting a new version) or a review reaches
            // the mounted editor, which keeps what was typed meanwhile.
            key={question.id}
            question={question}
            sourceLocale={me.maison.defaultLocale}
            skillCodes={context.data?.skills.map((skill) => skill.code) ?? []}
            viewerId={me.id}
            fourEyesPublishing={me.maison.fourEyesPublishing}
          />
          <PageSection id="question-history" title={t('studio.audit.title')}>
            {history.error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
            {history.loading && !history.data ? <CenteredLoader label={t('common.loading')} /> : null}
            {history.data ? <QuestionHistory entries={history.data.auditTrail} /> : null}
          </PageSection>
        </Stack>
      ) : null}
    </section>
  );
}
