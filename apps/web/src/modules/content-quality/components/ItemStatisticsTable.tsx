import { Anchor, Box, Button, Group, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ItemStatisticsTable_ItemFragment } from '../../../generated/graphql';
import { sortItems, type ItemSortKey, type SortDirection } from '../item-statistics-sort';
import { ChoiceDistribution } from './ChoiceDistribution';
import { ItemFlagBadge } from './ItemFlagBadge';

const COLUMNS = 9;

export interface ItemStatisticsTableProps {
  items: ReadonlyArray<ItemStatisticsTable_ItemFragment>;
}

function rowKey(item: ItemStatisticsTable_ItemFragment) {
  return `${item.questionId}@${item.version}`;
}

/** Every analysed question version, sortable by its figures, each row opening on how its options were chosen. */
export function ItemStatisticsTable({ items }: ItemStatisticsTableProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ key: ItemSortKey; direction: SortDirection }>({ key: 'code', direction: 'asc' });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => sortItems(items, sort.key, sort.direction), [items, sort]);

  const sortBy = (key: ItemSortKey) =>
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' }));
  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const decimal = (value: number | null) => (value === null ? '—' : t('studio.statistics.decimal', { value }));

  const header = (key: ItemSortKey, label: string, align: 'start' | 'end' = 'end') => {
    const active = sort.key === key;
    const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th scope="col" ta={align} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
        <UnstyledButton onClick={() => sortBy(key)} fw={600} fz="sm">
          <Group component="span" gap={4} wrap="nowrap" justify={align === 'end' ? 'flex-end' : 'flex-start'}>
            {label}
            <Icon size={14} aria-hidden="true" style={{ opacity: active ? 1 : 0.4 }} />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table verticalSpacing="sm" aria-label={t('studio.statistics.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            {header('code', t('studio.statistics.columns.question'), 'start')}
            <Table.Th scope="col" ta="end">
              {t('studio.statistics.columns.version')}
            </Table.Th>
            <Table.Th scope="col">{t('studio.statistics.columns.type')}</Table.Th>
            {header('attempts', t('studio.statistics.columns.attempts'))}
            {header('difficulty', t('studio.statistics.columns.difficulty'))}
            {header('discrimination', t('studio.statistics.columns.discrimination'))}
            {header('upperLowerIndex', t('studio.statistics.columns.upperLower'))}
            {header('flags', t('studio.statistics.columns.flags'), 'start')}
            <Table.Th scope="col">
              <VisuallyHidden>{t('studio.statistics.columns.answers')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((item) => {
            const key = rowKey(item);
            const open = expanded.has(key);
            const detailsId = `item-choices-${item.questionId}-${item.version}`;
            return (
              <Fragment key={key}>
                <Table.Tr data-testid="item-row">
                  <Table.Td miw={220} maw={380}>
                    <Anchor component={Link} to={`/studio/questions/${item.questionId}`} ff="monospace" fz="sm" c="ink.8">
                      {item.code}
                    </Anchor>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {item.prompt.text}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="end">{t('common.number', { value: item.version })}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`studio.statistics.types.${item.type}`)}</Text>
                  </Table.Td>
                  <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                    {t('studio.statistics.attemptsLearners', { attempts: item.attempts, learners: item.learners })}
                  </Table.Td>
                  <Table.Td ta="end">{t('studio.statistics.percent', { value: item.difficulty })}</Table.Td>
                  <Table.Td ta="end">{decimal(item.discrimination)}</Table.Td>
                  <Table.Td ta="end">{decimal(item.upperLowerIndex)}</Table.Td>
                  <Table.Td miw={170}>
                    {item.flags.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('studio.statistics.noFlag')}
                      </Text>
                    ) : (
                      <Group gap={4} wrap="wrap">
                        {item.flags.map((flag) => (
                          <ItemFlagBadge key={flag} flag={flag} />
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td ta="end">
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      color="ink"
                      leftSection={open ? <IconChevronDown size={14} aria-hidden="true" /> : <IconChevronRight size={14} aria-hidden="true" />}
                      aria-expanded={open}
                      aria-controls={open ? detailsId : undefined}
                      aria-label={t('studio.statistics.showAnswersOf', { code: item.code })}
                      onClick={() => toggle(key)}
                    >
                      {t('studio.statistics.answers')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {open ? (
                  <Table.Tr id={detailsId} bg="var(--mantine-color-default-hover)">
                    <Table.Td colSpan={COLUMNS}>
                      {/* Stays in view however far the table is scrolled sideways (narrow screens). */}
                      <Box pos="sticky" left={0} maw="min(40rem, calc(100vw - 3rem))">
                        <ChoiceDistribution item={item} />
                      </Box>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
