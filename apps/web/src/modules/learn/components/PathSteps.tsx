import { Anchor, Badge, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowRight, IconCircle, IconCircleCheck, IconCircleDashedCheck, IconCircleHalf2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LearnEnrolment_EnrolmentFragment, ModuleProgressStatus } from '../../../generated/graphql';
import classes from './Learn.module.css';
import { ShowAllToggle } from './ShowAllToggle';

/** A step's status as shown: the module's progress, or skipped when the advisor already knows what it teaches. */
type ShownStatus = ModuleProgressStatus | 'SKIPPED';

const STATUS_ICON: Record<ShownStatus, typeof IconCircle> = {
  COMPLETED: IconCircleCheck,
  IN_PROGRESS: IconCircleHalf2,
  NOT_STARTED: IconCircle,
  SKIPPED: IconCircleDashedCheck,
};

/** Steps shown on Today before the rest is asked for: an onboarding program has some thirty, too many on a phone. */
export const FOLDED_STEPS = 5;

/**
 * The steps shown while folded, as [start, end): the next step and those after it, or, near the end of the
 * program (or once it is done), its last ones.
 */
export function foldedWindow(count: number, nextIndex: number, size: number = FOLDED_STEPS): [number, number] {
  const start = Math.max(0, Math.min(nextIndex < 0 ? count : nextIndex, count - size));
  return [start, Math.min(count, start + size)];
}

export interface PathStepsProps {
  enrolment: LearnEnrolment_EnrolmentFragment;
  headingId: string;
  /** Modules the personal path skips (their skills are mastered): quietly marked, unless completed anyway. */
  skipped?: ReadonlySet<string>;
  /** The next step when the personal path says otherwise than the program's order. */
  nextModuleId?: string | null;
  /** Links to "Your path", where each step says why it is there. */
  explained?: boolean;
}

/**
 * A program's steps in order: completed ones quietly ticked, skipped ones quietly marked, the next one marked by a
 * gold rule, the certification named. A long program shows the next few steps, all of them on request.
 */
export function PathSteps({ enrolment, headingId, skipped, nextModuleId, explained = false }: PathStepsProps) {
  const { t } = useTranslation();
  const nextId = nextModuleId ?? enrolment.nextStep?.moduleId;
  const done = enrolment.steps.filter((step) => step.status === 'COMPLETED').length;
  const [showAll, setShowAll] = useState(false);
  const folds = enrolment.steps.length > FOLDED_STEPS;
  const [start, end] = folds && !showAll ? foldedWindow(enrolment.steps.length, enrolment.steps.findIndex((step) => step.moduleId === nextId)) : [0, enrolment.steps.length];
  return (
    <section aria-labelledby={headingId}>
      <Stack gap={2} mb="sm">
        <Title order={2} id={headingId} fz="h3">
          {enrolment.onboarding ? t('learn.path.title') : enrolment.programTitle}
        </Title>
        <Text size="sm" c="dimmed">
          {enrolment.onboarding ? `${enrolment.programTitle} · ` : ''}
          {t('learn.path.done', { done, count: enrolment.steps.length })}
          {enrolment.dueOn && !enrolment.completedAt ? ` · ${t('learn.path.dueOn', { value: new Date(`${enrolment.dueOn}T00:00:00Z`) })}` : ''}
        </Text>
      </Stack>
      {enrolment.steps.length === 0 ? (
        <Text c="dimmed">{t('learn.path.empty')}</Text>
      ) : (
        <ol className={classes.list} id={`${headingId}-list`}>
          {enrolment.steps.slice(start, end).map((step) => {
            const status: ShownStatus = step.status !== 'COMPLETED' && skipped?.has(step.moduleId) ? 'SKIPPED' : step.status;
            const Icon = STATUS_ICON[status];
            return (
              <li key={step.moduleId} className={classes.step} data-status={status} data-next={step.moduleId === nextId || undefined}>
                <Icon
                  size={20}
                  stroke={1.5}
                  aria-hidden="true"
                  color={status === 'NOT_STARTED' || status === 'SKIPPED' ? 'var(--mantine-color-ink-3)' : 'var(--savoir-gold)'}
                  style={{ flexShrink: 0, marginTop: 2 }}
                />
                <Stack gap={2} miw={0} style={{ flex: 1 }}>
                  <Anchor component={Link} to={`/learn/modules/${step.moduleId}`} className={classes.stepTitle} c="inherit" underline="hover">
                    {step.title}
                    <VisuallyHidden>{` — ${t(`learn.path.status.${status}`)}`}</VisuallyHidden>
                  </Anchor>
                  <Group gap="xs" wrap="wrap">
                    <Text size="xs" c="dimmed">
                      {t(`learn.kinds.${step.kind}`)} · {t('learn.minutes', { count: step.estimatedMinutes })}
                    </Text>
                    {step.certification ? (
                      <Badge variant="light" color="gold" radius="xs" size="xs" tt="none" fw={500}>
                        {t('learn.path.certification')}
                      </Badge>
                    ) : null}
                  </Group>
                </Stack>
              </li>
            );
          })}
        </ol>
      )}
      {folds || explained ? (
        <Group mt="xs" justify="space-between" align="center" gap="sm">
          {folds ? (
            <ShowAllToggle expanded={showAll} onToggle={() => setShowAll(!showAll)} controls={`${headingId}-list`} label={showAll ? t('learn.path.showFewer') : t('learn.path.showAll', { count: enrolment.steps.length })} />
          ) : null}
          {explained ? (
            <Anchor component={Link} to="/learn/path" size="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
              {t('learn.path.why')}
              <IconArrowRight size={14} aria-hidden="true" />
            </Anchor>
          ) : null}
        </Group>
      ) : null}
    </section>
  );
}
