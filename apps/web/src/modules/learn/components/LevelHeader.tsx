import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LevelKey } from '../../../generated/graphql';
import type { Gamification } from '../gamification-gains';
import classes from './Learn.module.css';

const LADDER: readonly LevelKey[] = ['APPRENTICE', 'ARTISAN', 'COMPAGNON', 'MAITRE', 'MAITRE_D_ART'];

/**
 * The advisor's title in the maison, their XP on the way to the next title, and their streak, said gently. A `stale`
 * reading (from an earlier day, the new one not read yet) says nothing of today: neither its XP nor that it is done.
 */
export function LevelHeader({ gamification, stale = false }: { gamification: Gamification; stale?: boolean }) {
  const { t } = useTranslation();
  const { level, streak, totalXp, xpToday } = gamification;
  const nextKey = LADDER[LADDER.indexOf(level.key) + 1];
  const next = level.nextXp !== null && nextKey ? t(`learn.levels.${nextKey}`) : null;

  return (
    <Paper component="section" aria-labelledby="learn-level" p={{ base: 'md', sm: 'lg' }} bg="white">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
          <Stack gap={2}>
            <Text className={classes.eyebrow}>{t('learn.level.eyebrow')}</Text>
            <Title order={2} id="learn-level">
              {t(`learn.levels.${level.key}`)}
            </Title>
          </Stack>
          <Stack gap={0} align="flex-end">
            <Text className={classes.display} fz={28} data-testid="learn-total-xp">
              {t('learn.xp', { value: totalXp })}
            </Text>
            {xpToday > 0 && !stale ? (
              <Text size="sm" c="dimmed">
                {t('learn.level.today', { value: xpToday })}
              </Text>
            ) : null}
          </Stack>
        </Group>
        <Stack gap={6}>
          {next ? <Progress value={Math.round(level.progress * 100)} size={4} radius="xl" aria-label={t('learn.level.progressLabel', { level: next })} /> : null}
          <Text size="sm" c="dimmed">
            {next && level.nextXp !== null ? t('learn.level.toNext', { value: Math.max(0, level.nextXp - totalXp), level: next }) : t('learn.level.top')}
          </Text>
        </Stack>
        <Group gap="sm" wrap="nowrap" align="flex-start" pt="sm" style={{ borderTop: '1px solid var(--savoir-hairline)' }}>
          <IconCalendarCheck size={20} stroke={1.5} color="var(--savoir-gold)" aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
          <Stack gap={2} miw={0}>
            <Text fw={500}>{streak.current > 0 ? t('learn.streak.days', { count: streak.current }) : t('learn.streak.none')}</Text>
            {stale ? null : (
              <Text size="sm" c="dimmed">
                {t(streakNoteKey(streak))}
              </Text>
            )}
          </Stack>
        </Group>
      </Stack>
    </Paper>
  );
}

/** One gentle line: done for today, an invitation to keep it going, or to begin; never what was lost. */
function streakNoteKey(streak: Gamification['streak']): string {
  if (streak.activeToday) return 'learn.streak.doneToday';
  if (streak.freezeNeeded) return 'learn.streak.freezeNeeded';
  if (streak.atRisk) return 'learn.streak.atRisk';
  return 'learn.streak.start';
}
