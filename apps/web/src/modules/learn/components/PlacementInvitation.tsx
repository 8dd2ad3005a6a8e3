import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCompass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlacementStatus } from '../../../generated/graphql';
import classes from './Learn.module.css';

/** A quiet invitation, at the start of onboarding, to show what the advisor already knows (or to finish doing so). */
export function PlacementInvitation({ status }: { status: PlacementStatus }) {
  const { t } = useTranslation();
  if (status === 'DONE') return null;
  const resuming = status === 'IN_PROGRESS';
  return (
    <section aria-labelledby="learn-placement-invite" className={classes.note} data-testid="learn-placement-invite">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconCompass size={22} stroke={1.25} color="var(--savoir-gold)" aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
        <Stack gap={4} miw={0} align="flex-start">
          <Title order={2} id="learn-placement-invite" fz="h4">
            {t('learn.placement.inviteTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {resuming ? t('learn.placement.resume') : t('learn.placement.inviteBody')}
          </Text>
          <Button component={Link} to="/learn/placement" variant="subtle" px={0} rightSection={<IconArrowRight size={16} aria-hidden="true" />}>
            {resuming ? t('learn.placement.resumeAction') : t('learn.placement.start')}
          </Button>
        </Stack>
      </Group>
    </section>
  );
}
