import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillCategory } from '../generated/graphql';
import { SKILL_CATEGORIES } from '../modules/skills/components/SkillCategoryBadge';
import { SkillFormModal } from '../modules/skills/components/SkillFormModal';
import { SkillsTable } from '../modules/skills/components/SkillsTable';
import { StudioSkillsDocument } from '../modules/skills/graphql/skills.graphql';
import { useContentLocale } from '../modules/skills/hooks/useContentLocale';
import { CenteredLoader } from '../ui/CenteredLoader';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageHeading } from '../ui/PageHeading';

const ALL = 'ALL';

export function StudioSkillsPage() {
  const { t } = useTranslation();
  const locale = useContentLocale();
  const { data, loading, error, refetch } = useQuery(StudioSkillsDocument, { variables: { locale } });
  const [creating, setCreating] = useState(false);
  const [category, setCategory] = useState<SkillCategory | typeof ALL>(ALL);
  const skills = data?.skills ?? [];
  const groups = SKILL_CATEGORIES.filter((candidate) => category === ALL || candidate === category)
    .map((candidate) => ({ category: candidate, skills: skills.filter((skill) => skill.category === candidate) }))
    .filter((group) => group.skills.length > 0);

  return (
    <section aria-labelledby="skills-heading">
      <PageHeading
        order={2}
        id="skills-heading"
        title={t('studio.sections.skills')}
        subtitle={t('studio.skills.subtitle')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)} disabled={!data}>
            {t('studio.skills.create')}
          </Button>
        }
      />
      {error ? <ErrorNotice onRetry={() => void refetch().catch(() => undefined)}>{t('errors.loadFailed')}</ErrorNotice> : null}
      {loading && !data ? <CenteredLoader label={t('common.loading')} /> : null}
      {data && skills.length === 0 ? <Text c="dimmed">{t('studio.skills.none')}</Text> : null}
      {skills.length > 0 ? (
        <Stack gap="xl">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <Select
              label={t('studio.skills.fields.category')}
              w={{ base: '100%', xs: 260 }}
              data={[
                { value: ALL, label: t('studio.skills.allCategories') },
                ...SKILL_CATEGORIES.map((value) => ({ value, label: t(`studio.skills.categories.${value}`) })),
              ]}
              value={category}
              allowDeselect={false}
              onChange={(value) => setCategory((value ?? ALL) as SkillCategory | typeof ALL)}
            />
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('studio.skills.count', { count: groups.reduce((sum, group) => sum + group.skills.length, 0) })}
            </Text>
          </Group>
          {groups.length === 0 ? <Text c="dimmed">{t('studio.skills.noneInCategory')}</Text> : null}
          {groups.map((group) => {
            const label = t(`studio.skills.categories.${group.category}`);
            return (
              <section key={group.category} aria-labelledby={`skills-${group.category}`}>
                <Title order={3} id={`skills-${group.category}`} mb="xs">
                  {label}
                </Title>
                <SkillsTable skills={group.skills} caption={label} />
              </section>
            );
          })}
        </Stack>
      ) : null}
      <SkillFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        sourceLocale={data?.me.maison.defaultLocale ?? locale}
        onCreated={(code) => notifications.show({ color: 'green', message: t('studio.skills.created', { code }) })}
      />
    </section>
  );
}
