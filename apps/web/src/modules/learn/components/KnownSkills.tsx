import { Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { KnownSkills_SkillFragment } from '../../../generated/graphql';
import { useAdvisorTimeZone } from '../hooks/useAdvisorTimeZone';
import classes from './Learn.module.css';

const DAY_MS = 86_400_000;

/** The calendar day `instant` falls on in `timeZone`, as that date's midnight UTC (so days subtract exactly). */
function calendarDay(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'));
}

/**
 * When the skill's next review falls, in words: due now (today's challenge brings it), later today, tomorrow, or in
 * so many days, counted in calendar days in the advisor's zone (not 24-hour blocks: 36 hours ahead may be tomorrow).
 */
export function reviewLine(t: TFunction, reviewDueAt: string | null, now: number, timeZone: string): string | null {
  if (!reviewDueAt) return null;
  const due = Date.parse(reviewDueAt);
  if (due <= now) return t('learn.known.reviewDue');
  const days = Math.round((calendarDay(due, timeZone) - calendarDay(now, timeZone)) / DAY_MS);
  if (days <= 0) return t('learn.known.reviewToday');
  if (days === 1) return t('learn.known.reviewTomorrow');
  return t('learn.known.reviewIn', { count: days });
}

/**
 * "What you know": the skills the advisor's answers show as mastered, in alphabetical order, each with when it
 * comes back for review. Quiet on purpose: no scores, no percentages, nothing to compare.
 */
export function KnownSkills({ skills, headingId, now = Date.now() }: { skills: readonly KnownSkills_SkillFragment[]; headingId: string; now?: number }) {
  const { t, i18n } = useTranslation();
  const timeZone = useAdvisorTimeZone();
  const known = skills.filter((entry) => entry.mastered).sort((a, b) => a.skill.name.localeCompare(b.skill.name, i18n.language));
  return (
    <section aria-labelledby={headingId}>
      <Stack gap={2} mb="sm">
        <Title order={2} id={headingId} fz="h3">
          {t('learn.known.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {known.length > 0 ? t('learn.known.intro') : t('learn.known.empty')}
        </Text>
      </Stack>
      {known.length > 0 ? (
        <ul className={classes.list}>
          {known.map((entry) => (
            <li key={entry.skill.code} className={classes.step}>
              <Stack gap={2} miw={0}>
                <Text fw={500} className={classes.stepTitle}>
                  {entry.skill.name}
                </Text>
                <Text size="sm" c="dimmed" data-testid="learn-known-review">
                  {reviewLine(t, entry.reviewDueAt, now, timeZone)}
                </Text>
              </Stack>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
