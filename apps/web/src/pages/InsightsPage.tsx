import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../modules/auth/hooks/useSession';
import { SkillGapsSection } from '../modules/insights/components/SkillGapsSection';
import { partOfDay } from '../modules/shell/greeting';
import { PageHeading } from '../ui/PageHeading';

/** Insights: where advisors' knowledge stands across the maison, group by group. */
export function InsightsPage() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const name = viewer?.displayName.split(' ')[0] ?? '';
  return (
    <div data-testid="space-insights">
      <PageHeading title={t('spaces.insights')} subtitle={t(`greeting.${partOfDay(new Date().getHours())}`, { name })} />
      <Stack gap="xl">
        <SkillGapsSection />
        <Paper p={{ base: 'lg', sm: 'xl' }} maw={640} bg="white">
          <Stack gap="xs">
            <Text fw={500}>{t('welcome.insights.title')}</Text>
            <Text c="dimmed">{t('welcome.insights.body')}</Text>
          </Stack>
        </Paper>
      </Stack>
    </div>
  );
}
