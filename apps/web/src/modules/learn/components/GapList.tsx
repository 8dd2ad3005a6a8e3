import { Group, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapList_GapFragment } from '../../../generated/graphql';
import classes from './Learn.module.css';
import { ShowAllToggle } from './ShowAllToggle';

/**
 * A gap's explanation in words, built from what supports it ("3 of your last 4 answers on … were wrong") and, when
 * a prerequisite explains it better, the underlying gap: said as where to start, never as a fault.
 */
export function gapExplanation(t: TFunction, gap: GapList_GapFragment): string {
  const skill = gap.skill.name;
  const evidence =
    gap.recent === 0
      ? t('learn.gaps.notPractised')
      : gap.wrong === 0
        ? t('learn.gaps.allRight', { count: gap.recent, skill })
        : gap.recent === 1
          ? t('learn.gaps.lastWrong', { skill })
          : t('learn.gaps.wrong', { count: gap.wrong, recent: gap.recent, skill });
  return gap.underlying ? t('learn.gaps.explainUnderlying', { evidence, underlying: gap.underlying.name }) : t('learn.gaps.explain', { evidence });
}

/** Gaps shown before the rest is asked for: a new advisor has one per skill, too many to read between clients. */
export const FIRST_GAPS = 5;

/**
 * "What to work on next": each gap with its explanation, those worth working on now first (the API's order); the
 * first few, and the rest on request.
 */
export function GapList({ gaps, headingId }: { gaps: readonly GapList_GapFragment[]; headingId: string }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? gaps : gaps.slice(0, FIRST_GAPS);
  return (
    <section aria-labelledby={headingId}>
      <Stack gap={2} mb="sm">
        <Title order={2} id={headingId} fz="h3">
          {t('learn.gaps.title')}
        </Title>
        {gaps.length > 0 ? (
          <Text size="sm" c="dimmed">
            {t('learn.gaps.intro')}
          </Text>
        ) : null}
      </Stack>
      {gaps.length === 0 ? (
        <Text c="dimmed">{t('learn.gaps.empty')}</Text>
      ) : (
        <ul className={classes.list} id={`${headingId}-list`}>
          {shown.map((gap) => (
            <li key={gap.skill.code} className={classes.step} data-ready={gap.ready || undefined}>
              <Stack gap={2} miw={0}>
                <Text fw={500} className={classes.stepTitle}>
                  {gap.skill.name}
                </Text>
                <Text size="sm" c="dimmed" data-testid="learn-gap-explanation">
                  {gapExplanation(t, gap)}
                </Text>
              </Stack>
            </li>
          ))}
        </ul>
      )}
      {gaps.length > FIRST_GAPS ? (
        <Group mt="xs">
          <ShowAllToggle expanded={showAll} onToggle={() => setShowAll(!showAll)} controls={`${headingId}-list`} label={showAll ? t('learn.gaps.showFewer') : t('learn.gaps.showAll', { count: gaps.length })} />
        </Group>
      ) : null}
    </section>
  );
}
