import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiErrorCode, fieldIssues } from '../app/graphql-errors';
import { ExportPackageButton } from '../modules/programs/components/ExportPackageButton';
import { OnboardingBadge } from '../modules/programs/components/OnboardingBadge';
import { ProgramOutline } from '../modules/programs/components/ProgramOutline';
import { ProgramSettingsForm } from '../modules/programs/components/ProgramSettingsForm';
import { ProgramTextModal } from '../modules/programs/components/ProgramTextModal';
import { ProgramTexts } from '../modules/programs/components/ProgramTexts';
import { StudioProgramDocument } from '../modules/programs/graphql/programs.graphql';
import { useSetProgramModules } from '../modules/programs/hooks/useProgramMutations';
import { TranslationBadges } from '../modules/skills/components/TranslationBadges';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';

export function StudioProgramPage() {
  const { t } = useTranslation();
  const { programId = '' } = useParams();
  const locale = useContentLocale();
  // Module statuses move in the editor and the review queue: read the outline afresh on each visit.
  const { data, loading, error } = useQuery(StudioProgramDocument, { variables: { id: programId, locale }, fetchPolicy: 'cache-and-network' });
  const { setModules, loading: savingOutline } = useSetProgramModules(programId);
  const [outlineError, setOutlineError] = useState<string | null>(null);
  const [editingLocale, setEditingLocale] = useState<string | null>(null);
  const program = data?.program;

  async function changeOutline(moduleIds: string[]): Promise<boolean> {
    setOutlineError(null);
    try {
      await setModules(moduleIds);
      return true;
    } catch (caught) {
      setOutlineError(apiErrorCode(caught) === 'VALIDATION_FAILED' ? (fieldIssues(caught)['moduleIds'] ?? t('errors.generic')) : t('errors.generic'));
      return false;
    }
  }

  return (
    <section aria-labelledby="program-heading">
      <Anchor component={Link} to="/studio/programs" size="sm" c="dimmed" mb="md" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('studio.programs.back')}
      </Anchor>
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
            <ProgramTexts program={program} onEdit={setEditingLocale} />
          </PageSection>

          <PageSection id="program-package" title={t('studio.programs.export.title')}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed" maw={640}>
                {t('studio.programs.export.help')}
              </Text>
              <ExportPackageButton programId={program.id} />
            </Stack>
          </PageSection>

          <ProgramTextModal
            program={program}
            locale={editingLocale}
            onClose={() => setEditingLocale(null)}
            onSaved={() => notifications.show({ color: 'green', message: t('studio.programs.texts.saved') })}
          />
        </Stack>
      ) : null}
    </section>
  );
}

function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={3} id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}
