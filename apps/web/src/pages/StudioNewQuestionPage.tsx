import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QuestionEditor } from '../modules/questions/components/QuestionEditor';
import { QuestionEditorContextDocument } from '../modules/questions/graphql/questions.graphql';
import { BackLink } from '../ui/BackLink';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

/** A new question, written in the maison's default language first; once created it opens as a draft. */
export function StudioNewQuestionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(QuestionEditorContextDocument);
  const me = data?.me;
  return (
    <section aria-labelledby="new-question-heading">
      <BackLink to="/studio/questions">{t('studio.questions.back')}</BackLink>
      <PageHeading order={2} id="new-question-heading" title={t('studio.questions.createTitle')} subtitle={t('studio.questions.createSubtitle')} />
      {error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {me ? (
        <Stack>
          <QuestionEditor
            question={null}
            sourceLocale={me.maison.defaultLocale}
            skillCodes={data.skills.map((skill) => skill.code)}
            viewerId={me.id}
            fourEyesPublishing={me.maison.fourEyesPublishing}
            onCreated={(created) => {
              notifications.show({ color: 'green', message: t('studio.questions.created', { code: created.code }) });
              void navigate(`/studio/questions/${created.id}`, { replace: true });
            }}
          />
        </Stack>
      ) : null}
    </section>
  );
}
