import { Group, Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemStatisticsTable_ItemFragment } from '../../../generated/graphql';

/** How the options of one question were chosen: each option, how many chose it and its share of all choices. */
export function ChoiceDistribution({ item }: { item: ItemStatisticsTable_ItemFragment }) {
  const { t } = useTranslation();
  if (item.choices.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('studio.statistics.noChoices')}
      </Text>
    );
  }
  return (
    <Table aria-label={t('studio.statistics.choicesOf', { code: item.code })} withRowBorders={false} verticalSpacing={4} maw={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('studio.statistics.option')}</Table.Th>
          <Table.Th scope="col" ta="end">
            {t('studio.statistics.chosen')}
          </Table.Th>
          <Table.Th scope="col">{t('studio.statistics.share')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {item.choices.map((choice) => {
          const share = t('studio.statistics.percent', { value: choice.share });
          return (
            <Table.Tr key={choice.optionId}>
              <Table.Td>
                <Text size="sm">
                  <Text component="span" ff="monospace" c="dimmed" size="sm" mr="xs">
                    {choice.optionId}
                  </Text>
                  {choice.label?.text ?? null}
                </Text>
              </Table.Td>
              <Table.Td ta="end">
                <Text size="sm">{t('common.number', { value: choice.count })}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Progress value={choice.share * 100} w={96} size="sm" color="gold" aria-hidden="true" />
                  <Text size="sm">{share}</Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
