import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TranslationGapList_GapFragment } from '../../../generated/graphql';
import { describeTextPath } from '../text-path';
import { ContentKindBadge, editorPath, isContentKind } from './ContentKindBadge';
import { TranslationGapStatusBadge } from './TranslationGapStatusBadge';

export interface TranslationGapGroup {
  entityType: string;
  entityId: string;
  code: string;
  gaps: TranslationGapList_GapFragment[];
}

/** The gaps of each item together, items in the order the API lists them (programs, modules, questions, skills). */
export function groupGaps(gaps: ReadonlyArray<TranslationGapList_GapFragment>): TranslationGapGroup[] {
  const groups = new Map<string, TranslationGapGroup>();
  for (const gap of gaps) {
    const key = `${gap.entityType}:${gap.entityId}`;
    const group = groups.get(key) ?? { entityType: gap.entityType, entityId: gap.entityId, code: gap.code, gaps: [] };
    group.gaps.push(gap);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface TranslationGapListProps {
  gaps: ReadonlyArray<TranslationGapList_GapFragment>;
  /** The locale of the source texts, for `lang`. */
  sourceLocale: string;
  /** The locale being translated into, for `lang`. */
  locale: string;
}

/** Item by item (kind and code, linking to its editor), each text it lacks: where, why, the source and what is there. */
export function TranslationGapList({ gaps, sourceLocale, locale }: TranslationGapListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {groupGaps(gaps).map((group) => {
        const headingId = `gaps-${group.entityType}-${group.entityId}`;
        return (
          <Paper key={`${group.entityType}:${group.entityId}`} component="section" aria-labelledby={headingId} p="md">
            <Group justify="space-between" wrap="wrap" gap="xs" mb="sm">
              <Title order={3} id={headingId} fz="md" ff="text">
                <Group component="span" gap="xs" wrap="wrap">
                  <ContentKindBadge kind={group.entityType} />{' '}
                  {isContentKind(group.entityType) ? (
                    <Anchor component={Link} to={editorPath(group.entityType, group.entityId)} ff="monospace" fz="sm" c="ink.8">
                      {group.code}
                    </Anchor>
                  ) : (
                    <Text component="span" ff="monospace" fz="sm">
                      {group.code}
                    </Text>
                  )}
                </Group>
              </Title>
              <Text size="sm" c="dimmed">
                {t('studio.translations.textCount', { count: group.gaps.length })}
              </Text>
            </Group>
            <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
              {group.gaps.map((gap) => (
                <li key={gap.path} data-testid="translation-gap">
                  <Stack gap={6} pt="sm" style={{ borderTop: '1px solid var(--savoir-hairline)' }}>
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" fw={500} title={gap.path}>
                        {describeTextPath(gap.path, t)}
                      </Text>
                      <TranslationGapStatusBadge status={gap.status} />
                    </Group>
                    <SimpleGrid cols={{ base: 1, sm: gap.status === 'OUTDATED' ? 2 : 1 }} spacing="md" verticalSpacing="xs">
                      <div>
                        <Text size="xs" c="dimmed" tt="uppercase" lts={0.5}>
                          {t('studio.translations.source')}
                        </Text>
                        <Text size="sm" lang={sourceLocale} lineClamp={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                          {gap.source}
                        </Text>
                      </div>
                      {gap.status === 'OUTDATED' ? (
                        <div>
                          <Text size="xs" c="dimmed" tt="uppercase" lts={0.5}>
                            {t('studio.translations.current')}
                          </Text>
                          <Text size="sm" lang={locale} lineClamp={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                            {gap.text ?? '—'}
                          </Text>
                        </div>
                      ) : null}
                    </SimpleGrid>
                  </Stack>
                </li>
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
