import { Group, Text } from '@mantine/core';
import { IconFeather, IconRefresh, IconStairsUp, IconTarget } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChallengeReason as Reason } from '../../../generated/graphql';

const REASON_ICON: Record<Reason, typeof IconTarget> = {
  GAP: IconTarget,
  REVIEW: IconRefresh,
  STRETCH: IconStairsUp,
  HERITAGE: IconFeather,
};

/** Why an item of a challenge was chosen, in words ("A point to strengthen"), and the skill it practises. */
export function ChallengeReason({ reason, skill }: { reason: Reason; skill: string }) {
  const { t } = useTranslation();
  const Icon = REASON_ICON[reason];
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" miw={0}>
      <Icon size={16} stroke={1.5} color="var(--savoir-gold)" aria-hidden="true" style={{ flexShrink: 0, marginTop: 3 }} />
      <Text size="sm" miw={0} style={{ overflowWrap: 'anywhere' }}>
        <Text span fw={500} inherit>
          {t(`learn.challenge.reasons.${reason}`)}
        </Text>
        <Text span c="dimmed" inherit>
          {` · ${skill}`}
        </Text>
      </Text>
    </Group>
  );
}
