import type { GapScope, InsightsSkillGapsQuery } from '../generated/graphql';
import { InsightsRegionsDocument, InsightsSkillGapsDocument } from '../modules/insights/graphql/skill-gaps.graphql';

type GroupSkillGap = InsightsSkillGapsQuery['skillGaps'][number];

/** One figure of `skillGaps`: `withGap` of a group's `advisors` have a gap on the skill. */
export function aGroupSkillGap(groupId: string, groupName: string, code: string, name: string, withGap: number, advisors: number): GroupSkillGap {
  return { __typename: 'GroupSkillGap', groupId, groupName, skill: { __typename: 'SkillRef', code, name }, advisors, withGap, share: withGap / advisors };
}

/** Insights' gap figures for one scope and locale, of the whole maison or of one region. */
export function skillGapsMock(scope: GapScope, skillGaps: GroupSkillGap[], locale = 'en', regionId?: string) {
  return { request: { query: InsightsSkillGapsDocument, variables: { scope, locale, regionId } }, result: { data: { skillGaps } } };
}

/** The maison's regions, by name (one by default: no region to choose). */
export function regionsMock(names: readonly string[] = ['Europe']) {
  const regions = names.map((name) => ({ __typename: 'Region' as const, id: `r-${name.toLowerCase()}`, name }));
  return { request: { query: InsightsRegionsDocument }, result: { data: { regions } } };
}
