import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishingAction } from '../generated/graphql';
import { ReviewQueueTable, type ReviewItem } from '../modules/review/components/ReviewQueueTable';
import { ReviewQueueDocument } from '../modules/review/graphql/review.graphql';
import { useReviewQueueActions } from '../modules/review/hooks/useReviewQueueActions';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { workflowErrorMessage } from '../modules/workflow/workflow';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

/** The review queue: modules and questions submitted for review, to publish or send back. */
export function StudioReviewPage() {
  const { t } = useTranslation();
  const locale = useContentLocale();
  const { data, loading, error } = useQuery(ReviewQueueDocument, { variables: { locale }, fetchPolicy: 'cache-and-network' });
  const { reviewModule, reviewQuestion } = useReviewQueueActions(locale);
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ code: string; message: string } | null>(null);

  const modules: ReviewItem[] = (data?.modules ?? []).map((module) => ({
    id: module.id,
    code: module.code,
    href: `/studio/modules/${module.id}`,
    title: module.latest.title.text,
    detail: t(`studio.modules.kinds.${module.kind}`),
    version: module.latest.version,
    lastEditorId: module.latest.authorship.lastEditorId,
    lastEditorName: module.latest.authorship.lastEditorName,
    updatedAt: module.latest.authorship.updatedAt,
  }));
  const questions: ReviewItem[] = (data?.questions.items ?? []).map((question) => ({
    id: question.id,
    code: question.code,
    href: `/studio/questions/${question.id}`,
    title: question.latest.prompt.text,
    detail: t(`studio.questionTypes.${question.latest.type}`),
    version: question.latest.version,
    lastEditorId: question.latest.authorship.lastEditorId,
    lastEditorName: question.latest.authorship.lastEditorName,
    updatedAt: question.latest.authorship.updatedAt,
  }));

  function act(kind: 'module' | 'question') {
    return async (item: ReviewItem, action: PublishingAction) => {
      setFailure(null);
      setPending(`${item.id}:${action}`);
      try {
        await (kind === 'module' ? reviewModule(item.id, action) : reviewQuestion(item.id, action));
        notifications.show({ color: 'green', message: t(`studio.workflow.done.${action}`, { code: item.code }) });
      } catch (caught) {
        setFailure({ code: item.code, message: workflowErrorMessage(t, caught) });
      } finally {
        setPending(null);
      }
    };
  }

  const viewerId = data?.me.id ?? '';
  const fourEyesPublishing = data?.me.maison.fourEyesPublishing ?? false;
  const empty = data && modules.length === 0 && questions.length === 0;
  // The queue reads the first questions only: say how many more wait beyond them.
  const moreQuestions = data ? data.questions.total - questions.length : 0;

  return (
    <section aria-labelledby="review-heading">
      <PageHeading
        order={2}
        id="review-heading"
        title={t('studio.sections.review')}
        subtitle={fourEyesPublishing ? t('studio.review.subtitleFourEyes') : t('studio.review.subtitle')}
      />
      {error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {failure ? (
        <Stack mb="lg">
          <ErrorNotice title={t('studio.review.actionFailed', { code: failure.code })}>{failure.message}</ErrorNotice>
        </Stack>
      ) : null}
      {empty ? <Text c="dimmed">{t('studio.review.empty')}</Text> : null}
      {data && !empty ? (
        <Stack gap="xl">
          <QueueSection id="review-modules" title={t('studio.review.modules')} count={modules.length} emptyText={t('studio.review.noModules')}>
            <ReviewQueueTable caption={t('studio.review.modules')} items={modules} viewerId={viewerId} fourEyesPublishing={fourEyesPublishing} pending={pending} onAction={(item, action) => void act('module')(item, action)} />
          </QueueSection>
          <QueueSection id="review-questions" title={t('studio.review.questions')} count={questions.length} emptyText={t('studio.review.noQuestions')}>
            <ReviewQueueTable caption={t('studio.review.questions')} items={questions} viewerId={viewerId} fourEyesPublishing={fourEyesPublishing} pending={pending} onAction={(item, action) => void act('question')(item, action)} />
            {moreQuestions > 0 ? (
              <Text size="sm" c="dimmed" mt="sm">
                {t('studio.review.moreQuestions', { count: moreQuestions })}
              </Text>
            ) : null}
          </QueueSection>
        </Stack>
      ) : null}
    </section>
  );
}

function QueueSection({ id, title, count, emptyText, children }: { id: string; title: string; count: number; emptyText: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={3} id={id} mb="sm">
        {title}
      </Title>
      {count === 0 ? <Text c="dimmed">{emptyText}</Text> : children}
    </section>
  );
}
