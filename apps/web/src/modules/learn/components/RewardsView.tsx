import { Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rewards } from '../hooks/useRewards';
import { BadgeMedallion } from './BadgeMedallion';
import classes from './Learn.module.css';

/**
 * What a module or challenge earned, at its end: the XP from the ledger (or, plainly, that its items earned theirs
 * lately), the total and streak, a new level or badge; while it is awarded, a quiet wait; when answers still wait on
 * the device, a word that the XP comes after they sync.
 */
export function RewardsView({ rewards, waitingForSync }: { rewards: Rewards; waitingForSync: boolean }) {
  const { t } = useTranslation();
  switch (rewards.status) {
    case 'idle':
      return waitingForSync ? <Text c="dimmed">{t('learn.summary.xpAfterSync')}</Text> : null;
    case 'waiting':
      return (
        <Group gap="xs" role="status">
          <Loader size="xs" color="gold" aria-hidden="true" />
          <Text c="dimmed">{t('learn.summary.xpWaiting')}</Text>
        </Group>
      );
    case 'later':
      return (
        <Text c="dimmed" role="status">
          {t('learn.summary.xpLater')}
        </Text>
      );
    case 'arrived': {
      const { xp, gains, gamification } = rewards;
      return (
        <Stack gap="sm" role="status" className={classes.reward} data-testid="learn-rewards">
          <Stack gap={0}>
            {xp > 0 ? (
              <Text className={classes.display} fz={40} c="gold.7">
                {t('learn.summary.xpEarned', { value: xp })}
              </Text>
            ) : (
              <Text>{t('learn.summary.xpNone')}</Text>
            )}
            <Text size="sm" c="dimmed">
              {t('learn.summary.xpTotal', { value: gamification.totalXp })}
              {gamification.streak.current > 0 ? ` · ${t('learn.streak.days', { count: gamification.streak.current })}` : ''}
            </Text>
          </Stack>
          {gains.newLevel ? <Text>{t('learn.summary.newLevel', { level: t(`learn.levels.${gains.newLevel}`) })}</Text> : null}
          {gains.newBadges.map((badge) => (
            <Group key={badge.code} gap="md" wrap="nowrap" align="center">
              <BadgeMedallion earned size="lg" />
              <Stack gap={0} miw={0}>
                <Text className={classes.eyebrow}>{t('learn.summary.newBadge')}</Text>
                <Text fw={500}>{badge.name}</Text>
                <Text size="sm" c="dimmed">
                  {badge.description}
                </Text>
              </Stack>
            </Group>
          ))}
        </Stack>
      );
    }
  }
}
