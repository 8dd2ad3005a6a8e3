import { Anchor, Box, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SkillGraph_SkillFragment } from '../../../generated/graphql';
import classes from './SkillGraph.module.css';

export interface SkillGraphProps {
  skill: SkillGraph_SkillFragment;
  skills: ReadonlyArray<SkillGraph_SkillFragment>;
}

/** The skill between what it needs first and what needs it: one step of the prerequisite graph each way. */
export function SkillGraph({ skill, skills }: SkillGraphProps) {
  const { t } = useTranslation();
  const prerequisiteIds = new Set(skill.prerequisites.map((prerequisite) => prerequisite.id));
  const needs = skills.filter((candidate) => prerequisiteIds.has(candidate.id));
  const neededBy = skills.filter((candidate) => candidate.prerequisites.some((prerequisite) => prerequisite.id === skill.id));
  return (
    <div className={classes.graph}>
      <GraphColumn title={t('studio.skill.graph.needs')} empty={t('studio.skill.graph.needsNone')} skills={needs} />
      <Arrow />
      <Paper p="sm" bg="white" role="group" style={{ borderColor: 'var(--savoir-gold)' }} aria-label={t('studio.skill.graph.current')}>
        <Text fw={500} ta="center">
          {skill.name.text}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace" ta="center">
          {skill.code}
        </Text>
      </Paper>
      <Arrow />
      <GraphColumn title={t('studio.skill.graph.neededBy')} empty={t('studio.skill.graph.neededByNone')} skills={neededBy} />
    </div>
  );
}

function Arrow() {
  return (
    <Box ta="center" c="gold.6" aria-hidden="true">
      <Box visibleFrom="sm" component="span">
        <IconArrowRight size={20} />
      </Box>
      <Box hiddenFrom="sm" component="span">
        <IconArrowDown size={20} />
      </Box>
    </Box>
  );
}

function GraphColumn({ title, empty, skills }: { title: string; empty: string; skills: ReadonlyArray<SkillGraph_SkillFragment> }) {
  return (
    <Stack gap={6}>
      <Title order={4} fz="sm" ff="text" fw={500} tt="uppercase" lts="0.04em" c="dimmed">
        {title}
      </Title>
      {skills.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label={title}>
          {skills.map((item) => (
            <li key={item.id}>
              <Anchor component={Link} to={`/studio/skills/${item.id}`} size="sm" c="ink.8">
                {item.name.text}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
