import { Anchor, Badge, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCircle, IconCircleCheck, IconCircleDashedCheck, IconRefresh } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GapList_GapFragment, PathStepStatus, PersonalPathSteps_PathFragment } from '../../../generated/graphql';
import { nextModuleId, reasonSkills } from '../personal-path';
import classes from './Learn.module.css';

type Step = PersonalPathSteps_PathFragment['steps'][number];

const STATUS_ICON: Record<PathStepStatus, typeof IconCircle> = {
  DONE: IconCircleCheck,
  SKIPPED: IconCircleDashedCheck,
  TODO: IconCircle,
};

export interface PersonalPathStepsProps {
  path: PersonalPathSteps_PathFragment;
  /** The advisor's gaps, to name what a step closes or lays the ground for; without them the reason is said plainly. */
  gaps: readonly GapList_GapFragment[];
  headingId: string;
}

/**
 * "Your path" as the engine plans it: every step in order with why it is there, in words. Skipped steps stay in
 * their place, quietly marked; the next module to take carries the gold rule.
 */
export function PersonalPathSteps({ path, gaps, headingId }: PersonalPathStepsProps) {
  const { t } = useTranslation();
  const next = nextModuleId(path);
  return (
    <section aria-labelledby={headingId}>
      <Stack gap={2} mb="sm">
        <Title order={2} id={headingId} fz="h3" style={{ overflowWrap: 'anywhere' }}>
          {path.programTitle}
        </Title>
        {path.skipped > 0 ? (
          <Text size="sm" c="dimmed" data-testid="learn-path-skipped">
            {t('learn.personalPath.skipped', { count: path.skipped })}
          </Text>
        ) : null}
      </Stack>
      {path.steps.length === 0 ? (
        <Text c="dimmed">{t('learn.path.empty')}</Text>
      ) : (
        <ol className={classes.list}>
          {path.steps.map((step, index) => (
            <PersonalStep key={step.moduleId ?? `practice-${index}`} step={step} gaps={gaps} next={step.moduleId !== null && step.moduleId === next} />
          ))}
        </ol>
      )}
    </section>
  );
}

function PersonalStep({ step, gaps, next }: { step: Step; gaps: readonly GapList_GapFragment[]; next: boolean }) {
  const { t } = useTranslation();
  const practice = step.moduleId === null;
  const Icon = practice ? IconRefresh : STATUS_ICON[step.status];
  const skills = reasonSkills(step, gaps);
  const title = practice ? t('learn.personalPath.practiceTitle', { skills }) : (step.title ?? '');
  const status = <VisuallyHidden>{` — ${t(`learn.personalPath.status.${step.status}`)}`}</VisuallyHidden>;
  return (
    <li className={classes.step} data-status={step.status} data-reason={step.reason} data-next={next || undefined}>
      <Icon size={20} stroke={1.5} aria-hidden="true" color={step.status === 'TODO' ? (next ? 'var(--savoir-gold)' : 'var(--mantine-color-ink-3)') : 'var(--savoir-gold)'} style={{ flexShrink: 0, marginTop: 2 }} />
      <Stack gap={2} miw={0} style={{ flex: 1 }}>
        {step.moduleId ? (
          <Anchor component={Link} to={`/learn/modules/${step.moduleId}`} className={classes.stepTitle} c="inherit" underline="hover">
            {title}
            {status}
          </Anchor>
        ) : (
          <Text className={classes.stepTitle}>
            {title}
            {status}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          {step.kind ? (
            <Text size="xs" c="dimmed">
              {t(`learn.kinds.${step.kind}`)}
              {step.estimatedMinutes ? ` · ${t('learn.minutes', { count: step.estimatedMinutes })}` : ''}
            </Text>
          ) : null}
          {step.reason === 'CERTIFICATION' ? (
            <Badge variant="light" color="gold" radius="xs" size="xs" tt="none" fw={500}>
              {t('learn.path.certification')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c={step.status === 'TODO' ? undefined : 'dimmed'} data-testid="learn-step-reason">
          {reasonText(t, step, skills)}
        </Text>
      </Stack>
    </li>
  );
}

function reasonText(t: TFunction, step: Step, skills: string[]): string {
  switch (step.reason) {
    case 'GAP':
    case 'PREREQUISITE':
      return skills.length > 0 ? t(`learn.personalPath.reasons.${step.reason}_skills`, { skills }) : t(`learn.personalPath.reasons.${step.reason}`);
    case 'REMEDIATION':
      return t('learn.personalPath.reasons.REMEDIATION', { skills });
    default:
      return t(`learn.personalPath.reasons.${step.reason}`);
  }
}
