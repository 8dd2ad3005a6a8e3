import { useQuery } from '@apollo/client/react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiErrorCode } from '../app/graphql-errors';
import { ModuleEditor } from '../modules/learning-modules/components/ModuleEditor';
import { ModuleHistory } from '../modules/learning-modules/components/ModuleHistory';
import { ModuleKindBadge } from '../modules/learning-modules/components/ModuleKindBadge';
import { ModuleHistoryDocument, StudioModuleDocument } from '../modules/learning-modules/graphql/modules.graphql';
import { ContentLocaleSwitch } from '../modules/localised-text/components/ContentLocaleSwitch';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { ContentStatusBadge } from '../modules/workflow/components/ContentStatusBadge';
import { BackLink } from '../ui/BackLink';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageSection } from '../ui/PageSection';

export function StudioModulePage() {
  const { t } = useTranslation();
  const { moduleId = '' } = useParams();
  const locale = useContentLocale();
  const { data: fresh, previousData, loading, error } = useQuery(StudioModuleDocument, { variables: { id: moduleId, locale } });
  // Switching the interface language reads the module again: meanwhile the last reading of this module stays on
  // screen, so the editor stays mounted and keeps its unsaved edits (never another module's reading, though).
  const data = fresh ?? (previousData?.module.id === moduleId ? previousData : undefined);
  // Separate queries (the editor reads the question bank itself): the history failing to load must not hide the module.
  const history = useQuery(ModuleHistoryDocument, { variables: { entityId: moduleId } });
  const [chosenLocale, setChosenLocale] = useState<string | null>(null);
  const module = data?.module;
  const sourceLocale = data?.me.maison.defaultLocale ?? 'en';
  const editLocale = chosenLocale ?? sourceLocale;
  const latest = module?.latest;

  return (
    <section aria-labelledby="module-heading">
      <BackLink to="/studio/modules">{t('studio.modules.back')}</BackLink>
      {error ? <ErrorNotice>{apiErrorCode(error) === 'NOT_FOUND' ? t('studio.modules.notFound') : t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {module && latest && data ? (
        <Stack gap="xl">
          <Stack gap={6}>
            <Title order={2} id="module-heading" style={{ overflowWrap: 'anywhere' }}>
              {latest.title.text}
            </Title>
            <Group gap="sm" wrap="wrap">
              <ModuleKindBadge kind={module.kind} />
              <ContentStatusBadge status={latest.status} />
              <Text size="sm" c="dimmed" ff="monospace">
                {module.code}
              </Text>
            </Group>
          </Stack>

          <ContentLocaleSwitch
            label={t('studio.modules.editor.contentLanguage')}
            locales={latest.title.translations.map((translation) => translation.locale)}
            sourceLocale={sourceLocale}
            value={editLocale}
            onChange={setChosenLocale}
            texts={latest.texts.map((field) => field.text)}
          />

          <ModuleEditor
            // Only another module starts the form afresh: a save (even one starting a new version), a review or another
            // reading of this module reaches the mounted editor, which keeps what was typed meanwhile.
            key={module.id}
            moduleId={module.id}
            latest={latest}
            published={module.published}
            viewerId={data.me.id}
            fourEyesPublishing={data.me.maison.fourEyesPublishing}
            sourceLocale={sourceLocale}
            locale={editLocale}
            skills={data.skills}
          />

          <PageSection id="module-history" title={t('studio.audit.title')}>
            {history.error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
            {history.loading && !history.data ? <CenteredLoader label={t('common.loading')} /> : null}
            {history.data ? <ModuleHistory entries={history.data.auditTrail} /> : null}
          </PageSection>
        </Stack>
      ) : null}
    </section>
  );
}
