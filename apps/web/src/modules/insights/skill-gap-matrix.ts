import type { InsightsSkillGapsQuery } from '../../generated/graphql';

type GroupSkillGap = InsightsSkillGapsQuery['skillGaps'][number];

export interface GapGroup {
  id: string;
  name: string;
  advisors: number;
}

export interface GapCell {
  withGap: number;
  advisors: number;
  share: number;
}

export interface SkillGapRow {
  code: string;
  name: string;
  /** Advisors with the gap over advisors, across every group shown (an advisor in two cohorts counts in both). */
  share: number;
  /** By group id; a group the API sent no figure for has none. */
  cells: ReadonlyMap<string, GapCell>;
}

export interface SkillGapMatrix {
  groups: GapGroup[];
  skills: SkillGapRow[];
  /** Figures there are, and every one is a full gap: no advisor has yet shown they master any skill (a maison's first days). */
  noneShownYet: boolean;
}

/**
 * The API's flat figures as a table: a column per group (by name), a row per skill, the skills most advisors still
 * have a gap on first (ties by name), so what to work on across the maison reads from the top.
 */
export function skillGapMatrix(rows: readonly GroupSkillGap[], compare: (a: string, b: string) => number): SkillGapMatrix {
  const groups = new Map<string, GapGroup>();
  const skills = new Map<string, { code: string; name: string; withGap: number; advisors: number; cells: Map<string, GapCell> }>();
  for (const row of rows) {
    if (!groups.has(row.groupId)) groups.set(row.groupId, { id: row.groupId, name: row.groupName, advisors: row.advisors });
    const skill = skills.get(row.skill.code) ?? { code: row.skill.code, name: row.skill.name, withGap: 0, advisors: 0, cells: new Map<string, GapCell>() };
    skill.withGap += row.withGap;
    skill.advisors += row.advisors;
    skill.cells.set(row.groupId, { withGap: row.withGap, advisors: row.advisors, share: row.share });
    skills.set(row.skill.code, skill);
  }
  return {
    groups: [...groups.values()].sort((a, b) => compare(a.name, b.name)),
    skills: [...skills.values()]
      .map(({ code, name, withGap, advisors, cells }) => ({ code, name, share: advisors ? withGap / advisors : 0, cells }))
      .sort((a, b) => b.share - a.share || compare(a.name, b.name)),
    noneShownYet: rows.length > 0 && rows.every((row) => row.withGap === row.advisors),
  };
}
