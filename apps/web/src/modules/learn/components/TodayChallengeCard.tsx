import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconRosette } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LearnEnrolment_EnrolmentFragment, PathStep_StepFragment } from '../../../generated/graphql';
import classes from './Learn.module.css';

/**
 * Today's moment when no challenge waits: the next step of the advisor's main program (onboarding first; the
 * personal path's next step when it skips some), a gracious note once the path is complete, or a quiet
 * congratulation once certified.
 */
export function TodayChallengeCard({ enrolment, nextStep }: { enrolment: LearnEnrolment_EnrolmentFragment; nextStep?: PathStep_StepFragment | null }) {
  const { t } = useTranslation();
  const step = nextStep === undefined ? enrolment.nextStep : nextStep;

  if (enrolment.certifiedAt) {
    return (
      <Paper component="section" aria-labelledby="learn-today" p={{ base: 'md', sm: 'lg' }} bg="white">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <IconRosette size={28} stroke={1.25} color="var(--savoir-gold)" aria-hidden="true" style={{ flexShrink: 0 }} />
          <Stack gap={4} miw={0}>
            <Title order={2} id="learn-today" fz="h3">
              {t('learn.today.certifiedTitle')}
            </Title>
            <Text c="dimmed">{t('learn.today.certifiedOn', { program: enrolment.programTitle, value: new Date(enrolment.certifiedAt) })}</Text>
            {step ? <Text size="sm">{t('learn.today.certifiedMore')}</Text> : null}
            {step ? <StepLink moduleId={step.moduleId} label={t('learn.today.continueWith', { title: step.title })} variant="subtle" /> : null}
          </Stack>
        </Group>
      </Paper>
    );
  }

  if (!step) {
    return (
      <Paper component="section" aria-labelledby="learn-today" p={{ base: 'md', sm: 'lg' }} bg="white">
        <Stack gap={4}>
          <Title order={2} id="learn-today" fz="h3">
            {t('learn.today.pathCompleteTitle')}
          </Title>
          <Text c="dimmed">{t('learn.today.pathCompleteBody', { program: enrolment.programTitle })}</Text>
        </Stack>
      </Paper>
    );
  }

  return (
    <Paper component="section" aria-labelledby="learn-today" p={{ base: 'md', sm: 'lg' }} bg="white" style={{ borderTop: '2px solid var(--savoir-gold)' }}>
      <Stack gap="sm">
        <Text className={classes.eyebrow} component="h2" id="learn-today">
          {t('learn.today.eyebrow')}
        </Text>
        <Title order={3} fz="h2" style={{ overflowWrap: 'anywhere' }}>
          {step.title}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" color="gold" radius="xs" tt="none" fw={500}>
            {t(`learn.kinds.${step.kind}`)}
          </Badge>
          {step.certification ? (
            <Badge variant="light" color="gold" radius="xs" tt="none" fw={500}>
              {t('learn.path.certification')}
            </Badge>
          ) : null}
          <Text size="sm" c="dimmed">
            {t('learn.minutes', { count: step.estimatedMinutes })}
          </Text>
        </Group>
        <Group>
          <StepLink moduleId={step.moduleId} label={step.status === 'IN_PROGRESS' ? t('learn.today.continue') : t('learn.today.begin')} />
        </Group>
      </Stack>
    </Paper>
  );
}

function StepLink({ moduleId, label, variant = 'filled' }: { moduleId: string; label: string; variant?: 'filled' | 'subtle' }) {
  return (
    <Button
      component={Link}
      to={`/learn/modules/${moduleId}`}
      variant={variant}
      px={variant === 'subtle' ? 0 : undefined}
      rightSection={<IconArrowRight size={16} aria-hidden="true" />}
    >
      {label}
    </Button>
  );
}
