import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemFlag } from '../../../generated/graphql';

/** The flags in the order the legend explains them (libs/domain ITEM_FLAGS). */
export const ITEM_FLAG_ORDER: ReadonlyArray<ItemFlag> = ['NEGATIVE_DISCRIMINATION', 'LOW_DISCRIMINATION', 'TOO_EASY', 'TOO_HARD', 'TOO_FEW_RESPONSES'];

/** Quiet tones: a key that may be wrong is the one to look at first; too few answers is only a caveat. */
const COLORS: Record<ItemFlag, string> = {
  NEGATIVE_DISCRIMINATION: 'red',
  LOW_DISCRIMINATION: 'gold',
  TOO_EASY: 'gold',
  TOO_HARD: 'gold',
  TOO_FEW_RESPONSES: 'gray',
};

/** A flag's short name, its plain-words explanation on hover (the legend says it for every reader). */
export function ItemFlagBadge({ flag }: { flag: ItemFlag }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t(`studio.statistics.flagHelp.${flag}`)} multiline w={260} withArrow>
      <Badge variant="light" color={COLORS[flag]} radius="xs" size="sm" tt="none" fw={500}>
        {t(`studio.statistics.flags.${flag}`)}
      </Badge>
    </Tooltip>
  );
}

/** What each flag means, in plain words. */
export function ItemFlagLegend() {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="item-flag-legend" gap="xs">
      <Text component="h3" id="item-flag-legend" fw={500} m={0}>
        {t('studio.statistics.legendTitle')}
      </Text>
      <Stack component="dl" gap={6} m={0}>
        {ITEM_FLAG_ORDER.map((flag) => (
          <Group key={flag} gap="sm" wrap="nowrap" align="flex-start">
            <Text component="dt" style={{ flex: '0 0 auto' }}>
              <Badge variant="light" color={COLORS[flag]} radius="xs" size="sm" tt="none" fw={500}>
                {t(`studio.statistics.flags.${flag}`)}
              </Badge>
            </Text>
            <Text component="dd" size="sm" c="dimmed" m={0}>
              {t(`studio.statistics.flagHelp.${flag}`)}
            </Text>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
