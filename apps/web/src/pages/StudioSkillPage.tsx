import { useQuery } from '@apollo/client/react';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { apiErrorCode } from '../app/graphql-errors';
import { LocalisedTextModal } from '../modules/localised-text/components/LocalisedTextModal';
import { LocalisedTexts } from '../modules/localised-text/components/LocalisedTexts';
import { SkillAuditTrail } from '../modules/skills/components/SkillAuditTrail';
import { SkillCategoryBadge } from '../modules/skills/components/SkillCategoryBadge';
import { SkillGraph } from '../modules/skills/components/SkillGraph';
import { SkillPrerequisitesForm } from '../modules/skills/components/SkillPrerequisitesForm';
import { SkillAuditTrailDocument, StudioSkillDocument } from '../modules/skills/graphql/skills.graphql';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { useUpdateSkillText } from '../modules/skills/hooks/useSkillMutations';
import { BackLink } from '../ui/BackLink';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageSection } from '../ui/PageSection';

export function StudioSkillPage() {
  const { t } = useTranslation();
  const { skillId = '' } = useParams();
  const locale = useContentLocale();
  const { data: fresh, previousData, loading, error } = useQuery(StudioSkillDocument, { variables: { id: skillId, locale } });
  // Switching the interface language reads the skill again: meanwhile its last reading stays on screen, so the
  // prerequisites form stays mounted and keeps its unsaved choice (never another skill's reading, though).
  const data = fresh ?? (previousData?.skill.id === skillId ? previousData : undefined);
  // A separate query: the history failing to load must not hide the skill.
  const audit = useQuery(SkillAuditTrailDocument, { variables: { entityId: skillId } });
  const [editingLocale, setEditingLocale] = useState<string | null>(null);
  const { updateSkillText, loading: savingText } = useUpdateSkillText(skillId);
  const skill = data?.skill;
  const skills = data?.skills ?? [];
  const textFields = skill
    ? [
        { key: 'name' as const, label: t('studio.skills.fields.name'), text: skill.name, requiredMessage: t('studio.skills.errors.nameRequired') },
        {
          key: 'description' as const,
          label: t('studio.skills.fields.description'),
          text: skill.description,
          requiredMessage: t('studio.skills.errors.descriptionRequired'),
          multiline: true,
          optionalInTranslation: true,
        },
      ]
    : [];

  return (
    <section aria-labelledby="skill-heading">
      <BackLink to="/studio/skills">{t('studio.skill.back')}</BackLink>
      {error ? <ErrorNotice>{apiErrorCode(error) === 'NOT_FOUND' ? t('studio.skill.notFound') : t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {skill ? (
        <Stack gap="xl">
          <Stack gap={6}>
            <Title order={2} id="skill-heading">
              {skill.name.text}
            </Title>
            <Group gap="sm" wrap="wrap">
              <SkillCategoryBadge category={skill.category} />
              <Text size="sm" c="dimmed" ff="monospace">
                {skill.code}
              </Text>
            </Group>
          </Stack>

          <PageSection id="skill-texts" title={t('studio.skill.texts')}>
            <LocalisedTexts fields={textFields} onEdit={setEditingLocale} />
          </PageSection>

          <PageSection id="skill-prerequisites" title={t('studio.skill.prerequisites')}>
            <Paper p={{ base: 'md', sm: 'lg' }} bg="white">
              <Stack gap="lg">
                <SkillGraph skill={skill} skills={skills} />
                <SkillPrerequisitesForm skill={skill} skills={skills} />
              </Stack>
            </Paper>
          </PageSection>

          <PageSection id="skill-history" title={t('studio.audit.title')}>
            {audit.error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
            {audit.loading && !audit.data ? <CenteredLoader label={t('common.loading')} /> : null}
            {audit.data ? <SkillAuditTrail entries={audit.data.auditTrail} /> : null}
          </PageSection>

          <LocalisedTextModal
            fields={textFields}
            locale={editingLocale}
            onSubmit={updateSkillText}
            loading={savingText}
            onClose={() => setEditingLocale(null)}
            onSaved={() => notifications.show({ color: 'green', message: t('studio.localisedText.saved') })}
          />
        </Stack>
      ) : null}
    </section>
  );
}
