import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GapScope } from '../../../generated/graphql';
import type { GapCell, SkillGapMatrix } from '../skill-gap-matrix';
import classes from './SkillGapTable.module.css';

/** Gold, the stronger the wider the gap: the eye finds the skills and groups to work on without reading figures. */
const tint = (share: number) => `color-mix(in srgb, var(--mantine-color-gold-3) ${Math.round(share * 45)}%, transparent)`;

function Share({ cell }: { cell: GapCell }) {
  const { t } = useTranslation();
  return (
    <Table.Td ta="end" style={{ backgroundColor: tint(cell.share) }}>
      <Text size="sm" fw={500}>
        {t('insights.gaps.share', { value: cell.share })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('insights.gaps.ofAdvisors', { count: cell.advisors, withGap: cell.withGap })}
      </Text>
    </Table.Td>
  );
}

/**
 * A row per onboarding skill, a column per group: the share of its advisors with a gap on the skill, after the share
 * across all the groups shown (a region's boutiques when `regionName` says so). Not for cohorts: an advisor may be in several (a pilot and a programme, say), so a share
 * across them would count some twice and mix pilot with control.
 */
export function SkillGapTable({ matrix, scope, regionName = null }: { matrix: SkillGapMatrix; scope: GapScope; regionName?: string | null }) {
  const { t } = useTranslation();
  const pooled = scope !== 'COHORT';
  return (
    <Table.ScrollContainer minWidth={150 + 110 * (matrix.groups.length + (pooled ? 1 : 0))}>
      <Table verticalSpacing="xs" aria-label={t(`insights.gaps.captions.${scope}`)} withRowBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className={classes.skill}>
              {t('insights.gaps.skill')}
            </Table.Th>
            {pooled ? (
              <Table.Th scope="col" ta="end">
                {regionName && scope === 'BOUTIQUE' ? t('insights.gaps.allInRegion', { region: regionName }) : t(`insights.gaps.all.${scope}`)}
              </Table.Th>
            ) : null}
            {matrix.groups.map((group) => (
              <Table.Th key={group.id} scope="col" ta="end">
                <Text size="sm" fw={600}>
                  {group.name}
                </Text>
                <Text size="xs" c="dimmed" fw={400}>
                  {t('insights.gaps.advisors', { count: group.advisors })}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.skills.map((skill) => (
            <Table.Tr key={skill.code}>
              <Table.Th scope="row" fw={500} className={classes.skill}>
                {skill.name}
              </Table.Th>
              {pooled ? (
                <Table.Td ta="end" style={{ backgroundColor: tint(skill.share) }}>
                  <Text size="sm" fw={600}>
                    {t('insights.gaps.share', { value: skill.share })}
                  </Text>
                </Table.Td>
              ) : null}
              {matrix.groups.map((group) => {
                const cell = skill.cells.get(group.id);
                return cell ? (
                  <Share key={group.id} cell={cell} />
                ) : (
                  <Table.Td key={group.id} ta="end" c="dimmed">
                    —
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
