import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Badge } from '../gamification-gains';
import { BadgeMedallion } from './BadgeMedallion';
import classes from './Learn.module.css';

const SHOWN = 6;

/** The badges earned, small, latest first (the API's order), and the way to all of them. */
export function BadgeShelf({ badges }: { badges: readonly Badge[] }) {
  const { t } = useTranslation();
  const earned = badges.filter((badge) => badge.earned);
  return (
    <section aria-labelledby="learn-badges">
      <Group justify="space-between" align="baseline" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} id="learn-badges" fz="h3">
          {t('learn.badges.title')}
        </Title>
        <Anchor component={Link} to="/learn/progress" size="sm" c="dimmed">
          {t('learn.badges.seeAll')}
        </Anchor>
      </Group>
      {earned.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('learn.badges.noneYet')}
        </Text>
      ) : (
        <ul className={classes.list} style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-md)' }}>
          {earned.slice(0, SHOWN).map((badge) => (
            <li key={badge.code} style={{ width: '5.5rem' }}>
              <Stack gap={6} align="center">
                <BadgeMedallion earned />
                <Text size="xs" ta="center" style={{ overflowWrap: 'anywhere' }}>
                  {badge.name}
                </Text>
              </Stack>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
