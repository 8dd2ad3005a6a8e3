import { useQuery } from '@apollo/client/react';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiErrorCode, fieldIssues } from '../app/graphql-errors';
import { LocalisedTextModal } from '../modules/localised-text/components/LocalisedTextModal';
import { LocalisedTexts } from '../modules/localised-text/components/LocalisedTexts';
import { TranslationBadges } from '../modules/localised-text/components/TranslationBadges';
import { ExportPackageButton } from '../modules/programs/components/ExportPackageButton';
import { OnboardingBadge } from '../modules/programs/components/OnboardingBadge';
import { ProgramOutline } from '../modules/programs/components/ProgramOutline';
import { ProgramSettingsForm } from '../modules/programs/components/ProgramSettingsForm';
import { StudioProgramDocument } from '../modules/programs/graphql/programs.graphql';
import { useSetProgramModules, useUpdateProgram } from '../modules/programs/hooks/useProgramMutations';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { BackLink } from '../ui/BackLink';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageSection } from '../ui/PageSection';

export function StudioProgramPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const locale = useContentLocale();
  // Module statuses move in the editor and the review queue: read the outline afresh on each visit.
  const { data: fresh, previousData, loading, error } = useQuery(StudioProgramDocument, { variables: { id: programId, locale }, fetchPolicy: 'cache-and-network' });
  // Switching the interface language reads the program again: meanwhile its last reading stays on screen, so the
  // settings form stays mounted and keeps its unsaved edits (never another program's reading, though).
  const data = fresh ?? (previousData?.program.id === programId ? previousData : undefined);
  const { setModules, loading: savingOutline } = useSetProgramModules(programId);
  const [outlineError, setOutlineError] = useState<string | null>(null);
  const [editingLocale, setEditingLocale] = useState<string | null>(null);
  const { updateProgram, loading: savingText } = useUpdateProgram(programId);
  const program = data?.program;
  const textFields = program
    ? [
        { key: 'title' as const, label: t('studio.programs.fields.title'), text: program.title, requiredMessage: t('studio.programs.errors.titleRequired') },
        {
          key: 'description' as const,
          label: t('studio.programs.fields.description'),
          text: program.description,
          requiredMessage: t('studio.programs.errors.descriptionRequired'),
          multiline: true,
        },
      ]
    : [];

  async function changeOutline(moduleIds: string[]): Promise<boolean> {
    if (!program) return false;
    setOutlineError(null);
    try {
      await setModules(moduleIds, program.updatedAt);
      return true;
    } catch (caught) {
      const code = apiErrorCode(caught);
      setOutlineError(
        code === 'VALIDATION_FAILED' ? (fieldIssues(t, caught)['moduleIds'] ?? t('errors.generic')) : code === 'EDIT_CONFLICT' ? t('studio.programs.errors.changedMeanwhile') : t('errors.generic'),
      );
      return false;
    }
  }

  return (
    <section aria-labelledby="program-heading">
      <BackLink to="/studio/programs">{t('studio.programs.back')}</BackLink>
      {error && !data ? <ErrorNotice>{apiErrorCode(error) === 'NOT_FOUND' ? t('studio.programs.notFound') : t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {program && data ? (
        <Stack gap="xl">
          <Stack gap={6}>
            <Title order={2} id="program-heading" style={{ overflowWrap: 'anywhere' }}>
              {program.title.text}
            </Title>
            <Group gap="sm" wrap="wrap">
              {program.onboarding ? <OnboardingBadge /> : null}
              <Text size="sm" c="dimmed" ff="monospace">
                {program.code}
              </Text>
              <TranslationBadges texts={[program.title, program.description]} />
            </Group>
          </Stack>

          <PageSection id="program-outline" title={t('studio.programs.outline.title')}>
            {outlineError ? <ErrorNotice>{outlineError}</ErrorNotice> : null}
            <ProgramOutline modules={program.modules} allModules={data.modules} onChange={changeOutline} saving={savingOutline} />
          </PageSection>

          <PageSection id="program-settings" title={t('studio.programs.settings')}>
            <Paper p={{ base: 'md', sm: 'lg' }} bg="white">
              <ProgramSettingsForm program={program} skills={data.skills} />
            </Paper>
          </PageSection>

          <PageSection id="program-texts" title={t('studio.programs.texts.title')}>
            <LocalisedTexts fields={textFields} onEdit={setEditingLocale} />
          </PageSection>

          <PageSection id="program-package" title={t('studio.programs.export.title')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed" maw={640}>
                {t('studio.programs.export.help')}
              </Text>
              <ExportPackageButton programId={program.id} />
            </Stack>
          </PageSection>

          <LocalisedTextModal
            fields={textFields}
            locale={editingLocale}
            onSubmit={(textLocale, texts) => updateProgram({ locale: textLocale, ...texts })}
            loading={savingText}
            onClose={() => setEditingLocale(null)}
            onSaved={() => notifications.show({ color: 'green', message: t('studio.localisedText.saved') })}
          />
        </Stack>
      ) : null}
    </section>
  );
}
