import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiErrorCode } from '../app/graphql-errors';
import { SkillAuditTrail } from '../modules/skills/components/SkillAuditTrail';
import { SkillCategoryBadge } from '../modules/skills/components/SkillCategoryBadge';
import { SkillGraph } from '../modules/skills/components/SkillGraph';
import { SkillPrerequisitesForm } from '../modules/skills/components/SkillPrerequisitesForm';
import { SkillTextModal } from '../modules/skills/components/SkillTextModal';
import { SkillTexts } from '../modules/skills/components/SkillTexts';
import { SkillAuditTrailDocument, StudioSkillDocument } from '../modules/skills/graphql/skills.graphql';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';

export function StudioSkillPage() {
  const { t } = useTranslation();
  const { skillId = '' } = useParams();
  const locale = useContentLocale();
  const { data, loading, error } = useQuery(StudioSkillDocument, { variables: { id: skillId, locale } });
  // A separate query: the history failing to load must not hide the skill.
  const audit = useQuery(SkillAuditTrailDocument, { variables: { entityId: skillId } });
  const [editingLocale, setEditingLocale] = useState<string | null>(null);
  const skill = data?.skill;
  const skills = data?.skills ?? [];

  return (
    <section aria-labelledby="skill-heading">
      <Anchor component={Link} to="/studio/skills" size="sm" c="dimmed" mb="md" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={14} aria-hidden="true" />
        {t('studio.skill.back')}
      </Anchor>
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

          <SkillSection id="skill-texts" title={t('studio.skill.texts')}>
            <SkillTexts skill={skill} onEdit={setEditingLocale} />
          </SkillSection>

          <SkillSection id="skill-prerequisites" title={t('studio.skill.prerequisites')}>
            <Paper p={{ base: 'md', sm: 'lg' }} bg="white">
              <Stack gap="lg">
                <SkillGraph skill={skill} skills={skills} />
                <SkillPrerequisitesForm skill={skill} skills={skills} />
              </Stack>
            </Paper>
          </SkillSection>

          <SkillSection id="skill-history" title={t('studio.audit.title')}>
            {audit.error ? <ErrorNotice>{t('errors.loadFailed')}</ErrorNotice> : null}
            {audit.loading && !audit.data ? <CenteredLoader label={t('common.loading')} /> : null}
            {audit.data ? <SkillAuditTrail entries={audit.data.auditTrail} /> : null}
          </SkillSection>

          <SkillTextModal
            skill={skill}
            locale={editingLocale}
            onClose={() => setEditingLocale(null)}
            onSaved={() => notifications.show({ color: 'green', message: t('studio.skill.textSaved') })}
          />
        </Stack>
      ) : null}
    </section>
  );
}

function SkillSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={3} id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}
