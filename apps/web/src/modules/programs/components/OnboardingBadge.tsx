import { Badge } from '@mantine/core';
import { IconRosette } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The maison's onboarding program: a hallmark in the muted gold. */
export function OnboardingBadge() {
  const { t } = useTranslation();
  return (
    <Badge component="span" variant="light" color="gold" radius="xs" size="sm" tt="none" leftSection={<IconRosette size={12} aria-hidden="true" />}>
      {t('studio.programs.onboarding')}
    </Badge>
  );
}
