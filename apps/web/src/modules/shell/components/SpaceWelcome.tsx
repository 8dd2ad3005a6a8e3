import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Space } from '../../../app/spaces';
import { PageHeading } from '../../../ui/PageHeading';
import { useSession } from '../../auth/hooks/useSession';

function partOfDay(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

/** A calm placeholder for a space whose real content arrives in later issues. */
export function SpaceWelcome({ space, now = new Date() }: { space: Exclude<Space, 'admin' | 'studio' | 'learn'>; now?: Date }) {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const name = viewer?.displayName.split(' ')[0] ?? '';
  return (
    <div data-testid={`space-${space}`}>
      <PageHeading title={t(`spaces.${space}`)} subtitle={t(`greeting.${partOfDay(now.getHours())}`, { name })} />
      <Paper p={{ base: 'lg', sm: 'xl' }} maw={640} bg="white">
        <Stack gap="xs">
          <Text fw={500}>{t(`welcome.${space}.title`)}</Text>
          <Text c="dimmed">{t(`welcome.${space}.body`)}</Text>
        </Stack>
      </Paper>
    </div>
  );
}
