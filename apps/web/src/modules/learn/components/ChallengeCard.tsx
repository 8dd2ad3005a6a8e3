import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowRight, IconCheck, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChallengeCard_ChallengeFragment } from '../../../generated/graphql';
import { ChallengeReason } from './ChallengeReason';
import classes from './Learn.module.css';

/**
 * Today's challenge: how many questions, and why each one was chosen, then "Begin". Once every item is answered, a
 * quiet note in its place.
 */
export function ChallengeCard({ challenge }: { challenge: ChallengeCard_ChallengeFragment }) {
  const { t } = useTranslation();
  const count = challenge.items.length;
  const answered = challenge.items.filter((item) => item.answered).length;

  if (challenge.completed) {
    return (
      <Paper component="section" aria-labelledby="learn-challenge-done" p={{ base: 'md', sm: 'lg' }} bg="white" data-testid="learn-challenge-done">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <IconCircleCheck size={24} stroke={1.25} color="var(--savoir-gold)" aria-hidden="true" style={{ flexShrink: 0 }} />
          <Stack gap={4} miw={0}>
            <Title order={2} id="learn-challenge-done" fz="h4">
              {t('learn.challenge.doneTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('learn.challenge.doneBody')}
            </Text>
          </Stack>
        </Group>
      </Paper>
    );
  }

  return (
    <Paper component="section" aria-labelledby="learn-today" p={{ base: 'md', sm: 'lg' }} bg="white" style={{ borderTop: '2px solid var(--savoir-gold)' }} data-testid="learn-challenge">
      <Stack gap="sm">
        <Text className={classes.eyebrow} component="h2" id="learn-today">
          {t('learn.today.eyebrow')}
        </Text>
        <Title order={3} fz="h2">
          {t(`learn.challenge.titles.${challenge.kind}`)}
        </Title>
        <Text size="sm" c="dimmed">
          {t('learn.challenge.items', { count })}
          {answered > 0 ? ` · ${t('learn.challenge.answered', { answered, count })}` : ''}
        </Text>
        <ul className={classes.list} aria-label={t('learn.challenge.reasonsLabel')}>
          {challenge.items.map((item, index) => (
            <li key={`${index}-${item.skill.code}`} className={classes.reasonItem} data-answered={item.answered || undefined}>
              <ChallengeReason reason={item.reason} skill={item.skill.name} />
              {item.answered ? (
                <>
                  <IconCheck size={14} stroke={1.5} color="var(--mantine-color-ink-4)" aria-hidden="true" style={{ flexShrink: 0, marginTop: 4 }} />
                  <VisuallyHidden>{t('learn.challenge.itemAnswered')}</VisuallyHidden>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <Group>
          <Button component={Link} to="/learn/challenge" rightSection={<IconArrowRight size={16} aria-hidden="true" />}>
            {answered > 0 ? t('learn.today.continue') : t('learn.today.begin')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
